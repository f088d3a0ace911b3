// What a member does about another, each over a RoomTransaction (as roomchanges.h):
// a report to the operators of a message or a member, with why. It is stored and
// never shown to the reported person; the operators read it through the admin API.
#pragma once

#include "roomstore.h"

#include "auth/identity.h"

namespace gonggu::server::changes {

inline constexpr int kMaxReportReasonCharacters = 500;

// Exactly one of `messageId` (a CHAT or NOTIFICATION of this room) and `userId` (a
// member of it); `reason` 1 to 500 characters. The same report again keeps the first.
Result<RoomChange> report(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                          std::optional<qint64> messageId, std::optional<QString> userId,
                          const QString &reason, const QDateTime &now);

} // namespace gonggu::server::changes
