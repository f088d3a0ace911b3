// A buyer's order in a group buy that closed: every PARTICIPANT of a CLOSED room
// has one, AWAITING_PAYMENT from the close until the seller, the trade service or
// the buyer moves it (the transitions are rules::canChangeOrder). The seller's
// checklist, the trade service and the buyer read it in this one shape.
#pragma once

#include "deliveryaddress.h"
#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace gonggu {

// Who made an order's last change.
enum class OrderActor { Seller, TradeService, Buyer };
QString toString(OrderActor actor);
std::optional<OrderActor> orderActorFromString(QStringView text);

// The moves of an order and who makes each (docs/protocol.md has the table): the
// server's rule and the app's buttons alike. HANDED_OVER and CANCELLED are final.
bool isOrderMove(OrderStatus from, OrderStatus to);
bool mayMoveOrder(OrderActor actor, OrderStatus from, OrderStatus to);
// Where `actor` may move an order that is `from` now.
QList<OrderStatus> orderMovesFrom(OrderStatus from, OrderActor actor);

struct Order {
    QString userId;
    QString displayName;
    OrderStatus status = OrderStatus::AwaitingPayment;
    QDateTime updatedAt;                    // the last change; the close for one never changed
    std::optional<OrderActor> changedBy;    // none while it is as the close left it
    std::optional<DeliveryAddress> address; // in the seller's list, when the buyer gave one

    QJsonObject toJson() const;
    static Result<Order> fromJson(const QJsonObject &json);
    friend bool operator==(const Order &, const Order &) = default;
};

} // namespace gonggu
