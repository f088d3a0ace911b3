// Messages typed but not yet committed by the server. Each keeps its clientMsgId,
// so sending it again after a reconnect can never create a duplicate.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace gonggu::client {

struct OutgoingMessage {
    qint64 roomId = 0;
    QString clientMsgId;
    QString content;
    QByteArray receipt; // = "send-" + clientMsgId
};

class Outbox {
public:
    const OutgoingMessage &add(qint64 roomId, const QString &clientMsgId, const QString &content);
    std::optional<OutgoingMessage> takeByReceipt(const QByteArray &receipt);
    std::optional<OutgoingMessage> findByClientMsgId(const QString &clientMsgId) const;
    void remove(const QString &clientMsgId);
    // In the order they were typed, for resending after a reconnect.
    const QList<OutgoingMessage> &pending() const { return m_pending; }
    bool isEmpty() const { return m_pending.isEmpty(); }

private:
    QList<OutgoingMessage> m_pending;
};

} // namespace gonggu::client
