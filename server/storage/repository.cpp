#include "repository.h"

#include "database.h"
#include "filerepository.h"
#include "messagecipher.h"
#include "messagerow.h"
#include "sqlexec.h"
#include "statementcache.h"

#include "common/content.h"
#include "common/jsonfields.h"
#include "common/overloaded.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

using namespace Qt::StringLiterals;

namespace gonggu::server::repository {

namespace {

// The rooms table's columns as loadRoom and loadRooms select them; a position
// in the list is its roomcolumn value.
namespace roomcolumn {
enum : int {
    Id,
    Title,
    Description,
    SellerId,
    SellerName,
    Status,
    MaxParticipants,
    MinParticipants,
    ParticipantCount,
    CreatedAt,
    ExpiresAt,
    ClosedAt,
    ProductJson,
    AppointmentJson,
    AppointmentRemindedAt,
    Frozen
};
} // namespace roomcolumn
const auto kRoomColumns =
    u"id, title, description, seller_id, seller_name, status, max_participants, "
    "min_participants, participant_count, created_at, expires_at, closed_at, product, "
    "appointment, appointment_reminded_at, frozen"_s;

Room roomFrom(const QSqlQuery &q) {
    using namespace roomcolumn;
    Room room;
    room.id = room.productId = q.value(Id).toLongLong();
    room.title = q.value(Title).toString();
    room.description = q.value(Description).toString();
    room.sellerId = q.value(SellerId).toString();
    room.sellerName = q.value(SellerName).toString();
    room.status = roomStatusFromString(q.value(Status).toString()).value_or(RoomStatus::Cancelled);
    room.maxParticipants = q.value(MaxParticipants).toInt();
    room.minParticipants = q.value(MinParticipants).toInt();
    room.participantCount = q.value(ParticipantCount).toInt();
    room.createdAt = fromMs(q.value(CreatedAt).toLongLong());
    room.expiresAt = fromMs(q.value(ExpiresAt).toLongLong());
    if (!q.value(ClosedAt).isNull())
        room.closedAt = fromMs(q.value(ClosedAt).toLongLong());
    if (const QVariant json = q.value(ProductJson); !json.isNull()) {
        const auto object = parseJsonObject(json.toString().toUtf8());
        const auto product = object ? Product::fromJson(*object) : Result<Product>(object.error());
        if (product) // written by updateProduct from a checked Product: always so
            room.product = *product;
        else
            qCWarning(lcStorage) << "room" << room.id << "product unreadable";
    }
    room.frozen = q.value(Frozen).toInt() != 0;
    if (const QVariant json = q.value(AppointmentJson); !json.isNull()) {
        const auto object = parseJsonObject(json.toString().toUtf8());
        const auto appointment =
            object ? Appointment::fromJson(*object) : Result<Appointment>(object.error());
        if (appointment) // written by updateAppointment from a checked one
            room.appointment = *appointment;
        else
            qCWarning(lcStorage) << "room" << room.id << "appointment unreadable";
    }
    return room;
}

// A room row as the registry keeps it (the room and what only the server knows).
RoomRecord recordFrom(const QSqlQuery &q, QList<MemberRecord> members) {
    RoomRecord record{roomFrom(q), std::move(members), {}};
    record.appointmentReminded = !q.value(roomcolumn::AppointmentRemindedAt).isNull();
    return record;
}

Result<QList<MemberRecord>> membersOf(QSqlDatabase &db, std::optional<qint64> roomId,
                                      QHash<qint64, QList<MemberRecord>> *byRoom) {
    const QString sql = u"SELECT room_id, user_id, display_name, role, announced, last_read_id, "
                        "appointment_answer, answered_at, muted_until FROM members"_s +
                        (roomId ? u" WHERE room_id = ?"_s : QString()) +
                        u" ORDER BY joined_at, user_id"_s;
    auto q = execute(db, sql, roomId ? QVariantList{*roomId} : QVariantList{}, "load members");
    if (!q)
        return q.error();
    QList<MemberRecord> members;
    while ((*q)->next()) {
        MemberRecord member{(*q)->value(1).toString(), (*q)->value(2).toString(),
                            roleFromString((*q)->value(3).toString()).value_or(Role::Viewer),
                            (*q)->value(4).toInt() != 0, (*q)->value(5).toLongLong()};
        if (!(*q)->value(6).isNull()) {
            member.answer = appointmentAnswerFromString((*q)->value(6).toString());
            member.answeredAt = fromMs((*q)->value(7).toLongLong());
        }
        if (!(*q)->value(8).isNull())
            member.mutedUntil = fromMs((*q)->value(8).toLongLong());
        if (byRoom)
            (*byRoom)[(*q)->value(0).toLongLong()].append(member);
        else
            members.append(member);
    }
    return members;
}

// The room's newest message (as a preview) and newest NOTIFICATION: two index seeks.
// A row that does not decrypt is left out (and said): it is a preview, and the
// server must start and serve everything else; reading that history says 500.
Status readNewestMessages(QSqlDatabase &db, Room &room) {
    static const QString newest = u"SELECT "_s + messagerow::selectList() +
                                  u" FROM messages WHERE room_id = ? ORDER BY id DESC LIMIT 1"_s;
    static const QString pinned =
        u"SELECT "_s + messagerow::selectList() +
        u" FROM messages WHERE room_id = ? AND type = 'NOTIFICATION' AND deleted_at IS NULL "
        "ORDER BY id DESC LIMIT 1"_s;
    for (auto [sql, into] :
         {std::pair{&newest, &room.lastMessage}, std::pair{&pinned, &room.pinnedNotice}}) {
        auto q = execute(db, *sql, {room.id}, "read newest message");
        if (!q)
            return q.error();
        if (!(*q)->next())
            continue;
        auto message = messagerow::read(**q, cipherOf(db));
        if (!message) {
            qCWarning(lcStorage) << "room" << room.id
                                 << "newest message unreadable:" << message.error().message;
            continue;
        }
        *into = *message;
    }
    if (room.lastMessage)
        room.lastMessage = room.lastMessage->preview();
    return okStatus();
}

// The newest messages unread counts are counted from: one index range per room.
Status readRecentMessages(QSqlDatabase &db, RoomRecord &record) {
    static const QString sql = u"SELECT id, sender_id FROM messages WHERE room_id = ? AND "
                               "type <> 'SYSTEM' ORDER BY id DESC LIMIT ?"_s;
    auto q = execute(db, sql, {record.room.id, RoomRecord::kUnreadWindow}, "read recent messages");
    if (!q)
        return q.error();
    record.recentMessages.clear();
    while ((*q)->next())
        record.recentMessages.prepend(
            {(*q)->value(0).toLongLong(), qHash((*q)->value(1).toString())});
    return okStatus();
}

} // namespace

// Those removed from a room (or every room), by room.
Result<QHash<qint64, QSet<QString>>> bansOf(QSqlDatabase &db, std::optional<qint64> roomId) {
    auto q = execute(db,
                     u"SELECT room_id, user_id FROM room_bans"_s +
                         (roomId ? u" WHERE room_id = ?"_s : QString()),
                     roomId ? QVariantList{*roomId} : QVariantList{}, "load bans");
    if (!q)
        return q.error();
    QHash<qint64, QSet<QString>> bans;
    while ((*q)->next())
        bans[(*q)->value(0).toLongLong()].insert((*q)->value(1).toString());
    return bans;
}

Result<QList<RoomRecord>> loadRooms(QSqlDatabase &db) {
    QHash<qint64, QList<MemberRecord>> members;
    if (auto loaded = membersOf(db, std::nullopt, &members); !loaded)
        return loaded.error();
    const auto bans = bansOf(db, std::nullopt);
    if (!bans)
        return bans.error();
    auto q = execute(db, u"SELECT "_s + kRoomColumns + u" FROM rooms"_s, {}, "load rooms");
    if (!q)
        return q.error();
    QList<RoomRecord> rooms;
    while ((*q)->next())
        rooms.append(recordFrom(**q, members.value((*q)->value(roomcolumn::Id).toLongLong())));
    for (RoomRecord &record : rooms) {
        record.banned = bans->value(record.room.id);
        if (auto s = readNewestMessages(db, record.room); !s)
            return s.error();
        if (auto s = readRecentMessages(db, record); !s)
            return s.error();
    }
    return rooms;
}

Result<std::optional<RoomRecord>> loadRoom(QSqlDatabase &db, qint64 roomId, bool withRecent) {
    auto q = execute(db, u"SELECT "_s + kRoomColumns + u" FROM rooms WHERE id = ?"_s, {roomId},
                     "load room");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<RoomRecord>();
    RoomRecord record = recordFrom(**q, {});
    if (auto s = readNewestMessages(db, record.room); !s)
        return s.error();
    auto members = membersOf(db, roomId, nullptr);
    if (!members)
        return members.error();
    record.members = std::move(*members);
    const auto bans = bansOf(db, roomId);
    if (!bans)
        return bans.error();
    record.banned = bans->value(roomId);
    if (withRecent) {
        if (auto s = readRecentMessages(db, record); !s)
            return s.error();
    }
    return std::optional<RoomRecord>(record);
}

QVariant productColumn(const std::optional<Product> &product) {
    if (!product)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(product->toJson()).toJson(QJsonDocument::Compact));
}

Status insertRoom(QSqlDatabase &db, const NewRoom &room, const QDateTime &now) {
    auto q = execute(db,
                     u"INSERT INTO rooms (id, title, description, seller_id, seller_name, status, "
                     "max_participants, min_participants, participant_count, created_at, "
                     "expires_at, product) VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?, ?, ?)"_s,
                     {room.productId, room.title, room.description, room.sellerId, room.sellerName,
                      room.maxParticipants, room.minParticipants, ms(now), ms(room.expiresAt),
                      productColumn(room.product)},
                     "insert room");
    if (!q)
        return q.error();
    return upsertMember(db, room.productId, {room.sellerId, room.sellerName, Role::Seller}, now);
}

Result<bool> incrementParticipants(QSqlDatabase &db, qint64 roomId) {
    auto q = execute(db,
                     u"UPDATE rooms SET participant_count = participant_count + 1 WHERE id = ? "
                     "AND status = 'ACTIVE' AND participant_count < max_participants"_s,
                     {roomId}, "count participant");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<bool> decrementParticipants(QSqlDatabase &db, qint64 roomId) {
    auto q = execute(db,
                     u"UPDATE rooms SET participant_count = participant_count - 1 WHERE id = ? "
                     "AND status = 'ACTIVE' AND participant_count > 0"_s,
                     {roomId}, "uncount participant");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<bool> settleRoom(QSqlDatabase &db, qint64 roomId, RoomStatus to, const QDateTime &now) {
    auto q = execute(
        db, u"UPDATE rooms SET status = ?, closed_at = ? WHERE id = ? AND status = 'ACTIVE'"_s,
        {toString(to), ms(now), roomId}, "settle room");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<bool> updateProduct(QSqlDatabase &db, qint64 roomId, const Product &product) {
    auto q = execute(db, u"UPDATE rooms SET product = ? WHERE id = ? AND status = 'ACTIVE'"_s,
                     {productColumn(product), roomId}, "update product");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

namespace {
QVariant appointmentColumn(const std::optional<Appointment> &appointment) {
    if (!appointment)
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(
        QJsonDocument(appointment->withoutAnswers().toJson()).toJson(QJsonDocument::Compact));
}
} // namespace

Result<bool> updateAppointment(QSqlDatabase &db, qint64 roomId,
                               const std::optional<Appointment> &appointment, bool askAgain) {
    auto q =
        execute(db,
                u"UPDATE rooms SET appointment = ?, appointment_reminded_at = CASE WHEN ? = 1 "
                "THEN NULL ELSE appointment_reminded_at END WHERE id = ? AND "
                "status <> 'CANCELLED'"_s,
                {appointmentColumn(appointment), askAgain ? 1 : 0, roomId}, "update appointment");
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return false;
    if (askAgain) {
        auto cleared = execute(db,
                               u"UPDATE members SET appointment_answer = NULL, answered_at = NULL "
                               "WHERE room_id = ? AND appointment_answer IS NOT NULL"_s,
                               {roomId}, "clear appointment answers");
        if (!cleared)
            return cleared.error();
    }
    return true;
}

Status setAppointmentAnswer(QSqlDatabase &db, qint64 roomId, const QString &userId,
                            AppointmentAnswer answer, const QDateTime &now) {
    auto q = execute(db,
                     u"UPDATE members SET appointment_answer = ?, answered_at = ? WHERE "
                     "room_id = ? AND user_id = ?"_s,
                     {toString(answer), ms(now), roomId, userId}, "answer appointment");
    if (!q)
        return q.error();
    return okStatus();
}

Result<bool> markAppointmentReminded(QSqlDatabase &db, qint64 roomId,
                                     const Appointment &appointment, const QDateTime &now) {
    // Guarded on the very appointment read: another instance's reminder, or a new
    // time committed meanwhile, makes it a no-op.
    auto q =
        execute(db,
                u"UPDATE rooms SET appointment_reminded_at = ? WHERE id = ? AND "
                "appointment_reminded_at IS NULL AND appointment = ?"_s,
                {ms(now), roomId, appointmentColumn(appointment)}, "mark appointment reminded");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Status enqueueWebhook(QSqlDatabase &db, const QString &type, const QJsonObject &data,
                      const QDateTime &now) {
    auto q = execute(db,
                     u"INSERT INTO webhook_outbox (type, body, created_at, next_attempt_at) "
                     "VALUES (?, ?, ?, ?)"_s,
                     {type, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)),
                      ms(now), ms(now)},
                     "enqueue webhook");
    if (!q)
        return q.error();
    return okStatus();
}

Result<QList<WebhookRow>> claimDueWebhooks(QSqlDatabase &db, const QDateTime &now,
                                           std::chrono::milliseconds lease, int limit) {
    auto q = execute(db,
                     u"SELECT id, type, body, created_at, attempts FROM webhook_outbox WHERE "
                     "delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? "
                     "ORDER BY id LIMIT ?"_s,
                     {ms(now), limit}, "due webhooks");
    if (!q)
        return q.error();
    QList<WebhookRow> due;
    while ((*q)->next())
        due.append({(*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                    (*q)->value(2).toString().toUtf8(), fromMs((*q)->value(3).toLongLong()),
                    (*q)->value(4).toInt() + 1});
    QList<WebhookRow> claimed;
    for (const WebhookRow &row : due) {
        // Guarded: another instance that claimed it first makes this a no-op.
        auto claim = execute(db,
                             u"UPDATE webhook_outbox SET attempts = attempts + 1, "
                             "next_attempt_at = ? WHERE id = ? AND next_attempt_at <= ? AND "
                             "delivered_at IS NULL AND failed_at IS NULL"_s,
                             {ms(now) + qint64(lease.count()), row.id, ms(now)}, "claim webhook");
        if (!claim)
            return claim.error();
        if ((*claim)->numRowsAffected() == 1)
            claimed.append(row);
    }
    return claimed;
}

Status settleWebhook(QSqlDatabase &db, qint64 id, bool delivered, bool givenUp,
                     const QDateTime &nextAttempt, const QString &error, const QDateTime &now) {
    const QVariant none(QMetaType::fromType<qint64>());
    auto q = execute(db,
                     u"UPDATE webhook_outbox SET delivered_at = ?, failed_at = ?, "
                     "next_attempt_at = ?, last_error = ? WHERE id = ?"_s,
                     {delivered ? QVariant(ms(now)) : none, givenUp ? QVariant(ms(now)) : none,
                      ms(nextAttempt), error, id},
                     "settle webhook");
    if (!q)
        return q.error();
    return okStatus();
}

Result<std::pair<qint64, qint64>> webhookCounts(QSqlDatabase &db) {
    // Each as its partial index has it (webhooks_due, webhooks_failed).
    qint64 counts[2] = {0, 0};
    const QString where[2] = {u"delivered_at IS NULL AND failed_at IS NULL"_s,
                              u"failed_at IS NOT NULL"_s};
    for (int i = 0; i < 2; ++i) {
        auto q = execute(db, u"SELECT COUNT(*) FROM webhook_outbox WHERE "_s + where[i], {},
                         "count webhooks");
        if (!q)
            return q.error();
        if ((*q)->next())
            counts[i] = (*q)->value(0).toLongLong();
    }
    return std::pair(counts[0], counts[1]);
}

Status insertReport(QSqlDatabase &db, const ReportRecord &report) {
    auto q = execute(
        db,
        u"INSERT INTO reports (room_id, reporter_id, reporter_name, reported_id, "
        "reported_name, message_id, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (reporter_id, room_id, reported_id, message_id) DO NOTHING"_s,
        {report.roomId, report.reporterId, report.reporterName, report.reportedId,
         report.reportedName, report.messageId.value_or(0), report.reason, ms(report.createdAt)},
        "insert report");
    if (!q)
        return q.error();
    return okStatus();
}

Result<QList<ReportRecord>> reports(QSqlDatabase &db, qint64 afterId, int limit) {
    auto q =
        execute(db,
                u"SELECT p.id, p.room_id, p.reporter_id, p.reporter_name, p.reported_id, "
                "p.reported_name, p.message_id, p.reason, p.created_at, r.title FROM reports p "
                "LEFT JOIN rooms r ON r.id = p.room_id WHERE p.id > ? ORDER BY p.id LIMIT ?"_s,
                {afterId, limit}, "list reports");
    if (!q)
        return q.error();
    QList<ReportRecord> list;
    while ((*q)->next()) {
        ReportRecord r;
        r.id = (*q)->value(0).toLongLong();
        r.roomId = (*q)->value(1).toLongLong();
        r.reporterId = (*q)->value(2).toString();
        r.reporterName = (*q)->value(3).toString();
        r.reportedId = (*q)->value(4).toString();
        r.reportedName = (*q)->value(5).toString();
        if (const qint64 message = (*q)->value(6).toLongLong(); message > 0)
            r.messageId = message;
        r.reason = (*q)->value(7).toString();
        r.createdAt = fromMs((*q)->value(8).toLongLong());
        r.roomTitle = (*q)->value(9).toString();
        list.append(std::move(r));
    }
    // The messages as they are now (opened: the operators read what was reported).
    for (ReportRecord &r : list) {
        if (!r.messageId)
            continue;
        auto message = findMessage(db, *r.messageId);
        if (!message)
            return message.error();
        r.message = *message;
    }
    return list;
}

Result<QList<BlockRecord>> blocked(QSqlDatabase &db, const QString &userId) {
    auto q = execute(db,
                     u"SELECT blocked_id, blocked_at FROM blocks WHERE user_id = ? "
                     "ORDER BY blocked_at, blocked_id"_s,
                     {userId}, "list blocks");
    if (!q)
        return q.error();
    QList<BlockRecord> list;
    while ((*q)->next())
        list.append({(*q)->value(0).toString(), fromMs((*q)->value(1).toLongLong())});
    return list;
}

Result<bool> setBlocked(QSqlDatabase &db, const QString &userId, const QString &blockedId, bool on,
                        const QDateTime &now) {
    auto q = on ? execute(db,
                          u"INSERT INTO blocks (user_id, blocked_id, blocked_at) VALUES (?, ?, ?) "
                          "ON CONFLICT (user_id, blocked_id) DO NOTHING"_s,
                          {userId, blockedId, ms(now)}, "block")
                : execute(db, u"DELETE FROM blocks WHERE user_id = ? AND blocked_id = ?"_s,
                          {userId, blockedId}, "unblock");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<bool> setFrozen(QSqlDatabase &db, qint64 roomId, bool frozen) {
    auto q = execute(db, u"UPDATE rooms SET frozen = ? WHERE id = ? AND status <> 'CANCELLED'"_s,
                     {frozen ? 1 : 0, roomId}, "freeze room");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Status setMutedUntil(QSqlDatabase &db, qint64 roomId, const QString &userId,
                     const std::optional<QDateTime> &until) {
    auto q = execute(
        db, u"UPDATE members SET muted_until = ? WHERE room_id = ? AND user_id = ?"_s,
        {until ? QVariant(ms(*until)) : QVariant(QMetaType::fromType<qint64>()), roomId, userId},
        "mute member");
    if (!q)
        return q.error();
    return okStatus();
}

Status banMember(QSqlDatabase &db, qint64 roomId, const QString &userId, const QString &reason,
                 const QString &by, const QDateTime &now) {
    auto q = execute(db,
                     u"INSERT INTO room_bans (room_id, user_id, reason, banned_by, banned_at) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (room_id, user_id) DO UPDATE SET "
                     "reason = excluded.reason, banned_by = excluded.banned_by, "
                     "banned_at = excluded.banned_at"_s,
                     {roomId, userId, reason, by, ms(now)}, "ban member");
    if (!q)
        return q.error();
    return okStatus();
}

Result<bool> isBanned(QSqlDatabase &db, qint64 roomId, const QString &userId) {
    auto q = execute(db, u"SELECT 1 FROM room_bans WHERE room_id = ? AND user_id = ?"_s,
                     {roomId, userId}, "read ban");
    if (!q)
        return q.error();
    return (*q)->next();
}

Result<bool> updateLimits(QSqlDatabase &db, qint64 roomId, std::optional<int> maxParticipants,
                          std::optional<QDateTime> expiresAt) {
    // Guarded here, in the same statement: a join or another instance's change that
    // came first makes it a no-op rather than an overshoot. NULL: keep it as it is.
    const QVariant max =
        maxParticipants ? QVariant(*maxParticipants) : QVariant(QMetaType::fromType<int>());
    const QVariant expires =
        expiresAt ? QVariant(ms(*expiresAt)) : QVariant(QMetaType::fromType<qint64>());
    auto q = execute(db,
                     u"UPDATE rooms SET max_participants = COALESCE(?, max_participants), "
                     "expires_at = COALESCE(?, expires_at) WHERE id = ? AND status = 'ACTIVE' "
                     "AND participant_count <= COALESCE(?, max_participants) "
                     "AND expires_at < COALESCE(?, expires_at + 1)"_s,
                     {max, expires, roomId, max, expires}, "update limits");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Status upsertMember(QSqlDatabase &db, qint64 roomId, const MemberRecord &member,
                    const QDateTime &now) {
    auto q = execute(db,
                     u"INSERT INTO members (room_id, user_id, display_name, role, joined_at, "
                     "announced) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (room_id, user_id) DO "
                     "UPDATE SET role = excluded.role, display_name = excluded.display_name, "
                     "announced = excluded.announced"_s,
                     {roomId, member.userId, member.displayName, toString(member.role), ms(now),
                      member.announced ? 1 : 0},
                     "save member");
    if (!q)
        return q.error();
    return okStatus();
}

Result<std::optional<qint64>> markRead(QSqlDatabase &db, qint64 roomId, const QString &userId,
                                       qint64 messageId) {
    // Never past the room's newest message, never back.
    auto newest = execute(db, u"SELECT MAX(id) FROM messages WHERE room_id = ?"_s, {roomId},
                          "newest message id");
    if (!newest)
        return newest.error();
    const qint64 upTo =
        std::min(messageId, (*newest)->next() ? (*newest)->value(0).toLongLong() : 0);
    auto q = execute(db,
                     u"UPDATE members SET last_read_id = ? WHERE room_id = ? AND user_id = ? "
                     "AND last_read_id < ?"_s,
                     {upTo, roomId, userId, upTo}, "mark read");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1 ? std::optional(upTo) : std::nullopt;
}

Status deleteMember(QSqlDatabase &db, qint64 roomId, const QString &userId) {
    auto q = execute(db, u"DELETE FROM members WHERE room_id = ? AND user_id = ?"_s,
                     {roomId, userId}, "delete member");
    if (!q)
        return q.error();
    return okStatus();
}

namespace {

// The new row's id and place in its room, or nullopt when a re-sent clientMsgId
// hit the unique index and nothing was inserted.
struct InsertedRow {
    qint64 id = 0;
    qint64 seq = 0;
};
using Inserted = Result<std::optional<InsertedRow>>;

Inserted insertMessageRow(QSqlDatabase &db, const NewMessage &message, qint64 createdAt) {
    static const QString sql = QString::fromLatin1(messagerow::insertSql(SqlDialect::Postgres));
    QVariantList values(messagerow::Seq - 1);
    const auto text = [](const QByteArray &utf8) {
        return QVariant(QString::fromUtf8(utf8));
    };
    messagerow::InsertValues(message, createdAt, cipherOf(db))
        .forEach(Overloaded{
            [&](messagerow::Column c, qint64 v) { values[c - 1] = v; },
            [&](messagerow::Column c, const QByteArray &v) { values[c - 1] = text(v); },
            [&](messagerow::Column c, const std::optional<QByteArray> &v) {
                values[c - 1] = v ? text(*v) : QVariant();
            },
            [&](messagerow::Column c, const std::optional<qint64> &v) {
                values[c - 1] = v ? QVariant(*v) : QVariant();
            },
        });
    auto q = execute(db, sql, values, "insert message");
    if (!q)
        return q.error();
    if ((*q)->next())
        return std::optional(InsertedRow{(*q)->value(0).toLongLong(), (*q)->value(1).toLongLong()});
    if (!message.clientMsgId)
        return sqlError(u"insert message returned no id"_s, (*q)->lastError());
    return std::optional<InsertedRow>();
}

// The same insert on SQLite's own API: every chat message runs it. Its
// parameter positions are the columns' (id, column 0, is not inserted).
Inserted insertMessageRowSqlite(QSqlDatabase &db, SqliteStatement &insert,
                                const NewMessage &message, qint64 createdAt) {
    // Text is bound without a copy: `values` outlives the run.
    const messagerow::InsertValues values(message, createdAt, cipherOf(db));
    values.forEach(Overloaded{
        [&](messagerow::Column c, qint64 v) { insert.bind(c, v); },
        [&](messagerow::Column c, const QByteArray &v) { insert.bind(c, QByteArrayView(v)); },
        [&](messagerow::Column c, const std::optional<QByteArray> &v) { insert.bind(c, v); },
        [&](messagerow::Column c, const std::optional<qint64> &v) {
            if (v)
                insert.bind(c, *v);
            else
                insert.bindNull(c);
        },
    });
    const auto row = insert.runForIntegers("insert message");
    if (!row)
        return row.error();
    // ON CONFLICT DO NOTHING: no row means the clientMsgId was seen before.
    if (row->isEmpty()) {
        if (!message.clientMsgId)
            return Error{ErrorCode::Internal, u"insert message inserted nothing"_s};
        return std::optional<InsertedRow>();
    }
    return std::optional(InsertedRow{row->at(0), row->at(1)});
}

} // namespace

Result<StoredMessage> insertMessage(QSqlDatabase &db, const NewMessage &message,
                                    const QDateTime &now) {
    // One statement in the common case; a re-sent clientMsgId hits the unique index,
    // inserts nothing, and only then is the first message read back.
    const qint64 createdAt = ms(now);
    SqliteStatement *sqliteInsert = nullptr;
    // Null on PostgreSQL. SQLite's statement gives the rowid instead of RETURNING.
    if (StatementCache *cache = statementCacheOf(db))
        sqliteInsert = cache->preparedSqlite(db, messagerow::insertSql(SqlDialect::Sqlite));
    auto row = sqliteInsert ? insertMessageRowSqlite(db, *sqliteInsert, message, createdAt)
                            : insertMessageRow(db, message, createdAt);
    if (!row)
        return row.error();
    if (*row)
        return StoredMessage{
            message.committed((*row)->id, (*row)->seq, fromMs(createdAt)), false, {}};
    auto existing = execute(db,
                            u"SELECT "_s + messagerow::selectList() +
                                u" FROM messages WHERE sender_id = ? AND client_msg_id = ?"_s,
                            {message.senderId, *message.clientMsgId}, "find resend");
    if (!existing)
        return existing.error();
    if (!(*existing)->next())
        return sqlError(u"resent message vanished"_s, (*existing)->lastError());
    auto first = messagerow::read(**existing, cipherOf(db));
    if (!first)
        return first.error();
    QList<ChatMessage> one{*first};
    if (auto s = attachQuotes(db, one); !s)
        return s.error();
    return StoredMessage{one.front(), true, {}};
}

Result<SearchPage> searchMessages(QSqlDatabase &db, const SearchQuery &query) {
    // Keyset batches down the (room_id, id) index; the text is compared in NFC without
    // case, so 한글 typed in decomposed jamo and "PICKUP" find what was written.
    static const QString sql = u"SELECT "_s + messagerow::selectList() +
                               u" FROM messages WHERE room_id = ? AND id < ? AND type <> 'SYSTEM'"
                               " AND deleted_at IS NULL ORDER BY id DESC LIMIT ?"_s;
    const QString needle = query.text.normalized(QString::NormalizationForm_C);
    constexpr int kBatch = 500;
    SearchPage page;
    qint64 before = query.before.value_or(std::numeric_limits<qint64>::max());
    bool exhausted = false;
    while (page.messages.size() < query.limit && page.scanned < query.scanLimit && !exhausted) {
        const int batch = std::min(kBatch, query.scanLimit - page.scanned);
        auto q = execute(db, sql, {query.roomId, before, batch}, "search messages");
        if (!q)
            return q.error();
        int rows = 0;
        while ((*q)->next()) {
            ++rows;
            ++page.scanned;
            auto message = messagerow::read(**q, cipherOf(db));
            if (!message)
                return message.error();
            before = message->id;
            if (message->content.normalized(QString::NormalizationForm_C)
                    .contains(needle, Qt::CaseInsensitive)) {
                page.messages.append(*message);
                if (page.messages.size() == query.limit)
                    break;
            }
        }
        exhausted = rows < batch && page.messages.size() < query.limit;
    }
    if (!exhausted)
        page.nextBefore = before;
    if (auto s = attachQuotes(db, page.messages); !s)
        return s.error();
    return page;
}

Result<std::optional<ChatMessage>> findMessage(QSqlDatabase &db, qint64 messageId) {
    static const QString sql =
        u"SELECT "_s + messagerow::selectList() + u" FROM messages WHERE id = ?"_s;
    auto q = execute(db, sql, {messageId}, "find message");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<ChatMessage>();
    auto message = messagerow::read(**q, cipherOf(db));
    if (!message)
        return message.error();
    return std::optional(*message);
}

// The reaction counts of `messages`: one range over the primary key for all of them.
Status attachReactions(QSqlDatabase &db, QList<ChatMessage> &messages) {
    if (messages.isEmpty())
        return okStatus();
    qint64 low = messages.first().id;
    qint64 high = low;
    QHash<qint64, ChatMessage *> byId;
    for (ChatMessage &m : messages) {
        low = std::min(low, m.id);
        high = std::max(high, m.id);
        byId.insert(m.id, &m);
        m.reactions.clear();
    }
    static const QString sql =
        u"SELECT message_id, emoji, COUNT(*) FROM reactions WHERE message_id BETWEEN ? AND ? "
        "GROUP BY message_id, emoji"_s;
    auto q = execute(db, sql, {low, high}, "count reactions");
    if (!q)
        return q.error();
    while ((*q)->next()) {
        if (ChatMessage *m = byId.value((*q)->value(0).toLongLong()))
            m->reactions.append({(*q)->value(1).toString(), (*q)->value(2).toInt()});
    }
    const QStringList &order = reactionSet();
    for (ChatMessage &m : messages)
        std::sort(m.reactions.begin(), m.reactions.end(), [&](const auto &a, const auto &b) {
            return order.indexOf(a.emoji) < order.indexOf(b.emoji);
        });
    return okStatus();
}

Result<bool> setReaction(QSqlDatabase &db, qint64 messageId, const QString &userId,
                         const QString &emoji, bool on, const QDateTime &now) {
    auto q = on ? execute(db,
                          u"INSERT INTO reactions (message_id, user_id, emoji, created_at) "
                          "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                          {messageId, userId, emoji, ms(now)}, "add reaction")
                : execute(db,
                          u"DELETE FROM reactions WHERE message_id = ? AND user_id = ? AND "
                          "emoji = ?"_s,
                          {messageId, userId, emoji}, "remove reaction");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<QList<qint64>> roomsWrittenAfter(QSqlDatabase &db, qint64 messageId) {
    auto q = execute(db, u"SELECT DISTINCT room_id FROM messages WHERE id > ?"_s, {messageId},
                     "rooms written after");
    if (!q)
        return q.error();
    QList<qint64> rooms;
    while ((*q)->next())
        rooms.append((*q)->value(0).toLongLong());
    return rooms;
}

Result<QHash<qint64, QStringList>> reactionsBy(QSqlDatabase &db, const QString &userId, qint64 low,
                                               qint64 high) {
    auto q = execute(db,
                     u"SELECT message_id, emoji FROM reactions WHERE message_id BETWEEN ? AND ? "
                     "AND user_id = ?"_s,
                     {low, high, userId}, "my reactions");
    if (!q)
        return q.error();
    QHash<qint64, QStringList> mine;
    while ((*q)->next())
        mine[(*q)->value(0).toLongLong()].append((*q)->value(1).toString());
    return mine;
}

Status attachQuotes(QSqlDatabase &db, QList<ChatMessage> &messages) {
    if (auto s = attachReactions(db, messages); !s)
        return s;
    // One primary-key seek per distinct original; most pages have none.
    QHash<qint64, std::optional<Quote>> quotes;
    for (ChatMessage &m : messages) {
        if (!m.replyTo)
            continue;
        auto found = quotes.find(*m.replyTo);
        if (found == quotes.end()) {
            auto original = findMessage(db, *m.replyTo);
            if (!original)
                return original.error();
            found = quotes.insert(*m.replyTo,
                                  *original ? std::optional((*original)->quoted()) : std::nullopt);
        }
        m.quote = *found;
    }
    return okStatus();
}

Result<bool> editMessage(QSqlDatabase &db, const ChatMessage &message, const QString &content,
                         const QDateTime &now) {
    // The new text overwrites the old in place: nothing keeps the earlier version.
    // The files stay; their column is sealed again under the key of the new text.
    const MessageCipher *cipher = cipherOf(db);
    const messagerow::StoredContent sealed = messagerow::seal(cipher, content, message.roomId);
    const auto attachments =
        messagerow::sealAttachments(cipher, message.attachments, message.roomId, sealed.keyId);
    auto q = execute(
        db,
        u"UPDATE messages SET content = ?, key_id = ?, attachments = ?, "
        "edited_at = ? WHERE id = ? AND deleted_at IS NULL"_s,
        {QString::fromUtf8(sealed.text), sealed.keyId ? QVariant(*sealed.keyId) : QVariant(),
         attachments ? QVariant(QString::fromUtf8(*attachments)) : QVariant(), ms(now), message.id},
        "edit message");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

Result<bool> deleteMessage(QSqlDatabase &db, qint64 messageId, const QDateTime &now) {
    auto q = execute(db,
                     u"UPDATE messages SET content = '', key_id = NULL, attachments = NULL, "
                     "deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s,
                     {ms(now), messageId}, "delete message");
    if (!q)
        return q.error();
    const bool deleted = (*q)->numRowsAffected() == 1;
    // A tombstone has nothing to react to.
    if (auto gone = execute(db, u"DELETE FROM reactions WHERE message_id = ?"_s, {messageId},
                            "delete reactions");
        !gone)
        return gone.error();
    // Its files go with it: the sweep takes their blobs (docs/security.md).
    if (deleted)
        if (auto files = deleteFilesOf(db, messageId, now); !files)
            return files.error();
    return deleted;
}

Result<HistoryPage> history(QSqlDatabase &db, const HistoryQuery &query) {
    // Keyset paging on (room_id, id): one index range scan, never OFFSET.
    QString sql = u"SELECT "_s + messagerow::selectList() + u" FROM messages WHERE room_id = ?"_s;
    QVariantList values{query.roomId};
    if (query.announcementsOnly) // the partial index messages_notifications
        sql += u" AND type = 'NOTIFICATION' AND deleted_at IS NULL"_s;
    const bool forward = query.after.has_value();
    if (forward) {
        sql += u" AND id > ? ORDER BY id ASC"_s;
        values << *query.after;
    } else if (query.before) {
        sql += u" AND id < ? ORDER BY id DESC"_s;
        values << *query.before;
    } else {
        sql += u" ORDER BY id DESC"_s;
    }
    sql += u" LIMIT ?"_s;
    values << query.limit + 1;
    auto q = execute(db, sql, values, "read history");
    if (!q)
        return q.error();
    HistoryPage page;
    while ((*q)->next()) {
        auto message = messagerow::read(**q, cipherOf(db));
        if (!message)
            return message.error();
        page.messages.append(*message);
    }
    page.hasMore = page.messages.size() > query.limit;
    if (page.hasMore)
        page.messages.removeLast();
    if (!forward)
        std::reverse(page.messages.begin(), page.messages.end());
    if (auto s = attachQuotes(db, page.messages); !s)
        return s.error();
    return page;
}

Result<ReencryptBatch> reencryptMessages(QSqlDatabase &db, qint64 afterId, int limit) {
    ReencryptBatch batch;
    batch.lastId = afterId;
    const MessageCipher *cipher = cipherOf(db);
    if (!cipher)
        return batch;
    const int current = cipher->currentKeyId();
    using namespace messagerow;
    static const QString select = u"SELECT "_s + selectList() +
                                  u" FROM messages WHERE id > ? AND (key_id IS NULL OR "
                                  "key_id <> ?) ORDER BY id LIMIT ?"_s;
    auto q = execute(db, select, {afterId, current, limit}, "find messages to re-encrypt");
    if (!q)
        return q.error();
    // Read the whole batch before writing: PostgreSQL's driver drops the rest of a
    // result that is still being read when another statement runs on the connection.
    struct Sealed {
        qint64 id;
        StoredContent content;
        std::optional<QByteArray> attachments;
    };
    QList<Sealed> moves;
    while ((*q)->next()) {
        ++batch.scanned;
        const qint64 id = (*q)->value(Id).toLongLong();
        const qint64 roomId = (*q)->value(RoomId).toLongLong();
        batch.lastId = id;
        auto plain = open(cipher, (*q)->value(Content), (*q)->value(KeyId), roomId);
        if (!plain) {
            ++batch.unreadable; // damaged, or sealed with a key this file lacks: left as is
            continue;
        }
        auto files = openAttachments(cipher, (*q)->value(Attachments), (*q)->value(KeyId), roomId);
        if (!files) {
            ++batch.unreadable;
            continue;
        }
        StoredContent content = seal(cipher, *plain, roomId);
        auto attachments = sealAttachments(cipher, *files, roomId, content.keyId);
        moves.append({id, std::move(content), std::move(attachments)});
    }
    for (const Sealed &move : moves) {
        auto update = execute(
            db, u"UPDATE messages SET content = ?, key_id = ?, attachments = ? WHERE id = ?"_s,
            {QString::fromLatin1(move.content.text), *move.content.keyId,
             move.attachments ? QVariant(QString::fromLatin1(*move.attachments)) : QVariant(),
             move.id},
            "re-encrypt message");
        if (!update)
            return update.error();
        ++batch.moved;
    }
    return batch;
}

Result<RoomListPage> listRooms(QSqlDatabase &db, const RoomListQuery &query) {
    QString sql = u"SELECT r.id, r.created_at FROM rooms r"_s;
    QVariantList values;
    if (query.memberUserId) {
        sql += u" JOIN members m ON m.room_id = r.id AND m.user_id = ?"_s;
        values << *query.memberUserId;
    }
    sql += u" WHERE 1 = 1"_s;
    if (query.status) {
        sql += u" AND r.status = ?"_s;
        values << toString(*query.status);
    }
    if (query.after) {
        sql += u" AND (r.created_at < ? OR (r.created_at = ? AND r.id < ?))"_s;
        values << query.after->first << query.after->first << query.after->second;
    }
    sql += u" ORDER BY r.created_at DESC, r.id DESC LIMIT ?"_s;
    values << query.limit + 1;
    auto q = execute(db, sql, values, "list rooms");
    if (!q)
        return q.error();
    RoomListPage page;
    std::pair<qint64, qint64> last{0, 0};
    while ((*q)->next()) {
        if (page.roomIds.size() == query.limit) {
            page.next = last;
            break;
        }
        last = {(*q)->value(1).toLongLong(), (*q)->value(0).toLongLong()};
        page.roomIds.append(last.second);
    }
    return page;
}

Status insertAccount(QSqlDatabase &db, const AccountRecord &account, const QDateTime &now) {
    auto q =
        execute(db,
                u"INSERT INTO accounts (id, username, display_name, password_hash, "
                "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                {account.id, account.username, account.displayName, account.passwordHash, ms(now)},
                "insert account");
    if (!q && q.error().code == ErrorCode::Conflict)
        return Error{ErrorCode::Conflict, u"username is taken"_s};
    if (!q)
        return q.error(); // the database's trouble, not the user's
    return okStatus();
}

namespace {
Result<std::optional<AccountRecord>> findAccountWhere(QSqlDatabase &db, const QString &column,
                                                      const QString &value) {
    auto q = execute(db,
                     u"SELECT id, username, display_name, password_hash FROM accounts WHERE "_s +
                         column + u" = ?"_s,
                     {value}, "find account");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<AccountRecord>();
    return std::optional<AccountRecord>(
        AccountRecord{(*q)->value(0).toString(), (*q)->value(1).toString(),
                      (*q)->value(2).toString(), (*q)->value(3).toString()});
}
} // namespace

Result<std::optional<AccountRecord>> findAccount(QSqlDatabase &db, const QString &username) {
    return findAccountWhere(db, u"username"_s, username);
}

Result<std::optional<AccountRecord>> findAccountById(QSqlDatabase &db, const QString &userId) {
    return findAccountWhere(db, u"id"_s, userId);
}

Result<qint64> insertNotification(QSqlDatabase &db, const QString &userId,
                                  const UserNotification &notification) {
    const auto sealed = messagerow::seal(
        cipherOf(db), QString::fromUtf8(notification.toCompactJson()), notification.roomId);
    auto q =
        execute(db,
                u"INSERT INTO notifications (room_id, user_id, created_at, key_id, body) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                {notification.roomId, userId.isEmpty() ? QVariant() : QVariant(userId),
                 ms(notification.createdAt), sealed.keyId ? QVariant(*sealed.keyId) : QVariant(),
                 QString::fromUtf8(sealed.text)},
                "insert notification");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return sqlError(u"insert notification returned no id"_s, (*q)->lastError());
    return (*q)->value(0).toLongLong();
}

namespace {

// Rows of `id, room_id, key_id, body`, opened and decoded; a row that does not open
// (a key gone from the key file) is skipped, as the at-rest rules want.
void readNotifications(QSqlDatabase &db, QSqlQuery &q, QList<UserNotification> &out) {
    while (q.next()) {
        const qint64 roomId = q.value(1).toLongLong();
        auto body = messagerow::open(cipherOf(db), q.value(3), q.value(2), roomId);
        if (!body)
            continue;
        auto json = parseJsonObject(body->toUtf8());
        auto notification =
            json ? UserNotification::fromJson(*json) : Result<UserNotification>(json.error());
        if (!notification)
            continue;
        notification->id = q.value(0).toLongLong();
        out.append(std::move(*notification));
    }
}

} // namespace

Result<QList<UserNotification>> notificationsSince(QSqlDatabase &db,
                                                   const NotificationQuery &query) {
    // One index range per source (the user's own, then each of their rooms'), each
    // already in id order and capped; merged and cut to the limit.
    QList<UserNotification> found;
    const qint64 notBefore = ms(query.notBefore);
    auto own =
        execute(db,
                u"SELECT id, room_id, key_id, body FROM notifications WHERE user_id = ? "
                "AND id > ? AND created_at >= ? ORDER BY id LIMIT ?"_s,
                {query.userId, query.afterId, notBefore, query.limit}, "notifications of a user");
    if (!own)
        return own.error();
    readNotifications(db, **own, found);
    for (qint64 roomId : query.rooms) {
        auto ofRoom =
            execute(db,
                    u"SELECT id, room_id, key_id, body FROM notifications WHERE "
                    "room_id = ? AND user_id IS NULL AND id > ? AND created_at >= ? "
                    "ORDER BY id LIMIT ?"_s,
                    {roomId, query.afterId, notBefore, query.limit}, "notifications of a room");
        if (!ofRoom)
            return ofRoom.error();
        readNotifications(db, **ofRoom, found);
    }
    std::sort(found.begin(), found.end(),
              [](const UserNotification &a, const UserNotification &b) { return a.id < b.id; });
    if (found.size() > query.limit)
        found.resize(query.limit);
    return found;
}

Result<int> purgeNotifications(QSqlDatabase &db, const QDateTime &before) {
    auto q = execute(db, u"DELETE FROM notifications WHERE created_at < ?"_s, {ms(before)},
                     "purge notifications");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Status upsertAddress(QSqlDatabase &db, qint64 roomId, const QString &userId,
                     const DeliveryAddress &address, const QDateTime &now) {
    const QByteArray json = QJsonDocument(address.toJson()).toJson(QJsonDocument::Compact);
    const auto sealed = messagerow::seal(cipherOf(db), QString::fromUtf8(json), roomId);
    auto q = execute(db,
                     u"INSERT INTO addresses (room_id, user_id, key_id, body, updated_at) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (room_id, user_id) DO UPDATE SET "
                     "key_id = excluded.key_id, body = excluded.body, "
                     "updated_at = excluded.updated_at"_s,
                     {roomId, userId, sealed.keyId ? QVariant(*sealed.keyId) : QVariant(),
                      QString::fromUtf8(sealed.text), ms(now)},
                     "upsert address");
    if (!q)
        return q.error();
    return okStatus();
}

Result<int> deleteAddresses(QSqlDatabase &db, qint64 roomId, const QString &userId) {
    auto q = userId.isEmpty()
                 ? execute(db, u"DELETE FROM addresses WHERE room_id = ?"_s, {roomId},
                           "delete addresses")
                 : execute(db, u"DELETE FROM addresses WHERE room_id = ? AND user_id = ?"_s,
                           {roomId, userId}, "delete address");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

namespace {

// Rows of `user_id, key_id, body, updated_at`, opened; one that does not open is an
// error here (unlike a notification, an address the seller needs must not vanish).
Result<QList<StoredAddress>> readAddressRows(QSqlDatabase &db, QSqlQuery &q, qint64 roomId) {
    QList<StoredAddress> found;
    while (q.next()) {
        auto body = messagerow::open(cipherOf(db), q.value(2), q.value(1), roomId);
        if (!body)
            return body.error();
        auto json = parseJsonObject(body->toUtf8());
        if (!json)
            return json.error();
        auto address = DeliveryAddress::fromJson(*json);
        if (!address)
            return address.error();
        found.append({q.value(0).toString(), std::move(*address), fromMs(q.value(3).toLongLong())});
    }
    return found;
}

} // namespace

Result<std::optional<StoredAddress>> addressOf(QSqlDatabase &db, qint64 roomId,
                                               const QString &userId) {
    auto q = execute(db,
                     u"SELECT user_id, key_id, body, updated_at FROM addresses "
                     "WHERE room_id = ? AND user_id = ?"_s,
                     {roomId, userId}, "address of a buyer");
    if (!q)
        return q.error();
    auto rows = readAddressRows(db, **q, roomId);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? std::optional<StoredAddress>() : rows->first();
}

Result<QList<StoredAddress>> readAddresses(QSqlDatabase &db, qint64 roomId, const QString &readerId,
                                           const QDateTime &now) {
    auto q = execute(db,
                     u"SELECT user_id, key_id, body, updated_at FROM addresses "
                     "WHERE room_id = ? ORDER BY updated_at, user_id"_s,
                     {roomId}, "addresses of a room");
    if (!q)
        return q.error();
    auto rows = readAddressRows(db, **q, roomId);
    if (!rows)
        return rows.error();
    auto logged = execute(db,
                          u"INSERT INTO address_reads (room_id, reader_id, entries, read_at) "
                          "VALUES (?, ?, ?, ?)"_s,
                          {roomId, readerId, int(rows->size()), ms(now)}, "log address read");
    if (!logged)
        return logged.error();
    return rows;
}

Result<QList<OrderRecord>> orders(QSqlDatabase &db, qint64 roomId) {
    auto q = execute(db,
                     u"SELECT user_id, status, changed_by, updated_at, reminded_at FROM orders "
                     "WHERE room_id = ?"_s,
                     {roomId}, "orders of a room");
    if (!q)
        return q.error();
    QList<OrderRecord> rows;
    while ((*q)->next()) {
        const auto status = orderStatusFromString((*q)->value(1).toString());
        if (!status)
            return Error{ErrorCode::Internal, u"an order with an unknown status"_s};
        OrderRecord row{(*q)->value(0).toString(), *status,
                        orderActorFromString((*q)->value(2).toString()),
                        fromMs((*q)->value(3).toLongLong()), std::nullopt};
        if (!(*q)->value(4).isNull())
            row.remindedAt = fromMs((*q)->value(4).toLongLong());
        rows.append(std::move(row));
    }
    return rows;
}

Status setOrderStatus(QSqlDatabase &db, qint64 roomId, const QString &userId, OrderStatus status,
                      OrderActor by, const QDateTime &now) {
    auto q = execute(db,
                     u"INSERT INTO orders (room_id, user_id, status, changed_by, updated_at) "
                     "VALUES (?, ?, ?, ?, ?) ON CONFLICT (room_id, user_id) DO UPDATE SET "
                     "status = excluded.status, changed_by = excluded.changed_by, "
                     "updated_at = excluded.updated_at"_s,
                     {roomId, userId, toString(status), toString(by), ms(now)}, "set order status");
    if (!q)
        return q.error();
    return okStatus();
}

Status markReminded(QSqlDatabase &db, qint64 roomId, const QString &userId, const QDateTime &since,
                    const QDateTime &now) {
    auto q = execute(db,
                     u"INSERT INTO orders (room_id, user_id, status, updated_at, reminded_at) "
                     "VALUES (?, ?, 'AWAITING_PAYMENT', ?, ?) ON CONFLICT (room_id, user_id) "
                     "DO UPDATE SET reminded_at = excluded.reminded_at"_s,
                     {roomId, userId, ms(since), ms(now)}, "mark reminded");
    if (!q)
        return q.error();
    return okStatus();
}

} // namespace gonggu::server::repository
