#include "cors.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

using Header = std::pair<QByteArray, QByteArray>;

// What the app and the contract send: a token, JSON, a file's name.
const QByteArray kAllowedHeaders = "Authorization, Content-Type, X-File-Name, Last-Event-ID";

} // namespace

HttpResponse CorsPolicy::preflight(const HttpRequest &request,
                                   const QByteArrayList &methods) const {
    const QByteArray origin = request.header("origin");
    if (!allows(origin))
        return HttpResponse::error(ErrorCode::Forbidden, u"origin not allowed"_s);
    HttpResponse response;
    response.status = 204;
    response.contentType.clear();
    response.headers = {Header("Access-Control-Allow-Origin", origin),
                        Header("Access-Control-Allow-Methods", methods.join(", ")),
                        Header("Access-Control-Allow-Headers", kAllowedHeaders),
                        Header("Access-Control-Max-Age", "600"), Header("Vary", "Origin")};
    return response;
}

void CorsPolicy::decorate(const QByteArray &origin, HttpResponse &response) const {
    if (!isEnabled())
        return;
    // Caches must keep answers to different origins apart.
    response.headers.append(Header("Vary", "Origin"));
    if (origin.isEmpty() || !allows(origin))
        return;
    response.headers.append(Header("Access-Control-Allow-Origin", origin));
    response.headers.append(Header("Access-Control-Expose-Headers", "Retry-After"));
}

} // namespace gonggu::server
