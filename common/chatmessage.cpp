#include "chatmessage.h"

#include "content.h"
#include "jsonfields.h"
#include "jsonwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gonggu {

void ChatMessage::writeJson(JsonWriter &out) const {
    out.beginObject()
        .key("id"_L1)
        .value(id)
        .key("roomId"_L1)
        .value(roomId)
        .key("type"_L1)
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

QJsonObject ChatMessage::toJson() const {
    // The writer is the one definition of the wire shape.
    return QJsonDocument::fromJson(toCompactJson()).object();
}

Result<ChatMessage> ChatMessage::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    ChatMessage message;
    message.id = fields.integer("id"_L1);
    message.roomId = fields.integer("roomId"_L1);
    message.type = fields.enumeration("type"_L1, messageTypeFromString);
    message.senderId = fields.string("senderId"_L1);
    message.senderName = fields.string("senderName"_L1);
    message.content = fields.string("content"_L1);
    message.clientMsgId = fields.optionalString("clientMsgId"_L1);
    message.createdAt = fields.time("createdAt"_L1);
    if (message.type == MessageType::System) {
        message.event = fields.enumeration("event"_L1, systemEventFromString);
        message.subjectId = fields.optionalString("subjectId"_L1);
        message.subjectName = fields.optionalString("subjectName"_L1);
    }
    if (!fields.ok())
        return fields.error();
    return message;
}

QJsonObject SendRequest::toJson() const {
    QJsonObject json{{u"type"_s, gonggu::toString(type)}, {u"content"_s, content}};
    if (clientMsgId)
        json.insert(u"clientMsgId"_s, *clientMsgId);
    return json;
}

Result<SendRequest> SendRequest::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    SendRequest request;
    request.type = fields.enumeration("type"_L1, messageTypeFromString);
    request.content = fields.string("content"_L1);
    request.clientMsgId = fields.optionalString("clientMsgId"_L1);
    if (!fields.ok())
        return fields.error();
    if (request.type == MessageType::System)
        return Error{ErrorCode::BadRequest, u"field 'type': SYSTEM messages are the server's"_s};
    if (request.clientMsgId && !isValidClientMsgId(*request.clientMsgId))
        return Error{ErrorCode::BadRequest,
                     u"field 'clientMsgId': 1-64 characters of [A-Za-z0-9_-]"_s};
    if (const auto status = validateContent(request.content); !status)
        return status.error();
    return request;
}

} // namespace gonggu
