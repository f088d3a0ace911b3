#include "orderchanges.h"

#include "roomchanges.h"
#include "roomrules.h"

#include <QCollator>

using namespace Qt::StringLiterals;

namespace gonggu::server::changes {

namespace {

Error noOrder() {
    return Error{ErrorCode::NotFound, u"no order of that user in this room"_s};
}

std::optional<Order> orderOf(const RoomRecord &record, const QList<OrderRecord> &rows,
                             const QString &buyerId) {
    for (const Order &order : ordersOf(record.room, record.members, rows)) {
        if (order.userId == buyerId)
            return order;
    }
    return std::nullopt;
}

// The caller as the order table knows them, or why they have no say in it.
Result<OrderActor> actorOf(const RoomRecord &record, const Identity &caller,
                           const QString &buyerId) {
    if (caller.isTradeService())
        return OrderActor::TradeService;
    const auto role = roleIn(record, caller.userId);
    if (role == Role::Seller)
        return OrderActor::Seller;
    if (caller.userId == buyerId && role == Role::Participant)
        return OrderActor::Buyer;
    if (!role)
        return Error{ErrorCode::NotAMember, u"not a member of this room"_s};
    return Error{ErrorCode::Forbidden, u"only the seller, the trade service or the buyer"_s};
}

Result<roomevent::Notified> tell(RoomTransaction &tx, const Room &room, const QString &userId,
                                 UserNotification::Type type, const Order &order,
                                 const QDateTime &now) {
    UserNotification n = notificationOf(room, type, now);
    n.order = order;
    n.order->address.reset(); // never in a notification
    return recordNotification(tx, userId, std::move(n));
}

} // namespace

QList<Order> ordersOf(const Room &room, const QList<MemberRecord> &members,
                      const QList<OrderRecord> &rows) {
    QList<Order> orders;
    for (const MemberRecord &member : members) {
        if (member.role != Role::Participant)
            continue;
        Order order{member.userId,
                    member.displayName,
                    OrderStatus::AwaitingPayment,
                    room.closedAt.value_or(room.createdAt),
                    std::nullopt,
                    std::nullopt};
        for (const OrderRecord &row : rows) {
            if (row.userId == member.userId) {
                order.status = row.status;
                order.changedBy = row.changedBy;
                order.updatedAt = row.updatedAt;
            }
        }
        orders.append(std::move(order));
    }
    QCollator byName;
    byName.setNumericMode(true);
    std::stable_sort(orders.begin(), orders.end(), [&](const Order &a, const Order &b) {
        return byName.compare(a.displayName, b.displayName) < 0;
    });
    return orders;
}

Result<RoomChange> changeOrder(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                               const QString &buyerId, OrderStatus to, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const auto actor = actorOf(*record, caller, buyerId);
    if (!actor)
        return actor.error();
    auto rows = tx.orders(roomId);
    if (!rows)
        return rows.error();
    auto order = orderOf(*record, *rows, buyerId);
    if (!order && record->room.status == RoomStatus::Closed)
        return noOrder();
    const OrderStatus from = order ? order->status : OrderStatus::AwaitingPayment;
    // Refused unless the room is CLOSED: then the buyer's order exists (above).
    if (auto s = rules::canChangeOrder(record->room.status, *actor, from, to); !s)
        return s.error();
    RoomChange change;
    if (from == to) {
        change.order = std::move(order);
        return change;
    }
    if (auto s = tx.setOrderStatus(roomId, buyerId, to, *actor, now); !s)
        return s.error();
    order->status = to;
    order->changedBy = *actor;
    order->updatedAt = now;
    QJsonObject told = order->toJson();
    told.remove(u"address"_s); // the trade service has its own copy of where to ship
    told.insert(u"roomId"_s, roomId);
    if (auto s = tx.enqueueWebhook(u"order.status"_s, told, now); !s)
        return s.error();
    const Room &room = record->room;
    for (const QString &told : {buyerId, room.sellerId}) {
        const bool ownDoing = told == caller.userId && !caller.isTradeService();
        if (ownDoing)
            continue;
        auto event = tell(tx, room, told, UserNotification::Type::OrderChanged, *order, now);
        if (!event)
            return event.error();
        change.events.append(std::move(*event));
    }
    change.order = std::move(order);
    return change;
}

Result<RoomChange> remindUnpaid(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    if (auto s = rules::canRemind(record->room.status, roleIn(*record, caller.userId)); !s)
        return s.error();
    auto rows = tx.orders(roomId);
    if (!rows)
        return rows.error();
    const QDateTime recently = now.addSecs(-std::chrono::seconds(kReminderInterval).count());
    RoomChange change;
    int waiting = 0;
    for (const Order &order : ordersOf(record->room, record->members, *rows)) {
        if (order.status != OrderStatus::AwaitingPayment)
            continue;
        ++waiting;
        const auto row = std::find_if(rows->cbegin(), rows->cend(), [&](const OrderRecord &r) {
            return r.userId == order.userId;
        });
        if (row != rows->cend() && row->remindedAt && *row->remindedAt > recently)
            continue;
        // An order never changed is as the close left it: its row starts from then.
        if (auto s = tx.markReminded(roomId, order.userId, order.updatedAt, now); !s)
            return s.error();
        auto event = tell(tx, record->room, order.userId, UserNotification::Type::PaymentReminder,
                          order, now);
        if (!event)
            return event.error();
        change.events.append(std::move(*event));
    }
    if (waiting > 0 && change.events.isEmpty())
        return Error{ErrorCode::RateLimited, u"every buyer who has not paid was reminded within "
                                             u"the hour"_s};
    return change;
}

} // namespace gonggu::server::changes
