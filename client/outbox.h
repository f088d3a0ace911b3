// Messages typed but not yet committed by the server. Each keeps its
// clientMsgId, so sending it again after a reconnect can never create a
// duplicate. The outbox sends over the shared connection, resends everything
// still pending after each reconnect (in the order it was typed), and says when
// the server confirmed or refused a message, whichever room it belongs to.
// A message with files first uploads them, one after the other, over REST; when
// that finds no server (offline), the message waits like text and the uploads
// go on, from the first file not yet stored, at the next reconnect.
#pragma once

#include "localfile.h"

#include "common/attachment.h"
#include "common/enums.h"
#include "common/errorcode.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <optional>
#include <qcoro/qcorotask.h>

namespace gonggu::client {

class RestClient;
class StompConnection;

struct OutgoingFile {
    LocalFile local;
    std::optional<Attachment> uploaded; // what the server stored, once it has
};

struct OutgoingMessage {
    qint64 roomId = 0;
    QString clientMsgId;
    QString content;
    QByteArray receipt;                   // = "send-" + clientMsgId
    MessageType type = MessageType::Chat; // or NOTIFICATION, the seller's announcement
    std::optional<qint64> replyTo;
    QList<OutgoingFile> files;
};

class Outbox : public QObject {
    Q_OBJECT
public:
    Outbox(StompConnection &connection, RestClient &rest, QObject *parent = nullptr);

    // Queues the message and sends it now if the connection is up (its files first).
    void post(qint64 roomId, const QString &clientMsgId, const QString &content,
              MessageType type = MessageType::Chat, std::optional<qint64> replyTo = std::nullopt,
              const QList<LocalFile> &files = {});
    // Stops a message whose files are still uploading, and forgets it; false if
    // it is not in the outbox or is already sent (awaiting its receipt).
    bool cancel(const QString &clientMsgId);
    std::optional<OutgoingMessage> findByClientMsgId(const QString &clientMsgId) const;
    // In the order they were typed.
    const QList<OutgoingMessage> &pending() const { return m_pending; }
    bool isEmpty() const { return m_pending.isEmpty(); }
    void clear(); // signed out: nothing is sent for the next user

Q_SIGNALS:
    void delivered(const gonggu::client::OutgoingMessage &message); // durably committed
    void refused(const gonggu::client::OutgoingMessage &message, const gonggu::Error &error);
    // Of all its files' bytes, the share uploaded (0..1).
    void uploadProgress(const QString &clientMsgId, double fraction);

private:
    void sendNow(const OutgoingMessage &message);
    QCoro::Task<> uploadThenSend(QString clientMsgId);
    OutgoingMessage *find(const QString &clientMsgId);
    std::optional<OutgoingMessage> take(const QString &clientMsgId);
    std::optional<OutgoingMessage> takeByReceipt(const QByteArray &receipt);

    StompConnection &m_connection;
    RestClient &m_rest;
    QList<OutgoingMessage> m_pending;
    QSet<QString> m_uploading; // messages whose files are on their way now
    QSet<QString> m_sent;      // SENT, awaiting the receipt: too late to cancel
};

} // namespace gonggu::client
