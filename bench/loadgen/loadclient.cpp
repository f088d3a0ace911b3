#include "loadclient.h"

#include <QWebSocketHandshakeOptions>
#include <chrono>

using namespace gonggu::stomp;

namespace gonggu::bench {

qint64 nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

LoadClient::LoadClient(const LoadOptions &options, ClientSpec spec, LoadCounters &counters,
                       LatencyRecord &latencies, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_spec(std::move(spec))
    , m_counters(counters)
    , m_latencies(latencies)
    , m_padding(qMax(0, options.messageBytes - 24), 'x') {
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        Frame connectFrame{Command::Connect,
                           {{"accept-version", "1.2"}, {"host", "/"}, {"heart-beat", "0,0"}},
                           {}};
        for (const auto &[name, value] : m_spec.login)
            connectFrame.add(name, value);
        m_socket.sendTextMessage(QString::fromUtf8(connectFrame.serialize()));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LoadClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_ready)
            --m_counters.ready;
        m_ready = false;
        ++m_counters.failed;
    });
}

void LoadClient::open() {
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols({QStringLiteral("v12.stomp")});
    m_socket.open(m_options.webSocketUrl, handshake);
}

void LoadClient::sendOne() {
    if (!m_ready)
        return;
    const QByteArray stamp = "t=" + QByteArray::number(nowNs()) + ';';
    QByteArray body;
    if (m_options.target == Target::Gonggu)
        body = "{\"type\":\"CHAT\",\"content\":\"" + stamp + m_padding + "\"}";
    else
        body = stamp + m_padding;
    const Frame send{Command::Send, {{"destination", m_spec.sendTo}}, body};
    m_socket.sendTextMessage(QString::fromUtf8(send.serialize()));
    if (m_counters.measuring.load(std::memory_order_relaxed))
        m_counters.sent.fetch_add(1, std::memory_order_relaxed);
}

void LoadClient::onText(const QString &text) {
    m_parser.feed(text.toUtf8());
    for (;;) {
        auto next = m_parser.next();
        if (!next || !next->has_value())
            return;
        const Frame frame = std::move(**next);
        switch (frame.command) {
        case Command::Connected:
            m_socket.sendTextMessage(QString::fromUtf8(Frame{
                Command::Subscribe,
                {{"id", "room"}, {"destination", m_spec.subscribeTo}, {"receipt", "sub"}},
                {}}.serialize()));
            break;
        case Command::Receipt:
            if (!m_ready) {
                m_ready = true;
                ++m_counters.ready;
            }
            break;
        case Command::Message:
            onMessage(frame);
            break;
        default:
            qWarning("load client: %s", frame.body.left(200).constData());
            m_socket.close();
        }
    }
}

void LoadClient::onMessage(const Frame &frame) {
    if (!m_counters.measuring.load(std::memory_order_relaxed))
        return;
    const qsizetype at = frame.body.indexOf("t=");
    if (at < 0)
        return;
    const qsizetype end = frame.body.indexOf(';', at);
    const qint64 sentAt = QByteArrayView(frame.body).sliced(at + 2, end - at - 2).toLongLong();
    m_counters.delivered.fetch_add(1, std::memory_order_relaxed);
    m_latencies.micros.push_back(uint32_t(qMax<qint64>(0, (nowNs() - sentAt) / 1000)));
}

} // namespace gonggu::bench
