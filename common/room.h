#pragma once

#include "appointment.h"
#include "chatmessage.h"
#include "enums.h"
#include "participant.h"
#include "product.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace gonggu {

// One group buy's chat room (room id = product id), as PROTOCOL.md's room JSON.
struct Room {
    qint64 id = 0;
    qint64 productId = 0;
    QString title;
    QString description;
    QString sellerId;
    QString sellerName;
    RoomStatus status = RoomStatus::Active;
    int maxParticipants = 0;
    int minParticipants = 0;
    int participantCount = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    std::optional<QDateTime> closedAt;
    std::optional<Product> product;           // what is sold; absent for rooms opened without one
    std::optional<Appointment> appointment{}; // the pickup, pinned; for those who may read the chat
    bool frozen = false;        // the seller paused the chat: read-only for all but them
    std::optional<Role> myRole; // the caller's role; null for non-members
    std::optional<qint64> lastReadMessageId; // present once read markers apply
    std::optional<int> unreadCount;
    // For the room list: the newest message, its content cut to a preview.
    std::optional<ChatMessage> lastMessage;
    // The seller's newest NOTIFICATION, whole: pinned above the chat however far back.
    std::optional<ChatMessage> pinnedNotice;

    QJsonObject toJson() const;
    static Result<Room> fromJson(const QJsonObject &json);
    friend bool operator==(const Room &, const Room &) = default;
};

// What a seller or the trade service asks for when opening a group buy
// (POST /api/chat/rooms); the server validates it.
struct RoomDraft {
    qint64 productId = 0;
    QString title;
    QString description;
    int maxParticipants = 0;
    int minParticipants = 0;
    QDateTime expiresAt;
    std::optional<Product> product;

    QJsonObject toJson() const;
};

// The state of a room as /topic/room/{id} and GET /api/chat/rooms/{id} carry it.
struct RoomSnapshot {
    Room room;
    QList<Participant> participants;

    QJsonObject toJson() const; // {room, participants}
    static Result<RoomSnapshot> fromJson(const QJsonObject &json);
    friend bool operator==(const RoomSnapshot &, const RoomSnapshot &) = default;
};

} // namespace gonggu
