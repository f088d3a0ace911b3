// Everything that happens in a room, as one type. The server's domain emits each
// committed event once; every consumer (STOMP delivery, the Redis bridge between
// instances, the app's room) dispatches on the kind with std::visit and no
// catch-all, so a new kind fails to compile until each of them handles it.
//
// A new kind is one struct below with `kind`, `roomId()`, `writeFields()` and
// `fromFields()`, added to the RoomEvent variant; the codec picks it up by itself.
#pragma once

#include "chatmessage.h"
#include "enums.h"
#include "overloaded.h"
#include "result.h"
#include "usernotification.h"

#include <QByteArray>
#include <QJsonObject>
#include <variant>

namespace gonggu {

class JsonWriter;

namespace roomevent {

// What the kinds that carry a whole message share: the message and its wire JSON,
// serialized once and shared by every transport that delivers it.
template <typename Kind> struct CarriesMessage {
    ChatMessage message;
    QByteArray json;

    static Kind of(ChatMessage message) {
        Kind event;
        event.json = message.toCompactJson();
        event.message = std::move(message);
        return event;
    }
    qint64 roomId() const { return message.roomId; }
    void writeFields(JsonWriter &out) const;
    static Result<Kind> fromFields(const QJsonObject &json);
    friend bool operator==(const CarriesMessage &, const CarriesMessage &) = default;
};

// A message was committed.
struct MessageStored : CarriesMessage<MessageStored> {
    static constexpr QLatin1StringView kind{"message"};
};

// A committed message changed in place: edited, or deleted (then a tombstone with
// empty content). Clients replace the message they show by id.
struct MessageChanged : CarriesMessage<MessageChanged> {
    static constexpr QLatin1StringView kind{"changed"};
};

// The room's row or its members changed (join, leave, presence, status): the
// committed row is the truth, so this says only where to look.
struct RoomChanged {
    static constexpr QLatin1StringView kind{"room"};
    qint64 id = 0;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<RoomChanged> fromFields(const QJsonObject &json);
    friend bool operator==(const RoomChanged &, const RoomChanged &) = default;
};

// A group buy was opened (its room created): lists of recruiting rooms show it.
struct RoomCreated {
    static constexpr QLatin1StringView kind{"created"};
    qint64 id = 0;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<RoomCreated> fromFields(const QJsonObject &json);
    friend bool operator==(const RoomCreated &, const RoomCreated &) = default;
};

// A member is out of the room: they left, or closing removed them as a viewer.
struct MemberRemoved {
    static constexpr QLatin1StringView kind{"removed"};
    qint64 id = 0;
    QString userId;
    SystemEvent why = SystemEvent::Removed;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<MemberRemoved> fromFields(const QJsonObject &json);
    friend bool operator==(const MemberRemoved &, const MemberRemoved &) = default;
};

// The room was settled: ACTIVE -> CLOSED or CANCELLED.
struct StatusChanged {
    static constexpr QLatin1StringView kind{"status"};
    qint64 id = 0;
    RoomStatus status = RoomStatus::Active;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<StatusChanged> fromFields(const QJsonObject &json);
    friend bool operator==(const StatusChanged &, const StatusChanged &) = default;
};

// A member's presence changed: their first session opened, or their last one
// closed. Not persisted.
struct PresenceChanged {
    static constexpr QLatin1StringView kind{"presence"};
    qint64 id = 0;
    QString userId;
    bool online = false;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<PresenceChanged> fromFields(const QJsonObject &json);
    friend bool operator==(const PresenceChanged &, const PresenceChanged &) = default;
};

// A member's read marker moved forward: they have read up to `lastReadId`.
// Not a change of the room: it goes to those who count unread messages.
struct ReadMoved {
    static constexpr QLatin1StringView kind{"read"};
    qint64 id = 0;
    QString userId;
    qint64 lastReadId = 0;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<ReadMoved> fromFields(const QJsonObject &json);
    friend bool operator==(const ReadMoved &, const ReadMoved &) = default;
};

// A member started or stopped typing. Not persisted; each instance keeps who is
// typing from these (rooms/typingtracker.h).
struct TypingChanged {
    static constexpr QLatin1StringView kind{"typing"};
    qint64 id = 0;
    QString userId;
    QString displayName;
    bool typing = false;

    qint64 roomId() const { return id; }
    void writeFields(JsonWriter &out) const;
    static Result<TypingChanged> fromFields(const QJsonObject &json);
    friend bool operator==(const TypingChanged &, const TypingChanged &) = default;
};

// A notification, committed with the change it tells of: for one member
// (`userId`), or for every member of the room (`userId` empty). Its JSON goes out
// on /user/queue/notifications and the SSE stream as it is.
struct Notified {
    static constexpr QLatin1StringView kind{"notified"};
    QString userId;
    UserNotification notification;
    QByteArray json;

    static Notified of(QString userId, UserNotification notification) {
        Notified event;
        event.json = notification.toCompactJson();
        event.userId = std::move(userId);
        event.notification = std::move(notification);
        return event;
    }
    qint64 roomId() const { return notification.roomId; }
    void writeFields(JsonWriter &out) const;
    static Result<Notified> fromFields(const QJsonObject &json);
    friend bool operator==(const Notified &, const Notified &) = default;
};

} // namespace roomevent

using RoomEvent =
    std::variant<roomevent::MessageStored, roomevent::MessageChanged, roomevent::RoomChanged,
                 roomevent::RoomCreated, roomevent::MemberRemoved, roomevent::StatusChanged,
                 roomevent::PresenceChanged, roomevent::ReadMoved, roomevent::TypingChanged,
                 roomevent::Notified>;

qint64 roomIdOf(const RoomEvent &event);
QLatin1StringView kindOf(const RoomEvent &event);

// {"kind": "...", <the kind's fields>}: how events travel between instances.
void writeRoomEvent(JsonWriter &out, const RoomEvent &event);
QByteArray toJson(const RoomEvent &event);
Result<RoomEvent> roomEventFromJson(const QJsonObject &json);

} // namespace gonggu
