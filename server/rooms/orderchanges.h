// The orders of a closed group buy, each change one transaction over a
// RoomTransaction (as roomchanges.h): the rules are rules::canChangeOrder's table,
// and who is told is decided here. An order's news goes to that buyer and the
// seller only, as per-user notifications: other buyers never learn who has paid.
#pragma once

#include "roomstore.h"

#include "auth/identity.h"

#include <chrono>

namespace gonggu::server::changes {

// A buyer is reminded to pay at most once in this long.
inline constexpr std::chrono::hours kReminderInterval{1};

// Every buyer's order in a CLOSED room, by name: the stored rows over the room's
// participants (one without a row is AWAITING_PAYMENT since the close).
QList<Order> ordersOf(const Room &room, const QList<MemberRecord> &members,
                      const QList<OrderRecord> &rows);

// Moves `buyerId`'s order to `to`. The change carries the order as it is now; an
// ORDER_STATUS notification goes to the buyer and to the seller, to each unless it
// was their own doing. The same status again changes and tells nothing (a retry).
Result<RoomChange> changeOrder(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                               const QString &buyerId, OrderStatus to, const QDateTime &now);

// One PAYMENT_REMINDER to each buyer still AWAITING_PAYMENT who was not reminded in
// the last kReminderInterval. RATE_LIMITED when every such buyer was.
Result<RoomChange> remindUnpaid(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                const QDateTime &now);

} // namespace gonggu::server::changes
