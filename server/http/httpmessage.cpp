#include "httpmessage.h"

#include "httpstream.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gonggu::server {

std::optional<QString> HttpRequest::queryValue(const QString &key) const {
    if (!query.hasQueryItem(key))
        return std::nullopt;
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

int httpStatus(ErrorCode code) {
    switch (code) {
    case ErrorCode::BadRequest:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::Forbidden:
        return 403;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::Conflict:
        return 409;
    case ErrorCode::RoomFull:
        return 409;
    case ErrorCode::RoomNotActive:
        return 409;
    case ErrorCode::RoomNotWritable:
        return 409;
    case ErrorCode::NotAMember:
        return 403;
    case ErrorCode::RateLimited:
        return 429;
    case ErrorCode::ContentInvalid:
        return 400;
    case ErrorCode::Internal:
        return 500;
    case ErrorCode::Unavailable:
        return 503;
    }
    return 500;
}

HttpResponse HttpResponse::json(int status, const QJsonObject &object) {
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, QByteArray compactJson) {
    return {status, "application/json", std::move(compactJson), {}, {}};
}

HttpResponse HttpResponse::error(const Error &error) {
    QJsonObject fields{{u"code"_s, toString(error.code)}, {u"message"_s, error.message}};
    if (!error.field.isEmpty())
        fields.insert(u"field"_s, error.field);
    HttpResponse response = json(httpStatus(error.code), QJsonObject{{u"error"_s, fields}});
    if (error.code == ErrorCode::Unauthorized)
        response.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    if (error.code == ErrorCode::Unavailable)
        response.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "5"));
    return response;
}

HttpResponse HttpResponse::text(int status, QByteArray body, QByteArray contentType) {
    HttpResponse response;
    response.status = status;
    response.contentType = std::move(contentType);
    response.body = std::move(body);
    return response;
}

static QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 416:
        return "Range Not Satisfiable";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default: // the reason phrase is optional (RFC 9112 4): none rather than a wrong one
        return {};
    }
}

QByteArray HttpResponse::serialize(bool keepAlive, bool headOnly) const {
    QByteArray out;
    out.reserve(160 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    // 204 and 304 have no content (RFC 9110 15.3.5, 15.4.5): no type, and no length
    // (a 304's would have to be the 200's).
    const bool noContent = status == 204 || status == 304;
    if (!noContent)
        out += "Content-Type: " + contentType + "\r\n";
    if (openStream) // no length: it goes on until one side ends it
        out += "Transfer-Encoding: chunked\r\nX-Accel-Buffering: no\r\n";
    else if (!noContent)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "Cache-Control: " + cacheControl + "\r\nX-Content-Type-Options: nosniff\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    if (headOnly) // HEAD: the GET's fields, Content-Length included, and no body
        return out;
    if (openStream)
        out += body.isEmpty() ? QByteArray() : httpChunk(body);
    else
        out += body;
    return out;
}

} // namespace gonggu::server
