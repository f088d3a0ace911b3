#include "restapi.h"

#include "auth/accountservice.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {
QJsonObject sessionJson(const Session &session) {
    return {{u"token"_s, session.token},
            {u"expiresAt"_s, toIsoUtc(session.expiresAt)},
            {u"user"_s, session.user.toJson()}};
}
} // namespace

void RestApi::registerAuthRoutes(Router &router) {
    router.add("POST", apipaths::kRegister,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   if (!m_accounts)
                       co_return HttpResponse::error(ErrorCode::NotFound,
                                                     u"built-in accounts are switched off"_s);
                   const auto body = rest::jsonBody(request);
                   if (!body)
                       co_return HttpResponse::error(body.error());
                   JsonFields fields(*body);
                   const QString username = fields.string("username"_L1);
                   const QString password = fields.string("password"_L1);
                   const QString displayName = fields.string("displayName"_L1);
                   if (!fields.ok())
                       co_return HttpResponse::error(fields.error());
                   const auto session =
                       co_await m_accounts->registerAccount(username, password, displayName);
                   if (!session)
                       co_return HttpResponse::error(session.error());
                   co_return HttpResponse::json(201, sessionJson(*session));
               });

    router.add("POST", apipaths::kLogin, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        if (!m_accounts)
            co_return HttpResponse::error(ErrorCode::NotFound,
                                          u"built-in accounts are switched off"_s);
        const auto body = rest::jsonBody(request);
        if (!body)
            co_return HttpResponse::error(body.error());
        JsonFields fields(*body);
        const QString username = fields.string("username"_L1);
        const QString password = fields.string("password"_L1);
        if (!fields.ok())
            co_return HttpResponse::error(fields.error());
        const auto session = co_await m_accounts->login(username, password, request.peer);
        if (!session)
            co_return HttpResponse::error(session.error());
        co_return HttpResponse::json(200, sessionJson(*session));
    });
}

} // namespace gonggu::server
