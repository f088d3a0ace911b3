// Maps method + path pattern ("/api/chat/rooms/{}/messages") to a coroutine handler.
#pragma once

#include "httpmessage.h"

#include <functional>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class Router {
public:
    using Handler = std::function<QCoro::Task<HttpResponse>(HttpRequest)>;

    // `pattern` segments "{}" capture one path segment into request.pathArguments.
    void add(const QByteArray &method, const QString &pattern, Handler handler);
    // 404 for an unknown path, 405 (with Allow) for a known path with another method.
    QCoro::Task<HttpResponse> dispatch(HttpRequest request) const;

private:
    struct Route {
        QByteArray method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace gonggu::server
