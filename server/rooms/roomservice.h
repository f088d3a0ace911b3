// Orchestrates the room life cycle: checks the rules against the in-memory
// registry, commits through the storage thread, then updates the registry and
// announces what happened (signals) for the transports to deliver.
#pragma once

#include "auth/identity.h"
#include "ratelimiter.h"
#include "recenthistory.h"
#include "roomregistry.h"
#include "roomrules.h"

#include "common/chatmessage.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class StorageThread;

struct RoomListResult {
    QList<Room> rooms;
    std::optional<QString> nextCursor;
};

// What one committed change did: the room afterwards, messages it persisted,
// members it removed (each with the event that removed them).
struct RoomChange {
    std::optional<RoomRecord> room;
    QList<ChatMessage> messages;
    QList<std::pair<QString, SystemEvent>> removed;
    bool roomCreated = false;
};

class RoomService : public QObject {
    Q_OBJECT
public:
    RoomService(StorageThread &storage, double ratePerSecond, int rateBurst,
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
    QCoro::Task<Result<StoredMessage>> post(Identity caller, qint64 roomId, SendRequest request);
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
    void setRemoteFeedLive(bool live) { m_recentHistory.setLive(live); }
    // Replaces the cached room with the committed row; false if there is none.
    QCoro::Task<bool> reloadRoom(qint64 roomId);
    // Announce a change another instance made (after reloadRoom), for local delivery.
    void announceRemoteMessage(const ChatMessage &message) { announce(message); }
    void announceRemoteRoomChange(qint64 roomId) { Q_EMIT roomChanged(roomId); }
    void announceRemoteRemoval(qint64 roomId, const QString &userId, SystemEvent why) {
        Q_EMIT memberRemoved(roomId, userId, why);
    }
    void announceRemoteStatus(qint64 roomId, RoomStatus status) {
        Q_EMIT roomStatusChanged(roomId, status);
    }

    // Presence: counts live sessions per user; the first and last change `online`.
    void sessionOpened(const Identity &identity);
    void sessionClosed(const QString &userId);
    bool isOnline(const QString &userId) const { return m_sessionsPerUser.contains(userId); }

    const RecentHistory &recentHistory() const { return m_recentHistory; }

Q_SIGNALS:
    // `json` is the message serialized once, for every transport to share.
    void messageStored(const gonggu::ChatMessage &message, const QByteArray &json);
    void roomChanged(qint64 roomId);
    void memberRemoved(qint64 roomId, const QString &userId, gonggu::SystemEvent why);
    void roomStatusChanged(qint64 roomId, gonggu::RoomStatus status);

private:
    // post() without the bookkeeping: checks, rate limit, insert.
    QCoro::Task<Result<StoredMessage>> store(Identity caller, qint64 roomId, SendRequest request);
    // The cached room, or with shared storage and `stale`, the database's (reloaded).
    QCoro::Task<const RoomState *> roomFor(qint64 roomId, bool stale);
    QCoro::Task<Result<RoomChange>> commit(std::function<Result<RoomChange>(QSqlDatabase &)> job);
    void apply(const RoomChange &change, std::optional<RoomStatus> previousStatus);
    void announce(const ChatMessage &message); // committed: cache it, emit messageStored
    void scheduleExpiry();
    QCoro::Task<> settleExpiredRooms();

    StorageThread &m_storage;
    RoomRegistry m_registry;
    RateLimiter m_rateLimiter;
    RecentHistory m_recentHistory;
    QHash<QString, int> m_sessionsPerUser;
    QTimer m_expiryTimer;
    bool m_sharedStorage = false;
};

} // namespace gonggu::server
