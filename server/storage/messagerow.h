// The messages table's columns, defined once: the order of every SELECT and of
// the INSERT, what a message stores in each (text as UTF-8, the content sealed
// with its key id) and how a row reads back. Both insert paths (QtSql, and
// SQLite's own API for the hot path), the history reads and the re-encryption
// pass are built from this, so a new column is one entry here.
#pragma once

#include "database.h"
#include "rooms/roomrecords.h"

#include "common/result.h"

#include <QByteArray>
#include <QSqlQuery>
#include <optional>
#include <span>

namespace gonggu::server {

class MessageCipher;

namespace messagerow {

enum Column : int {
    Id,
    RoomId,
    Type,
    SenderId,
    SenderName,
    Content,
    ClientMsgId,
    CreatedAt,
    Event,
    SubjectId,
    SubjectName,
    KeyId, // the key that sealed `content`; NULL for plaintext rows
    ReplyTo,
    EditedAt,
    DeletedAt,
    Attachments, // JSON of the files, sealed under key_id like content; NULL when none
    // A SYSTEM message's pickup appointment, as JSON: plain like the room's own copy
    // (rooms.appointment), never edited, so no key rotation touches it.
    AppointmentJson,
    // The message's place in its room (1, 2, 3, ...): inserted as one more than the
    // room's largest, which the room's lock (StorageThread) keeps to one writer.
    Seq,
    ColumnCount
};

// "id, room_id, ..., key_id": a SELECT list whose positions are the Column values.
QString selectList();
// The insert of every column but id and seq (positions 1..Seq-1 are the Column
// values; seq is computed from the room id at position 1); a re-sent (sender,
// clientMsgId) inserts nothing, else it returns the new row's id and seq.
const char *insertSql(SqlDialect dialect);

// `content` as stored: sealed when there is a cipher, else the UTF-8 text.
struct StoredContent {
    QByteArray text;
    std::optional<qint64> keyId;
};
StoredContent seal(const MessageCipher *cipher, const QString &content, qint64 roomId,
                   std::optional<int> keyId = {});
// The attachments column of a message, sealed under the key of its content.
std::optional<QByteArray> sealAttachments(const MessageCipher *cipher,
                                          const QList<Attachment> &attachments, qint64 roomId,
                                          std::optional<qint64> keyId);
Result<QList<Attachment>> openAttachments(const MessageCipher *cipher, const QVariant &text,
                                          const QVariant &keyId, qint64 roomId);
Result<QString> open(const MessageCipher *cipher, const QVariant &text, const QVariant &keyId,
                     qint64 roomId);

// One message's values for the insert. A value is a qint64, UTF-8 text
// (QByteArray), or an optional of either (nullopt is NULL).
class InsertValues {
public:
    InsertValues(const NewMessage &message, qint64 createdAt, const MessageCipher *cipher);

    // Calls bind(column, value) for every inserted column.
    template <typename Bind> void forEach(Bind &&bind) const {
        bind(RoomId, m_roomId);
        bind(Type, m_type);
        bind(SenderId, m_senderId);
        bind(SenderName, m_senderName);
        bind(Content, m_content.text);
        bind(ClientMsgId, m_clientMsgId);
        bind(CreatedAt, m_createdAt);
        bind(Event, m_event);
        bind(SubjectId, m_subjectId);
        bind(SubjectName, m_subjectName);
        bind(KeyId, m_content.keyId);
        bind(ReplyTo, m_replyTo);
        bind(EditedAt, std::optional<qint64>());
        bind(DeletedAt, std::optional<qint64>());
        bind(Attachments, m_attachments);
        bind(AppointmentJson, m_appointment);
    }

private:
    qint64 m_roomId;
    QByteArray m_type;
    QByteArray m_senderId;
    QByteArray m_senderName;
    StoredContent m_content;
    std::optional<QByteArray> m_clientMsgId;
    qint64 m_createdAt;
    std::optional<QByteArray> m_event;
    std::optional<QByteArray> m_subjectId;
    std::optional<QByteArray> m_subjectName;
    std::optional<qint64> m_replyTo;
    std::optional<QByteArray> m_attachments;
    std::optional<QByteArray> m_appointment;
};

// A row selected with selectList(), its content opened (without its quote: the
// quoted row is read apart, repository::attachQuotes).
Result<ChatMessage> read(const QSqlQuery &row, const MessageCipher *cipher);

} // namespace messagerow
} // namespace gonggu::server
