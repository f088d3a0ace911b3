// The pickup appointment: GET, PUT and DELETE .../appointment, and a buyer's
// PUT .../appointment/answer. Each answers {appointment, answers}: the pickup as the
// caller sees it (null when none), and every buyer's answer for the seller and the
// trade service only.
#include "restapi.h"

#include "rooms/roomservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

HttpResponse viewResponse(const Result<AppointmentView> &view) {
    if (!view)
        return HttpResponse::error(view.error());
    return HttpResponse::json(200, view->toJson());
}

} // namespace

void RestApi::registerAppointmentRoutes(Router &router) {
    router.add("GET", apipaths::kAppointment,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   co_return viewResponse(co_await m_rooms.appointment(call->caller, call->roomId));
               });
    router.add(
        "PUT", apipaths::kAppointment, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = roomCallWithBody(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            auto asked = AppointmentRequest::fromJson(call->body, QDateTime::currentDateTimeUtc());
            if (!asked)
                co_return HttpResponse::error(asked.error());
            co_return viewResponse(
                co_await m_rooms.setAppointment(call->caller, call->roomId, *asked));
        });
    router.add(
        "DELETE", apipaths::kAppointment, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = roomCall(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            co_return viewResponse(co_await m_rooms.cancelAppointment(call->caller, call->roomId));
        });
    router.add("PUT", apipaths::kAppointmentAnswer,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCallWithBody(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   JsonFields fields(call->body);
                   const auto answer = fields.enumeration("answer"_L1, appointmentAnswerFromString);
                   if (!fields.ok())
                       co_return HttpResponse::error(fields.error());
                   co_return viewResponse(
                       co_await m_rooms.answerAppointment(call->caller, call->roomId, answer));
               });
}

} // namespace gonggu::server
