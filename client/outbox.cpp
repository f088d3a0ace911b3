#include "outbox.h"

#include "stompconnection.h"

#include "common/chatmessage.h"
#include "common/destinations.h"

#include <QJsonDocument>

namespace gonggu::client {

Outbox::Outbox(StompConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection) {
    connect(&m_connection, &StompConnection::online, this, [this] {
        for (const OutgoingMessage &message : std::as_const(m_pending))
            sendNow(message); // same clientMsgId: never duplicated
    });
    connect(&m_connection, &StompConnection::receipt, this, [this](const QByteArray &receipt) {
        if (const auto sent = takeByReceipt(receipt))
            Q_EMIT delivered(*sent);
    });
    connect(&m_connection, &StompConnection::refused, this,
            [this](const QString &code, const QString &message, const QByteArray &receipt) {
                if (const auto failed = takeByReceipt(receipt))
                    Q_EMIT refused(
                        *failed,
                        {errorCodeFromString(code).value_or(ErrorCode::Internal), message});
            });
}

void Outbox::post(qint64 roomId, const QString &clientMsgId, const QString &content,
                  MessageType type, std::optional<qint64> replyTo) {
    m_pending.removeIf([&](const OutgoingMessage &m) { return m.clientMsgId == clientMsgId; });
    m_pending.append(
        {roomId, clientMsgId, content, "send-" + clientMsgId.toLatin1(), type, replyTo});
    sendNow(m_pending.last());
}

void Outbox::sendNow(const OutgoingMessage &message) {
    const SendRequest request{
        message.type, message.content, message.clientMsgId, message.replyTo, {}};
    // Offline: it stays here and goes out on reconnect.
    m_connection.send(destinations::send(message.roomId),
                      QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                      message.receipt);
}

std::optional<OutgoingMessage> Outbox::takeByReceipt(const QByteArray &receipt) {
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).receipt == receipt)
            return m_pending.takeAt(i);
    }
    return std::nullopt;
}

std::optional<OutgoingMessage> Outbox::findByClientMsgId(const QString &clientMsgId) const {
    for (const OutgoingMessage &message : m_pending) {
        if (message.clientMsgId == clientMsgId)
            return message;
    }
    return std::nullopt;
}

void Outbox::clear() {
    m_pending.clear();
}

} // namespace gonggu::client
