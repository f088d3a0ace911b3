// Orchestrates the room life cycle: runs each change as one transaction of the
// room store (the rules are checked there, against what the transaction reads),
// applies the committed result to the in-memory registry, and announces it as
// one RoomEvent for the transports to deliver.
#pragma once

#include "auth/identity.h"
#include "ratelimiter.h"
#include "recenthistory.h"
#include "roomregistry.h"
#include "roomrules.h"
#include "roomsequencer.h"
#include "roomstore.h"
#include "typingtracker.h"

#include "common/roomevent.h"

#include <QObject>
#include <QTimer>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

struct RoomListResult {
    QList<Room> rooms;
    std::optional<QString> nextCursor;
};

// Whether this instance committed an event or another one did (Redis bridge):
// what another instance committed is not published again.
enum class EventOrigin { ThisInstance, OtherInstance };

class RoomService : public QObject {
    Q_OBJECT
public:
    RoomService(RoomStore &store, double ratePerSecond, int rateBurst,
                RecentHistory::Limits historyCache = {}, QObject *parent = nullptr);

    // Loads every room, settles those that expired while the server was down.
    QCoro::Task<Status> start();

    const RoomRegistry &registry() const { return m_registry; }
    Room view(const RoomState &state, const QString &callerId) const; // with myRole
    Result<RoomSnapshot> snapshot(qint64 roomId, const QString &callerId) const;

    struct CreateRequest {
        RoomDraft draft;
        std::optional<QString> sellerId;
        std::optional<QString> sellerName;
    };
    // The room and whether it was created now (false: it existed; idempotent).
    QCoro::Task<Result<std::pair<Room, bool>>> createRoom(Identity caller, CreateRequest request);
    QCoro::Task<Result<RoomListResult>> listRooms(Identity caller, RoomListQuery query,
                                                  std::optional<QString> cursor);
    QCoro::Task<Result<Room>> join(Identity caller, qint64 roomId);
    QCoro::Task<Result<Room>> leave(Identity caller, qint64 roomId);
    QCoro::Task<Result<Room>> settle(Identity caller, qint64 roomId, RoomStatus to);
    QCoro::Task<Result<Room>> setProduct(Identity caller, qint64 roomId, Product product);
    // The seller's tools (hostchanges.h); each answers the room as the caller sees it.
    QCoro::Task<Result<Room>> setFrozen(Identity caller, qint64 roomId, bool frozen);
    QCoro::Task<Result<Room>> mute(Identity caller, qint64 roomId, QString userId,
                                   std::optional<int> minutes);
    QCoro::Task<Result<Room>> removeMember(Identity caller, qint64 roomId, QString userId,
                                           QString reason);
    // A later deadline and/or another head count (changes::changeLimits).
    QCoro::Task<Result<Room>> changeLimits(Identity caller, qint64 roomId,
                                           std::optional<int> maxParticipants,
                                           std::optional<QDateTime> expiresAt);
    QCoro::Task<Result<StoredMessage>> post(Identity caller, qint64 roomId, SendRequest request);
    // The sender edits their message; the sender or the seller deletes one. Each
    // answers the message as it is now, and takes from the sender's rate budget.
    QCoro::Task<Result<ChatMessage>> editMessage(Identity caller, qint64 roomId,
                                                 EditRequest request);
    QCoro::Task<Result<ChatMessage>> deleteMessage(Identity caller, qint64 roomId,
                                                   qint64 messageId);
    // One of rules' reactions given or taken back: the message with its counts.
    QCoro::Task<Result<ChatMessage>> react(Identity caller, qint64 roomId, ReactRequest request);
    // The reactions the caller gave to the messages of a page (to show them as theirs).
    QCoro::Task<Result<QHash<qint64, QStringList>>> reactionsBy(QString userId,
                                                                const EncodedHistoryPage &page);
    // The caller started or stopped typing (a member who may write there). Throttled:
    // a repeated start within TypingTracker::kThrottleMs announces nothing.
    Status typing(const Identity &caller, qint64 roomId, bool typing);
    // Who is typing in a room now, and forgetting those whose typing ran out (the
    // rooms whose typers changed).
    TypingTracker::Typers typers(qint64 roomId) const { return m_typing.typers(roomId); }
    QList<qint64> expireTyping() { return m_typing.expire(QDateTime::currentMSecsSinceEpoch()); }
    bool anyoneTyping() const { return m_typing.anyone(); }
    // The caller has read up to `messageId` (forward only, at most the newest): their
    // marker and unread count as the room now shows them to them.
    QCoro::Task<Result<Room>> markRead(Identity caller, qint64 roomId, qint64 messageId);
    // Delivery addresses: a buyer gives, reads and takes back their own; the seller
    // reads the room's (each read is recorded and logged, without the addresses).
    QCoro::Task<Result<StoredAddress>> setAddress(Identity caller, qint64 roomId,
                                                  DeliveryAddress address);
    QCoro::Task<Result<std::optional<StoredAddress>>> myAddress(Identity caller, qint64 roomId);
    QCoro::Task<Status> deleteMyAddress(Identity caller, qint64 roomId);
    QCoro::Task<Result<QList<AddressEntry>>> addresses(Identity caller, qint64 roomId);
    // Orders of a closed buy (orderchanges.h): the seller's checklist (with the
    // addresses buyers gave; a read of them is recorded as addresses() is) or the
    // trade service's (without), a buyer's own, a move, and payment reminders (how
    // many buyers were reminded).
    QCoro::Task<Result<QList<Order>>> orders(Identity caller, qint64 roomId);
    QCoro::Task<Result<Order>> myOrder(Identity caller, qint64 roomId);
    QCoro::Task<Result<Order>> changeOrder(Identity caller, qint64 roomId, QString buyerId,
                                           OrderStatus to);
    QCoro::Task<Result<int>> remindUnpaid(Identity caller, qint64 roomId);
    // A member reports a message or a member to the operators (memberreports.h); the
    // operators (admin scope) read the reports; a user blocks and unblocks others.
    QCoro::Task<Status> report(Identity caller, qint64 roomId, std::optional<qint64> messageId,
                               std::optional<QString> userId, QString reason);
    QCoro::Task<Result<QList<ReportRecord>>> reports(Identity caller, qint64 afterId, int limit);
    QCoro::Task<Result<QList<BlockRecord>>> blocked(Identity caller);
    QCoro::Task<Status> setBlocked(Identity caller, QString blockedId, bool on);
    // The pickup appointment (appointmentchanges.h): as the caller sees it, with every
    // buyer's answer for the seller and the trade service; set, moved, called off and
    // answered, each answering the same view.
    QCoro::Task<Result<AppointmentView>> appointment(Identity caller, qint64 roomId);
    QCoro::Task<Result<AppointmentView>> setAppointment(Identity caller, qint64 roomId,
                                                        AppointmentRequest request);
    QCoro::Task<Result<AppointmentView>> cancelAppointment(Identity caller, qint64 roomId);
    QCoro::Task<Result<AppointmentView>> answerAppointment(Identity caller, qint64 roomId,
                                                           AppointmentAnswer answer);
    // Files: who may upload into a room (those who may send a chat message there),
    // and who may read its files (those who may read its chat).
    QCoro::Task<Status> mayUpload(Identity caller, qint64 roomId);
    // A room's product photo is as public as the room (the listing shows it).
    QCoro::Task<Status> mayReadFile(Identity caller, qint64 roomId, qint64 fileId);
    // A room's messages containing a text, newest first (members only).
    QCoro::Task<Result<SearchPage>> search(Identity caller, SearchQuery query);
    // How long notifications are kept for a reconnect with Last-Event-ID.
    static constexpr qint64 kNotificationRetentionMs = 24 * 3600 * 1000;
    static constexpr int kMissedNotificationsLimit = 500;
    // The user's notifications after `afterId` (theirs, and of the rooms they are in),
    // oldest first, within the retention.
    QCoro::Task<Result<QList<UserNotification>>> missedNotifications(QString userId,
                                                                     qint64 afterId);
    // Who a notification is for, on this instance's registry: its user, or the
    // members of its room.
    QStringList recipientsOf(const roomevent::Notified &notified) const;
    // From the recent-history cache when it covers the page, else the database.
    QCoro::Task<Result<EncodedHistoryPage>> history(Identity caller, HistoryQuery query);

    // SUBSCRIBE /topic/chat/{id}: checks admission; a non-member of an ACTIVE room
    // becomes a VIEWER (persisted, announced).
    QCoro::Task<Status> admitToChat(Identity caller, qint64 roomId);
    Status admitToRoomState(const Identity &caller, qint64 roomId) const;

    // Several instances share the database (Redis bridge on): the in-memory registry
    // may lag another instance's change, so a refusal made from it is checked
    // again against the database before it is given.
    void setSharedStorage();
    // With shared storage: whether other instances' events are arriving. The
    // recent-history cache is used only while they are.
    // Whether the other instances' events reach this one (Redis); when they come
    // back, what was committed meanwhile is read and handed on (catchUp).
    void setRemoteFeedLive(bool live);
    // Replaces the cached room with the committed row; false if there is none.
    QCoro::Task<bool> reloadRoom(qint64 roomId);
    // With shared storage, a room this instance has not heard of may be another
    // instance's newest (its event still on the way): loads it from the database.
    // Call before a read that the registry answers.
    QCoro::Task<> learnRoom(qint64 roomId);
    // An event another instance committed: brings the cached state up to date
    // (room rows are reloaded, messages cached), then announces it here.
    QCoro::Task<> applyRemote(RoomEvent event);

    // Presence: counts live sessions per user; the first and last change `online`.
    void sessionOpened(const Identity &identity);
    void sessionClosed(const QString &userId);
    bool isOnline(const QString &userId) const { return m_sessionsPerUser.contains(userId); }
    // A member as snapshots and participant deltas show them.
    Participant participantOf(const MemberRecord &member) const {
        return {member.userId,           member.displayName, member.role,
                isOnline(member.userId), member.lastReadId,  member.mutedUntil};
    }

    const RecentHistory &recentHistory() const { return m_recentHistory; }

Q_SIGNALS:
    // Every committed change, once, in commit order; a room's messages in seq order.
    void eventCommitted(const gonggu::RoomEvent &event, gonggu::server::EventOrigin origin);
    // What this instance committed, at once (not held for order): for the others.
    void committedHere(const gonggu::RoomEvent &event);

private:
    void announcePresence(const QString &userId, bool online);
    RoomListResult listByActivity(const QString &callerId, const RoomListQuery &query) const;
    // post() without the bookkeeping: checks, rate limit, insert.
    QCoro::Task<Result<StoredMessage>> store(Identity caller, qint64 roomId, SendRequest request);
    // Runs one change of roomchanges.h and applies what it committed.
    QCoro::Task<Result<RoomChange>> change(qint64 roomId, RoomStore::Work<RoomChange> work);
    // change(), then the room as the caller sees it (join, leave, settle).
    QCoro::Task<Result<Room>> changeAndView(QString callerId, qint64 roomId,
                                            RoomStore::Work<RoomChange> work);
    // Puts a committed room into the registry and announces the change's events; a
    // change without a room (a message, an order, a read marker) only announces.
    void apply(const RoomChange &change);
    // A member (of any role) of a room whose chat they may read: marking read, search.
    Result<const RoomState *> memberWhoMayRead(const Identity &caller, qint64 roomId) const;
    // Runs an edit or a deletion and announces what it changed.
    QCoro::Task<Result<ChatMessage>> changeMessage(const QString &callerId, qint64 roomId,
                                                   RoomStore::Work<RoomChange> work);
    // A deleted pinned NOTIFICATION: the one before it is pinned, from the database.
    QCoro::Task<> repin(qint64 roomId);
    // The one place an event leaves the domain (a stored message is cached first).
    void announce(const RoomEvent &event, EventOrigin origin = EventOrigin::ThisInstance);
    // Notes an event in memory and hands it to the transports (announce, in order).
    void take(const RoomEvent &event, EventOrigin origin);
    // Reads the messages an overdue gap waits for (RoomSequencer).
    QCoro::Task<> fillGaps();
    // Offers the room's messages after `afterId` from the database to the sequencer;
    // how many it handed on (-1: the database did not answer).
    QCoro::Task<int> readMissed(qint64 roomId, qint64 afterId);
    QCoro::Task<> catchUp(qint64 afterId);
    // Puts a room into the registry; the sequencer starts from its newest message.
    void putRoom(const RoomRecord &record);
    // May the caller read the room's chat (and watch it)? Not one the seller removed.
    Status mayRead(const RoomState &state, const QString &userId) const;
    // May the caller write there now (canSend, and not paused or muted)?
    Status mayWrite(const RoomState &state, const Identity &caller, MessageType type) const;
    Result<AppointmentView> appointmentView(const Identity &caller, qint64 roomId) const;
    QCoro::Task<Result<AppointmentView>> changeAppointment(Identity caller, qint64 roomId,
                                                           RoomStore::Work<RoomChange> work);
    // The timers of what falls due: expiries, and pickup reminders.
    void scheduleDueWork();
    QCoro::Task<> settleExpiredRooms();
    QCoro::Task<> sendAppointmentReminders();
    QCoro::Task<> purgeOldNotifications();

    RoomStore &m_store;
    RoomRegistry m_registry;
    RateLimiter m_rateLimiter;
    RecentHistory m_recentHistory;
    QHash<QString, int> m_sessionsPerUser;
    TypingTracker m_typing;
    RoomSequencer m_sequencer;
    static constexpr qint64 kGiveUpOnGapMs = 5000; // with the database down
    qint64 m_newestMessageId = 0;                  // of all taken, for a catch-up
    std::optional<qint64> m_feedLostAfter;         // the newest when the Redis feed went
    QTimer m_gapTimer;
    QTimer m_expiryTimer;
    QTimer m_reminderTimer;
    QTimer m_notificationPurge;
    bool m_sharedStorage = false;
};

} // namespace gonggu::server
