// Messages typed but not yet committed by the server. Each keeps its
// clientMsgId, so sending it again after a reconnect can never create a
// duplicate. The outbox sends over the shared connection, resends everything
// still pending after each reconnect (in the order it was typed), and says when
// the server confirmed or refused a message, whichever room it belongs to.
#pragma once

#include "common/enums.h"
#include "common/errorcode.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

namespace gonggu::client {

class StompConnection;

struct OutgoingMessage {
    qint64 roomId = 0;
    QString clientMsgId;
    QString content;
    QByteArray receipt;                   // = "send-" + clientMsgId
    MessageType type = MessageType::Chat; // or NOTIFICATION, the seller's announcement
    std::optional<qint64> replyTo;
};

class Outbox : public QObject {
    Q_OBJECT
public:
    explicit Outbox(StompConnection &connection, QObject *parent = nullptr);

    // Queues the message and sends it now if the connection is up.
    void post(qint64 roomId, const QString &clientMsgId, const QString &content,
              MessageType type = MessageType::Chat, std::optional<qint64> replyTo = std::nullopt);
    std::optional<OutgoingMessage> findByClientMsgId(const QString &clientMsgId) const;
    // In the order they were typed.
    const QList<OutgoingMessage> &pending() const { return m_pending; }
    bool isEmpty() const { return m_pending.isEmpty(); }
    void clear(); // signed out: nothing is sent for the next user

Q_SIGNALS:
    void delivered(const gonggu::client::OutgoingMessage &message); // durably committed
    void refused(const gonggu::client::OutgoingMessage &message, const gonggu::Error &error);

private:
    void sendNow(const OutgoingMessage &message);
    std::optional<OutgoingMessage> takeByReceipt(const QByteArray &receipt);

    StompConnection &m_connection;
    QList<OutgoingMessage> m_pending;
};

} // namespace gonggu::client
