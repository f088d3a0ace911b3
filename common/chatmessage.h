#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace gonggu {

class JsonWriter;

// A persisted message as it travels in MESSAGE frames and history pages.
struct ChatMessage {
    qint64 id = 0;
    qint64 roomId = 0;
    MessageType type = MessageType::Chat;
    QString senderId;
    QString senderName;
    QString content;
    std::optional<QString> clientMsgId;
    QDateTime createdAt;
    // SYSTEM messages only: what happened, and to whom.
    std::optional<SystemEvent> event;
    std::optional<QString> subjectId;
    std::optional<QString> subjectName;

    // The same message with `content` cut to its first `codePoints` (a preview or quote).
    ChatMessage shortened(int codePoints) const;
    // What a room list shows of the newest message (the contract's lastMessage).
    ChatMessage preview() const { return shortened(kPreviewLength); }
    static constexpr int kPreviewLength = 100; // code points

    void writeJson(JsonWriter &out) const;
    QByteArray toCompactJson() const; // what MESSAGE frames and history pages carry
    QJsonObject toJson() const;
    static Result<ChatMessage> fromJson(const QJsonObject &json);
    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

// The body of a STOMP SEND to /app/chat/{roomId}.
struct SendRequest {
    MessageType type = MessageType::Chat; // CHAT or NOTIFICATION
    QString content;
    std::optional<QString> clientMsgId;

    QJsonObject toJson() const;
    // Decodes and validates (type, content rules, clientMsgId shape).
    static Result<SendRequest> fromJson(const QJsonObject &json);
};

} // namespace gonggu
