// Reports and blocks: POST .../rooms/{id}/reports ({messageId | userId, reason}),
// GET /api/admin/reports (operators, admin scope; ?after=&limit=), and the caller's
// blocks: GET /api/users/me/blocks, PUT and DELETE /api/users/me/blocks/{userId}.
#include "restapi.h"

#include "rooms/roomservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

constexpr int kReportsPage = 100;

QJsonObject toJson(const ReportRecord &r) {
    QJsonObject json{{u"id"_s, r.id},
                     {u"roomId"_s, r.roomId},
                     {u"roomTitle"_s, r.roomTitle},
                     {u"reporterId"_s, r.reporterId},
                     {u"reporterName"_s, r.reporterName},
                     {u"reportedId"_s, r.reportedId},
                     {u"reportedName"_s, r.reportedName},
                     {u"reason"_s, r.reason},
                     {u"createdAt"_s, toIsoUtc(r.createdAt)}};
    if (r.messageId)
        json.insert(u"messageId"_s, *r.messageId);
    if (r.message) // as it is now: a tombstone if it was deleted since
        json.insert(u"message"_s, r.message->toJson());
    return json;
}

} // namespace

void RestApi::registerReportRoutes(Router &router) {
    router.add(
        "POST", apipaths::kReports, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = roomCallWithBody(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            JsonFields fields(call->body);
            const auto messageId = fields.optionalInteger("messageId"_L1);
            const auto userId = fields.optionalString("userId"_L1);
            const QString reason = fields.string("reason"_L1);
            if (!fields.ok())
                co_return HttpResponse::error(fields.error());
            const auto filed =
                co_await m_rooms.report(call->caller, call->roomId, messageId, userId, reason);
            if (!filed)
                co_return HttpResponse::error(filed.error());
            co_return HttpResponse::json(201, QJsonObject{{u"reported"_s, true}});
        });
    router.add(
        "GET", apipaths::kAdminReports, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto caller = authenticate(request);
            if (!caller)
                co_return HttpResponse::error(caller.error());
            const auto after =
                rest::queryInteger(request, u"after"_s, 0, std::numeric_limits<qint64>::max());
            const auto limit = rest::queryInteger(request, u"limit"_s, 1, kReportsPage);
            if (!after || !limit)
                co_return HttpResponse::error(!after ? after.error() : limit.error());
            const auto list = co_await m_rooms.reports(*caller, after->value_or(0),
                                                       int(limit->value_or(kReportsPage)));
            if (!list)
                co_return HttpResponse::error(list.error());
            QJsonArray reports;
            for (const ReportRecord &r : *list)
                reports.append(toJson(r));
            co_return HttpResponse::json(200, QJsonObject{{u"reports"_s, reports}});
        });
    router.add("GET", apipaths::kBlocks, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto caller = authenticate(request);
        if (!caller)
            co_return HttpResponse::error(caller.error());
        const auto list = co_await m_rooms.blocked(*caller);
        if (!list)
            co_return HttpResponse::error(list.error());
        QJsonArray blocked;
        for (const BlockRecord &b : *list)
            blocked.append(
                QJsonObject{{u"userId"_s, b.userId}, {u"blockedAt"_s, toIsoUtc(b.blockedAt)}});
        co_return HttpResponse::json(200, QJsonObject{{u"blocked"_s, blocked}});
    });
    for (const auto &method : {QByteArrayLiteral("PUT"), QByteArrayLiteral("DELETE")}) {
        const bool on = method == "PUT";
        router.add(method, apipaths::kBlock,
                   [this, on](HttpRequest request) -> QCoro::Task<HttpResponse> {
                       const auto caller = authenticate(request);
                       if (!caller)
                           co_return HttpResponse::error(caller.error());
                       const QString who =
                           QUrl::fromPercentEncoding(request.pathArguments.value(0).toUtf8());
                       if (auto s = co_await m_rooms.setBlocked(*caller, who, on); !s)
                           co_return HttpResponse::error(s.error());
                       co_return HttpResponse::json(
                           200, QJsonObject{{u"userId"_s, who}, {u"blocked"_s, on}});
                   });
    }
}

} // namespace gonggu::server
