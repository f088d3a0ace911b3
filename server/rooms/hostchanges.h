// The seller's tools over a room, each one transaction over a RoomTransaction (as
// roomchanges.h), each allowed to the seller and the trade service
// (rules::canModerate) and each a SYSTEM message for everyone: pausing and reopening
// the chat, muting a member for a while (they read, not write) and lifting it, and
// removing a member with a reason that is shown to them (a buyer only while the buy
// recruits: their place is freed). One removed cannot join or look again.
#pragma once

#include "roomstore.h"

#include "auth/identity.h"

namespace gonggu::server::changes {

// The same state again changes nothing (a retry).
Result<RoomChange> setFrozen(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                             bool frozen, const QDateTime &now);
// `minutes` from now (rules::canMute); nullopt lifts a mute (none: nothing changes).
Result<RoomChange> mute(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                        const QString &userId, std::optional<int> minutes, const QDateTime &now);
// The reason is one to 200 characters (CONTENT_INVALID naming `reason`); the one
// removed is told it (ROOM_REMOVED with reason REMOVED_BY_SELLER and the note).
Result<RoomChange> removeMember(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                const QString &userId, const QString &reason, const QDateTime &now);

} // namespace gonggu::server::changes
