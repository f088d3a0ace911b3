// The STOMP destinations of the contract, built and parsed here only: the
// server routes by them, the app and the load generator subscribe and send to
// them.
#pragma once

#include <QString>
#include <optional>

namespace gonggu::destinations {

inline constexpr QLatin1StringView kChatPrefix{"/topic/chat/"}; // a room's messages
inline constexpr QLatin1StringView kRoomPrefix{"/topic/room/"}; // a room's state
// A room as a list shows it (newest message, counts, status), for rooms not open.
inline constexpr QLatin1StringView kRoomSummaryPrefix{"/topic/room-summary/"};
// Every group buy opened from now on, as room JSON (for lists of recruiting rooms).
inline constexpr QLatin1StringView kNewRooms{"/topic/rooms"};
// Who is typing in a room: {roomId, typing: [{userId, displayName}], others}.
inline constexpr QLatin1StringView kTypingPrefix{"/topic/typing/"};
inline constexpr QLatin1StringView kSendPrefix{"/app/chat/"}; // SEND a message
inline constexpr QLatin1StringView kNotifications{"/user/queue/notifications"};
inline constexpr QLatin1StringView kErrors{"/user/queue/errors"};

QString chat(qint64 roomId);
QString roomState(qint64 roomId);
QString roomSummary(qint64 roomId);
QString typing(qint64 roomId);
QString send(qint64 roomId);
// SEND {messageId, content} here to edit one's message, {messageId} to delete one.
QString edit(qint64 roomId);
QString remove(qint64 roomId);
// SEND {messageId} here: read up to that message.
QString read(qint64 roomId);
// SEND {messageId, emoji, on} here: a reaction given or taken back.
QString react(qint64 roomId);
// SEND {"typing": true|false} here: the sender started or stopped typing.
QString typingSend(qint64 roomId);

// What a SEND to /app/chat/{roomId}[/edit|/delete|/read] asks for.
enum class SendAction { Post, Edit, Delete, Read, Typing, React };
struct SendTarget {
    qint64 roomId = 0;
    SendAction action = SendAction::Post;
};
std::optional<SendTarget> sendTarget(QStringView destination);

// The room id of "/topic/chat/42" and the like: a positive 64-bit integer in
// ASCII digits right after the prefix, without a leading zero, else nullopt.
std::optional<qint64> roomIdAfter(QStringView destination, QLatin1StringView prefix);

} // namespace gonggu::destinations
