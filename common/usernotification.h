// What one user is told outside the chat: the SSE stream
// (GET /api/notifications/stream) and /user/queue/notifications carry the same
// JSON, under the same id, so a client that reconnects says where it left off.
#pragma once

#include "appointment.h"
#include "chatmessage.h"
#include "enums.h"
#include "order.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace gonggu {

struct UserNotification {
    enum class Type {
        RoomStatus,         // "ROOM_STATUS": a room of theirs was closed or cancelled
        RoomRemoved,        // "ROOM_REMOVED": they were removed from a room
        Announcement,       // "NOTIFICATION": the seller or the trade service announced
        OrderChanged,       // "ORDER_STATUS": a buyer's order moved (to that buyer and the seller)
        PaymentReminder,    // "PAYMENT_REMINDER": the seller asks a buyer who has not paid yet
        AppointmentChanged, // "APPOINTMENT_CHANGED": the pickup moved (to those who answered)
        AppointmentCancelled, // "APPOINTMENT_CANCELLED": the pickup was called off (likewise)
        AppointmentReminder,  // "APPOINTMENT_REMINDER": the pickup is in an hour
    };

    qint64 id = 0; // 0 until stored
    Type type = Type::RoomStatus;
    qint64 roomId = 0;
    QString roomTitle;
    QDateTime createdAt;
    std::optional<RoomStatus> status;         // ROOM_STATUS
    std::optional<SystemEvent> reason;        // ROOM_REMOVED
    std::optional<QString> note{};            // ROOM_REMOVED by the seller: why, in their words
    std::optional<ChatMessage> message;       // NOTIFICATION
    std::optional<Order> order;               // ORDER_STATUS, PAYMENT_REMINDER (never an address)
    std::optional<Appointment> appointment{}; // APPOINTMENT_*: as it is now (or was), no answers

    QByteArray toCompactJson() const;
    static Result<UserNotification> fromJson(const QJsonObject &json);
    friend bool operator==(const UserNotification &, const UserNotification &) = default;
};

QString toString(UserNotification::Type type);
std::optional<UserNotification::Type> userNotificationTypeFromString(QStringView text);

} // namespace gonggu
