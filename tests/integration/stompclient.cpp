#include "stompclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QWebSocketHandshakeOptions>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

StompTestClient::StompTestClient(QObject *parent)
    : QObject(parent) {
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &StompTestClient::onText);
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
}

bool StompTestClient::open(const QUrl &url) {
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({u"v12.stomp"_s});
    m_socket.open(url, options);
    QDeadlineTimer deadline(5000);
    while (m_socket.state() != QAbstractSocket::ConnectedState && !deadline.hasExpired() &&
           !m_closed)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool StompTestClient::connectWith(const QString &token, bool asPasscode,
                                  const QByteArray &heartbeat) {
    Frame connect{Command::Connect, {}, {}};
    connect.add("accept-version", "1.2").add("host", "gonggu").add("heart-beat", heartbeat);
    if (asPasscode)
        connect.add("passcode", token.toUtf8());
    else
        connect.add("Authorization", "Bearer " + token.toUtf8());
    sendFrame(connect);
    const auto reply = waitFor([](const Frame &f) {
        return f.command == Command::Connected || f.command == Command::Error;
    });
    return reply && reply->command == Command::Connected;
}

void StompTestClient::sendFrame(const Frame &frame) {
    sendRaw(frame.serialize());
}

void StompTestClient::sendRaw(const QByteArray &bytes) {
    m_socket.sendTextMessage(QString::fromUtf8(bytes));
}

void StompTestClient::sendBinary(const QByteArray &bytes) {
    m_socket.sendBinaryMessage(bytes);
}

bool StompTestClient::subscribe(const QByteArray &id, const QString &destination,
                                const QList<std::pair<QByteArray, QByteArray>> &headers) {
    Frame frame{Command::Subscribe, {}, {}};
    const QByteArray receipt = "sub-receipt-" + id;
    frame.add("id", id).add("destination", destination.toUtf8()).add("receipt", receipt);
    for (const auto &[name, value] : headers)
        frame.add(name, value);
    sendFrame(frame);
    return waitForReceipt(receipt).has_value();
}

void StompTestClient::sendChat(qint64 roomId, const QString &content, const QString &clientMsgId,
                               const QByteArray &receipt) {
    QJsonObject body{{u"type"_s, u"CHAT"_s}, {u"content"_s, content}};
    if (!clientMsgId.isEmpty())
        body.insert(u"clientMsgId"_s, clientMsgId);
    Frame frame{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
    frame.add("destination", "/app/chat/" + QByteArray::number(roomId))
        .add("content-type", "application/json");
    if (!receipt.isEmpty())
        frame.add("receipt", receipt);
    sendFrame(frame);
}

void StompTestClient::onText(const QString &text) {
    m_parser.feed(text.toUtf8());
    for (;;) {
        auto next = m_parser.next();
        if (!next || !next->has_value())
            return;
        m_frames.append(std::move(**next));
    }
}

std::optional<Frame> StompTestClient::waitFor(std::function<bool(const Frame &)> predicate,
                                              int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_frames.size(); ++i) {
            if (predicate(m_frames[i]))
                return m_frames.takeAt(i);
        }
        if (deadline.hasExpired())
            return std::nullopt;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

std::optional<Frame> StompTestClient::waitForReceipt(const QByteArray &receiptId, int timeoutMs) {
    return waitFor(
        [&](const Frame &f) {
            return f.command == Command::Receipt && f.header("receipt-id") == receiptId;
        },
        timeoutMs);
}

std::optional<QJsonObject> StompTestClient::waitForMessage(const QString &destination,
                                                           int timeoutMs) {
    const QByteArray wanted = destination.toUtf8();
    const auto frame = waitFor(
        [&](const Frame &f) {
            return f.command == Command::Message && f.header("destination") == wanted;
        },
        timeoutMs);
    if (!frame)
        return std::nullopt;
    return QJsonDocument::fromJson(frame->body).object();
}

std::optional<QJsonObject> StompTestClient::waitForRefusal(int timeoutMs) {
    return waitForMessage(u"/user/queue/errors"_s, timeoutMs);
}

bool StompTestClient::waitForClosed(int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!m_closed && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return m_closed;
}
