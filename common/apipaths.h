// The REST paths of the contract, written once: the server routes these
// patterns ("{}" is a positive 64-bit id) and the app fills them in.
#pragma once

#include <QString>

namespace gonggu::apipaths {

inline constexpr QLatin1StringView kRegister{"/api/auth/register"};
inline constexpr QLatin1StringView kLogin{"/api/auth/login"};
inline constexpr QLatin1StringView kRooms{"/api/chat/rooms"};
inline constexpr QLatin1StringView kRoom{"/api/chat/rooms/{}"};
inline constexpr QLatin1StringView kParticipants{"/api/chat/rooms/{}/participants"};
inline constexpr QLatin1StringView kMyParticipation{"/api/chat/rooms/{}/participants/me"};
inline constexpr QLatin1StringView kClose{"/api/chat/rooms/{}/close"};
inline constexpr QLatin1StringView kCancel{"/api/chat/rooms/{}/cancel"};
// PUT {groupPrice, regularPrice, currency, unit, photoFileId, handover}: what the buy sells.
inline constexpr QLatin1StringView kProduct{"/api/chat/rooms/{}/product"};
inline constexpr QLatin1StringView kMessages{"/api/chat/rooms/{}/messages"};
// PATCH {content} edits, DELETE deletes one message.
inline constexpr QLatin1StringView kMessage{"/api/chat/rooms/{}/messages/{}"};
// GET ?q=&before=&limit=: the room's messages containing q, newest first.
inline constexpr QLatin1StringView kSearch{"/api/chat/rooms/{}/search"};
inline constexpr QLatin1StringView kNotificationStream{"/api/notifications/stream"};
inline constexpr QLatin1StringView kMyAddress{"/api/chat/rooms/{}/participants/me/address"};
inline constexpr QLatin1StringView kOrders{"/api/chat/rooms/{}/orders"};
// A buyer's order by their user id ("me": the caller's own).
inline constexpr QLatin1StringView kOrder{"/api/chat/rooms/{}/orders/{}"};
inline constexpr QLatin1StringView kPaymentReminders{"/api/chat/rooms/{}/orders/reminders"};
// GET: the pickup (with every buyer's answer, for the seller); PUT {at, place, note}
// sets or moves it, DELETE calls it off.
inline constexpr QLatin1StringView kAppointment{"/api/chat/rooms/{}/appointment"};
// PUT {answer: COMING | NOT_COMING}: a buyer's answer.
inline constexpr QLatin1StringView kAppointmentAnswer{"/api/chat/rooms/{}/appointment/answer"};
// The seller's tools: POST pauses and reopens the chat; PUT {minutes} mutes a member,
// DELETE lifts it; POST {reason} removes one for good.
inline constexpr QLatin1StringView kFreeze{"/api/chat/rooms/{}/freeze"};
inline constexpr QLatin1StringView kUnfreeze{"/api/chat/rooms/{}/unfreeze"};
inline constexpr QLatin1StringView kMute{"/api/chat/rooms/{}/participants/{}/mute"};
inline constexpr QLatin1StringView kRemoval{"/api/chat/rooms/{}/participants/{}/removal"};
// POST {messageId | userId, reason}: a member reports to the operators.
inline constexpr QLatin1StringView kReports{"/api/chat/rooms/{}/reports"};
// GET ?after=&limit=: the operators' list (admin scope).
inline constexpr QLatin1StringView kAdminReports{"/api/admin/reports"};
// GET: whom the caller blocked; PUT and DELETE .../{userId} block and unblock one.
inline constexpr QLatin1StringView kBlocks{"/api/users/me/blocks"};
inline constexpr QLatin1StringView kBlock{"/api/users/me/blocks/{}"};
inline constexpr QLatin1StringView kAddresses{"/api/chat/rooms/{}/addresses"};
// POST {emoji, on}: a reaction given or taken back.
inline constexpr QLatin1StringView kReactions{"/api/chat/rooms/{}/messages/{}/reactions"};
// POST {messageId}: the caller has read up to that message.
inline constexpr QLatin1StringView kRead{"/api/chat/rooms/{}/read"};
inline constexpr QLatin1StringView kNotifications{"/api/chat/rooms/{}/notifications"};
// POST (the bytes, Content-Type, X-File-Name): a file for a message of the room.
inline constexpr QLatin1StringView kFiles{"/api/chat/rooms/{}/files"};
// GET: a file's bytes (ranges too), and a photo's small version.
inline constexpr QLatin1StringView kFile{"/api/files/{}"};
inline constexpr QLatin1StringView kFileThumbnail{"/api/files/{}/thumbnail"};

// The pattern with its "{}" replaced by `id`.
QString fill(QLatin1StringView pattern, qint64 id);
// The pattern with its two "{}" replaced by a room's and a message's id.
QString fill(QLatin1StringView pattern, qint64 roomId, qint64 messageId);
// ... by a room's id and a path segment (a user id), percent-encoded.
QString fill(QLatin1StringView pattern, qint64 roomId, const QString &segment);

} // namespace gonggu::apipaths
