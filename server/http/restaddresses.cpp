// Delivery addresses: PUT/GET/DELETE .../participants/me/address for the buyer,
// GET .../addresses for the seller (JSON, or ?format=csv for a spreadsheet).
#include "csv.h"
#include "restapi.h"

#include "rooms/roomservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

QJsonObject addressJson(const StoredAddress &stored) {
    QJsonObject json = stored.address.toJson();
    json.insert(u"updatedAt"_s, toIsoUtc(stored.updatedAt));
    return json;
}

QByteArray csvOf(const QList<AddressEntry> &entries) {
    QList<QStringList> rows;
    for (const AddressEntry &e : entries)
        rows.append({e.displayName, e.address.recipient, e.address.phone, e.address.postalCode,
                     e.address.address, toIsoUtc(e.updatedAt)});
    return csv::document(
        {u"name"_s, u"recipient"_s, u"phone"_s, u"postal code"_s, u"address"_s, u"updated"_s},
        rows);
}

} // namespace

void RestApi::registerAddressRoutes(Router &router) {
    router.add(
        "PUT", apipaths::kMyAddress, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = roomCallWithBody(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            auto address = DeliveryAddress::fromJson(call->body);
            if (!address)
                co_return HttpResponse::error(address.error());
            const auto stored = co_await m_rooms.setAddress(call->caller, call->roomId, *address);
            if (!stored)
                co_return HttpResponse::error(stored.error());
            co_return HttpResponse::json(200, addressJson(*stored));
        });
    router.add("GET", apipaths::kMyAddress,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto stored = co_await m_rooms.myAddress(call->caller, call->roomId);
                   if (!stored)
                       co_return HttpResponse::error(stored.error());
                   if (!stored->has_value())
                       co_return HttpResponse::error(ErrorCode::NotFound,
                                                     u"no delivery address given here"_s);
                   co_return HttpResponse::json(200, addressJson(**stored));
               });
    router.add("DELETE", apipaths::kMyAddress,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   if (auto s = co_await m_rooms.deleteMyAddress(call->caller, call->roomId); !s)
                       co_return HttpResponse::error(s.error());
                   co_return HttpResponse::text(204, {});
               });
    router.add(
        "GET", apipaths::kAddresses, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = roomCall(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            const auto format = request.queryValue(u"format"_s).value_or(u"json"_s);
            if (format != u"json" && format != u"csv")
                co_return HttpResponse::error(ErrorCode::BadRequest, u"format is json or csv"_s);
            const auto entries = co_await m_rooms.addresses(call->caller, call->roomId);
            if (!entries)
                co_return HttpResponse::error(entries.error());
            if (format == u"csv")
                co_return csv::download(csvOf(*entries),
                                        "addresses-" + QByteArray::number(call->roomId) + ".csv");
            QJsonArray list;
            for (const AddressEntry &entry : *entries)
                list.append(entry.toJson());
            co_return HttpResponse::json(200, QJsonObject{{u"addresses"_s, list}});
        });
}

} // namespace gonggu::server
