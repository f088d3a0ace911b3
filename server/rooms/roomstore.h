// Where the room domain keeps its state: rooms/ says what it needs, storage/
// implements it on SQLite and PostgreSQL (storage/sqlroomstore.h), and a unit
// test implements it in memory. Nothing of SQL crosses this line.
//
// Every change is a function over one RoomTransaction: it reads the committed
// state, checks the rules against it and writes, all or nothing (roomchanges.h
// has the domain's). The store runs it on its own thread and answers with the
// committed change, which the service then applies to the in-memory registry.
#pragma once

#include "roomrecords.h"

#include "common/result.h"
#include "common/roomevent.h"

#include <functional>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

// What one committed change did: the room afterwards and its events, in the
// order they are to be delivered (messages, then removals, then the status:
// a removed member still gets the messages that explain their removal).
struct RoomChange {
    std::optional<RoomRecord> room;
    QList<RoomEvent> events;
    bool roomCreated = false;
    // A change of one message (edit, delete): the message as it is now, also when
    // nothing changed (a repeated delete), and no room.
    std::optional<ChatMessage> message;
    // A change of one buyer's order: the order as it is now (no room).
    std::optional<Order> order;
};

// One transaction's reads and writes. Guarded updates answer false when the
// guard did not hold (nothing changed), so a race lost to another instance is
// seen in the same transaction that would have overshot.
class RoomTransaction {
public:
    virtual ~RoomTransaction() = default;

    virtual Result<std::optional<RoomRecord>> room(qint64 roomId) = 0;
    virtual Status insertRoom(const NewRoom &room, const QDateTime &now) = 0;
    // participant_count + 1 while below max and ACTIVE.
    virtual Result<bool> incrementParticipants(qint64 roomId) = 0;
    virtual Result<bool> decrementParticipants(qint64 roomId) = 0;
    // ACTIVE -> `to`; false if it was not ACTIVE.
    virtual Result<bool> settleRoom(qint64 roomId, RoomStatus to, const QDateTime &now) = 0;
    // A later deadline and/or another head count; false if the room is not ACTIVE, the
    // deadline would not be later, or the head count below the participants.
    virtual Result<bool> updateLimits(qint64 roomId, std::optional<int> maxParticipants,
                                      std::optional<QDateTime> expiresAt) = 0;
    // Replaces what the room sells; false if it is not ACTIVE.
    virtual Result<bool> updateProduct(qint64 roomId, const Product &product) = 0;
    // Sets, replaces or (nullopt) removes the pickup appointment; `askAgain` clears
    // every answer and the reminder's mark. False if the room was CANCELLED.
    virtual Result<bool> updateAppointment(qint64 roomId,
                                           const std::optional<Appointment> &appointment,
                                           bool askAgain) = 0;
    // The seller's tools: the chat paused (false if the room was CANCELLED), a member
    // muted until a time (nullopt: no longer), and one removed for good, with why.
    virtual Result<bool> setFrozen(qint64 roomId, bool frozen) = 0;
    virtual Status setMutedUntil(qint64 roomId, const QString &userId,
                                 const std::optional<QDateTime> &until) = 0;
    virtual Status banMember(qint64 roomId, const QString &userId, const QString &reason,
                             const QString &by, const QDateTime &now) = 0;
    virtual Result<bool> isBanned(qint64 roomId, const QString &userId) = 0;
    virtual Status setAppointmentAnswer(qint64 roomId, const QString &userId,
                                        AppointmentAnswer answer, const QDateTime &now) = 0;
    // The reminder of exactly this appointment went; false if it had (or it changed).
    virtual Result<bool> markAppointmentReminded(qint64 roomId, const Appointment &appointment,
                                                 const QDateTime &now) = 0;
    virtual Status upsertMember(qint64 roomId, const MemberRecord &member,
                                const QDateTime &now) = 0;
    virtual Status deleteMember(qint64 roomId, const QString &userId) = 0;
    // Forward only, and never past the room's newest message: the marker as it is
    // now, or nullopt if it did not move.
    virtual Result<std::optional<qint64>> markRead(qint64 roomId, const QString &userId,
                                                   qint64 messageId) = 0;
    // A retried (sender, clientMsgId) answers the first message, marked duplicate.
    virtual Result<StoredMessage> insertMessage(const NewMessage &message,
                                                const QDateTime &now) = 0;
    // One message of any room as stored (no quote, no reaction counts: what the rules
    // and a reply's quote need, one key seek); nullopt for an id nobody has.
    virtual Result<std::optional<ChatMessage>> message(qint64 messageId) = 0;
    // The same as members see it: with its quote and reaction counts.
    virtual Result<std::optional<ChatMessage>> messageAsShown(qint64 messageId) = 0;
    // Guarded on the message not being deleted: false if it was (nothing changed).
    virtual Result<bool> editMessage(const ChatMessage &message, const QString &content,
                                     const QDateTime &now) = 0;
    // Gives or takes back one reaction; false if it was already so.
    virtual Result<bool> setReaction(qint64 messageId, const QString &userId, const QString &emoji,
                                     bool on, const QDateTime &now) = 0;
    // Empties the content in storage and marks it deleted; false if it already was.
    virtual Result<bool> deleteMessage(qint64 messageId, const QDateTime &now) = 0;
    // The display name of a built-in account, by user id.
    virtual Result<std::optional<QString>> accountDisplayName(const QString &userId) = 0;
    // Keeps a notification for `userId`, or (empty) for the room's members, with the
    // change that makes it; its id.
    virtual Result<qint64> recordNotification(const QString &userId,
                                              const UserNotification &notification) = 0;
    virtual Status upsertAddress(qint64 roomId, const QString &userId,
                                 const DeliveryAddress &address, const QDateTime &now) = 0;
    // One buyer's (`userId`), or (empty) every address of the room; how many went.
    virtual Result<int> deleteAddresses(qint64 roomId, const QString &userId) = 0;
    // The room's order rows (OrderRecord), one buyer's status and who set it, and a
    // payment reminder sent (`since`: the close, for a buyer without a row yet).
    virtual Result<QList<OrderRecord>> orders(qint64 roomId) = 0;
    virtual Status setOrderStatus(qint64 roomId, const QString &userId, OrderStatus status,
                                  OrderActor by, const QDateTime &now) = 0;
    virtual Status markReminded(qint64 roomId, const QString &userId, const QDateTime &since,
                                const QDateTime &now) = 0;
    // An event for the trade service's webhook (app/webhooks.h sends it), kept in the
    // change's transaction: nothing committed is lost, nothing rolled back is sent.
    // A no-op when no webhook is configured.
    virtual Status enqueueWebhook(const QString &type, const QJsonObject &data,
                                  const QDateTime &now) = 0;
    // Keeps a report (`id` is set by the store); the same reporter reporting the same
    // message or member again keeps the first.
    virtual Status insertReport(const ReportRecord &report) = 0;
    // The files `uploaderId` put into `roomId` and sent in no message yet, in the
    // order of `fileIds` (those that are not so are missing).
    virtual Result<QList<Attachment>> unsentFiles(qint64 roomId, const QString &uploaderId,
                                                  const QList<qint64> &fileIds) = 0;
    // Marks them as sent in `messageId`; how many were still unsent.
    virtual Result<int> markFilesSent(qint64 messageId, const QList<qint64> &fileIds) = 0;
};

class RoomStore {
public:
    virtual ~RoomStore() = default;

    template <typename T> using Work = std::function<Result<T>(RoomTransaction &)>;

    // Runs `work` in a transaction; its result once committed, or its error
    // (then nothing it wrote is kept). `roomId`: the room it writes to. Writers of
    // one room wait for each other (StorageThread::run), so a room's messages
    // commit in the order of their ids and seqs, also from several instances.
    virtual QCoro::Task<Result<RoomChange>> change(qint64 roomId, Work<RoomChange> work) = 0;
    // A chat message: at most one write (the insert), the hot path; `severalWrites`
    // when it writes more (a message with files also marks them sent).
    virtual QCoro::Task<Result<StoredMessage>> post(qint64 roomId, Work<StoredMessage> work,
                                                    bool severalWrites = false) = 0;

    virtual QCoro::Task<Result<QList<RoomRecord>>> loadRooms() = 0;
    virtual QCoro::Task<Result<std::optional<RoomRecord>>> loadRoom(qint64 roomId) = 0;
    virtual QCoro::Task<Result<RoomListPage>> listRooms(RoomListQuery query) = 0;
    virtual QCoro::Task<Result<HistoryPage>> history(HistoryQuery query) = 0;
    virtual QCoro::Task<Result<SearchPage>> search(SearchQuery query) = 0;
    // The reactions `userId` gave to messages with ids in [low, high], by message id.
    // The rooms with a message whose id is above `messageId`.
    virtual QCoro::Task<Result<QList<qint64>>> roomsWrittenAfter(qint64 messageId) = 0;
    virtual QCoro::Task<Result<QHash<qint64, QStringList>>> reactionsBy(QString userId, qint64 low,
                                                                        qint64 high) = 0;
    // What a user missed (Last-Event-ID), oldest first.
    virtual QCoro::Task<Result<QList<UserNotification>>>
    notificationsSince(NotificationQuery query) = 0;
    // Forgets notifications older than `before`; how many.
    virtual QCoro::Task<Result<int>> purgeNotifications(QDateTime before) = 0;
    virtual QCoro::Task<Result<std::optional<StoredAddress>>> addressOf(qint64 roomId,
                                                                        QString userId) = 0;
    // Every address of the room, and a record that `readerId` read them (never what).
    virtual QCoro::Task<Result<QList<StoredAddress>>> readAddresses(qint64 roomId,
                                                                    QString readerId) = 0;
    virtual QCoro::Task<Result<QList<OrderRecord>>> orders(qint64 roomId) = 0;
    // The operators' list: reports after `afterId`, oldest first, at most `limit`, each
    // with its room's title and the message as it is now.
    virtual QCoro::Task<Result<QList<ReportRecord>>> reports(qint64 afterId, int limit) = 0;
    // Whom `userId` blocked, and blocking or unblocking one (true if it changed).
    virtual QCoro::Task<Result<QList<BlockRecord>>> blocked(QString userId) = 0;
    virtual QCoro::Task<Result<bool>> setBlocked(QString userId, QString blockedId, bool on,
                                                 QDateTime now) = 0;
};

} // namespace gonggu::server
