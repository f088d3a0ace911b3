#include "chatmessage.h"

#include "content.h"
#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu {

QJsonObject ChatMessage::toJson() const {
    QJsonObject json{
        {u"id"_s, id},
        {u"roomId"_s, roomId},
        {u"type"_s, gonggu::toString(type)},
        {u"senderId"_s, senderId},
        {u"senderName"_s, senderName},
        {u"content"_s, content},
        {u"clientMsgId"_s, clientMsgId ? QJsonValue(*clientMsgId) : QJsonValue()},
        {u"createdAt"_s, toIsoUtc(createdAt)},
    };
    if (event)
        json.insert(u"event"_s, gonggu::toString(*event));
    if (subjectId)
        json.insert(u"subjectId"_s, *subjectId);
    if (subjectName)
        json.insert(u"subjectName"_s, *subjectName);
    return json;
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
