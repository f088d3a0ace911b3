// Orders of a closed buy: GET .../orders (the seller's checklist, or the trade
// service's; ?status= filters, ?format=csv for a spreadsheet), GET and PUT
// .../orders/{userId} ("me": the caller's own), POST .../orders/reminders.
#include "csv.h"
#include "restapi.h"

#include "rooms/orderchanges.h"
#include "rooms/roomservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

QByteArray csvOf(const QList<Order> &orders) {
    QList<QStringList> rows;
    for (const Order &o : orders) {
        const DeliveryAddress a = o.address.value_or(DeliveryAddress{});
        rows.append({o.displayName, toString(o.status), toIsoUtc(o.updatedAt), a.recipient, a.phone,
                     a.postalCode, a.address});
    }
    return csv::document({u"name"_s, u"status"_s, u"updated"_s, u"recipient"_s, u"phone"_s,
                          u"postal code"_s, u"address"_s},
                         rows);
}

// The {userId} segment: "me" is the caller.
bool isMine(const HttpRequest &request) {
    return request.pathArguments.value(1) == u"me";
}
QString buyerIn(const HttpRequest &request, const Identity &caller) {
    return isMine(request) ? caller.userId
                           : QUrl::fromPercentEncoding(request.pathArguments.value(1).toUtf8());
}

} // namespace

void RestApi::registerOrderRoutes(Router &router) {
    router.add("GET", apipaths::kOrders, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCall(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const auto format = request.queryValue(u"format"_s).value_or(u"json"_s);
        if (format != u"json" && format != u"csv")
            co_return HttpResponse::error(
                Error{ErrorCode::BadRequest, u"format is json or csv"_s, u"format"_s});
        std::optional<OrderStatus> only;
        if (const auto status = request.queryValue(u"status"_s)) {
            only = orderStatusFromString(*status);
            if (!only)
                co_return HttpResponse::error(Error{
                    ErrorCode::BadRequest,
                    u"status is AWAITING_PAYMENT, PAID, HANDED_OVER or CANCELLED"_s, u"status"_s});
        }
        auto orders = co_await m_rooms.orders(call->caller, call->roomId);
        if (!orders)
            co_return HttpResponse::error(orders.error());
        if (only)
            orders->removeIf([&](const Order &o) { return o.status != *only; });
        if (format == u"csv")
            co_return csv::download(csvOf(*orders),
                                    "orders-" + QByteArray::number(call->roomId) + ".csv");
        QJsonArray list;
        for (const Order &order : std::as_const(*orders))
            list.append(order.toJson());
        co_return HttpResponse::json(200, QJsonObject{{u"orders"_s, list}});
    });
    router.add("GET", apipaths::kOrder, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCall(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const QString buyer = buyerIn(request, call->caller);
        if (isMine(request) || buyer == call->caller.userId) {
            const auto mine = co_await m_rooms.myOrder(call->caller, call->roomId);
            if (!mine)
                co_return HttpResponse::error(mine.error());
            co_return HttpResponse::json(200, mine->toJson());
        }
        // Anyone else's: from the checklist, for those who may read it.
        const auto orders = co_await m_rooms.orders(call->caller, call->roomId);
        if (!orders)
            co_return HttpResponse::error(orders.error());
        for (const Order &order : *orders) {
            if (order.userId == buyer)
                co_return HttpResponse::json(200, order.toJson());
        }
        co_return HttpResponse::error(ErrorCode::NotFound, u"no order of that user in this room"_s);
    });
    router.add("PUT", apipaths::kOrder, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCallWithBody(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        JsonFields fields(call->body);
        const OrderStatus to = fields.enumeration("status"_L1, orderStatusFromString);
        if (!fields.ok())
            co_return HttpResponse::error(fields.error());
        const auto order = co_await m_rooms.changeOrder(call->caller, call->roomId,
                                                        buyerIn(request, call->caller), to);
        if (!order)
            co_return HttpResponse::error(order.error());
        co_return HttpResponse::json(200, order->toJson());
    });
    router.add("POST", apipaths::kPaymentReminders,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto reminded = co_await m_rooms.remindUnpaid(call->caller, call->roomId);
                   if (!reminded) {
                       HttpResponse refused = HttpResponse::error(reminded.error());
                       if (reminded.error().code == ErrorCode::RateLimited)
                           refused.headers.append(
                               {"Retry-After",
                                QByteArray::number(qint64(
                                    std::chrono::seconds(changes::kReminderInterval).count()))});
                       co_return refused;
                   }
                   co_return HttpResponse::json(200, QJsonObject{{u"reminded"_s, *reminded}});
               });
}

} // namespace gonggu::server
