#include "roomservice.h"

#include "ops/metrics.h"

#include "roomjobs.h"
#include "storage/repository.h"
#include "storage/storagethread.h"

#include <QLoggingCategory>
#include <qcoro/qcorofuture.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRooms, "gonggu.rooms")

namespace gonggu::server {

using namespace jobs;

namespace {

QString encodeCursor(std::pair<qint64, qint64> position) {
    const QByteArray raw =
        QByteArray::number(position.first) + ':' + QByteArray::number(position.second);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<qint64, qint64>> decodeCursor(const QString &cursor) {
    const auto raw = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!raw)
        return std::nullopt;
    const QList<QByteArray> parts = raw.decoded.split(':');
    if (parts.size() != 2)
        return std::nullopt;
    bool okTime = false;
    bool okId = false;
    const qint64 time = parts[0].toLongLong(&okTime);
    const qint64 id = parts[1].toLongLong(&okId);
    if (!okTime || !okId)
        return std::nullopt;
    return std::pair{time, id};
}

} // namespace

RoomService::RoomService(StorageThread &storage, double ratePerSecond, int rateBurst,
                         RecentHistory::Limits historyCache, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_rateLimiter(ratePerSecond, rateBurst)
    , m_recentHistory(historyCache) {
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] { settleExpiredRooms(); });
}

QCoro::Task<Status> RoomService::start() {
    auto rooms = co_await m_storage.run<QList<RoomRecord>>(
        [](QSqlDatabase &db) { return repository::loadRooms(db); });
    if (!rooms)
        co_return rooms.error();
    for (const RoomRecord &record : *rooms)
        m_registry.put(record);
    qCInfo(lcRooms) << "loaded" << rooms->size() << "rooms";
    co_await settleExpiredRooms(); // rooms that expired while the server was down
    co_return okStatus();
}

Room RoomService::view(const RoomState &state, const QString &callerId) const {
    Room room = state.room;
    room.myRole = state.roleOf(callerId);
    return room;
}

Result<RoomSnapshot> RoomService::snapshot(qint64 roomId, const QString &callerId) const {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return roomNotFound();
    RoomSnapshot snapshot{view(*state, callerId), {}};
    for (const MemberRecord &m : state->members)
        snapshot.participants.append({m.userId, m.displayName, m.role, isOnline(m.userId)});
    return snapshot;
}

QCoro::Task<Result<RoomChange>>
RoomService::commit(std::function<Result<RoomChange>(QSqlDatabase &)> job) {
    co_return co_await m_storage.run<RoomChange>(std::move(job));
}

void RoomService::apply(const RoomChange &change, std::optional<RoomStatus> previousStatus) {
    if (!change.room)
        return;
    const qint64 roomId = change.room->room.id;
    m_registry.put(*change.room);
    for (const ChatMessage &message : change.messages)
        announce(message);
    for (const auto &[userId, why] : change.removed)
        Q_EMIT memberRemoved(roomId, userId, why);
    if (previousStatus && *previousStatus != change.room->room.status) {
        qCInfo(lcRooms).noquote() << "room" << roomId << "is now"
                                  << toString(change.room->room.status);
        Q_EMIT roomStatusChanged(roomId, change.room->room.status);
    }
    Q_EMIT roomChanged(roomId);
    scheduleExpiry();
}

QCoro::Task<Result<std::pair<Room, bool>>> RoomService::createRoom(Identity caller,
                                                                   CreateRequest request) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto s = rules::validateDraft(request.draft, now); !s)
        co_return s.error();
    NewRoom room;
    room.productId = request.draft.productId;
    room.title = request.draft.title;
    room.description = request.draft.description;
    room.maxParticipants = request.draft.maxParticipants;
    room.minParticipants = request.draft.minParticipants;
    room.expiresAt = request.draft.expiresAt;
    if (caller.isTradeService()) {
        room.sellerId = request.sellerId.value_or(caller.userId);
        room.sellerName = request.sellerName.value_or(QString());
    } else {
        if (request.sellerId && *request.sellerId != caller.userId)
            co_return Error{ErrorCode::Forbidden, u"only the trade service names another seller"_s};
        room.sellerId = caller.userId;
        room.sellerName = caller.displayName;
    }
    auto change = co_await commit([room, now](QSqlDatabase &db) mutable -> Result<RoomChange> {
        auto existing = repository::loadRoom(db, room.productId);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return RoomChange{**existing, {}, {}, false};
        if (room.sellerName.isEmpty()) {
            auto account = repository::findAccount(db, room.sellerId);
            room.sellerName =
                account && account->has_value() ? (*account)->displayName : room.sellerId;
        }
        if (auto s = repository::insertRoom(db, room, now); !s)
            return s.error();
        RoomChange change;
        change.roomCreated = true;
        return finish(db, room.productId, change);
    });
    if (!change)
        co_return change.error();
    if (change->roomCreated) {
        qCInfo(lcRooms) << "room" << room.productId << "created";
        apply(*change, std::nullopt);
    }
    const RoomState *state = m_registry.find(room.productId);
    if (!state) // created by another instance: take the committed record as it is
        m_registry.put(*change->room), state = m_registry.find(room.productId);
    co_return std::pair{view(*state, caller.userId), change->roomCreated};
}

QCoro::Task<Result<RoomListResult>> RoomService::listRooms(Identity caller, RoomListQuery query,
                                                           std::optional<QString> cursor) {
    if (cursor) {
        query.after = decodeCursor(*cursor);
        if (!query.after)
            co_return Error{ErrorCode::BadRequest, u"cursor is not one this server gave out"_s};
    }
    auto page = co_await m_storage.run<RoomListPage>(
        [query](QSqlDatabase &db) { return repository::listRooms(db, query); });
    if (!page)
        co_return page.error();
    RoomListResult result;
    for (qint64 id : page->roomIds) {
        if (const RoomState *state = m_registry.find(id))
            result.rooms.append(view(*state, caller.userId));
    }
    if (page->next)
        result.nextCursor = encodeCursor(*page->next);
    co_return result;
}

QCoro::Task<Result<Room>> RoomService::join(Identity caller, qint64 roomId) {
    const RoomState *state = co_await roomFor(roomId, !m_registry.find(roomId));
    if (!state)
        co_return roomNotFound();
    if (auto s = rules::canJoin(state->room, state->roleOf(caller.userId)); !s)
        co_return s.error();
    const RoomStatus before = state->room.status;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto change = co_await commit([caller, roomId, now](QSqlDatabase &db) -> Result<RoomChange> {
        auto record = requireRoom(db, roomId);
        if (!record)
            return record.error();
        const auto role = roleIn(*record, caller.userId);
        if (auto s = rules::canJoin(record->room, role); !s)
            return s.error();
        RoomChange change;
        if (role == Role::Participant)
            return finish(db, roomId, change);
        auto counted = repository::incrementParticipants(db, roomId);
        if (!counted)
            return counted.error();
        if (!*counted) // lost a race for the last place, possibly on another instance
            return Error{ErrorCode::RoomFull, u"the group buy is full"_s};
        if (auto s = repository::upsertMember(
                db, roomId, {caller.userId, caller.displayName, Role::Participant}, now);
            !s)
            return s.error();
        Room &room = record->room;
        ++room.participantCount;
        if (auto s = addSystemMessage(db, room, SystemEvent::Participating, caller.userId,
                                      caller.displayName, now, change);
            !s)
            return s.error();
        if (rules::joinFillsRoom(room, room.participantCount)) {
            record->members.removeIf(
                [&](const MemberRecord &m) { return m.userId == caller.userId; });
            if (auto s =
                    settleRoom(db, *record, RoomStatus::Closed, {SystemEvent::Closed}, now, change);
                !s)
                return s.error();
        }
        return finish(db, roomId, change);
    });
    if (!change)
        co_return change.error();
    apply(*change, before);
    co_return view(*m_registry.find(roomId), caller.userId);
}

QCoro::Task<Result<Room>> RoomService::leave(Identity caller, qint64 roomId) {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return roomNotFound();
    if (auto s = rules::canLeave(state->room, state->roleOf(caller.userId)); !s)
        co_return s.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto change = co_await commit([caller, roomId, now](QSqlDatabase &db) -> Result<RoomChange> {
        auto record = requireRoom(db, roomId);
        if (!record)
            return record.error();
        const auto role = roleIn(*record, caller.userId);
        if (auto s = rules::canLeave(record->room, role); !s)
            return s.error();
        if (role == Role::Participant) {
            auto uncounted = repository::decrementParticipants(db, roomId);
            if (!uncounted)
                return uncounted.error();
            --record->room.participantCount;
        }
        if (auto s = repository::deleteMember(db, roomId, caller.userId); !s)
            return s.error();
        RoomChange change;
        if (auto s = addSystemMessage(db, record->room, SystemEvent::Left, caller.userId,
                                      caller.displayName, now, change);
            !s)
            return s.error();
        change.removed.append({caller.userId, SystemEvent::Left});
        return finish(db, roomId, change);
    });
    if (!change)
        co_return change.error();
    apply(*change, RoomStatus::Active);
    co_return view(*m_registry.find(roomId), caller.userId);
}

QCoro::Task<Result<Room>> RoomService::settle(Identity caller, qint64 roomId, RoomStatus to) {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return roomNotFound();
    if (auto s =
            rules::canSettle(state->room, state->roleOf(caller.userId), caller.isTradeService());
        !s)
        co_return s.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SystemEvent event =
        to == RoomStatus::Closed ? SystemEvent::Closed : SystemEvent::Cancelled;
    auto change =
        co_await commit([caller, roomId, to, event, now](QSqlDatabase &db) -> Result<RoomChange> {
            auto record = requireRoom(db, roomId);
            if (!record)
                return record.error();
            if (auto s = rules::canSettle(record->room, roleIn(*record, caller.userId),
                                          caller.isTradeService());
                !s)
                return s.error();
            RoomChange change;
            if (auto s = settleRoom(db, *record, to, {event}, now, change); !s)
                return s.error();
            return finish(db, roomId, change);
        });
    if (!change)
        co_return change.error();
    apply(*change, RoomStatus::Active);
    co_return view(*m_registry.find(roomId), caller.userId);
}

QCoro::Task<Result<StoredMessage>> RoomService::post(Identity caller, qint64 roomId,
                                                     SendRequest request) {
    QElapsedTimer received;
    received.start();
    metrics::messagesReceived.add();
    auto stored = co_await store(std::move(caller), roomId, std::move(request));
    if (!stored) {
        metrics::messagesRefused.add(stored.error().code);
        co_return stored;
    }
    if (stored->duplicate)
        co_return stored; // a retry: committed and delivered the first time
    metrics::messagesCommitted.add();
    metrics::commitLatency.observeSince(received);
    announce(stored->message); // fans out synchronously
    metrics::fanOutLatency.observeSince(received);
    co_return stored;
}

QCoro::Task<Result<StoredMessage>> RoomService::store(Identity caller, qint64 roomId,
                                                      SendRequest request) {
    const auto canSend = [&](const RoomState *state) -> Status {
        if (!state)
            return roomNotFound();
        return rules::canSend(state->room.status, state->roleOf(caller.userId), request.type,
                              caller.isTradeService());
    };
    const RoomState *state = m_registry.find(roomId);
    if (auto s = canSend(state); !s) {
        if (!m_sharedStorage)
            co_return s.error();
        state = co_await roomFor(roomId, true); // another instance may have changed it
        if (auto again = canSend(state); !again)
            co_return again.error();
    }
    if (!m_rateLimiter.tryAcquire(caller.userId))
        co_return Error{ErrorCode::RateLimited, u"too many messages; slow down"_s};
    NewMessage message;
    message.roomId = roomId;
    message.type = request.type;
    message.senderId = caller.userId;
    message.senderName = caller.displayName;
    message.content = request.content;
    message.clientMsgId = request.clientMsgId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // With several instances our cache may not have seen another instance close or
    // cancel the room yet: then the committed row decides, inside the insert's job.
    const bool checkCommitted = m_sharedStorage;
    const bool trade = caller.isTradeService();
    auto stored = co_await m_storage.run<StoredMessage>(
        [message, now, checkCommitted, trade](QSqlDatabase &db) -> Result<StoredMessage> {
            if (checkCommitted) {
                auto record = requireRoom(db, message.roomId);
                if (!record)
                    return record.error();
                if (auto s = rules::canSend(record->room.status, roleIn(*record, message.senderId),
                                            message.type, trade);
                    !s)
                    return s.error();
            }
            return repository::insertMessage(db, message, now);
        },
        StorageThread::Writes::OneStatement);
    if (stored && stored->duplicate && stored->message.roomId != roomId)
        co_return Error{ErrorCode::Conflict, u"clientMsgId was already used in another room"_s};
    co_return stored;
}

QCoro::Task<const RoomState *> RoomService::roomFor(qint64 roomId, bool stale) {
    if (stale && m_sharedStorage)
        co_await reloadRoom(roomId);
    co_return m_registry.find(roomId);
}

QCoro::Task<bool> RoomService::reloadRoom(qint64 roomId) {
    const auto record = co_await m_storage.run<std::optional<RoomRecord>>(
        [roomId](QSqlDatabase &db) { return repository::loadRoom(db, roomId); });
    if (!record || !record->has_value())
        co_return false;
    m_registry.put(**record);
    scheduleExpiry();
    co_return true;
}

QCoro::Task<Status> RoomService::admitToChat(Identity caller, qint64 roomId) {
    const RoomState *state = co_await roomFor(roomId, !m_registry.find(roomId));
    if (!state)
        co_return roomNotFound();
    const auto role = state->roleOf(caller.userId);
    if (auto s = rules::canReadChat(state->room.status, role); !s)
        co_return s;
    if (role)
        co_return okStatus();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto change = co_await commit([caller, roomId, now](QSqlDatabase &db) -> Result<RoomChange> {
        auto record = requireRoom(db, roomId);
        if (!record)
            return record.error();
        const auto current = roleIn(*record, caller.userId);
        if (auto s = rules::canReadChat(record->room.status, current); !s)
            return s.error();
        RoomChange change;
        if (current)
            return finish(db, roomId, change);
        if (auto s = repository::upsertMember(
                db, roomId, {caller.userId, caller.displayName, Role::Viewer}, now);
            !s)
            return s.error();
        if (auto s = addSystemMessage(db, record->room, SystemEvent::Joined, caller.userId,
                                      caller.displayName, now, change);
            !s)
            return s.error();
        return finish(db, roomId, change);
    });
    if (!change)
        co_return change.error();
    apply(*change, std::nullopt);
    co_return okStatus();
}

Status RoomService::admitToRoomState(const Identity &caller, qint64 roomId) const {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return roomNotFound();
    return rules::canWatchRoom(state->room.status, state->roleOf(caller.userId));
}

void RoomService::sessionOpened(const Identity &identity) {
    if (m_sessionsPerUser[identity.userId]++ > 0)
        return;
    for (qint64 roomId : m_registry.roomsOf(identity.userId))
        Q_EMIT roomChanged(roomId);
}

void RoomService::sessionClosed(const QString &userId) {
    auto it = m_sessionsPerUser.find(userId);
    if (it == m_sessionsPerUser.end() || --*it > 0)
        return;
    m_sessionsPerUser.erase(it);
    for (qint64 roomId : m_registry.roomsOf(userId))
        Q_EMIT roomChanged(roomId);
}

void RoomService::scheduleExpiry() {
    const auto next = m_registry.nextExpiry();
    if (!next) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(*next);
    // QTimer takes int milliseconds; far-away deadlines are re-armed on the way.
    m_expiryTimer.start(int(std::clamp<qint64>(wait, 0, 3'600'000)));
}

QCoro::Task<> RoomService::settleExpiredRooms() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool retry = false;
    for (qint64 roomId : m_registry.activeRoomsExpiredBy(now)) {
        auto change = co_await commit([roomId](QSqlDatabase &db) -> Result<RoomChange> {
            const QDateTime settledAt = QDateTime::currentDateTimeUtc();
            auto record = requireRoom(db, roomId);
            if (!record)
                return record.error();
            RoomChange change;
            // Another instance may have settled it already: then only refresh.
            if (record->room.status != RoomStatus::Active || record->room.expiresAt > settledAt)
                return finish(db, roomId, change);
            const RoomStatus to = rules::expiryOutcome(record->room);
            const SystemEvent outcome =
                to == RoomStatus::Closed ? SystemEvent::Closed : SystemEvent::Cancelled;
            if (auto s =
                    settleRoom(db, *record, to, {SystemEvent::Expired, outcome}, settledAt, change);
                !s)
                return s.error();
            return finish(db, roomId, change);
        });
        if (!change) {
            qCWarning(lcRooms) << "could not settle expired room" << roomId
                               << change.error().message;
            retry = true;
            continue;
        }
        apply(*change, RoomStatus::Active);
    }
    if (retry)
        m_expiryTimer.start(1000); // the database is having trouble: try again shortly
    else
        scheduleExpiry();
}

} // namespace gonggu::server
