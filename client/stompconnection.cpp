#include "stompconnection.h"

#include "common/destinations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

Q_LOGGING_CATEGORY(lcConnection, "gonggu.client.connection")

namespace gonggu::client {

namespace {
constexpr int kMaxBackoffMs = 30000;
const QByteArray kSubscribedReceipt = QByteArrayLiteral("subscribed:");
} // namespace

StompConnection::StompConnection(QObject *parent)
    : QObject(parent) {
    connect(&m_socket, &QWebSocket::connected, this, &StompConnection::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &StompConnection::onDisconnected);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &StompConnection::onText);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (!m_wanted)
            return;
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({u"v12.stomp"_s});
        m_socket.open(m_url, options);
    });
    m_heartbeatTimer.setSingleShot(true); // re-armed for the next due time (scheduleTick)
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &StompConnection::tick);
}

StompConnection::~StompConnection() {
    // The socket outlives the timers (declared first): keep its last signals away.
    m_socket.disconnect(this);
}

int StompConnection::backoffDelayMs(int attempt, double jitter01) {
    // 0.5 s, 1 s, 2 s, ... capped at 30 s; "full jitter" spreads a crowd of clients
    // reconnecting after a server restart over the whole window.
    const double ceiling =
        std::min<double>(kMaxBackoffMs, 500.0 * std::pow(2.0, std::max(0, attempt - 1)));
    return int(ceiling * (0.5 + 0.5 * std::clamp(jitter01, 0.0, 1.0)));
}

void StompConnection::open(const QUrl &webSocketUrl, const QString &token) {
    m_url = webSocketUrl;
    m_token = token;
    m_wanted = true;
    m_attempt = 0;
    setState(State::Connecting);
    m_reconnectTimer.start(0);
}

void StompConnection::close() {
    m_wanted = false;
    m_reconnectTimer.stop();
    m_heartbeatTimer.stop();
    m_subscriptions.clear();
    if (m_socket.state() != QAbstractSocket::UnconnectedState) {
        Frame disconnect{Command::Disconnect, {}, {}};
        sendFrame(disconnect);
        m_socket.close();
    }
    setState(State::Offline);
}

void StompConnection::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void StompConnection::onConnected() {
    m_parser = Parser();
    Frame connect{Command::Connect, {}, {}};
    connect.add("accept-version", "1.2")
        .add("host", m_url.host().toUtf8())
        .add("heart-beat",
             QByteArray::number(m_heartbeatMs) + ',' + QByteArray::number(m_heartbeatMs))
        .add("Authorization", "Bearer " + m_token.toUtf8());
    sendFrame(connect);
}

void StompConnection::onDisconnected() {
    m_heartbeatTimer.stop();
    if (!m_wanted) {
        setState(State::Offline);
        return;
    }
    setState(State::Reconnecting);
    scheduleReconnect();
}

void StompConnection::scheduleReconnect() {
    ++m_attempt;
    const int delay = backoffDelayMs(m_attempt, QRandomGenerator::global()->generateDouble());
    qCDebug(lcConnection) << "reconnecting in" << delay << "ms (attempt" << m_attempt << ")";
    m_reconnectTimer.start(delay);
}

void StompConnection::onText(const QString &text) {
    m_lastReceived.restart();
    m_parser.feed(text.toUtf8());
    for (;;) {
        auto next = m_parser.next();
        if (!next) {
            qCWarning(lcConnection) << "unparseable frame from server:" << next.error().message;
            m_socket.abort();
            return;
        }
        if (!next->has_value())
            return;
        handle(**next);
    }
}

void StompConnection::handle(const Frame &frame) {
    switch (frame.command) {
    case Command::Connected: {
        const QList<QByteArray> beat = frame.headerOr("heart-beat", "0,0").split(',');
        const int serverSends = beat.value(0).toInt();
        const int serverWants = beat.value(1).toInt();
        m_sendEveryMs = serverWants > 0 ? std::max(m_heartbeatMs, serverWants) : 0;
        m_expectEveryMs = serverSends > 0 ? std::max(m_heartbeatMs, serverSends) : 0;
        m_lastReceived.start();
        m_lastSent.start();
        scheduleTick();
        m_attempt = 0;
        for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it)
            sendSubscribe(it.key(), it.value());
        setState(State::Online);
        Q_EMIT online();
        break;
    }
    case Command::Message: {
        const QString destination = QString::fromUtf8(frame.headerOr("destination"));
        if (destination == destinations::kErrors) {
            const QJsonObject body = QJsonDocument::fromJson(frame.body).object();
            Q_EMIT refused(body.value(u"code"_s).toString(), body.value(u"message"_s).toString(),
                           body.value(u"receiptId"_s).toString().toUtf8());
        } else {
            Q_EMIT message(destination, frame.body);
        }
        break;
    }
    case Command::Receipt: {
        const QByteArray id = frame.headerOr("receipt-id");
        if (id.startsWith(kSubscribedReceipt)) {
            const QByteArray subscription = id.mid(kSubscribedReceipt.size());
            for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
                if (it->id == subscription)
                    Q_EMIT subscribed(it.key());
            }
        } else {
            Q_EMIT receipt(id);
        }
        break;
    }
    case Command::Error:
        qCWarning(lcConnection) << "server error:" << frame.headerOr("message");
        if (frame.headerOr("message") == "UNAUTHORIZED")
            m_wanted = false; // retrying with the same token cannot help
        Q_EMIT fatalError(QString::fromUtf8(frame.headerOr("message")));
        break;
    default:
        break;
    }
}

QByteArray StompConnection::subscribe(const QString &destination, const Headers &headers) {
    if (const auto it = m_subscriptions.constFind(destination); it != m_subscriptions.constEnd())
        return it->id;
    const Subscription subscription{"sub-" + QByteArray::number(m_nextSubscription++), headers};
    m_subscriptions.insert(destination, subscription);
    if (m_state == State::Online)
        sendSubscribe(destination, subscription);
    return subscription.id;
}

void StompConnection::sendSubscribe(const QString &destination, const Subscription &subscription) {
    Frame subscribe{Command::Subscribe, {}, {}};
    // The receipt says the server admitted us (SUBSCRIBE can make a VIEWER).
    subscribe.add("id", subscription.id)
        .add("destination", destination.toUtf8())
        .add("receipt", kSubscribedReceipt + subscription.id);
    for (const auto &[name, value] : subscription.headers)
        subscribe.add(name, value);
    sendFrame(subscribe);
}

void StompConnection::unsubscribe(const QString &destination) {
    const QByteArray id = m_subscriptions.take(destination).id;
    if (id.isEmpty() || m_state != State::Online)
        return;
    Frame unsubscribe{Command::Unsubscribe, {}, {}};
    unsubscribe.add("id", id);
    sendFrame(unsubscribe);
}

bool StompConnection::send(const QString &destination, const QByteArray &jsonBody,
                           const QByteArray &receipt) {
    if (m_state != State::Online)
        return false;
    Frame frame{Command::Send, {}, jsonBody};
    frame.add("destination", destination.toUtf8())
        .add("content-type", "application/json")
        .add("receipt", receipt);
    sendFrame(frame);
    return true;
}

void StompConnection::sendFrame(const Frame &frame) {
    m_socket.sendTextMessage(QString::fromUtf8(frame.serialize()));
    m_lastSent.restart();
}

void StompConnection::tick() {
    if (m_state != State::Online)
        return;
    if (m_expectEveryMs > 0 && m_lastReceived.elapsed() > 2 * qint64(m_expectEveryMs)) {
        qCInfo(lcConnection) << "server silent; reconnecting";
        m_socket.abort(); // emits disconnected -> reconnect
        return;
    }
    if (m_sendEveryMs > 0 && m_lastSent.elapsed() >= m_sendEveryMs) {
        m_socket.sendTextMessage(u"\n"_s);
        m_lastSent.restart();
    }
    scheduleTick();
}

void StompConnection::scheduleTick() {
    // Wake exactly when a heart-beat is due or the server's silence would be too long,
    // not every second: an idle app sleeps between heart-beats.
    qint64 next = 60000;
    if (m_sendEveryMs > 0)
        next = std::min(next, m_sendEveryMs - m_lastSent.elapsed());
    if (m_expectEveryMs > 0)
        next = std::min(next, 2 * qint64(m_expectEveryMs) - m_lastReceived.elapsed() + 1);
    m_heartbeatTimer.start(int(std::clamp<qint64>(next, 50, 60000)));
}

} // namespace gonggu::client
