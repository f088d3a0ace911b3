#include "messagerow.h"

#include "database.h"
#include "messagecipher.h"

#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>
#include <array>

using namespace Qt::StringLiterals;

namespace gonggu::server::messagerow {

namespace {

constexpr std::array<const char *, ColumnCount> kNames = {
    "id",           "room_id",       "type",       "sender_id", "sender_name",
    "content",      "client_msg_id", "created_at", "event",     "subject_id",
    "subject_name", "key_id",        "reply_to",   "edited_at", "deleted_at",
    "attachments",  "appointment",   "seq",
};

QByteArray buildInsertSql(SqlDialect dialect) {
    QByteArray columns;
    QByteArray placeholders;
    for (int c = RoomId; c < Seq; ++c) {
        columns += (c == RoomId ? "" : ", ") + QByteArray(kNames[c]);
        placeholders += c == RoomId ? "?" : ", ?";
    }
    // The room id again, as the first parameter (SQLite's ?1, PostgreSQL's $1).
    const QByteArray room = dialect == SqlDialect::Sqlite ? "?1" : "$1";
    return "INSERT INTO messages (" + columns + ", seq) VALUES (" + placeholders +
           ", (SELECT COALESCE(MAX(seq), 0) + 1 FROM messages WHERE room_id = " + room +
           ")) ON CONFLICT (sender_id, client_msg_id) WHERE client_msg_id IS NOT NULL DO NOTHING "
           "RETURNING id, seq";
}

std::optional<QByteArray> utf8(const std::optional<QString> &text) {
    return text ? std::optional(text->toUtf8()) : std::nullopt;
}

std::optional<QString> optionalText(const QVariant &value) {
    return value.isNull() ? std::nullopt : std::optional(value.toString());
}

} // namespace

QString selectList() {
    static const QString list = [] {
        QString s;
        for (int c = 0; c < ColumnCount; ++c)
            s += (c == 0 ? u""_s : u", "_s) + QLatin1StringView(kNames[c]);
        return s;
    }();
    return list;
}

const char *insertSql(SqlDialect dialect) {
    static const QByteArray sqlite = buildInsertSql(SqlDialect::Sqlite);
    static const QByteArray postgres = buildInsertSql(SqlDialect::Postgres);
    return dialect == SqlDialect::Sqlite ? sqlite.constData() : postgres.constData();
}

StoredContent seal(const MessageCipher *cipher, const QString &content, qint64 roomId,
                   std::optional<int> keyId) {
    if (!cipher)
        return {content.toUtf8(), std::nullopt};
    auto sealed = cipher->seal(content, roomId, keyId);
    return {std::move(sealed.text), sealed.keyId};
}

std::optional<QByteArray> sealAttachments(const MessageCipher *cipher,
                                          const QList<Attachment> &attachments, qint64 roomId,
                                          std::optional<qint64> keyId) {
    if (attachments.isEmpty())
        return std::nullopt;
    JsonWriter out;
    writeAttachments(out, attachments);
    const QString json = QString::fromUtf8(out.take());
    if (!cipher || !keyId)
        return json.toUtf8();
    return cipher->seal(json, roomId, int(*keyId)).text;
}

Result<QList<Attachment>> openAttachments(const MessageCipher *cipher, const QVariant &text,
                                          const QVariant &keyId, qint64 roomId) {
    if (text.isNull())
        return QList<Attachment>();
    auto json = open(cipher, text, keyId, roomId);
    if (!json)
        return json.error();
    return attachmentsFromJson(QJsonDocument::fromJson(json->toUtf8()).array());
}

Result<QString> open(const MessageCipher *cipher, const QVariant &text, const QVariant &keyId,
                     qint64 roomId) {
    if (keyId.isNull())
        return text.toString();
    if (!cipher)
        return Error{ErrorCode::Internal, u"an encrypted message but no key file"_s};
    return cipher->open(keyId.toInt(), text.toString().toLatin1(), roomId);
}

InsertValues::InsertValues(const NewMessage &message, qint64 createdAt, const MessageCipher *cipher)
    : m_roomId(message.roomId)
    , m_type(toString(message.type).toUtf8())
    , m_senderId(message.senderId.toUtf8())
    , m_senderName(message.senderName.toUtf8())
    , m_content(seal(cipher, message.content, message.roomId))
    , m_clientMsgId(utf8(message.clientMsgId))
    , m_createdAt(createdAt)
    , m_event(message.event ? std::optional(toString(*message.event).toUtf8()) : std::nullopt)
    , m_subjectId(utf8(message.subjectId))
    , m_subjectName(utf8(message.subjectName))
    , m_replyTo(message.replyTo)
    , m_attachments(sealAttachments(cipher, message.attachments, message.roomId, m_content.keyId))
    , m_appointment(
          message.appointment
              ? std::optional(
                    QJsonDocument(message.appointment->toJson()).toJson(QJsonDocument::Compact))
              : std::nullopt) {
}

Result<ChatMessage> read(const QSqlQuery &row, const MessageCipher *cipher) {
    ChatMessage message;
    message.id = row.value(Id).toLongLong();
    message.roomId = row.value(RoomId).toLongLong();
    message.seq = row.value(Seq).toLongLong();
    message.type = messageTypeFromString(row.value(Type).toString()).value_or(MessageType::Chat);
    message.senderId = row.value(SenderId).toString();
    message.senderName = row.value(SenderName).toString();
    auto content = open(cipher, row.value(Content), row.value(KeyId), message.roomId);
    if (!content)
        return content.error();
    message.content = *content;
    message.clientMsgId = optionalText(row.value(ClientMsgId));
    message.createdAt = fromMs(row.value(CreatedAt).toLongLong());
    if (const auto event = optionalText(row.value(Event)))
        message.event = systemEventFromString(*event);
    message.subjectId = optionalText(row.value(SubjectId));
    message.subjectName = optionalText(row.value(SubjectName));
    const auto time = [&](Column c) {
        const QVariant v = row.value(c);
        return v.isNull() ? std::nullopt : std::optional(fromMs(v.toLongLong()));
    };
    if (const QVariant v = row.value(ReplyTo); !v.isNull())
        message.replyTo = v.toLongLong();
    message.editedAt = time(EditedAt);
    message.deletedAt = time(DeletedAt);
    auto attachments =
        openAttachments(cipher, row.value(Attachments), row.value(KeyId), message.roomId);
    if (!attachments)
        return attachments.error();
    message.attachments = std::move(*attachments);
    if (const QVariant json = row.value(AppointmentJson); !json.isNull()) {
        const QJsonObject object = QJsonDocument::fromJson(json.toString().toUtf8()).object();
        if (auto appointment = Appointment::fromJson(object)) // written from a checked one
            message.appointment = *appointment;
    }
    return message;
}

} // namespace gonggu::server::messagerow
