// The enumerations of the wire contract and their exact JSON spellings. They
// carry meta-objects (Q_ENUM_NS) so that the app hands them to QML as they are
// (client/contractenums.h), never as strings.
#pragma once

#include <QObject>
#include <QString>
#include <optional>

namespace gonggu {
Q_NAMESPACE
// RoomStatus::Closed and SystemEvent::Closed: only ever Type.Value in QML.
Q_CLASSINFO("RegisterEnumClassesUnscoped", "false")

enum class RoomStatus { Active, Closed, Cancelled };
Q_ENUM_NS(RoomStatus)
enum class MessageType { Chat, System, Notification };
Q_ENUM_NS(MessageType)
enum class Role { Seller, Participant, Viewer };
Q_ENUM_NS(Role)
enum class SystemEvent {
    Joined,
    Left,
    Removed,
    Participating,
    Closed,
    Cancelled,
    Expired,
    ProductUpdated,
    DeadlineExtended,
    CapacityChanged,
    AppointmentSet,
    AppointmentChanged,
    AppointmentCancelled,
    RemovedBySeller, // the seller (or the trade service) removed a member, with a reason
    Muted,
    Unmuted,
    Frozen, // the chat is read-only for all but the seller
    Unfrozen
};
Q_ENUM_NS(SystemEvent)
// A buyer's order once the buy closed (common/order.h; the transitions are rules::).
enum class OrderStatus { AwaitingPayment, Paid, HandedOver, Cancelled };
Q_ENUM_NS(OrderStatus)
// A buyer's answer to the room's pickup appointment (common/appointment.h).
enum class AppointmentAnswer { Coming, NotComing };
Q_ENUM_NS(AppointmentAnswer)

QString toString(RoomStatus value);
QString toString(MessageType value);
QString toString(Role value);
QString toString(SystemEvent value);
QString toString(OrderStatus value);
QString toString(AppointmentAnswer value);

std::optional<RoomStatus> roomStatusFromString(QStringView text);
std::optional<MessageType> messageTypeFromString(QStringView text);
std::optional<Role> roleFromString(QStringView text);
std::optional<SystemEvent> systemEventFromString(QStringView text);
std::optional<OrderStatus> orderStatusFromString(QStringView text);
std::optional<AppointmentAnswer> appointmentAnswerFromString(QStringView text);

} // namespace gonggu
