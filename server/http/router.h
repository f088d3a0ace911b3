// Maps method + path pattern ("/api/chat/rooms/{}/messages") to a coroutine handler.
#pragma once

#include "cors.h"
#include "httpmessage.h"

#include <functional>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class Router {
public:
    using Handler = std::function<QCoro::Task<HttpResponse>(HttpRequest)>;

    // `pattern` segments "{}" capture one path segment into request.pathArguments.
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // 404 for an unknown path, 405 (with Allow) for a known path with another method;
    // OPTIONS answers with Allow, or as a CORS pre-flight.
    QCoro::Task<HttpResponse> dispatch(HttpRequest request) const;

    void setCorsPolicy(CorsPolicy policy) { m_cors = std::move(policy); }
    const CorsPolicy &corsPolicy() const { return m_cors; }

private:
    QCoro::Task<HttpResponse> route(HttpRequest request) const;

    struct Route {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
    CorsPolicy m_cors;
};

} // namespace gonggu::server
