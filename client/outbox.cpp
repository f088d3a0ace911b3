#include "outbox.h"

#include "restclient.h"
#include "stompconnection.h"

#include "common/chatmessage.h"
#include "common/destinations.h"

#include <QJsonDocument>
#include <QPointer>

namespace gonggu::client {

Outbox::Outbox(StompConnection &connection, RestClient &rest, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_rest(rest) {
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
                  MessageType type, std::optional<qint64> replyTo, const QList<LocalFile> &files) {
    // A retry keeps what was uploaded already.
    QList<OutgoingFile> outgoing;
    if (const OutgoingMessage *earlier = find(clientMsgId))
        outgoing = earlier->files;
    if (outgoing.size() != files.size()) {
        outgoing.clear();
        for (const LocalFile &file : files)
            outgoing.append({file, std::nullopt});
    }
    take(clientMsgId);
    m_pending.append(
        {roomId, clientMsgId, content, "send-" + clientMsgId.toLatin1(), type, replyTo, outgoing});
    sendNow(m_pending.last());
}

bool Outbox::cancel(const QString &clientMsgId) {
    if (!find(clientMsgId) || m_sent.contains(clientMsgId))
        return false;
    take(clientMsgId);
    m_rest.abortUpload(clientMsgId); // its coroutine finds the message gone and stops
    return true;
}

OutgoingMessage *Outbox::find(const QString &clientMsgId) {
    for (OutgoingMessage &message : m_pending)
        if (message.clientMsgId == clientMsgId)
            return &message;
    return nullptr;
}

QCoro::Task<> Outbox::uploadThenSend(QString clientMsgId) {
    if (m_uploading.contains(clientMsgId))
        co_return; // already on its way
    m_uploading.insert(clientMsgId);
    QPointer<Outbox> self(this);
    for (;;) {
        OutgoingMessage *message = find(clientMsgId);
        if (!message)
            break; // cancelled
        const qsizetype next = std::find_if(message->files.cbegin(), message->files.cend(),
                                            [](const OutgoingFile &f) { return !f.uploaded; }) -
                               message->files.cbegin();
        if (next == message->files.size()) {
            m_uploading.remove(clientMsgId);
            sendNow(*message); // every file is stored: now the message
            co_return;
        }
        const LocalFile file = message->files.at(next).local;
        const qint64 roomId = message->roomId;
        const qsizetype count = message->files.size();
        auto bytes = file.read();
        auto uploaded =
            bytes ? co_await m_rest.upload(
                        roomId, *bytes, file.name, clientMsgId,
                        [this, clientMsgId, next, count](qint64 sent, qint64 total) {
                            if (total > 0)
                                Q_EMIT uploadProgress(
                                    clientMsgId, (double(next) + double(sent) / total) / count);
                        })
                  : Result<Attachment>(bytes.error());
        if (!self)
            co_return;
        message = find(clientMsgId);
        if (!message)
            break; // cancelled while it uploaded
        if (uploaded) {
            message->files[next].uploaded = *uploaded;
            continue;
        }
        if (uploaded.error().code == ErrorCode::Unavailable)
            break; // no server now: the next reconnect goes on from here
        const auto failed = take(clientMsgId);
        m_uploading.remove(clientMsgId);
        Q_EMIT refused(*failed, uploaded.error());
        co_return;
    }
    m_uploading.remove(clientMsgId);
}

void Outbox::sendNow(const OutgoingMessage &message) {
    QList<qint64> fileIds;
    for (const OutgoingFile &file : message.files) {
        if (!file.uploaded) {
            uploadThenSend(message.clientMsgId); // sends when the files are stored
            return;
        }
        fileIds.append(file.uploaded->fileId);
    }
    m_sent.insert(message.clientMsgId);
    const SendRequest request{message.type, message.content, message.clientMsgId, message.replyTo,
                              fileIds};
    // Offline: it stays here and goes out on reconnect.
    m_connection.send(destinations::send(message.roomId),
                      QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                      message.receipt);
}

std::optional<OutgoingMessage> Outbox::take(const QString &clientMsgId) {
    for (qsizetype i = 0; i < m_pending.size(); ++i)
        if (m_pending.at(i).clientMsgId == clientMsgId)
            return m_pending.takeAt(i);
    return std::nullopt;
}

std::optional<OutgoingMessage> Outbox::takeByReceipt(const QByteArray &receipt) {
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).receipt == receipt) {
            m_sent.remove(m_pending.at(i).clientMsgId);
            return m_pending.takeAt(i);
        }
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
    for (const OutgoingMessage &message : std::exchange(m_pending, {}))
        m_rest.abortUpload(message.clientMsgId);
    m_sent.clear();
}

} // namespace gonggu::client
