// HTTP/1.1 request and response values used by the router and the REST API.
#pragma once

#include "common/errorcode.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <functional>

namespace gonggu::server {

struct HttpRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    QHostAddress peer;
    QStringList pathArguments; // filled by the router for {placeholders}

    QByteArray header(const QByteArray &lowerCaseName) const {
        return headers.value(lowerCaseName);
    }
    std::optional<QString> queryValue(const QString &key) const;
};

class HttpStream;

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // An open-ended body (Server-Sent Events): sent chunked, `body` as its first
    // chunk; the connection then calls this with the stream that writes the rest.
    std::function<void(HttpStream *)> openStream;
    // API answers are never cached; a file's bytes, which never change, may be.
    QByteArray cacheControl = "no-store";

    static HttpResponse json(int status, const QJsonObject &object);
    static HttpResponse json(int status, QByteArray compactJson); // already serialized
    static HttpResponse error(const Error &error);
    static HttpResponse error(ErrorCode code, const QString &message) {
        return HttpResponse::error(Error{code, message});
    }
    static HttpResponse text(int status, QByteArray body,
                             QByteArray contentType = "text/plain; charset=utf-8");

    // headOnly: the answer to HEAD (RFC 9110 9.3.2).
    QByteArray serialize(bool keepAlive, bool headOnly = false) const;
};

// The one place where error codes become HTTP statuses.
int httpStatus(ErrorCode code);

} // namespace gonggu::server
