#include "httprequestparser.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

struct RequestHead {
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QHash<QByteArray, QByteArray> headers;
};

std::optional<RequestHead> parseHead(QByteArrayView head) {
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return std::nullopt;
    RequestHead parsed{requestLine[0], requestLine[1], requestLine[2], {}};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length" && parsed.headers.contains(name) &&
            parsed.headers[name] != value)
            return std::nullopt; // conflicting lengths: request smuggling shape
        parsed.headers.insert(name, value);
    }
    return parsed;
}

bool isWebSocketUpgrade(const RequestHead &head) {
    return head.method == "GET" && head.headers.value("upgrade").toLower() == "websocket" &&
           head.headers.value("connection").toLower().contains("upgrade");
}

ParsedHttpRequest invalid(int status, QString error) {
    ParsedHttpRequest result;
    result.kind = ParsedHttpRequest::Kind::Invalid;
    result.status = status;
    result.error = std::move(error);
    return result;
}

} // namespace

ParsedHttpRequest parseHttpRequest(QByteArrayView buffered, const HttpLimits &limits) {
    const qsizetype headEnd = buffered.indexOf(QByteArrayView("\r\n\r\n"));
    if (headEnd < 0 || headEnd > limits.maxHeaderBytes) {
        if (buffered.size() > limits.maxHeaderBytes)
            return invalid(431, u"request head too large"_s);
        return {};
    }
    const auto head = parseHead(buffered.first(headEnd));
    if (!head)
        return invalid(400, u"malformed HTTP request"_s);
    const QUrl url = QUrl::fromEncoded(head->target, QUrl::StrictMode);
    if (!url.isValid() || !head->target.startsWith('/'))
        return invalid(400, u"malformed request target"_s);
    if (isWebSocketUpgrade(*head)) {
        if (url.path() != u"/ws")
            return invalid(404, u"WebSocket endpoint is /ws"_s);
        ParsedHttpRequest upgrade;
        upgrade.kind = ParsedHttpRequest::Kind::Upgrade;
        upgrade.consumed = headEnd + 4; // what follows is the client's first frames
        upgrade.request.method = head->method;
        upgrade.request.path = url.path();
        upgrade.request.headers = head->headers;
        return upgrade;
    }
    if (head->headers.contains("transfer-encoding"))
        return invalid(411, u"send a Content-Length; chunked bodies are not accepted"_s);
    qsizetype bodyLength = 0;
    if (head->headers.contains("content-length")) {
        bool ok = false;
        bodyLength = head->headers.value("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0)
            return invalid(400, u"invalid Content-Length"_s);
    }
    if (bodyLength > limits.maxBodyBytes)
        return invalid(413, u"request body larger than %1 bytes"_s.arg(limits.maxBodyBytes));
    const qsizetype total = headEnd + 4 + bodyLength;
    if (buffered.size() < total)
        return {}; // wait for the rest of the body

    ParsedHttpRequest parsed;
    parsed.kind = ParsedHttpRequest::Kind::Complete;
    parsed.consumed = total;
    parsed.request.method = head->method;
    parsed.request.path = url.path();
    parsed.request.query = QUrlQuery(url);
    parsed.request.headers = head->headers;
    parsed.request.body = buffered.sliced(headEnd + 4, bodyLength).toByteArray();
    const QByteArray connection = head->headers.value("connection").toLower();
    parsed.keepAlive =
        head->version == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    return parsed;
}

} // namespace gonggu::server
