#include "enums.h"

#include <array>
#include <utility>

namespace gonggu {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value) {
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QLatin1StringView(name);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            QStringView text) {
    for (const auto &[candidate, name] : table) {
        if (text == QLatin1StringView(name))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array kRoomStatus{
    std::pair{RoomStatus::Active, "ACTIVE"},
    std::pair{RoomStatus::Closed, "CLOSED"},
    std::pair{RoomStatus::Cancelled, "CANCELLED"},
};
constexpr std::array kMessageType{
    std::pair{MessageType::Chat, "CHAT"},
    std::pair{MessageType::System, "SYSTEM"},
    std::pair{MessageType::Notification, "NOTIFICATION"},
};
constexpr std::array kRole{
    std::pair{Role::Seller, "SELLER"},
    std::pair{Role::Participant, "PARTICIPANT"},
    std::pair{Role::Viewer, "VIEWER"},
};
constexpr std::array kSystemEvent{
    std::pair{SystemEvent::Joined, "JOINED"},
    std::pair{SystemEvent::Left, "LEFT"},
    std::pair{SystemEvent::Removed, "REMOVED"},
    std::pair{SystemEvent::Participating, "PARTICIPATING"},
    std::pair{SystemEvent::Closed, "CLOSED"},
    std::pair{SystemEvent::Cancelled, "CANCELLED"},
    std::pair{SystemEvent::Expired, "EXPIRED"},
    std::pair{SystemEvent::ProductUpdated, "PRODUCT_UPDATED"},
    std::pair{SystemEvent::DeadlineExtended, "DEADLINE_EXTENDED"},
    std::pair{SystemEvent::CapacityChanged, "CAPACITY_CHANGED"},
    std::pair{SystemEvent::AppointmentSet, "APPOINTMENT_SET"},
    std::pair{SystemEvent::AppointmentChanged, "APPOINTMENT_CHANGED"},
    std::pair{SystemEvent::AppointmentCancelled, "APPOINTMENT_CANCELLED"},
    std::pair{SystemEvent::RemovedBySeller, "REMOVED_BY_SELLER"},
    std::pair{SystemEvent::Muted, "MUTED"},
    std::pair{SystemEvent::Unmuted, "UNMUTED"},
    std::pair{SystemEvent::Frozen, "FROZEN"},
    std::pair{SystemEvent::Unfrozen, "UNFROZEN"},
};
constexpr std::array kOrderStatus{
    std::pair{OrderStatus::AwaitingPayment, "AWAITING_PAYMENT"},
    std::pair{OrderStatus::Paid, "PAID"},
    std::pair{OrderStatus::HandedOver, "HANDED_OVER"},
    std::pair{OrderStatus::Cancelled, "CANCELLED"},
};
constexpr std::array kAppointmentAnswer{
    std::pair{AppointmentAnswer::Coming, "COMING"},
    std::pair{AppointmentAnswer::NotComing, "NOT_COMING"},
};

} // namespace

QString toString(RoomStatus value) {
    return nameOf(kRoomStatus, value);
}
QString toString(MessageType value) {
    return nameOf(kMessageType, value);
}
QString toString(Role value) {
    return nameOf(kRole, value);
}
QString toString(SystemEvent value) {
    return nameOf(kSystemEvent, value);
}
QString toString(OrderStatus value) {
    return nameOf(kOrderStatus, value);
}
QString toString(AppointmentAnswer value) {
    return nameOf(kAppointmentAnswer, value);
}

std::optional<RoomStatus> roomStatusFromString(QStringView text) {
    return valueOf(kRoomStatus, text);
}
std::optional<MessageType> messageTypeFromString(QStringView text) {
    return valueOf(kMessageType, text);
}
std::optional<Role> roleFromString(QStringView text) {
    return valueOf(kRole, text);
}
std::optional<SystemEvent> systemEventFromString(QStringView text) {
    return valueOf(kSystemEvent, text);
}

std::optional<OrderStatus> orderStatusFromString(QStringView text) {
    return valueOf(kOrderStatus, text);
}
std::optional<AppointmentAnswer> appointmentAnswerFromString(QStringView text) {
    return valueOf(kAppointmentAnswer, text);
}

} // namespace gonggu
