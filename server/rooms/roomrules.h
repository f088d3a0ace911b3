// The group-buy rules of PROTOCOL.md as pure functions: no QObject, no SQL, no
// sockets, so they are tested directly with tables of cases.
#pragma once

#include "common/chatmessage.h"
#include "common/order.h"
#include "common/result.h"
#include "common/room.h"

namespace gonggu::server::rules {

inline constexpr int kMaxParticipantsLimit = 10000;
inline constexpr int kMaxTitleCharacters = 120;
inline constexpr int kMaxDescriptionCharacters = 4000;

Status validateDraft(const RoomDraft &draft, const QDateTime &now);

// Reading the chat (SUBSCRIBE /topic/chat, history): ACTIVE rooms are open to all
// (subscribing makes a VIEWER), CLOSED admits seller and participants,
// CANCELLED its former members.
Status canReadChat(RoomStatus status, std::optional<Role> role);
// Room state (/topic/room): like the chat, but watching never makes a member.
Status canWatchRoom(RoomStatus status, std::optional<Role> role);
Status canSend(RoomStatus status, std::optional<Role> role, MessageType type, bool tradeService);
// Editing: the sender, their own CHAT or NOTIFICATION, not deleted, while they may
// still write it there.
Status canEdit(RoomStatus status, std::optional<Role> role, const ChatMessage &message,
               const QString &callerId, bool tradeService);
// Deleting: the sender while they may write, or the room's seller and the trade
// service whatever the status (moderation). SYSTEM messages are never edited or deleted.
Status canDelete(RoomStatus status, std::optional<Role> role, const ChatMessage &message,
                 const QString &callerId, bool tradeService);
// Reacting: a member who may write there, to a CHAT or NOTIFICATION not deleted.
Status canReact(RoomStatus status, std::optional<Role> role, const ChatMessage &message,
                bool tradeService);
// A delivery address: a PARTICIPANT gives one while the buy recruits or once it is
// complete (buyers often give it in advance); not in a CANCELLED room.
Status canGiveAddress(RoomStatus status, std::optional<Role> role);
// The room's addresses: its seller only (PROTOCOL.md: the owner and the seller).
Status canReadAddresses(std::optional<Role> role);
Status canJoin(const Room &room, std::optional<Role> role);
Status canLeave(const Room &room, std::optional<Role> role);
Status canSettle(const Room &room, std::optional<Role> role, bool tradeService);
// What the buy sells: its seller or the trade service, while it recruits.
Status canEditProduct(const Room &room, std::optional<Role> role, bool tradeService);
// A later deadline and another head count: who may as for the product; the values
// then: the deadline later than now and than the current one, the head count
// within [max(minParticipants, 1), kMaxParticipantsLimit] (BAD_REQUEST naming the
// field) and never below the participants (CONFLICT: it would drop someone).
Status canChangeLimits(const Room &room, std::optional<Role> role, bool tradeService,
                       std::optional<int> maxParticipants, std::optional<QDateTime> expiresAt,
                       const QDateTime &now);
// The room's orders (its checklist): its seller and the trade service, once it
// closed; a buyer reads their own (canReadMyOrder).
Status canReadOrders(RoomStatus status, std::optional<Role> role, bool tradeService);
Status canReadMyOrder(RoomStatus status, std::optional<Role> role);
// A buyer's order from `from` to `to`, by the table in docs/protocol.md (order.h):
// CONFLICT in a room that has not closed or for a move the table does not have,
// FORBIDDEN for one this actor may not make. The same status again is a retry: fine
// for an actor who may move an order there.
Status canChangeOrder(RoomStatus status, OrderActor actor, OrderStatus from, OrderStatus to);
// May remind buyers who have not paid: the seller, once the buy closed.
Status canRemind(RoomStatus status, std::optional<Role> role);
// The pickup appointment: set, moved and called off by the seller or the trade
// service while the buy recruits or once it closed (not in a CANCELLED room);
// answered by a PARTICIPANT then, before its time; the answers read by the seller and
// the trade service (every member sees the counts in the room).
Status canSetAppointment(RoomStatus status, std::optional<Role> role, bool tradeService);
Status canAnswerAppointment(const Room &room, std::optional<Role> role, const QDateTime &now);
Status canReadAppointmentAnswers(std::optional<Role> role, bool tradeService);

// The seller's tools (the seller or the trade service, in a room not CANCELLED):
// pausing the chat, muting a member for a while, removing one with a reason. A
// buyer is removed only while the buy recruits (after, they have an order); the
// seller is never removed or muted. The target must be a member (NOT_FOUND).
inline constexpr int kMaxMuteMinutes = 7 * 24 * 60;
inline constexpr int kMaxRemovalReasonCharacters = 200;
Status canModerate(const Room &room, std::optional<Role> role, bool tradeService);
Status canRemove(const Room &room, std::optional<Role> target);
Status canMute(std::optional<Role> target, int minutes);
// Writing at all (on top of canSend and its kin): a paused chat and a muted member
// are read-only to all but the seller and the trade service.
Status canSpeak(const Room &room, const std::optional<QDateTime> &mutedUntil,
                std::optional<Role> role, bool tradeService, const QDateTime &now);
// One removed from the room by the seller joins and looks no more.
Status notBanned(bool banned);

// What a join that brings the count to `participantCount` does to the room.
bool joinFillsRoom(const Room &room, int participantCount);
// What happens when expiresAt passes: CLOSED with enough participants, else CANCELLED.
RoomStatus expiryOutcome(const Room &room);

// Ready English sentences for SYSTEM messages (clients localise from `event`).
QString systemSentence(SystemEvent event, const QString &subjectName, const Room &room);

} // namespace gonggu::server::rules
