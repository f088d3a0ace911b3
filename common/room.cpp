#include "room.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu {

QJsonObject Room::toJson() const {
    QJsonObject json{
        {u"id"_s, id},
        {u"productId"_s, productId},
        {u"title"_s, title},
        {u"description"_s, description},
        {u"sellerId"_s, sellerId},
        {u"sellerName"_s, sellerName},
        {u"status"_s, gonggu::toString(status)},
        {u"maxParticipants"_s, maxParticipants},
        {u"minParticipants"_s, minParticipants},
        {u"participantCount"_s, participantCount},
        {u"createdAt"_s, toIsoUtc(createdAt)},
        {u"expiresAt"_s, toIsoUtc(expiresAt)},
        {u"closedAt"_s, toIsoUtcOrNull(closedAt)},
        {u"myRole"_s, myRole ? QJsonValue(gonggu::toString(*myRole)) : QJsonValue()},
    };
    if (lastReadMessageId)
        json.insert(u"lastReadMessageId"_s, *lastReadMessageId);
    if (unreadCount)
        json.insert(u"unreadCount"_s, *unreadCount);
    // Absent when there is none, as the other per-room extensions.
    if (product)
        json.insert(u"product"_s, product->toJson());
    if (appointment)
        json.insert(u"appointment"_s, appointment->toJson());
    if (frozen)
        json.insert(u"frozen"_s, true);
    if (lastMessage)
        json.insert(u"lastMessage"_s, lastMessage->toJson());
    if (pinnedNotice)
        json.insert(u"pinnedNotice"_s, pinnedNotice->toJson());
    return json;
}

Result<Room> Room::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Room room;
    room.id = fields.integer("id"_L1);
    room.productId = fields.integer("productId"_L1);
    room.title = fields.string("title"_L1);
    room.description = fields.string("description"_L1);
    room.sellerId = fields.string("sellerId"_L1);
    room.sellerName = fields.string("sellerName"_L1);
    room.status = fields.enumeration("status"_L1, roomStatusFromString);
    room.maxParticipants = int(fields.integer("maxParticipants"_L1));
    room.minParticipants = int(fields.integer("minParticipants"_L1));
    room.participantCount = int(fields.integer("participantCount"_L1));
    room.createdAt = fields.time("createdAt"_L1);
    room.expiresAt = fields.time("expiresAt"_L1);
    room.closedAt = fields.optionalTime("closedAt"_L1);
    room.myRole = fields.optionalEnumeration("myRole"_L1, roleFromString);
    room.lastReadMessageId = fields.optionalInteger("lastReadMessageId"_L1);
    if (const auto unread = fields.optionalInteger("unreadCount"_L1))
        room.unreadCount = int(*unread);
    if (!fields.ok())
        return fields.error();
    if (const QJsonValue value = json.value("product"_L1);
        !value.isUndefined() && !value.isNull()) {
        const auto product = Product::fromJson(value.toObject());
        if (!value.isObject() || !product)
            return Error{ErrorCode::BadRequest, u"product is not a product"_s, u"product"_s};
        room.product = *product;
    }
    if (const QJsonValue frozen = json.value("frozen"_L1);
        !frozen.isUndefined() && !frozen.isNull()) {
        if (!frozen.isBool())
            return Error{ErrorCode::BadRequest, u"frozen is true or false"_s, u"frozen"_s};
        room.frozen = frozen.toBool();
    }
    if (const QJsonValue value = json.value("appointment"_L1);
        !value.isUndefined() && !value.isNull()) {
        const auto appointment = Appointment::fromJson(value.toObject());
        if (!value.isObject() || !appointment)
            return Error{ErrorCode::BadRequest, u"appointment is not an appointment"_s,
                         u"appointment"_s};
        room.appointment = *appointment;
    }
    // Older servers send neither: absent and null mean "none".
    for (auto [key, into] : {std::pair{u"lastMessage"_s, &room.lastMessage},
                             std::pair{u"pinnedNotice"_s, &room.pinnedNotice}}) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        auto message = ChatMessage::fromJson(value.toObject());
        if (!value.isObject() || !message)
            return Error{ErrorCode::BadRequest, key + u" is not a message"_s, key};
        *into = *message;
    }
    return room;
}

QJsonObject RoomDraft::toJson() const {
    QJsonObject json{{u"productId"_s, productId},
                     {u"title"_s, title},
                     {u"description"_s, description},
                     {u"maxParticipants"_s, maxParticipants},
                     {u"minParticipants"_s, minParticipants},
                     {u"expiresAt"_s, toIsoUtc(expiresAt)}};
    if (product)
        json.insert(u"product"_s, product->toJson());
    return json;
}

QJsonObject RoomSnapshot::toJson() const {
    return {{u"room"_s, room.toJson()}, {u"participants"_s, gonggu::toJson(participants)}};
}

Result<RoomSnapshot> RoomSnapshot::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    const QJsonObject roomJson = fields.object("room"_L1);
    if (!fields.ok())
        return fields.error();
    auto room = Room::fromJson(roomJson);
    if (!room)
        return room.error();
    auto participants = participantsFromJson(json.value(u"participants"_s));
    if (!participants)
        return participants.error();
    return RoomSnapshot{std::move(room).value(), std::move(participants).value()};
}

} // namespace gonggu
