// Cross-origin access for browser apps (the Fetch standard's CORS protocol):
// only the origins an operator lists (`cors-origins`; none by default) may call
// the REST API from a page, and the same list decides the WebSocket upgrade.
// Tokens travel in the Authorization header, never in cookies, so requests
// with credentials are not offered.
#pragma once

#include "httpmessage.h"

#include <QByteArrayList>
#include <QStringList>

namespace gonggu::server {

class CorsPolicy {
public:
    CorsPolicy() = default;
    // `origins` as the browser sends them: "scheme://host[:port]", lower case,
    // without a default port (ServerConfig normalises what the operator wrote).
    explicit CorsPolicy(QByteArrayList origins)
        : m_origins(std::move(origins)) {}

    bool isEnabled() const { return !m_origins.isEmpty(); }
    bool allows(const QByteArray &origin) const { return m_origins.contains(origin); }
    // The browser's pre-flight (OPTIONS with Access-Control-Request-Method) for
    // a path served with `methods`: 204 with what may be sent, or 403.
    HttpResponse preflight(const HttpRequest &request, const QByteArrayList &methods) const;
    // A response to a request that carried `origin`: whether a page of it may read it.
    void decorate(const QByteArray &origin, HttpResponse &response) const;

private:
    QByteArrayList m_origins;
};

} // namespace gonggu::server
