// Accepts WebSocket connections (handed over by the HTTP front door), owns the
// STOMP sessions and the topic bus, and turns room events into deliveries.
#pragma once

#include "bus/topicbus.h"
#include "stompsession.h"
#include "websocket/websocketendpoint.h"

#include "common/roomevent.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace gonggu::server {

class ConnectionLimiter;
class RoomService;
class TokenService;

class StompServer : public QObject {
    Q_OBJECT
public:
    StompServer(TokenService &tokens, RoomService &rooms, ConnectionLimiter &limiter,
                StompLimits limits, QObject *parent = nullptr);
    ~StompServer() override;

    // Where the HTTP front door hands upgraded connections.
    const websocket::Endpoint &webSocketEndpoint() const { return m_endpoint; }
    TokenService &tokens() { return m_tokens; }
    RoomService &rooms() { return m_rooms; }
    TopicBus &bus() { return m_bus; }
    const StompLimits &limits() const { return m_limits; }

    // The /topic/room/{id} body: {room, participants}, broadcast (myRole null).
    std::optional<QByteArray> roomStateJson(qint64 roomId) const;
    // The /topic/room-summary/{id} body: {room}, broadcast (myRole null, and the
    // conversation only while anyone may read it: ACTIVE).
    std::optional<QByteArray> roomSummaryJson(qint64 roomId) const;
    // {roomId, typing: [{userId, displayName}], others}: who is typing there now.
    QByteArray typingJson(qint64 roomId) const;
    // Where the bus keeps the subscribers of a /topic/room destination who
    // asked for participant deltas (SUBSCRIBE header participants:delta): after
    // the first snapshot, a presence change reaches them as the one participant.
    // Not a destination anyone can subscribe to ('#' is no room id).
    static QString participantDeltaTopic(const QString &roomStateDestination) {
        return roomStateDestination + u'#';
    }

    void sessionConnected(StompSession *session);
    void sessionDisconnected(StompSession *session);
    int connectionCount() const { return int(m_sessions.size()); }
    int userCount() const { return int(m_sessionsByUser.size()); } // distinct users online
    int subscriptionCount() const { return m_bus.subscriptionCount(); }
    // Closes every session with 1001 (going away).
    void closeAll();

private:
    void accept(std::unique_ptr<websocket::Connection> connection);
    // Every committed room event, whichever instance made it, dispatched by kind.
    void deliver(const gonggu::RoomEvent &event);
    // A message's frame to its room's chat topic (new, or changed: `frameId` says).
    void deliverMessage(const ChatMessage &message, const QByteArray &frameId,
                        const QByteArray &json);
    void deliverRoomState(qint64 roomId);
    void removeFromRoom(const roomevent::MemberRemoved &removed);
    void notify(const roomevent::Notified &notified);
    // One participant to the room's delta subscribers (presence, a read marker);
    // `snapshotToo`: the others get a snapshot (presence is a change of the room).
    void deliverParticipant(qint64 roomId, const QString &userId, bool snapshotToo);
    void publishState(const QString &topic, const QString &destination, const QByteArray &body);
    void publishSummary(qint64 roomId);
    void announceNewRoom(qint64 roomId);
    void flushSummaries();
    // Who is typing, per room at most twice a second however many type.
    void flushTyping();

    TokenService &m_tokens;
    RoomService &m_rooms;
    ConnectionLimiter &m_limiter;
    StompLimits m_limits;
    websocket::Poller m_poller; // every session's socket, in one epoll set
    websocket::Endpoint m_endpoint;
    QTimer m_sweep; // heart-beats and CONNECT deadlines of every session
    // New messages reach room summaries at most once a second per room: a list
    // wants the newest line, not every line (that is what the chat topic is for).
    QTimer m_summaryFlush;
    QSet<qint64> m_staleSummaries;
    QTimer m_typingFlush;
    QSet<qint64> m_staleTyping;
    TopicBus m_bus;
    QSet<StompSession *> m_sessions;
    QHash<QString, QSet<StompSession *>> m_sessionsByUser;
    quint64 m_stateSequence = 0; // message-id of /topic/room snapshots
};

} // namespace gonggu::server
