#include "roomevent.h"

#include "jsonfields.h"
#include "jsonwriter.h"

using namespace Qt::StringLiterals;

namespace gonggu {

namespace roomevent {

template <typename Kind> void CarriesMessage<Kind>::writeFields(JsonWriter &out) const {
    out.key("message"_L1).raw(json);
}

template <typename Kind> Result<Kind> CarriesMessage<Kind>::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    const QJsonObject message = fields.object("message"_L1);
    if (!fields.ok())
        return fields.error();
    auto decoded = ChatMessage::fromJson(message);
    if (!decoded)
        return decoded.error();
    return of(std::move(*decoded));
}

template struct CarriesMessage<MessageStored>;
template struct CarriesMessage<MessageChanged>;

void RoomChanged::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1).value(id);
}

Result<RoomChanged> RoomChanged::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    RoomChanged event{fields.integer("roomId"_L1)};
    if (!fields.ok())
        return fields.error();
    return event;
}

void RoomCreated::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1).value(id);
}

Result<RoomCreated> RoomCreated::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    RoomCreated event{fields.integer("roomId"_L1)};
    if (!fields.ok())
        return fields.error();
    return event;
}

void MemberRemoved::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1)
        .value(id)
        .key("userId"_L1)
        .value(userId)
        .key("event"_L1)
        .value(gonggu::toString(why));
}

Result<MemberRemoved> MemberRemoved::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    MemberRemoved event;
    event.id = fields.integer("roomId"_L1);
    event.userId = fields.string("userId"_L1);
    event.why = fields.enumeration("event"_L1, systemEventFromString);
    if (!fields.ok())
        return fields.error();
    return event;
}

void StatusChanged::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1).value(id).key("status"_L1).value(gonggu::toString(status));
}

Result<StatusChanged> StatusChanged::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    StatusChanged event;
    event.id = fields.integer("roomId"_L1);
    event.status = fields.enumeration("status"_L1, roomStatusFromString);
    if (!fields.ok())
        return fields.error();
    return event;
}

void PresenceChanged::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1).value(id).key("userId"_L1).value(userId).key("online"_L1).value(online);
}

Result<PresenceChanged> PresenceChanged::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    PresenceChanged event;
    event.id = fields.integer("roomId"_L1);
    event.userId = fields.string("userId"_L1);
    event.online = fields.boolean("online"_L1);
    if (!fields.ok())
        return fields.error();
    return event;
}

void ReadMoved::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1)
        .value(id)
        .key("userId"_L1)
        .value(userId)
        .key("lastReadId"_L1)
        .value(lastReadId);
}

Result<ReadMoved> ReadMoved::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    ReadMoved event;
    event.id = fields.integer("roomId"_L1);
    event.userId = fields.string("userId"_L1);
    event.lastReadId = fields.integer("lastReadId"_L1);
    if (!fields.ok())
        return fields.error();
    return event;
}

void TypingChanged::writeFields(JsonWriter &out) const {
    out.key("roomId"_L1)
        .value(id)
        .key("userId"_L1)
        .value(userId)
        .key("displayName"_L1)
        .value(displayName)
        .key("typing"_L1)
        .value(typing);
}

Result<TypingChanged> TypingChanged::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    TypingChanged event;
    event.id = fields.integer("roomId"_L1);
    event.userId = fields.string("userId"_L1);
    event.displayName = fields.string("displayName"_L1);
    event.typing = fields.boolean("typing"_L1);
    if (!fields.ok())
        return fields.error();
    return event;
}

void Notified::writeFields(JsonWriter &out) const {
    out.key("userId"_L1).value(userId).key("notification"_L1).raw(json);
}

Result<Notified> Notified::fromFields(const QJsonObject &json) {
    JsonFields fields(json);
    const QString userId = fields.string("userId"_L1);
    const QJsonObject notification = fields.object("notification"_L1);
    if (!fields.ok())
        return fields.error();
    auto decoded = UserNotification::fromJson(notification);
    if (!decoded)
        return decoded.error();
    return of(userId, std::move(*decoded));
}

} // namespace roomevent

namespace {

// Tries each kind of the variant in turn; the one whose name matches decodes.
template <typename... Kinds>
Result<RoomEvent> decodeKind(const std::variant<Kinds...> *, QStringView kind,
                             const QJsonObject &json) {
    std::optional<Result<RoomEvent>> decoded;
    const auto tryKind = [&]<typename Kind>(const Kind *) {
        if (decoded || kind != Kind::kind)
            return;
        auto event = Kind::fromFields(json);
        decoded = event ? Result<RoomEvent>(RoomEvent(std::move(*event)))
                        : Result<RoomEvent>(event.error());
    };
    (tryKind(static_cast<const Kinds *>(nullptr)), ...);
    if (!decoded)
        return Error{ErrorCode::BadRequest, u"field 'kind': unknown value '"_s + kind + u'\''};
    return std::move(*decoded);
}

} // namespace

qint64 roomIdOf(const RoomEvent &event) {
    return std::visit([](const auto &e) { return e.roomId(); }, event);
}

QLatin1StringView kindOf(const RoomEvent &event) {
    return std::visit([](const auto &e) { return e.kind; }, event);
}

void writeRoomEvent(JsonWriter &out, const RoomEvent &event) {
    out.beginObject().key("kind"_L1).value(QString(kindOf(event)));
    std::visit([&](const auto &e) { e.writeFields(out); }, event);
    out.endObject();
}

QByteArray toJson(const RoomEvent &event) {
    JsonWriter out;
    writeRoomEvent(out, event);
    return out.take();
}

Result<RoomEvent> roomEventFromJson(const QJsonObject &json) {
    JsonFields fields(json);
    const QString kind = fields.string("kind"_L1);
    if (!fields.ok())
        return fields.error();
    return decodeKind(static_cast<const RoomEvent *>(nullptr), kind, json);
}

} // namespace gonggu
