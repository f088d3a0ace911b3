#include "chatmessage.h"

#include "content.h"
#include "jsonfields.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gonggu {

namespace {

// A message id named by a client: a positive 64-bit integer.
std::optional<qint64> messageIdField(JsonFields &fields, QLatin1StringView key, bool required) {
    const auto id = required ? std::optional(fields.integer(key)) : fields.optionalInteger(key);
    if (fields.ok() && id && *id <= 0)
        fields.fail(key, u"a message id is a positive integer"_s);
    return fields.ok() ? id : std::nullopt;
}

} // namespace

void Quote::writeJson(JsonWriter &out) const {
    out.beginObject()
        .key("senderId"_L1)
        .value(senderId)
        .key("senderName"_L1)
        .value(senderName)
        .key("content"_L1)
        .value(content)
        .key("deleted"_L1)
        .value(deleted)
        .endObject();
}

Result<Quote> Quote::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Quote quote;
    quote.senderId = fields.string("senderId"_L1);
    quote.senderName = fields.string("senderName"_L1);
    quote.content = fields.string("content"_L1);
    quote.deleted = fields.boolean("deleted"_L1);
    if (!fields.ok())
        return fields.error();
    return quote;
}

Quote ChatMessage::quoted() const {
    if (isDeleted())
        return {senderId, senderName, QString(), true};
    return {senderId, senderName, shortened(Quote::kQuoteLength).content, false};
}

void ChatMessage::writeJson(JsonWriter &out) const {
    out.beginObject().key("id"_L1).value(id).key("roomId"_L1).value(roomId);
    if (seq != 0) // 0: a message that does not know its place
        out.key("seq"_L1).value(seq);
    out.key("type"_L1)
        .value(gonggu::toString(type))
        .key("senderId"_L1)
        .value(senderId)
        .key("senderName"_L1)
        .value(senderName)
        .key("content"_L1)
        .value(content)
        .key("clientMsgId"_L1);
    if (clientMsgId)
        out.value(*clientMsgId);
    else
        out.null();
    out.key("createdAt"_L1).value(toIsoUtc(createdAt));
    if (event)
        out.key("event"_L1).value(gonggu::toString(*event));
    if (subjectId)
        out.key("subjectId"_L1).value(*subjectId);
    if (subjectName)
        out.key("subjectName"_L1).value(*subjectName);
    if (appointment) {
        out.key("appointment"_L1);
        appointment->writeJson(out);
    }
    if (replyTo)
        out.key("replyTo"_L1).value(*replyTo);
    if (quote) {
        out.key("quote"_L1);
        quote->writeJson(out);
    }
    if (editedAt)
        out.key("editedAt"_L1).value(toIsoUtc(*editedAt));
    if (deletedAt)
        out.key("deletedAt"_L1).value(toIsoUtc(*deletedAt));
    if (!reactions.isEmpty()) {
        out.key("reactions"_L1).beginArray();
        for (const ReactionCount &r : reactions)
            out.beginObject()
                .key("emoji"_L1)
                .value(r.emoji)
                .key("count"_L1)
                .value(qint64(r.count))
                .endObject();
        out.endArray();
    }
    if (!attachments.isEmpty()) {
        out.key("attachments"_L1);
        writeAttachments(out, attachments);
    }
    out.endObject();
}

QByteArray ChatMessage::toCompactJson() const {
    JsonWriter out;
    writeJson(out);
    return out.take();
}

ChatMessage ChatMessage::shortened(int codePoints) const {
    ChatMessage cut = *this;
    qsizetype end = 0;
    for (int n = 0; n < codePoints && end < content.size(); ++n)
        end += content.at(end).isHighSurrogate() && end + 1 < content.size() ? 2 : 1;
    cut.content.truncate(end);
    return cut;
}

ChatMessage ChatMessage::preview() const {
    ChatMessage cut = shortened(kPreviewLength);
    cut.quote.reset();
    return cut;
}

QJsonObject ChatMessage::toJson() const {
    // The writer is the one definition of the wire shape.
    return QJsonDocument::fromJson(toCompactJson()).object();
}

Result<ChatMessage> ChatMessage::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    ChatMessage message;
    message.id = fields.integer("id"_L1);
    message.roomId = fields.integer("roomId"_L1);
    message.seq = fields.optionalInteger("seq"_L1).value_or(0);
    message.type = fields.enumeration("type"_L1, messageTypeFromString);
    message.senderId = fields.string("senderId"_L1);
    message.senderName = fields.string("senderName"_L1);
    message.content = fields.string("content"_L1);
    message.clientMsgId = fields.optionalString("clientMsgId"_L1);
    message.createdAt = fields.time("createdAt"_L1);
    if (message.type == MessageType::System) {
        // An event this build does not know (a newer server's) is shown by its
        // ready sentence, `content`, rather than refusing the whole message; such a
        // message is written again without one, and reads back the same.
        if (const auto event = fields.optionalString("event"_L1))
            message.event = systemEventFromString(*event);
        message.subjectId = fields.optionalString("subjectId"_L1);
        message.subjectName = fields.optionalString("subjectName"_L1);
        if (fields.ok() && json.contains("appointment"_L1)) {
            if (auto a = Appointment::fromJson(fields.object("appointment"_L1)))
                message.appointment = a->withoutAnswers();
            else
                fields.fail("appointment"_L1, a.error().message);
        }
    }
    message.replyTo = messageIdField(fields, "replyTo"_L1, false);
    if (fields.ok() && json.contains("quote"_L1) && !json.value("quote"_L1).isNull()) {
        if (auto quote = Quote::fromJson(fields.object("quote"_L1)))
            message.quote = *quote;
        else
            fields.fail("quote"_L1, quote.error().message);
    }
    message.editedAt = fields.optionalTime("editedAt"_L1);
    message.deletedAt = fields.optionalTime("deletedAt"_L1);
    if (fields.ok() && json.contains("reactions"_L1)) {
        const QJsonValue list = json.value("reactions"_L1);
        if (!list.isArray())
            fields.fail("reactions"_L1, u"an array of {emoji, count}"_s);
        for (const QJsonValue &item : list.toArray()) {
            const QJsonObject object = item.toObject();
            JsonFields reaction(object);
            ReactionCount r{reaction.string("emoji"_L1), int(reaction.integer("count"_L1))};
            if (!reaction.ok() || !item.isObject() || !isReaction(r.emoji) || r.count <= 0) {
                fields.fail("reactions"_L1, u"an array of {emoji, count} from the set"_s);
                break;
            }
            message.reactions.append(r);
        }
    }
    if (fields.ok() && json.contains("attachments"_L1)) {
        if (auto list = attachmentsFromJson(json.value("attachments"_L1).toArray()))
            message.attachments = *list;
        else
            fields.fail("attachments"_L1, list.error().message);
    }
    if (!fields.ok())
        return fields.error();
    return message;
}

QJsonObject SendRequest::toJson() const {
    QJsonObject json{{u"type"_s, gonggu::toString(type)}, {u"content"_s, content}};
    if (clientMsgId)
        json.insert(u"clientMsgId"_s, *clientMsgId);
    if (replyTo)
        json.insert(u"replyTo"_s, *replyTo);
    if (!attachmentIds.isEmpty()) {
        QJsonArray list;
        for (const qint64 id : attachmentIds)
            list.append(QJsonObject{{u"fileId"_s, id}});
        json.insert(u"attachments"_s, list);
    }
    return json;
}

Result<SendRequest> SendRequest::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    SendRequest request;
    request.type = fields.enumeration("type"_L1, messageTypeFromString);
    request.content = fields.string("content"_L1);
    request.clientMsgId = fields.optionalString("clientMsgId"_L1);
    request.replyTo = messageIdField(fields, "replyTo"_L1, false);
    if (!fields.ok())
        return fields.error();
    if (json.contains("attachments"_L1)) {
        auto ids = attachmentIdsFromJson(json.value("attachments"_L1));
        if (!ids)
            return ids.error();
        request.attachmentIds = *ids;
        if (!ids->isEmpty() && request.type != MessageType::Chat)
            return Error{ErrorCode::BadRequest, u"field 'attachments': CHAT messages only"_s,
                         u"attachments"_s};
    }
    if (request.type == MessageType::System)
        return Error{ErrorCode::BadRequest, u"field 'type': SYSTEM messages are the server's"_s};
    if (request.clientMsgId && !isValidClientMsgId(*request.clientMsgId))
        return Error{ErrorCode::BadRequest,
                     u"field 'clientMsgId': 1-64 characters of [A-Za-z0-9_-]"_s};
    // A photo needs no words: empty content is fine when files come with it.
    if (request.content.isEmpty() && !request.attachmentIds.isEmpty())
        return request;
    if (const auto status = validateContent(request.content); !status)
        return status.error();
    return request;
}

QJsonObject EditRequest::toJson() const {
    return {{u"messageId"_s, messageId}, {u"content"_s, content}};
}

Result<EditRequest> EditRequest::fromJson(const QJsonObject &json,
                                          std::optional<qint64> messageId) {
    JsonFields fields(json);
    EditRequest request;
    request.messageId =
        messageId ? *messageId : messageIdField(fields, "messageId"_L1, true).value_or(0);
    request.content = fields.string("content"_L1);
    if (!fields.ok())
        return fields.error();
    if (const auto status = validateContent(request.content); !status)
        return status.error();
    return request;
}

QJsonObject ReactRequest::toJson() const {
    return {{u"messageId"_s, messageId}, {u"emoji"_s, emoji}, {u"on"_s, on}};
}

Result<ReactRequest> ReactRequest::fromJson(const QJsonObject &json,
                                            std::optional<qint64> messageId) {
    JsonFields fields(json);
    ReactRequest request;
    request.messageId =
        messageId ? *messageId : messageIdField(fields, "messageId"_L1, true).value_or(0);
    request.emoji = fields.string("emoji"_L1);
    request.on = fields.boolean("on"_L1);
    if (!fields.ok())
        return fields.error();
    if (!isReaction(request.emoji))
        return Error{ErrorCode::BadRequest, u"field 'emoji': one of "_s + reactionSet().join(u' '),
                     u"emoji"_s};
    return request;
}

QJsonObject MessageRef::toJson() const {
    return {{u"messageId"_s, messageId}};
}

Result<MessageRef> MessageRef::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    MessageRef request;
    request.messageId = messageIdField(fields, "messageId"_L1, true).value_or(0);
    if (!fields.ok())
        return fields.error();
    return request;
}

} // namespace gonggu
