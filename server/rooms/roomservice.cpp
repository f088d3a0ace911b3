#include "roomservice.h"

#include "appointmentchanges.h"
#include "hostchanges.h"
#include "memberreports.h"
#include "orderchanges.h"
#include "roomchanges.h"

#include "ops/metrics.h"

#include "common/content.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRooms, "gonggu.rooms")

namespace gonggu::server {

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

RoomService::RoomService(RoomStore &store, double ratePerSecond, int rateBurst,
                         RecentHistory::Limits historyCache, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_rateLimiter(ratePerSecond, rateBurst)
    , m_recentHistory(historyCache) {
    m_expiryTimer.setSingleShot(true);
    m_expiryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] { settleExpiredRooms(); });
    m_reminderTimer.setSingleShot(true);
    connect(&m_reminderTimer, &QTimer::timeout, this, [this] { sendAppointmentReminders(); });
    // Every instance purges (an idempotent DELETE); hourly keeps a day's worth.
    m_notificationPurge.setInterval(std::chrono::hours(1));
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(std::chrono::milliseconds(RoomSequencer::kWaitMs));
    connect(&m_gapTimer, &QTimer::timeout, this, [this] { fillGaps(); });
    connect(&m_notificationPurge, &QTimer::timeout, this, [this] { purgeOldNotifications(); });
}

QCoro::Task<Status> RoomService::start() {
    auto rooms = co_await m_store.loadRooms();
    if (!rooms)
        co_return rooms.error();
    for (const RoomRecord &record : *rooms)
        putRoom(record);
    qCInfo(lcRooms) << "loaded" << rooms->size() << "rooms";
    co_await settleExpiredRooms();       // rooms that expired while the server was down
    co_await sendAppointmentReminders(); // and reminders that fell due meanwhile
    co_await purgeOldNotifications();
    m_notificationPurge.start();
    co_return okStatus();
}

QCoro::Task<> RoomService::purgeOldNotifications() {
    const auto before = QDateTime::currentDateTimeUtc().addMSecs(-kNotificationRetentionMs);
    const auto purged = co_await m_store.purgeNotifications(before);
    if (!purged)
        qCWarning(lcRooms) << "cannot purge old notifications:" << purged.error().message;
    else if (*purged > 0)
        qCInfo(lcRooms) << "purged" << *purged << "notifications older than a day";
}

QCoro::Task<Result<QList<UserNotification>>> RoomService::missedNotifications(QString userId,
                                                                              qint64 afterId) {
    NotificationQuery query;
    query.userId = std::move(userId);
    query.rooms = m_registry.roomsOf(query.userId);
    query.afterId = afterId;
    query.notBefore = QDateTime::currentDateTimeUtc().addMSecs(-kNotificationRetentionMs);
    query.limit = kMissedNotificationsLimit;
    co_return co_await m_store.notificationsSince(std::move(query));
}

QStringList RoomService::recipientsOf(const roomevent::Notified &notified) const {
    if (!notified.userId.isEmpty())
        return {notified.userId};
    QStringList users;
    if (const RoomState *state = m_registry.find(notified.roomId())) {
        for (const MemberRecord &member : state->members)
            users.append(member.userId);
    }
    return users;
}

Room RoomService::view(const RoomState &state, const QString &callerId) const {
    Room room = state.room;
    room.myRole = state.roleOf(callerId);
    // What was said is for those who may read the chat (a CLOSED room's outsiders see
    // the room, not its conversation).
    if (room.appointment)
        room.appointment = changes::appointmentAsSeenBy(*room.appointment, state.members, callerId);
    if (!rules::canReadChat(room.status, room.myRole)) {
        room.lastMessage.reset();
        room.pinnedNotice.reset();
        if (!callerId.isEmpty()) // a broadcast goes only to those who may watch the room
            room.appointment.reset();
        return room;
    }
    if (const MemberRecord *member = state.member(callerId)) {
        room.lastReadMessageId = member->lastReadId;
        room.unreadCount = state.unreadCount(callerId, member->lastReadId);
    }
    return room;
}

Result<RoomSnapshot> RoomService::snapshot(qint64 roomId, const QString &callerId) const {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return changes::roomNotFound();
    RoomSnapshot snapshot{view(*state, callerId), {}};
    for (const MemberRecord &m : state->members) {
        if (m.announced)
            snapshot.participants.append(participantOf(m));
    }
    return snapshot;
}

QCoro::Task<Result<RoomChange>> RoomService::change(qint64 roomId,
                                                    RoomStore::Work<RoomChange> work) {
    auto committed = co_await m_store.change(roomId, std::move(work));
    if (committed)
        apply(*committed);
    co_return committed;
}

void RoomService::apply(const RoomChange &change) {
    if (!change.room) { // one message, order or read marker changed: the room did not
        for (const RoomEvent &event : change.events)
            announce(event);
        return;
    }
    const qint64 roomId = change.room->room.id;
    putRoom(*change.room);
    if (change.roomCreated)
        announce(roomevent::RoomCreated{roomId});
    for (const RoomEvent &event : change.events) {
        if (const auto *settled = std::get_if<roomevent::StatusChanged>(&event))
            qCInfo(lcRooms).noquote() << "room" << roomId << "is now" << toString(settled->status);
        announce(event);
    }
    announce(roomevent::RoomChanged{roomId});
    scheduleDueWork();
}

void RoomService::putRoom(const RoomRecord &record) {
    m_registry.put(record);
    const auto &newest = record.room.lastMessage;
    m_sequencer.begin(record.room.id, newest ? newest->seq : 0, newest ? newest->id : 0);
}

void RoomService::announce(const RoomEvent &event, EventOrigin origin) {
    if (origin == EventOrigin::ThisInstance)
        Q_EMIT committedHere(event); // the other instances hear of it at once
    const auto *stored = std::get_if<roomevent::MessageStored>(&event);
    if (!stored || !m_sharedStorage) { // one instance commits and delivers in one order
        take(event, origin);
        return;
    }
    for (roomevent::MessageStored &due :
         m_sequencer.offer(*stored, QDateTime::currentMSecsSinceEpoch()))
        take(RoomEvent(std::move(due)), origin);
    if (m_sequencer.holding() && !m_gapTimer.isActive())
        m_gapTimer.start();
}

QCoro::Task<int> RoomService::readMissed(qint64 roomId, qint64 afterId) {
    // Hands on what the room's sequence is missing, read from the database.
    QPointer<RoomService> self(this);
    int handedOn = 0;
    for (int pages = 0; pages < 50; ++pages) {
        HistoryQuery query;
        query.roomId = roomId;
        query.after = afterId;
        query.limit = 100;
        const auto page = co_await m_store.history(query);
        if (!self || !page || page->messages.isEmpty())
            co_return page || !self ? handedOn : -1;
        for (const ChatMessage &message : page->messages) {
            for (roomevent::MessageStored &due : m_sequencer.offer(
                     roomevent::MessageStored::of(message), QDateTime::currentMSecsSinceEpoch())) {
                take(RoomEvent(std::move(due)), EventOrigin::OtherInstance);
                ++handedOn;
            }
        }
        afterId = page->messages.last().id;
        if (!page->hasMore)
            break;
    }
    co_return handedOn;
}

QCoro::Task<> RoomService::fillGaps() {
    // What Redis did not bring in time (lost in an outage, or slow) is in the database.
    QPointer<RoomService> self(this);
    for (const RoomSequencer::Gap &gap : m_sequencer.overdue(QDateTime::currentMSecsSinceEpoch())) {
        const int handedOn = co_await readMissed(gap.roomId, gap.afterId);
        if (!self)
            co_return;
        // The database has nothing either (or has been down for a while): go on
        // without the missing ones rather than hold the room's chat back.
        if (handedOn == 0 || (handedOn < 0 && gap.waitedMs >= kGiveUpOnGapMs)) {
            auto due = m_sequencer.skipGap(gap, QDateTime::currentMSecsSinceEpoch());
            if (!due.isEmpty())
                qCWarning(lcRooms)
                    << "room" << gap.roomId << "went on past a gap after message" << gap.afterId;
            for (roomevent::MessageStored &message : due)
                take(RoomEvent(std::move(message)), EventOrigin::OtherInstance);
        }
    }
    if (m_sequencer.holding())
        m_gapTimer.start();
}

void RoomService::setRemoteFeedLive(bool live) {
    m_recentHistory.setLive(live);
    if (!live) {
        if (!m_feedLostAfter)
            m_feedLostAfter = m_newestMessageId;
        return;
    }
    if (const auto since = std::exchange(m_feedLostAfter, std::nullopt))
        catchUp(*since);
}

QCoro::Task<> RoomService::catchUp(qint64 afterId) {
    // Redis is back: what the others committed meanwhile never came. Every room
    // written since is read from where this instance's subscribers stand.
    QPointer<RoomService> self(this);
    const auto rooms = co_await m_store.roomsWrittenAfter(afterId);
    if (!self)
        co_return;
    if (!rooms) {
        qCWarning(lcRooms) << "cannot catch up after the Redis outage:" << rooms.error().message;
        co_return;
    }
    int handedOn = 0;
    for (qint64 roomId : *rooms) {
        if (!m_registry.find(roomId))
            continue; // nobody here follows it; it is read when first asked
        const int n = co_await readMissed(roomId, m_sequencer.newestId(roomId));
        if (!self)
            co_return;
        handedOn += std::max(n, 0);
    }
    qCInfo(lcRooms) << "caught up after the Redis outage:" << handedOn << "messages in"
                    << rooms->size() << "rooms";
}

void RoomService::take(const RoomEvent &event, EventOrigin origin) {
    if (const auto *stored = std::get_if<roomevent::MessageStored>(&event)) {
        m_newestMessageId = std::max(m_newestMessageId, stored->message.id);
        m_recentHistory.add(stored->message.roomId, {stored->message.id, stored->json});
        m_registry.noteMessage(stored->message);
    } else if (const auto *changed = std::get_if<roomevent::MessageChanged>(&event)) {
        // Replies in the cache quote it too: the room is read again when next asked.
        m_recentHistory.forget(changed->message.roomId);
        if (m_registry.noteChanged(changed->message) == RoomRegistry::Pinned::Gone)
            repin(changed->message.roomId);
    } else if (const auto *read = std::get_if<roomevent::ReadMoved>(&event)) {
        m_registry.noteRead(read->id, read->userId, read->lastReadId);
    } else if (const auto *typing = std::get_if<roomevent::TypingChanged>(&event)) {
        m_typing.note(typing->id, typing->userId, typing->displayName, typing->typing,
                      QDateTime::currentMSecsSinceEpoch());
    }
    Q_EMIT eventCommitted(event, origin);
}

QCoro::Task<> RoomService::repin(qint64 roomId) {
    // Every instance repins by itself on the MessageChanged it got: not published.
    if (co_await reloadRoom(roomId))
        Q_EMIT eventCommitted(roomevent::RoomChanged{roomId}, EventOrigin::OtherInstance);
}

QCoro::Task<Result<ChatMessage>> RoomService::changeMessage(const QString &callerId, qint64 roomId,
                                                            RoomStore::Work<RoomChange> work) {
    if (!m_rateLimiter.tryAcquire(callerId))
        co_return Error{ErrorCode::RateLimited, u"too many messages; slow down"_s};
    auto committed = co_await change(roomId, std::move(work));
    if (!committed)
        co_return committed.error();
    co_return *committed->message;
}

Result<const RoomState *> RoomService::memberWhoMayRead(const Identity &caller,
                                                        qint64 roomId) const {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return changes::roomNotFound();
    const auto role = state->roleOf(caller.userId);
    if (auto s = rules::canReadChat(state->room.status, role); !s)
        return s.error();
    if (!role) // an ACTIVE room's chat is open to all, but this is a member's
        return Error{ErrorCode::NotAMember, u"subscribe to the room first"_s};
    return state;
}

Status RoomService::mayRead(const RoomState &state, const QString &userId) const {
    if (auto s = rules::notBanned(state.banned.contains(userId)); !s)
        return s;
    return rules::canReadChat(state.room.status, state.roleOf(userId));
}

Status RoomService::mayWrite(const RoomState &state, const Identity &caller,
                             MessageType type) const {
    const MemberRecord *member = state.member(caller.userId);
    const auto role = member ? std::optional(member->role) : std::nullopt;
    if (auto s = rules::canSend(state.room.status, role, type, caller.isTradeService()); !s)
        return s;
    return rules::canSpeak(state.room, member ? member->mutedUntil : std::nullopt, role,
                           caller.isTradeService(), QDateTime::currentDateTimeUtc());
}

Status RoomService::typing(const Identity &caller, qint64 roomId, bool typing) {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return changes::roomNotFound();
    if (auto s = mayWrite(*state, caller, MessageType::Chat); !s)
        return s;
    if (m_typing.isNews(roomId, caller.userId, typing, QDateTime::currentMSecsSinceEpoch()))
        announce(roomevent::TypingChanged{roomId, caller.userId, caller.displayName, typing});
    return okStatus();
}

QCoro::Task<Result<StoredAddress>> RoomService::setAddress(Identity caller, qint64 roomId,
                                                           DeliveryAddress address) {
    co_await learnRoom(roomId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto committed =
        co_await m_store.change(roomId, [caller, roomId, address, now](RoomTransaction &tx) {
            return changes::setAddress(tx, caller, roomId, address, now);
        });
    if (!committed)
        co_return committed.error();
    co_return StoredAddress{caller.userId, std::move(address), now};
}

QCoro::Task<Result<std::optional<StoredAddress>>> RoomService::myAddress(Identity caller,
                                                                         qint64 roomId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    if (!state->roleOf(caller.userId))
        co_return Error{ErrorCode::NotAMember, u"not a member of this room"_s};
    co_return co_await m_store.addressOf(roomId, caller.userId);
}

QCoro::Task<Status> RoomService::deleteMyAddress(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    if (!state->roleOf(caller.userId))
        co_return Error{ErrorCode::NotAMember, u"not a member of this room"_s};
    auto committed = co_await m_store.change(
        roomId, [caller, roomId](RoomTransaction &tx) -> Result<RoomChange> {
            if (auto gone = tx.deleteAddresses(roomId, caller.userId); !gone)
                return gone.error();
            return RoomChange{};
        });
    if (!committed)
        co_return committed.error();
    co_return okStatus();
}

QCoro::Task<Status> RoomService::mayUpload(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    co_return mayWrite(*state, caller, MessageType::Chat);
}

QCoro::Task<Status> RoomService::mayReadFile(Identity caller, qint64 roomId, qint64 fileId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    if (state->room.product && state->room.product->photoFileId == fileId)
        co_return okStatus();
    co_return mayRead(*state, caller.userId);
}

QCoro::Task<Result<QList<AddressEntry>>> RoomService::addresses(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    if (auto s = rules::canReadAddresses(state->roleOf(caller.userId)); !s)
        co_return s.error();
    auto stored = co_await m_store.readAddresses(roomId, caller.userId);
    if (!stored)
        co_return stored.error();
    // Who read how many, never what: the addresses stay out of the logs.
    qCInfo(lcRooms).noquote() << "seller" << caller.userId << "read" << stored->size()
                              << "delivery addresses of room" << roomId;
    QList<AddressEntry> entries;
    state = m_registry.find(roomId);
    for (StoredAddress &one : *stored) {
        const MemberRecord *member = state ? state->member(one.userId) : nullptr;
        entries.append({one.userId, member ? member->displayName : QString(),
                        std::move(one.address), one.updatedAt});
    }
    co_return entries;
}

QCoro::Task<Result<QList<Order>>> RoomService::orders(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    const auto role = state->roleOf(caller.userId);
    if (auto s = rules::canReadOrders(state->room.status, role, caller.isTradeService()); !s)
        co_return s.error();
    auto rows = co_await m_store.orders(roomId);
    if (!rows)
        co_return rows.error();
    // The addresses are the seller's alone (canReadAddresses), not the trade service's.
    QList<StoredAddress> addresses;
    if (role == Role::Seller) {
        auto read = co_await m_store.readAddresses(roomId, caller.userId);
        if (!read)
            co_return read.error();
        addresses = std::move(*read);
        qCInfo(lcRooms).noquote() << "seller" << caller.userId << "read" << addresses.size()
                                  << "delivery addresses of room" << roomId << "with its orders";
    }
    state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    QList<Order> orders = changes::ordersOf(state->room, state->members, *rows);
    for (Order &order : orders) {
        for (const StoredAddress &stored : std::as_const(addresses)) {
            if (stored.userId == order.userId)
                order.address = stored.address;
        }
    }
    co_return orders;
}

QCoro::Task<Result<Order>> RoomService::myOrder(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    if (auto s = rules::canReadMyOrder(state->room.status, state->roleOf(caller.userId)); !s)
        co_return s.error();
    auto rows = co_await m_store.orders(roomId);
    if (!rows)
        co_return rows.error();
    state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    for (Order &order : changes::ordersOf(state->room, state->members, *rows)) {
        if (order.userId == caller.userId)
            co_return std::move(order);
    }
    co_return Error{ErrorCode::NotFound, u"no order of yours in this room"_s};
}

QCoro::Task<Result<Order>> RoomService::changeOrder(Identity caller, qint64 roomId, QString buyerId,
                                                    OrderStatus to) {
    co_await learnRoom(roomId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto committed =
        co_await change(roomId, [caller, roomId, buyerId, to, now](RoomTransaction &tx) {
            return changes::changeOrder(tx, caller, roomId, buyerId, to, now);
        });
    if (!committed)
        co_return committed.error();
    co_return *committed->order;
}

QCoro::Task<Result<int>> RoomService::remindUnpaid(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto committed = co_await change(roomId, [caller, roomId, now](RoomTransaction &tx) {
        return changes::remindUnpaid(tx, caller, roomId, now);
    });
    if (!committed)
        co_return committed.error();
    co_return int(committed->events.size());
}

QCoro::Task<Result<Room>> RoomService::markRead(Identity caller, qint64 roomId, qint64 messageId) {
    co_await learnRoom(roomId);
    const auto readable = memberWhoMayRead(caller, roomId);
    if (!readable)
        co_return readable.error();
    const RoomState *state = *readable;
    const MemberRecord *member = state->member(caller.userId);
    if (messageId > member->lastReadId) { // else nothing to write: already read
        auto committed = co_await change(
            roomId, [caller, roomId, messageId](RoomTransaction &tx) -> Result<RoomChange> {
                auto moved = tx.markRead(roomId, caller.userId, messageId);
                if (!moved)
                    return moved.error();
                RoomChange change;
                if (*moved)
                    change.events.append(roomevent::ReadMoved{roomId, caller.userId, **moved});
                return change;
            });
        if (!committed)
            co_return committed.error();
    }
    state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    co_return view(*state, caller.userId);
}

QCoro::Task<Result<ChatMessage>> RoomService::editMessage(Identity caller, qint64 roomId,
                                                          EditRequest request) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeMessage(caller.userId, roomId,
                                     [caller, roomId, request, now](RoomTransaction &tx) {
                                         return changes::edit(tx, caller, roomId, request, now);
                                     });
}

QCoro::Task<Result<ChatMessage>> RoomService::react(Identity caller, qint64 roomId,
                                                    ReactRequest request) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeMessage(caller.userId, roomId,
                                     [caller, roomId, request, now](RoomTransaction &tx) {
                                         return changes::react(tx, caller, roomId, request, now);
                                     });
}

QCoro::Task<Result<QHash<qint64, QStringList>>>
RoomService::reactionsBy(QString userId, const EncodedHistoryPage &page) {
    // Only a page that shows any reaction costs a read.
    const bool any =
        std::any_of(page.messages.cbegin(), page.messages.cend(),
                    [](const MessageJson &m) { return m.json.contains("\"reactions\""); });
    if (!any)
        co_return QHash<qint64, QStringList>();
    co_return co_await m_store.reactionsBy(std::move(userId), page.messages.first().id,
                                           page.messages.last().id);
}

QCoro::Task<Result<ChatMessage>> RoomService::deleteMessage(Identity caller, qint64 roomId,
                                                            qint64 messageId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeMessage(caller.userId, roomId,
                                     [caller, roomId, messageId, now](RoomTransaction &tx) {
                                         return changes::remove(tx, caller, roomId, messageId, now);
                                     });
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
    room.product = request.draft.product;
    if (caller.isTradeService()) {
        room.sellerId = request.sellerId.value_or(caller.userId);
        room.sellerName = request.sellerName.value_or(QString());
    } else {
        if (request.sellerId && *request.sellerId != caller.userId)
            co_return Error{ErrorCode::Forbidden, u"only the trade service names another seller"_s};
        room.sellerId = caller.userId;
        room.sellerName = caller.displayName;
    }
    auto committed = co_await m_store.change(room.productId, [room, now](RoomTransaction &tx) {
        return changes::create(tx, room, now);
    });
    if (!committed)
        co_return committed.error();
    if (committed->roomCreated) {
        qCInfo(lcRooms) << "room" << room.productId << "created";
        apply(*committed);
    }
    const RoomState *state = m_registry.find(room.productId);
    if (!state) // created by another instance: take the committed record as it is
        putRoom(*committed->room), state = m_registry.find(room.productId);
    co_return std::pair{view(*state, caller.userId), committed->roomCreated};
}

QCoro::Task<Result<RoomListResult>> RoomService::listRooms(Identity caller, RoomListQuery query,
                                                           std::optional<QString> cursor) {
    if (cursor) {
        query.after = decodeCursor(*cursor);
        if (!query.after)
            co_return Error{ErrorCode::BadRequest, u"cursor is not one this server gave out"_s};
    }
    if (query.order == RoomOrder::Activity)
        co_return listByActivity(caller.userId, query);
    auto page = co_await m_store.listRooms(query);
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

RoomListResult RoomService::listByActivity(const QString &callerId,
                                           const RoomListQuery &query) const {
    // From memory: every room is in the registry, and a member's rooms are indexed.
    using Key = std::pair<qint64, qint64>; // (newest activity ms, id), descending
    const auto keyOf = [](const Room &room) {
        const QDateTime &at = room.lastMessage ? room.lastMessage->createdAt : room.createdAt;
        return Key{at.toMSecsSinceEpoch(), room.id};
    };
    QList<std::pair<Key, const RoomState *>> found;
    const auto consider = [&](const RoomState &state) {
        const Key key = keyOf(state.room);
        if ((!query.status || state.room.status == *query.status) &&
            (!query.after || key < *query.after))
            found.append({key, &state});
    };
    if (query.memberUserId) {
        for (qint64 id : m_registry.roomsOf(*query.memberUserId))
            consider(*m_registry.find(id));
    } else {
        m_registry.forEach(consider);
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    RoomListResult result;
    for (qsizetype i = 0; i < found.size() && i < query.limit; ++i)
        result.rooms.append(view(*found[i].second, callerId));
    if (found.size() > query.limit)
        result.nextCursor = encodeCursor(found[query.limit - 1].first);
    return result;
}

QCoro::Task<Result<Room>> RoomService::changeAndView(QString callerId, qint64 roomId,
                                                     RoomStore::Work<RoomChange> work) {
    auto committed = co_await change(roomId, std::move(work));
    if (!committed)
        co_return committed.error();
    co_return view(*m_registry.find(roomId), callerId);
}

QCoro::Task<Result<Room>> RoomService::join(Identity caller, qint64 roomId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(caller.userId, roomId,
                                     [caller, roomId, now](RoomTransaction &tx) {
                                         return changes::join(tx, caller, roomId, now);
                                     });
}

QCoro::Task<Result<Room>> RoomService::leave(Identity caller, qint64 roomId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(caller.userId, roomId,
                                     [caller, roomId, now](RoomTransaction &tx) {
                                         return changes::leave(tx, caller, roomId, now);
                                     });
}

QCoro::Task<Result<Room>> RoomService::settle(Identity caller, qint64 roomId, RoomStatus to) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(caller.userId, roomId,
                                     [caller, roomId, to, now](RoomTransaction &tx) {
                                         return changes::settle(tx, caller, roomId, to, now);
                                     });
}

QCoro::Task<Result<Room>> RoomService::setProduct(Identity caller, qint64 roomId, Product product) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(
        caller.userId, roomId, [caller, roomId, product, now](RoomTransaction &tx) {
            return changes::setProduct(tx, caller, roomId, product, now);
        });
}

QCoro::Task<Status> RoomService::report(Identity caller, qint64 roomId,
                                        std::optional<qint64> messageId,
                                        std::optional<QString> userId, QString reason) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto committed = co_await m_store.change(
        roomId, [caller, roomId, messageId, userId, reason, now](RoomTransaction &tx) {
            return changes::report(tx, caller, roomId, messageId, userId, reason, now);
        });
    if (!committed)
        co_return committed.error();
    qCInfo(lcRooms).noquote() << "report in room" << roomId << "by" << caller.userId;
    co_return okStatus();
}

QCoro::Task<Result<QList<ReportRecord>>> RoomService::reports(Identity caller, qint64 afterId,
                                                              int limit) {
    if (!caller.isOperator())
        co_return Error{ErrorCode::Forbidden, u"reports are for the operators (admin scope)"_s};
    co_return co_await m_store.reports(afterId, limit);
}

QCoro::Task<Result<QList<BlockRecord>>> RoomService::blocked(Identity caller) {
    co_return co_await m_store.blocked(caller.userId);
}

QCoro::Task<Status> RoomService::setBlocked(Identity caller, QString blockedId, bool on) {
    if (blockedId.isEmpty() || blockedId.size() > 128 || !isOneLine(blockedId))
        co_return Error{ErrorCode::BadRequest, u"not a user id"_s, u"userId"_s};
    if (blockedId == caller.userId)
        co_return Error{ErrorCode::BadRequest, u"you cannot block yourself"_s, u"userId"_s};
    auto changed =
        co_await m_store.setBlocked(caller.userId, blockedId, on, QDateTime::currentDateTimeUtc());
    if (!changed)
        co_return changed.error();
    co_return okStatus();
}

QCoro::Task<Result<Room>> RoomService::setFrozen(Identity caller, qint64 roomId, bool frozen) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(caller.userId, roomId,
                                     [caller, roomId, frozen, now](RoomTransaction &tx) {
                                         return changes::setFrozen(tx, caller, roomId, frozen, now);
                                     });
}

QCoro::Task<Result<Room>> RoomService::mute(Identity caller, qint64 roomId, QString userId,
                                            std::optional<int> minutes) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(
        caller.userId, roomId, [caller, roomId, userId, minutes, now](RoomTransaction &tx) {
            return changes::mute(tx, caller, roomId, userId, minutes, now);
        });
}

QCoro::Task<Result<Room>> RoomService::removeMember(Identity caller, qint64 roomId, QString userId,
                                                    QString reason) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(
        caller.userId, roomId, [caller, roomId, userId, reason, now](RoomTransaction &tx) {
            return changes::removeMember(tx, caller, roomId, userId, reason, now);
        });
}

QCoro::Task<Result<Room>> RoomService::changeLimits(Identity caller, qint64 roomId,
                                                    std::optional<int> maxParticipants,
                                                    std::optional<QDateTime> expiresAt) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAndView(
        caller.userId, roomId,
        [caller, roomId, maxParticipants, expiresAt, now](RoomTransaction &tx) {
            return changes::changeLimits(tx, caller, roomId, maxParticipants, expiresAt, now);
        });
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
    announce(roomevent::MessageStored::of(stored->message)); // fans out synchronously
    if (stored->announcement)
        announce(*stored->announcement);
    metrics::fanOutLatency.observeSince(received);
    co_return stored;
}

QCoro::Task<Result<StoredMessage>> RoomService::store(Identity caller, qint64 roomId,
                                                      SendRequest request) {
    // One instance: the registry is the committed state (every commit goes
    // through here), so the rules are checked against it and the hot path does
    // one write and no read. Several instances: the registry may lag another
    // instance's close or cancel, so the rules run inside the insert's
    // transaction instead.
    if (!m_sharedStorage) {
        const RoomState *state = m_registry.find(roomId);
        if (!state)
            co_return changes::roomNotFound();
        if (auto s = mayWrite(*state, caller, request.type); !s)
            co_return s.error();
    }
    if (!m_rateLimiter.tryAcquire(caller.userId))
        co_return Error{ErrorCode::RateLimited, u"too many messages; slow down"_s};
    if (const RoomState *state = m_registry.find(roomId)) {
        const MemberRecord *member = state->member(caller.userId);
        if (member && !member->announced) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto announced = co_await change(roomId, [caller, roomId, now](RoomTransaction &tx) {
                return changes::announceViewer(tx, caller, roomId, now);
            });
            if (!announced)
                co_return announced.error();
        }
    }
    NewMessage message;
    message.roomId = roomId;
    message.type = request.type;
    message.senderId = caller.userId;
    message.senderName = caller.displayName;
    message.content = request.content;
    message.clientMsgId = request.clientMsgId;
    message.replyTo = request.replyTo;
    message.fileIds = request.attachmentIds;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool trade = caller.isTradeService();
    const bool withFiles = !message.fileIds.isEmpty();
    auto stored =
        m_sharedStorage
            ? co_await m_store.post(
                  roomId,
                  [message, now, trade](RoomTransaction &tx) {
                      return changes::post(tx, message, trade, now);
                  },
                  withFiles)
            : co_await m_store.post(
                  roomId,
                  [message, now](RoomTransaction &tx) { return changes::insert(tx, message, now); },
                  withFiles);
    if (stored && stored->duplicate && stored->message.roomId != roomId)
        co_return Error{ErrorCode::Conflict, u"clientMsgId was already used in another room"_s};
    co_return stored;
}

QCoro::Task<> RoomService::learnRoom(qint64 roomId) {
    if (m_sharedStorage && !m_registry.find(roomId))
        co_await reloadRoom(roomId);
}

QCoro::Task<bool> RoomService::reloadRoom(qint64 roomId) {
    const auto record = co_await m_store.loadRoom(roomId);
    if (!record || !record->has_value())
        co_return false;
    putRoom(**record);
    scheduleDueWork();
    co_return true;
}

QCoro::Task<> RoomService::applyRemote(RoomEvent event) {
    // The committed row is the truth: some kinds only say where to look.
    enum class Take { AsItIs, AfterReload, Not };
    const Take take =
        std::visit(Overloaded{
                       [](const roomevent::MessageStored &) { return Take::AsItIs; },
                       [](const roomevent::MessageChanged &) { return Take::AsItIs; },
                       [](const roomevent::ReadMoved &) { return Take::AsItIs; },
                       [](const roomevent::TypingChanged &) { return Take::AsItIs; },
                       [](const roomevent::RoomChanged &) { return Take::AfterReload; },
                       [](const roomevent::RoomCreated &) { return Take::AfterReload; },
                       [](const roomevent::MemberRemoved &) { return Take::AsItIs; },
                       [](const roomevent::StatusChanged &) { return Take::AfterReload; },
                       // Presence is counted per instance (isOnline): another instance's
                       // sessions do not show here yet.
                       [](const roomevent::PresenceChanged &) { return Take::Not; },
                       [](const roomevent::Notified &) { return Take::AsItIs; },
                   },
                   event);
    if (take == Take::Not)
        co_return;
    if (take == Take::AfterReload && !co_await reloadRoom(roomIdOf(event)))
        co_return;
    announce(event, EventOrigin::OtherInstance);
}

QCoro::Task<Status> RoomService::admitToChat(Identity caller, qint64 roomId) {
    // Reading is decided from the registry; becoming a VIEWER writes, so that
    // is decided again inside its transaction.
    co_await learnRoom(roomId);
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        co_return changes::roomNotFound();
    const auto role = state->roleOf(caller.userId);
    if (auto s = mayRead(*state, caller.userId); !s)
        co_return s;
    if (role)
        co_return okStatus();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto committed = co_await change(roomId, [caller, roomId, now](RoomTransaction &tx) {
        return changes::admitViewer(tx, caller, roomId, now);
    });
    if (!committed)
        co_return committed.error();
    co_return okStatus();
}

Status RoomService::admitToRoomState(const Identity &caller, qint64 roomId) const {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return changes::roomNotFound();
    if (auto s = rules::notBanned(state->banned.contains(caller.userId)); !s)
        return s;
    return rules::canWatchRoom(state->room.status, state->roleOf(caller.userId));
}

void RoomService::sessionOpened(const Identity &identity) {
    if (m_sessionsPerUser[identity.userId]++ > 0)
        return;
    announcePresence(identity.userId, true);
}

void RoomService::sessionClosed(const QString &userId) {
    auto it = m_sessionsPerUser.find(userId);
    if (it == m_sessionsPerUser.end() || --*it > 0)
        return;
    m_sessionsPerUser.erase(it);
    announcePresence(userId, false);
}

void RoomService::announcePresence(const QString &userId, bool online) {
    for (qint64 roomId : m_registry.roomsOf(userId)) {
        const MemberRecord *member = m_registry.find(roomId)->member(userId);
        if (member && member->announced) // a quiet VIEWER's coming and going is nobody's news
            announce(roomevent::PresenceChanged{roomId, userId, online});
    }
}

void RoomService::scheduleDueWork() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto [timer, next] : {std::pair{&m_expiryTimer, m_registry.nextExpiry()},
                               std::pair{&m_reminderTimer, m_registry.nextAppointmentReminder()}}) {
        if (!next) {
            timer->stop();
            continue;
        }
        // QTimer takes int milliseconds; far-away times are re-armed on the way.
        timer->start(int(std::clamp<qint64>(now.msecsTo(*next), 0, 3'600'000)));
    }
}

QCoro::Task<> RoomService::settleExpiredRooms() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool retry = false;
    for (qint64 roomId : m_registry.activeRoomsExpiredBy(now)) {
        auto committed = co_await change(roomId, [roomId](RoomTransaction &tx) {
            return changes::expire(tx, roomId, QDateTime::currentDateTimeUtc());
        });
        if (!committed) {
            qCWarning(lcRooms) << "could not settle expired room" << roomId
                               << committed.error().message;
            retry = true;
        }
    }
    if (retry)
        m_expiryTimer.start(1000); // the database is having trouble: try again shortly
    else
        scheduleDueWork();
}

QCoro::Task<> RoomService::sendAppointmentReminders() {
    bool retry = false;
    for (qint64 roomId : m_registry.appointmentRemindersDueBy(QDateTime::currentDateTimeUtc())) {
        auto committed = co_await change(roomId, [roomId](RoomTransaction &tx) {
            return changes::remindAppointment(tx, roomId, QDateTime::currentDateTimeUtc());
        });
        if (!committed) {
            qCWarning(lcRooms) << "could not send the pickup reminder of room" << roomId
                               << committed.error().message;
            retry = true;
        }
    }
    if (retry)
        m_reminderTimer.start(1000); // the database is having trouble: try again shortly
    else
        scheduleDueWork();
}

Result<AppointmentView> RoomService::appointmentView(const Identity &caller, qint64 roomId) const {
    const RoomState *state = m_registry.find(roomId);
    if (!state)
        return changes::roomNotFound();
    const auto role = state->roleOf(caller.userId);
    if (!caller.isTradeService()) {
        if (auto s = mayRead(*state, caller.userId); !s)
            return s.error();
    }
    AppointmentView view;
    if (state->room.appointment)
        view.appointment =
            changes::appointmentAsSeenBy(*state->room.appointment, state->members, caller.userId);
    if (rules::canReadAppointmentAnswers(role, caller.isTradeService()))
        view.replies = changes::appointmentReplies(state->members);
    return view;
}

QCoro::Task<Result<AppointmentView>> RoomService::appointment(Identity caller, qint64 roomId) {
    co_await learnRoom(roomId);
    co_return appointmentView(caller, roomId);
}

QCoro::Task<Result<AppointmentView>>
RoomService::changeAppointment(Identity caller, qint64 roomId, RoomStore::Work<RoomChange> work) {
    auto committed = co_await change(roomId, std::move(work));
    if (!committed)
        co_return committed.error();
    co_return appointmentView(caller, roomId);
}

QCoro::Task<Result<AppointmentView>> RoomService::setAppointment(Identity caller, qint64 roomId,
                                                                 AppointmentRequest request) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAppointment(
        caller, roomId, [caller, roomId, request, now](RoomTransaction &tx) {
            return changes::setAppointment(tx, caller, roomId, request, now);
        });
}

QCoro::Task<Result<AppointmentView>> RoomService::cancelAppointment(Identity caller,
                                                                    qint64 roomId) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAppointment(
        caller, roomId, [caller, roomId, now](RoomTransaction &tx) {
            return changes::cancelAppointment(tx, caller, roomId, now);
        });
}

QCoro::Task<Result<AppointmentView>> RoomService::answerAppointment(Identity caller, qint64 roomId,
                                                                    AppointmentAnswer answer) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    co_return co_await changeAppointment(
        caller, roomId, [caller, roomId, answer, now](RoomTransaction &tx) {
            return changes::answerAppointment(tx, caller, roomId, answer, now);
        });
}

} // namespace gonggu::server
