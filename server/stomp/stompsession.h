// One WebSocket connection speaking STOMP 1.2: CONNECT with a JWT, then
// SUBSCRIBE / UNSUBSCRIBE / SEND / DISCONNECT, heart-beats both ways. Frames are
// handled in order; a SEND is validated and queued for commit at once, and its
// RECEIPT follows the commit.
#pragma once

#include "auth/identity.h"
#include "bus/topicbus.h"
#include "rooms/roomrecords.h"

#include "common/errorcode.h"
#include "common/stomp/stompparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <deque>
#include <functional>
#include <initializer_list>
#include <memory>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

namespace websocket {
class Connection;
}

class RoomService;
class TokenService;
class StompServer;

struct StompLimits {
    int heartbeatMs = 10000;
    qsizetype maxFrameBytes = 64 * 1024;
    int maxSubscriptions = 256;
};

class StompSession : public QObject, public TopicSubscriber {
    Q_OBJECT
public:
    StompSession(std::unique_ptr<websocket::Connection> socket, StompServer &server,
                 QObject *parent = nullptr);
    ~StompSession() override;

    bool isConnected() const { return m_connected; }
    const Identity &identity() const { return m_identity; }

    // A broadcast, encoded once by the bus; only the subscription id is ours.
    void deliver(const EncodedMessage &message, const QByteArray &subscriptionId) override;
    // A notification for /user/queue/notifications (dropped if not subscribed).
    void notify(qint64 notificationId, const QByteArray &jsonBody);
    // Server-side end of this user's subscriptions to a room (removed or left).
    void dropRoomSubscriptions(qint64 roomId);
    // Going-away close, e.g. on shutdown.
    void closeGoingAway();
    // Called by the server's sweep, a few times per heart-beat interval: sends
    // due heart-beats, drops silent peers and clients that never sent CONNECT.
    // One sweep instead of a QTimer per session: Qt keeps timers in a sorted
    // list, and inserting into it was a fifth of the time to accept 10,000.
    void tick();
    static constexpr qint64 kConnectDeadlineMs = 30'000;

Q_SIGNALS:
    void closed(gonggu::server::StompSession *session);

private:
    void onBytes(const QByteArray &bytes);
    QCoro::Task<> drainFrames();
    QCoro::Task<> handle(stomp::Frame frame);
    void handleConnect(const stomp::Frame &frame);
    QCoro::Task<> handleSubscribe(stomp::Frame frame);
    // A room topic that sends the room's current state at once and after every
    // change (/topic/room/{id}, /topic/room-summary/{id}), with its admission.
    QCoro::Task<> watchRoom(stomp::Frame frame, qint64 roomId, QString topic,
                            QByteArray firstMessageId,
                            std::function<std::optional<QByteArray>(qint64)> current);
    void handleUnsubscribe(const stomp::Frame &frame);
    void handleSend(const stomp::Frame &frame);
    void handleDisconnect(const stomp::Frame &frame);
    void sendAnswered(const stomp::Frame &send, const Status &done);
    void finishDisconnect();

    void sendFrame(const stomp::Frame &frame);
    void sendRaw(std::initializer_list<QByteArrayView> parts); // one text message
    void sendReceipt(const stomp::Frame &request);
    void refuse(const stomp::Frame &request, const Error &error); // /user/queue/errors
    void fatal(const QByteArray &message, const QString &detail); // ERROR, then close
    void checkHeartbeats();
    void shutdown(); // once: leave the bus, clear presence, announce closed()
    void release();

    std::unique_ptr<websocket::Connection> m_socket;
    StompServer &m_server;
    stomp::Parser m_parser;
    std::deque<stomp::Frame> m_pending;
    bool m_draining = false;
    bool m_connected = false;
    bool m_closing = false;
    // SENDs not yet committed; a DISCONNECT waits for them (its RECEIPT comes last).
    int m_sendsInFlight = 0;
    std::optional<stomp::Frame> m_disconnect;
    bool m_shutDown = false;
    Identity m_identity;
    stomp::Version m_version = stomp::Version::V1_2;
    QHash<QByteArray, QString> m_subscriptions; // id -> destination
    std::optional<QByteArray> m_errorsSubscription;
    std::optional<QByteArray> m_notificationsSubscription;
    quint64 m_localMessageIds = 0;

    int m_sendEveryMs = 0;   // we send heart-beats this often
    int m_expectEveryMs = 0; // the client promised to send this often
    QElapsedTimer m_opened;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_lastSent;
};

} // namespace gonggu::server
