#include "usernotification.h"

#include "jsonfields.h"
#include "jsonwriter.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gonggu {

QString toString(UserNotification::Type type) {
    switch (type) {
    case UserNotification::Type::RoomStatus:
        return u"ROOM_STATUS"_s;
    case UserNotification::Type::RoomRemoved:
        return u"ROOM_REMOVED"_s;
    case UserNotification::Type::Announcement:
        return u"NOTIFICATION"_s;
    case UserNotification::Type::OrderChanged:
        return u"ORDER_STATUS"_s;
    case UserNotification::Type::PaymentReminder:
        return u"PAYMENT_REMINDER"_s;
    case UserNotification::Type::AppointmentChanged:
        return u"APPOINTMENT_CHANGED"_s;
    case UserNotification::Type::AppointmentCancelled:
        return u"APPOINTMENT_CANCELLED"_s;
    case UserNotification::Type::AppointmentReminder:
        return u"APPOINTMENT_REMINDER"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<UserNotification::Type> userNotificationTypeFromString(QStringView text) {
    for (auto type :
         {UserNotification::Type::RoomStatus, UserNotification::Type::RoomRemoved,
          UserNotification::Type::Announcement, UserNotification::Type::OrderChanged,
          UserNotification::Type::PaymentReminder, UserNotification::Type::AppointmentChanged,
          UserNotification::Type::AppointmentCancelled,
          UserNotification::Type::AppointmentReminder}) {
        if (text == toString(type))
            return type;
    }
    return std::nullopt;
}

QByteArray UserNotification::toCompactJson() const {
    JsonWriter out;
    out.beginObject();
    if (id > 0)
        out.key("id"_L1).value(id);
    out.key("type"_L1).value(toString(type));
    out.key("roomId"_L1).value(roomId);
    out.key("roomTitle"_L1).value(roomTitle);
    out.key("createdAt"_L1).value(toIsoUtc(createdAt));
    if (status)
        out.key("status"_L1).value(gonggu::toString(*status));
    if (reason)
        out.key("reason"_L1).value(gonggu::toString(*reason));
    if (note)
        out.key("note"_L1).value(*note);
    if (message)
        out.key("message"_L1).raw(message->toCompactJson());
    if (order)
        out.key("order"_L1).raw(QJsonDocument(order->toJson()).toJson(QJsonDocument::Compact));
    if (appointment) {
        out.key("appointment"_L1);
        appointment->writeJson(out);
    }
    out.endObject();
    return out.take();
}

Result<UserNotification> UserNotification::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    UserNotification n;
    const auto id = fields.optionalInteger("id"_L1);
    if (id && *id <= 0)
        fields.fail("id"_L1, u"ids are positive"_s);
    n.id = id.value_or(0);
    n.type = fields.enumeration("type"_L1, userNotificationTypeFromString);
    n.roomId = fields.integer("roomId"_L1);
    n.roomTitle = fields.string("roomTitle"_L1);
    n.createdAt = fields.time("createdAt"_L1);
    n.status = fields.optionalEnumeration("status"_L1, roomStatusFromString);
    n.reason = fields.optionalEnumeration("reason"_L1, systemEventFromString);
    n.note = fields.optionalString("note"_L1);
    if (!fields.ok())
        return fields.error();
    if (json.contains("message"_L1)) {
        if (!json.value("message"_L1).isObject())
            return Error{ErrorCode::BadRequest, u"field 'message': expected an object"_s};
        auto message = ChatMessage::fromJson(json.value("message"_L1).toObject());
        if (!message)
            return message.error();
        n.message = std::move(*message);
    }
    if (json.contains("order"_L1)) {
        if (!json.value("order"_L1).isObject())
            return Error{ErrorCode::BadRequest, u"field 'order': expected an object"_s};
        auto order = Order::fromJson(json.value("order"_L1).toObject());
        if (!order)
            return order.error();
        n.order = std::move(*order);
    }
    if (json.contains("appointment"_L1)) {
        if (!json.value("appointment"_L1).isObject())
            return Error{ErrorCode::BadRequest, u"field 'appointment': expected an object"_s};
        auto appointment = Appointment::fromJson(json.value("appointment"_L1).toObject());
        if (!appointment)
            return appointment.error();
        n.appointment = appointment->withoutAnswers();
    }
    // Each type has its one detail.
    const auto [complete, detail] = [&] {
        switch (n.type) {
        case Type::RoomStatus:
            return std::pair(n.status.has_value(), u"status"_s);
        case Type::RoomRemoved:
            return std::pair(n.reason.has_value(), u"reason"_s);
        case Type::Announcement:
            return std::pair(n.message.has_value(), u"message"_s);
        case Type::OrderChanged:
        case Type::PaymentReminder:
            return std::pair(n.order.has_value(), u"order"_s);
        case Type::AppointmentChanged:
        case Type::AppointmentCancelled:
        case Type::AppointmentReminder:
            return std::pair(n.appointment.has_value(), u"appointment"_s);
        }
        Q_UNREACHABLE();
        return std::pair(false, QString());
    }();
    if (!complete)
        return Error{ErrorCode::BadRequest,
                     u"field '"_s + detail + u"': required for "_s + toString(n.type), detail};
    return n;
}

} // namespace gonggu
