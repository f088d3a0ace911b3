// The room domain's changes, each one transaction over a RoomTransaction: it
// reads the committed room, checks the rules against what it read, writes, and
// records what it did in a RoomChange. The rules run here and only here, so a
// race lost to another request or another instance is refused, not overshot.
// They run on the store's thread and never touch the in-memory registry.
#pragma once

#include "roomstore.h"

#include "auth/identity.h"

namespace gonggu::server::changes {

// A room id nobody created: the registry's answer and the store's alike.
Error roomNotFound();
const MemberRecord *memberIn(const RoomRecord &record, const QString &userId);
std::optional<Role> roleIn(const RoomRecord &record, const QString &userId);
// Shared by the change files: the committed room or NOT_FOUND; a notification
// about the room, and keeping it (for `userId`, or empty: the room's members) in
// the change's transaction, so that a restart or another instance loses none.
Result<RoomRecord> requireRoom(RoomTransaction &tx, qint64 roomId);
UserNotification notificationOf(const Room &room, UserNotification::Type type,
                                const QDateTime &now);
Result<roomevent::Notified> recordNotification(RoomTransaction &tx, const QString &userId,
                                               UserNotification notification);
// Persists a SYSTEM message about `event` (subject optional; an appointment's event
// carries `room.appointment`) and adds it to the change.
Status addSystemMessage(RoomTransaction &tx, const Room &room, SystemEvent event,
                        const QString &subjectId, const QString &subjectName, const QDateTime &now,
                        RoomChange &change);
// The change with the room read back as committed, for the registry.
Result<RoomChange> finish(RoomTransaction &tx, qint64 roomId, RoomChange change);

// Creates the room, or answers the existing one unchanged (roomCreated false).
Result<RoomChange> create(RoomTransaction &tx, NewRoom room, const QDateTime &now);
// Joins as PARTICIPANT; the join that fills the room closes it.
Result<RoomChange> join(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                        const QDateTime &now);
Result<RoomChange> leave(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                         const QDateTime &now);
// A buyer gives or changes their delivery address (no event: never broadcast).
Result<RoomChange> setAddress(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                              const DeliveryAddress &address, const QDateTime &now);
// The seller or the trade service closes or cancels an ACTIVE room.
Result<RoomChange> settle(RoomTransaction &tx, const Identity &caller, qint64 roomId, RoomStatus to,
                          const QDateTime &now);
// The seller or the trade service changes what the buy sells (rules::canEditProduct):
// a SYSTEM message says so. A new photo must be an image the caller uploaded to the
// room and sent nowhere; it is then kept with that message. The same product again
// changes nothing (a retry).
Result<RoomChange> setProduct(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                              const Product &product, const QDateTime &now);
// The seller or the trade service extends the deadline and/or changes the head
// count (rules::canChangeLimits): a SYSTEM message for each. Down to exactly the
// participants, the buy is full and closes, as when a join fills it.
Result<RoomChange> changeLimits(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                std::optional<int> maxParticipants,
                                std::optional<QDateTime> expiresAt, const QDateTime &now);
// Subscribing to an ACTIVE room's chat makes a non-member a VIEWER, quietly: no
// SYSTEM message and not listed (MemberRecord::announced) until announceViewer().
Result<RoomChange> admitViewer(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                               const QDateTime &now);
// A quiet VIEWER's first message: "X entered the chat" goes before it.
Result<RoomChange> announceViewer(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                  const QDateTime &now);
// An ACTIVE room past its deadline: EXPIRED, then CLOSED or CANCELLED. Another
// instance may have settled it first: then nothing changes.
Result<RoomChange> expire(RoomTransaction &tx, qint64 roomId, const QDateTime &now);
// A message checked against the committed room, then stored.
Result<StoredMessage> post(RoomTransaction &tx, const NewMessage &message, bool tradeService,
                           const QDateTime &now);
// Stores a message whose rules were checked; a reply gets the quote of the message it
// answers (which must be of the same room), read in the same transaction.
Result<StoredMessage> insert(RoomTransaction &tx, NewMessage message, const QDateTime &now);
// The sender's new text for their message (rules::canEdit). The change has no room
// (nothing of the room changed), and a MessageChanged event.
Result<RoomChange> edit(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                        const EditRequest &request, const QDateTime &now);
// A reaction given or taken back (rules::canReact); the change carries the message
// with its counts, and no event when nothing changed (a retry).
Result<RoomChange> react(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                         const ReactRequest &request, const QDateTime &now);
// A tombstone in the message's place (rules::canDelete). Deleting a deleted message
// changes nothing and is not refused (a retry).
Result<RoomChange> remove(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                          qint64 messageId, const QDateTime &now);

} // namespace gonggu::server::changes
