// The seller's tools: POST .../freeze and .../unfreeze, PUT and DELETE
// .../participants/{userId}/mute ({minutes}), POST .../participants/{userId}/removal
// ({reason}). Each answers the room as the caller sees it.
#include "restapi.h"

#include "rooms/roomservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {
QString memberIn(const HttpRequest &request) {
    return QUrl::fromPercentEncoding(request.pathArguments.value(1).toUtf8());
}
} // namespace

void RestApi::registerHostRoutes(Router &router) {
    for (const auto &route :
         {std::pair{apipaths::kFreeze, true}, std::pair{apipaths::kUnfreeze, false}}) {
        const bool frozen = route.second;
        router.add("POST", route.first,
                   [this, frozen](HttpRequest request) -> QCoro::Task<HttpResponse> {
                       const auto call = roomCall(request);
                       if (!call)
                           co_return HttpResponse::error(call.error());
                       co_return rest::roomResponse(
                           200, co_await m_rooms.setFrozen(call->caller, call->roomId, frozen));
                   });
    }
    router.add("PUT", apipaths::kMute, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCallWithBody(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        JsonFields fields(call->body);
        const qint64 minutes = fields.integer("minutes"_L1);
        if (!fields.ok())
            co_return HttpResponse::error(fields.error());
        co_return rest::roomResponse(
            200, co_await m_rooms.mute(call->caller, call->roomId, memberIn(request),
                                       int(std::clamp<qint64>(minutes, -1, 1'000'000))));
    });
    router.add("DELETE", apipaths::kMute, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCall(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        co_return rest::roomResponse(200, co_await m_rooms.mute(call->caller, call->roomId,
                                                                memberIn(request), std::nullopt));
    });
    router.add("POST", apipaths::kRemoval,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCallWithBody(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   JsonFields fields(call->body);
                   const QString reason = fields.string("reason"_L1);
                   if (!fields.ok())
                       co_return HttpResponse::error(fields.error());
                   co_return rest::roomResponse(
                       200, co_await m_rooms.removeMember(call->caller, call->roomId,
                                                          memberIn(request), reason));
               });
}

} // namespace gonggu::server
