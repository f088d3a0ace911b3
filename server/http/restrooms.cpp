#include "restapi.h"

#include "rooms/roomservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

Result<RoomService::CreateRequest> createRequestFrom(const QJsonObject &body) {
    JsonFields fields(body);
    RoomService::CreateRequest request;
    request.draft.productId = fields.integer("productId"_L1);
    request.draft.title = fields.string("title"_L1);
    request.draft.description = fields.optionalString("description"_L1).value_or(QString());
    const qint64 max = fields.integer("maxParticipants"_L1);
    const auto min = fields.optionalInteger("minParticipants"_L1);
    request.draft.expiresAt = fields.time("expiresAt"_L1);
    request.sellerId = fields.optionalString("sellerId"_L1);
    request.sellerName = fields.optionalString("sellerName"_L1);
    if (!fields.ok())
        return fields.error();
    if (const QJsonValue product = body.value("product"_L1);
        !product.isUndefined() && !product.isNull()) {
        if (!product.isObject())
            return Error{ErrorCode::BadRequest, u"product is an object"_s, u"product"_s};
        auto decoded = Product::fromJson(product.toObject());
        if (!decoded)
            return decoded.error();
        request.draft.product = *decoded;
    }
    // Out-of-range numbers must not wrap into valid ones.
    const auto clampCount = [](qint64 v) {
        return int(std::clamp<qint64>(v, -1, 1'000'000));
    };
    request.draft.maxParticipants = clampCount(max);
    request.draft.minParticipants = clampCount(min.value_or(max));
    return request;
}

} // namespace

void RestApi::registerRoomRoutes(Router &router) {
    router.add("POST", apipaths::kRooms, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto caller = authenticate(request);
        if (!caller)
            co_return HttpResponse::error(caller.error());
        const auto body = rest::jsonBody(request);
        if (!body)
            co_return HttpResponse::error(body.error());
        auto create = createRequestFrom(*body);
        if (!create)
            co_return HttpResponse::error(create.error());
        const auto created = co_await m_rooms.createRoom(*caller, std::move(create).value());
        if (!created)
            co_return HttpResponse::error(created.error());
        co_return HttpResponse::json(created->second ? 201 : 200, created->first.toJson());
    });

    router.add("GET", apipaths::kRooms, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto caller = authenticate(request);
        if (!caller)
            co_return HttpResponse::error(caller.error());
        RoomListQuery query;
        if (const auto status = request.queryValue(u"status"_s)) {
            query.status = roomStatusFromString(*status);
            if (!query.status)
                co_return HttpResponse::error(ErrorCode::BadRequest,
                                              u"status is ACTIVE, CLOSED or CANCELLED"_s);
        }
        if (const auto mine = request.queryValue(u"mine"_s)) {
            if (*mine != u"true" && *mine != u"false")
                co_return HttpResponse::error(ErrorCode::BadRequest, u"mine is true or false"_s);
            if (*mine == u"true")
                query.memberUserId = caller->userId;
        }
        if (const auto sort = request.queryValue(u"sort"_s)) {
            if (*sort != u"created" && *sort != u"activity")
                co_return HttpResponse::error(
                    {ErrorCode::BadRequest, u"sort is created or activity"_s, u"sort"_s});
            query.order = *sort == u"activity" ? RoomOrder::Activity : RoomOrder::Created;
        }
        const auto limit = rest::queryInteger(request, u"limit"_s, 1, 100);
        if (!limit)
            co_return HttpResponse::error(limit.error());
        query.limit = int(limit->value_or(20));
        const auto page =
            co_await m_rooms.listRooms(*caller, query, request.queryValue(u"cursor"_s));
        if (!page)
            co_return HttpResponse::error(page.error());
        QJsonArray rooms;
        for (const Room &room : page->rooms)
            rooms.append(room.toJson());
        co_return HttpResponse::json(
            200,
            {{u"rooms"_s, rooms},
             {u"nextCursor"_s, page->nextCursor ? QJsonValue(*page->nextCursor) : QJsonValue()}});
    });

    router.add("GET", apipaths::kRoom, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCall(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const auto &[caller, id] = *call;
        co_await m_rooms.learnRoom(id);
        // The room itself is public, as in the listing; who took part and what
        // was said follow the chat's admission (docs/protocol.md, Rooms).
        const Status admitted = m_rooms.admitToRoomState(caller, id);
        if (!admitted && admitted.error().code != ErrorCode::NotAMember)
            co_return HttpResponse::error(admitted.error());
        const auto snapshot = m_rooms.snapshot(id, caller.userId);
        if (!snapshot)
            co_return HttpResponse::error(snapshot.error());
        QJsonObject json = snapshot->room.toJson();
        json.insert(u"participants"_s, admitted ? toJson(snapshot->participants) : QJsonArray());
        co_return HttpResponse::json(200, json);
    });

    router.add("POST", apipaths::kParticipants,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto &[caller, id] = *call;
                   co_return rest::roomResponse(200, co_await m_rooms.join(caller, id));
               });

    router.add("DELETE", apipaths::kMyParticipation,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto &[caller, id] = *call;
                   co_return rest::roomResponse(200, co_await m_rooms.leave(caller, id));
               });

    router.add("PUT", apipaths::kProduct, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCallWithBody(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const auto &[caller, id, body] = *call;
        auto product = Product::fromJson(body);
        if (!product)
            co_return HttpResponse::error(product.error());
        co_return rest::roomResponse(200, co_await m_rooms.setProduct(caller, id, *product));
    });

    // The seller's limits: {"maxParticipants": n, "expiresAt": "…"}, either or both.
    router.add("PATCH", apipaths::kRoom, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCallWithBody(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const auto &[caller, id, body] = *call;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
            if (it.key() != u"maxParticipants" && it.key() != u"expiresAt")
                co_return HttpResponse::error(
                    Error{ErrorCode::BadRequest,
                          u"only maxParticipants and expiresAt change here"_s, it.key()});
        }
        JsonFields fields(body);
        const auto max = fields.optionalInteger("maxParticipants"_L1);
        const auto expires = fields.optionalTime("expiresAt"_L1);
        if (!fields.ok())
            co_return HttpResponse::error(fields.error());
        if (max && (*max < 0 || *max > std::numeric_limits<int>::max()))
            co_return HttpResponse::error(Error{
                ErrorCode::BadRequest, u"maxParticipants is a head count"_s, u"maxParticipants"_s});
        co_return rest::roomResponse(
            200, co_await m_rooms.changeLimits(
                     caller, id, max ? std::optional<int>(int(*max)) : std::nullopt, expires));
    });

    for (const auto &[path, target] : {std::pair{apipaths::kClose, RoomStatus::Closed},
                                       std::pair{apipaths::kCancel, RoomStatus::Cancelled}}) {
        router.add("POST", path,
                   [this, status = target](HttpRequest request) -> QCoro::Task<HttpResponse> {
                       const auto call = roomCall(request);
                       if (!call)
                           co_return HttpResponse::error(call.error());
                       const auto &[caller, id] = *call;
                       co_return rest::roomResponse(200,
                                                    co_await m_rooms.settle(caller, id, status));
                   });
    }
}

} // namespace gonggu::server
