// The app's one WebSocket to the server, speaking STOMP 1.2: connects with the
// token, keeps subscriptions across reconnects (exponential backoff with jitter),
// heart-beats both ways, and reports frames as signals.
#pragma once

#include "common/stomp/stompparser.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace gonggu::client {

class StompConnection : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(State)

    explicit StompConnection(QObject *parent = nullptr);
    ~StompConnection() override;

    // The heart-beat offered and asked for on the next CONNECT (default 10 s).
    void setHeartbeat(int ms) { m_heartbeatMs = ms; }
    void open(const QUrl &webSocketUrl, const QString &token);
    void close();
    State state() const { return m_state; }

    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    // Subscriptions survive reconnects (with their extra headers); returns the
    // subscription id.
    QByteArray subscribe(const QString &destination, const Headers &headers = {});
    void unsubscribe(const QString &destination);
    // The server ended the subscription (the user left or was removed): drop it
    // here too, without an UNSUBSCRIBE it would refuse.
    void forget(const QString &destination) { m_subscriptions.remove(destination); }
    bool isSubscribed(const QString &destination) const {
        return m_subscriptions.contains(destination);
    }

    // Sends now if online (true); the caller keeps what could not go out.
    bool send(const QString &destination, const QByteArray &jsonBody, const QByteArray &receipt);

    // For tests: the backoff delay before reconnect attempt `attempt` (1-based).
    static int backoffDelayMs(int attempt, double jitter01);

Q_SIGNALS:
    void stateChanged(gonggu::client::StompConnection::State state);
    void online(); // CONNECTED (first time and after each reconnect)
    void message(const QString &destination, const QByteArray &body);
    void receipt(const QByteArray &receiptId);
    // The server confirmed a SUBSCRIBE (first time and after each reconnect).
    void subscribed(const QString &destination);
    void refused(const QString &code, const QString &message, const QByteArray &receiptId);
    void fatalError(const QString &message); // ERROR frame, e.g. UNAUTHORIZED

private:
    void setState(State state);
    void onConnected();
    void onDisconnected();
    void onText(const QString &text);
    void handle(const stomp::Frame &frame);
    void sendFrame(const stomp::Frame &frame);
    void scheduleReconnect();
    void tick();
    void scheduleTick();

    QWebSocket m_socket;
    stomp::Parser m_parser;
    QUrl m_url;
    QString m_token;
    State m_state = State::Offline;
    bool m_wanted = false; // the user wants to be connected
    struct Subscription {
        QByteArray id;
        Headers headers;
    };
    void sendSubscribe(const QString &destination, const Subscription &subscription);
    QHash<QString, Subscription> m_subscriptions; // by destination
    int m_nextSubscription = 0;
    int m_attempt = 0;
    QTimer m_reconnectTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_lastSent;
    int m_heartbeatMs = 10000;
    int m_sendEveryMs = 0;
    int m_expectEveryMs = 0;
};

} // namespace gonggu::client
