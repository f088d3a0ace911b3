#pragma once

#include "appointment.h"
#include "attachment.h"
#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace gonggu {

class JsonWriter;

// What a reply shows of the message it answers: who wrote it and its first
// kQuoteLength code points, or only that it was deleted (no content then).
struct Quote {
    QString senderId;
    QString senderName;
    QString content;
    bool deleted = false;

    static constexpr int kQuoteLength = 100; // code points
    void writeJson(JsonWriter &out) const;
    static Result<Quote> fromJson(const QJsonObject &json);
    friend bool operator==(const Quote &, const Quote &) = default;
};

// How many members gave a message one reaction.
struct ReactionCount {
    QString emoji;
    int count = 0;
    friend bool operator==(const ReactionCount &, const ReactionCount &) = default;
};

// A persisted message as it travels in MESSAGE frames and history pages.
struct ChatMessage {
    qint64 id = 0;
    qint64 roomId = 0;
    // Its place in the room, counted without gaps from 1 (0: not known, as in a
    // message from an older server). Within a room ids increase in the same order.
    qint64 seq = 0;
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
    // APPOINTMENT_SET and APPOINTMENT_CHANGED: the appointment as then set (no answers).
    std::optional<Appointment> appointment{};
    // A reply names the message it answers; `quote` shows it (absent if it is gone).
    std::optional<qint64> replyTo;
    std::optional<Quote> quote;
    // Set once edited (the last edit), or deleted: a deleted message keeps its place
    // as a tombstone with empty content.
    std::optional<QDateTime> editedAt;
    std::optional<QDateTime> deletedAt;
    // In reactionSet() order, only those given (absent from the JSON when none).
    QList<ReactionCount> reactions;
    // CHAT messages: the files it carries, in the order the sender gave them.
    QList<Attachment> attachments;

    bool isDeleted() const { return deletedAt.has_value(); }
    // How a reply to this message quotes it.
    Quote quoted() const;

    // The same message with `content` cut to its first `codePoints` (a preview or quote).
    ChatMessage shortened(int codePoints) const;
    // What a room list shows of the newest message (the contract's lastMessage): no
    // quote, which would keep another message's text (maybe deleted since).
    ChatMessage preview() const;
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
    std::optional<qint64> replyTo; // a message of the same room
    // Files uploaded to the room by the sender; with any, content may be empty.
    QList<qint64> attachmentIds;

    QJsonObject toJson() const;
    // Decodes and validates (type, content rules, clientMsgId shape).
    static Result<SendRequest> fromJson(const QJsonObject &json);
};

// An edit of one's own message: its new content (REST: PATCH .../messages/{id};
// STOMP: SEND /app/chat/{roomId}/edit with messageId).
struct EditRequest {
    qint64 messageId = 0;
    QString content;

    QJsonObject toJson() const;
    // `messageId` from the body unless the path gave it.
    static Result<EditRequest> fromJson(const QJsonObject &json,
                                        std::optional<qint64> messageId = std::nullopt);
    friend bool operator==(const EditRequest &, const EditRequest &) = default;
};

// A reaction given or taken back: SEND /app/chat/{roomId}/react {messageId, emoji,
// on}, or POST .../messages/{id}/reactions {emoji, on}. Absolute, so a retry is
// harmless.
struct ReactRequest {
    qint64 messageId = 0;
    QString emoji;
    bool on = true;

    QJsonObject toJson() const;
    static Result<ReactRequest> fromJson(const QJsonObject &json,
                                         std::optional<qint64> messageId = std::nullopt);
    friend bool operator==(const ReactRequest &, const ReactRequest &) = default;
};

// A body naming one message, {messageId}: SEND /app/chat/{roomId}/delete and /read,
// POST .../read.
struct MessageRef {
    qint64 messageId = 0;

    QJsonObject toJson() const;
    static Result<MessageRef> fromJson(const QJsonObject &json);
    friend bool operator==(const MessageRef &, const MessageRef &) = default;
};

} // namespace gonggu
