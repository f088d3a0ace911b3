#include "outbox.h"

namespace gonggu::client {

const OutgoingMessage &Outbox::add(qint64 roomId, const QString &clientMsgId,
                                   const QString &content) {
    m_pending.append({roomId, clientMsgId, content, "send-" + clientMsgId.toLatin1()});
    return m_pending.last();
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

void Outbox::remove(const QString &clientMsgId) {
    m_pending.removeIf([&](const OutgoingMessage &m) { return m.clientMsgId == clientMsgId; });
}

} // namespace gonggu::client
