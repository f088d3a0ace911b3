#include "router.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

// A browser's CORS pre-flight, as opposed to a plain OPTIONS.
bool isPreflight(const HttpRequest &request) {
    return request.method == "OPTIONS" && !request.header("origin").isEmpty() &&
           request.headers.contains("access-control-request-method");
}

} // namespace

void Router::add(const QByteArray &method, const QString &pattern, Handler handler) {
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

QCoro::Task<HttpResponse> Router::dispatch(HttpRequest request) const {
    const QByteArray origin = request.header("origin");
    const bool preflight = isPreflight(request);
    HttpResponse response = co_await route(std::move(request));
    if (!preflight) // a pre-flight's answer is complete as it is
        m_cors.decorate(origin, response);
    co_return response;
}

QCoro::Task<HttpResponse> Router::route(HttpRequest request) const {
    // HEAD is GET without the body (the connection leaves the body out).
    if (request.method == "HEAD")
        request.method = "GET";
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList arguments;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments[i] == u"{}")
                arguments.append(segments[i]);
            else
                matches = route.segments[i] == segments[i];
        }
        if (!matches)
            continue;
        if (route.method != request.method) {
            allowed.append(route.method);
            if (route.method == "GET")
                allowed.append("HEAD");
            continue;
        }
        request.pathArguments = arguments;
        co_return co_await route.handler(std::move(request));
    }
    if (!allowed.isEmpty() && request.method == "OPTIONS") {
        allowed.append("OPTIONS");
        if (isPreflight(request))
            co_return m_cors.preflight(request, allowed);
        HttpResponse response; // RFC 9110 9.3.7: what this resource allows
        response.status = 204;
        response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed.join(", ")));
        co_return response;
    }
    if (!allowed.isEmpty()) {
        HttpResponse response = HttpResponse::error(ErrorCode::BadRequest, u"method not allowed"_s);
        response.status = 405;
        response.headers.append(std::pair<QByteArray, QByteArray>("Allow", allowed.join(", ")));
        co_return response;
    }
    co_return HttpResponse::error(ErrorCode::NotFound, u"no such endpoint"_s);
}

} // namespace gonggu::server
