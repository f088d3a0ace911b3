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
