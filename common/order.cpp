#include "order.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu {

QString toString(OrderActor actor) {
    switch (actor) {
    case OrderActor::Seller:
        return u"SELLER"_s;
    case OrderActor::TradeService:
        return u"TRADE_SERVICE"_s;
    case OrderActor::Buyer:
        return u"BUYER"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OrderActor> orderActorFromString(QStringView text) {
    for (auto actor : {OrderActor::Seller, OrderActor::TradeService, OrderActor::Buyer}) {
        if (text == toString(actor))
            return actor;
    }
    return std::nullopt;
}

namespace {

struct OrderMove {
    OrderStatus from;
    OrderStatus to;
    std::initializer_list<OrderActor> by;
};
using enum OrderStatus;
const OrderMove kOrderMoves[] = {
    {AwaitingPayment, Paid, {OrderActor::Seller, OrderActor::TradeService}},
    // A payment marked by mistake, or one that bounced.
    {Paid, AwaitingPayment, {OrderActor::Seller, OrderActor::TradeService}},
    // The seller hands it over, or the buyer confirms they have it.
    {Paid, HandedOver, {OrderActor::Seller, OrderActor::Buyer}},
    {AwaitingPayment, Cancelled, {OrderActor::Seller, OrderActor::TradeService}},
    // Refunded.
    {Paid, Cancelled, {OrderActor::Seller, OrderActor::TradeService}},
};

const OrderMove *moveOf(OrderStatus from, OrderStatus to) {
    for (const OrderMove &move : kOrderMoves) {
        if (move.from == from && move.to == to)
            return &move;
    }
    return nullptr;
}

bool makes(const OrderMove &move, OrderActor actor) {
    return std::find(move.by.begin(), move.by.end(), actor) != move.by.end();
}

} // namespace

bool isOrderMove(OrderStatus from, OrderStatus to) {
    return moveOf(from, to) != nullptr;
}

bool mayMoveOrder(OrderActor actor, OrderStatus from, OrderStatus to) {
    const OrderMove *move = moveOf(from, to);
    return move && makes(*move, actor);
}

QList<OrderStatus> orderMovesFrom(OrderStatus from, OrderActor actor) {
    QList<OrderStatus> to;
    for (const OrderMove &move : kOrderMoves) {
        if (move.from == from && makes(move, actor))
            to.append(move.to);
    }
    return to;
}

QJsonObject Order::toJson() const {
    QJsonObject json{{u"userId"_s, userId},
                     {u"displayName"_s, displayName},
                     {u"status"_s, toString(status)},
                     {u"updatedAt"_s, toIsoUtc(updatedAt)},
                     {u"changedBy"_s, changedBy ? QJsonValue(toString(*changedBy)) : QJsonValue()}};
    if (address)
        json.insert(u"address"_s, address->toJson());
    return json;
}

Result<Order> Order::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Order order;
    order.userId = fields.string("userId"_L1);
    order.displayName = fields.string("displayName"_L1);
    order.status = fields.enumeration("status"_L1, orderStatusFromString);
    order.updatedAt = fields.time("updatedAt"_L1);
    order.changedBy = fields.optionalEnumeration("changedBy"_L1, orderActorFromString);
    if (!fields.ok())
        return fields.error();
    if (json.value("address"_L1).isObject()) {
        auto address = DeliveryAddress::fromJson(json.value("address"_L1).toObject());
        if (!address)
            return address.error();
        order.address = std::move(*address);
    }
    return order;
}

} // namespace gonggu
