// SQL for every table, as small functions over a connection. Always prepared
// statements with bound values; no business rules here (see rooms/).
#pragma once

#include <chrono>

#include "records.h"

#include "common/result.h"
#include "common/usernotification.h"

#include <QSqlDatabase>

namespace gonggu::server::repository {

Result<QList<RoomRecord>> loadRooms(QSqlDatabase &db);
// `withRecent`: also the recent messages unread counts need (not inside a change:
// the registry keeps them up to date from what commits).
Result<std::optional<RoomRecord>> loadRoom(QSqlDatabase &db, qint64 roomId, bool withRecent);
Status insertRoom(QSqlDatabase &db, const NewRoom &room, const QDateTime &now);

// Guarded updates: return false when the guard did not hold (nothing changed).
Result<bool> incrementParticipants(QSqlDatabase &db, qint64 roomId);
Result<bool> decrementParticipants(QSqlDatabase &db, qint64 roomId);
Result<bool> settleRoom(QSqlDatabase &db, qint64 roomId, RoomStatus to, const QDateTime &now);
// While the room is ACTIVE.
Result<bool> updateProduct(QSqlDatabase &db, qint64 roomId, const Product &product);
// The webhook outbox (app/webhooks.h): an event kept, the next ones due (claimed for
// `lease` so that one instance sends each attempt), and an attempt's outcome.
struct WebhookRow {
    qint64 id = 0;
    QString type;
    QByteArray body; // the event's data, as JSON
    QDateTime createdAt;
    int attempts = 0; // with this one
};
Status enqueueWebhook(QSqlDatabase &db, const QString &type, const QJsonObject &data,
                      const QDateTime &now);
Result<QList<WebhookRow>> claimDueWebhooks(QSqlDatabase &db, const QDateTime &now,
                                           std::chrono::milliseconds lease, int limit);
Status settleWebhook(QSqlDatabase &db, qint64 id, bool delivered, bool givenUp,
                     const QDateTime &nextAttempt, const QString &error, const QDateTime &now);
// Pending (not delivered, not given up) and given up.
Result<std::pair<qint64, qint64>> webhookCounts(QSqlDatabase &db);
Status insertReport(QSqlDatabase &db, const ReportRecord &report);
Result<QList<ReportRecord>> reports(QSqlDatabase &db, qint64 afterId, int limit);
Result<QList<BlockRecord>> blocked(QSqlDatabase &db, const QString &userId);
Result<bool> setBlocked(QSqlDatabase &db, const QString &userId, const QString &blockedId, bool on,
                        const QDateTime &now);
Result<bool> setFrozen(QSqlDatabase &db, qint64 roomId, bool frozen);
Status setMutedUntil(QSqlDatabase &db, qint64 roomId, const QString &userId,
                     const std::optional<QDateTime> &until);
Status banMember(QSqlDatabase &db, qint64 roomId, const QString &userId, const QString &reason,
                 const QString &by, const QDateTime &now);
Result<bool> isBanned(QSqlDatabase &db, qint64 roomId, const QString &userId);
Result<bool> updateAppointment(QSqlDatabase &db, qint64 roomId,
                               const std::optional<Appointment> &appointment, bool askAgain);
Status setAppointmentAnswer(QSqlDatabase &db, qint64 roomId, const QString &userId,
                            AppointmentAnswer answer, const QDateTime &now);
Result<bool> markAppointmentReminded(QSqlDatabase &db, qint64 roomId,
                                     const Appointment &appointment, const QDateTime &now);
Result<bool> updateLimits(QSqlDatabase &db, qint64 roomId, std::optional<int> maxParticipants,
                          std::optional<QDateTime> expiresAt);

Status upsertMember(QSqlDatabase &db, qint64 roomId, const MemberRecord &member,
                    const QDateTime &now);
Status deleteMember(QSqlDatabase &db, qint64 roomId, const QString &userId);
// Moves the member's read marker forward to `messageId` (at most the room's newest
// message): where it is now, or nullopt if it did not move (or they are no member).
Result<std::optional<qint64>> markRead(QSqlDatabase &db, qint64 roomId, const QString &userId,
                                       qint64 messageId);

Result<StoredMessage> insertMessage(QSqlDatabase &db, const NewMessage &message,
                                    const QDateTime &now);
Result<HistoryPage> history(QSqlDatabase &db, const HistoryQuery &query);
// Opens and matches messages newest first (SearchQuery says why there is no index).
Result<SearchPage> searchMessages(QSqlDatabase &db, const SearchQuery &query);
// One message as stored (no quote, no reaction counts), if it exists.
Result<std::optional<ChatMessage>> findMessage(QSqlDatabase &db, qint64 messageId);
// Gives or takes back one reaction; false if it was already so.
Result<bool> setReaction(QSqlDatabase &db, qint64 messageId, const QString &userId,
                         const QString &emoji, bool on, const QDateTime &now);
// The reactions `userId` gave to messages with ids in [low, high], by message.
// The rooms that have a message with an id above `messageId` (a catch-up after an outage).
Result<QList<qint64>> roomsWrittenAfter(QSqlDatabase &db, qint64 messageId);
Result<QHash<qint64, QStringList>> reactionsBy(QSqlDatabase &db, const QString &userId, qint64 low,
                                               qint64 high);
// Fills `quote` of every reply in `messages` from the message it answers, and every
// message's reaction counts.
Status attachQuotes(QSqlDatabase &db, QList<ChatMessage> &messages);
// Replaces the content of a message not deleted; false if it was deleted meanwhile.
Result<bool> editMessage(QSqlDatabase &db, const ChatMessage &message, const QString &content,
                         const QDateTime &now);
// Empties the content and marks the row deleted; false if it already was.
Result<bool> deleteMessage(QSqlDatabase &db, qint64 messageId, const QDateTime &now);
// Looks at up to `limit` messages after `afterId` that are plaintext or under an
// older key and seals them under the current key. Rows that do not open
// (damaged, or a key missing from the file) are counted and left alone.
struct ReencryptBatch {
    int scanned = 0;
    int moved = 0;
    int unreadable = 0;
    qint64 lastId = 0; // where the next batch starts
};
Result<ReencryptBatch> reencryptMessages(QSqlDatabase &db, qint64 afterId, int limit);
Result<RoomListPage> listRooms(QSqlDatabase &db, const RoomListQuery &query);

// A notification for `userId`, or (empty) for the members of its room; its id.
Result<qint64> insertNotification(QSqlDatabase &db, const QString &userId,
                                  const UserNotification &notification);
Result<QList<UserNotification>> notificationsSince(QSqlDatabase &db,
                                                   const NotificationQuery &query);
// Forgets notifications created before `before`; how many.
Result<int> purgeNotifications(QSqlDatabase &db, const QDateTime &before);

Status upsertAddress(QSqlDatabase &db, qint64 roomId, const QString &userId,
                     const DeliveryAddress &address, const QDateTime &now);
// One buyer's (`userId`), or every address of the room (empty); how many went.
Result<int> deleteAddresses(QSqlDatabase &db, qint64 roomId, const QString &userId);
Result<std::optional<StoredAddress>> addressOf(QSqlDatabase &db, qint64 roomId,
                                               const QString &userId);
// The room's addresses, and a row in address_reads saying who read how many when.
Result<QList<OrderRecord>> orders(QSqlDatabase &db, qint64 roomId);
Status setOrderStatus(QSqlDatabase &db, qint64 roomId, const QString &userId, OrderStatus status,
                      OrderActor by, const QDateTime &now);
Status markReminded(QSqlDatabase &db, qint64 roomId, const QString &userId, const QDateTime &since,
                    const QDateTime &now);
Result<QList<StoredAddress>> readAddresses(QSqlDatabase &db, qint64 roomId, const QString &readerId,
                                           const QDateTime &now);

Status insertAccount(QSqlDatabase &db, const AccountRecord &account, const QDateTime &now);
Result<std::optional<AccountRecord>> findAccount(QSqlDatabase &db, const QString &username);
Result<std::optional<AccountRecord>> findAccountById(QSqlDatabase &db, const QString &userId);

} // namespace gonggu::server::repository
