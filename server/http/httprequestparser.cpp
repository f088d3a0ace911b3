#include "httprequestparser.h"

#include <QUrl>

#include <algorithm>
#include <cctype>
#include <variant>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

struct RequestHead {
    QByteArray method;
    QByteArray target;
    QByteArray version;
    QHash<QByteArray, QByteArray> headers;
};

// RFC 9110 5.6.2: token characters (method, field names).
bool isTchar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTchar);
}

// A field value may hold visible characters, SP, HTAB and obs-text; never NUL, CR,
// LF or other controls (RFC 9110 5.5).
bool isFieldValue(QByteArrayView value) {
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u < 0x20 && c != '\t') || u == 0x7f;
    });
}

// Fields whose repeated lines are one comma-separated list (RFC 9110 5.3); the rest
// may appear once.
bool isSingleton(QByteArrayView name) {
    return name == "host" || name == "content-length" || name == "authorization" ||
           name == "content-type";
}

// The request line and the fields, strictly (RFC 9112 2-5): whatever another parser
// might read differently (obs-fold, whitespace before a colon or the first field,
// bare CR or LF, two Hosts) is refused rather than guessed at: those are the shapes
// of request smuggling behind a proxy.
// POST /api/chat/rooms/{id}/files, the one request with a large body.
bool isUpload(QByteArrayView method, QStringView path) {
    constexpr QStringView prefix = u"/api/chat/rooms/", suffix = u"/files";
    if (method != "POST" || !path.startsWith(prefix) || !path.endsWith(suffix))
        return false;
    const QStringView id = path.sliced(prefix.size(), path.size() - prefix.size() - suffix.size());
    return !id.isEmpty() && id.size() <= 19 &&
           std::all_of(id.begin(), id.end(), [](QChar c) { return c.isDigit(); });
}

std::optional<RequestHead> parseHead(QByteArrayView head) {
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    RequestHead parsed;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // `head` stops before its final CRLF CRLF: every line but the last ends in CR.
        QByteArray line = lines[i];
        if (i + 1 < lines.size()) {
            if (!line.endsWith('\r'))
                return std::nullopt; // a bare LF
            line.chop(1);
        }
        if (line.contains('\r'))
            return std::nullopt; // a bare CR
        if (i == 0) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
                return std::nullopt;
            const QByteArrayView version = parts[2];
            if (version != "HTTP/1.1" && version != "HTTP/1.0")
                return std::nullopt;
            parsed.method = parts[0];
            parsed.target = parts[1];
            parsed.version = version.toByteArray();
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            return std::nullopt; // obs-fold, or whitespace before the first field
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return std::nullopt; // no name, or whitespace inside or after it
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (!isFieldValue(value))
            return std::nullopt;
        const auto existing = parsed.headers.find(name);
        if (existing == parsed.headers.end()) {
            parsed.headers.insert(name, value);
        } else if (isSingleton(name)) {
            if (name != "content-length" || *existing != value)
                return std::nullopt; // two Hosts, or conflicting lengths
        } else {
            *existing += ", " + value;
        }
    }
    return parsed;
}

// Whether a comma-separated field holds `token` (case-insensitively).
bool listHas(const QByteArray &field, QByteArrayView token) {
    for (const QByteArray &item : field.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isWebSocketUpgrade(const RequestHead &head) {
    return head.method == "GET" && listHas(head.headers.value("upgrade"), "websocket") &&
           listHas(head.headers.value("connection"), "upgrade");
}

// A chunked body (RFC 9112 7.1) from `bytes` (what follows the head): the decoded
// body and the bytes it took, monostate while incomplete, or the refusal. Chunk
// extensions are read and ignored, so are trailer fields (they could carry nothing
// this server reads: 7.1.2).
struct Dechunked {
    QByteArray body;
    qsizetype consumed = 0;
};
struct ChunkRefusal {
    int status;
    QString error;
};
std::variant<std::monostate, Dechunked, ChunkRefusal> dechunk(QByteArrayView bytes,
                                                              qsizetype maxBody) {
    Dechunked result;
    qsizetype at = 0;
    // The next line without its CRLF; false while it has not all arrived.
    const auto line = [&](QByteArrayView &out) {
        const qsizetype end = bytes.indexOf(QByteArrayView("\r\n"), at);
        if (end < 0)
            return false;
        out = bytes.sliced(at, end - at);
        at = end + 2;
        return true;
    };
    for (;;) {
        QByteArrayView sizeLine;
        if (!line(sizeLine))
            return std::monostate{};
        const qsizetype semicolon = sizeLine.indexOf(';');
        const QByteArrayView hex = semicolon < 0 ? sizeLine : sizeLine.first(semicolon);
        if (hex.isEmpty() || hex.size() > 8 || !isFieldValue(sizeLine) ||
            !std::all_of(hex.begin(), hex.end(), [](char c) { return std::isxdigit(uchar(c)); }))
            return ChunkRefusal{400, u"malformed chunk size"_s};
        const qsizetype size = hex.toByteArray().toLongLong(nullptr, 16);
        if (size == 0)
            break;
        if (result.body.size() + size > maxBody)
            return ChunkRefusal{413, u"request body larger than %1 bytes"_s.arg(maxBody)};
        if (bytes.size() - at < size + 2)
            return std::monostate{};
        if (bytes.sliced(at + size, 2) != "\r\n")
            return ChunkRefusal{400, u"chunk not followed by CRLF"_s};
        result.body.append(bytes.sliced(at, size));
        at += size + 2;
    }
    for (;;) { // trailer fields, then the empty line
        QByteArrayView field;
        if (!line(field))
            return std::monostate{};
        if (field.isEmpty())
            break;
        const qsizetype colon = field.indexOf(':');
        if (colon <= 0 || !isToken(field.first(colon)) || !isFieldValue(field))
            return ChunkRefusal{400, u"malformed trailer field"_s};
    }
    result.consumed = at;
    return result;
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
    if (head->version == "HTTP/1.1" && !head->headers.contains("host"))
        return invalid(400, u"HTTP/1.1 requests name their Host"_s);
    // origin-form ("/path?query"), or absolute-form ("http://host/path"), which a
    // server must accept (RFC 9112 3.2.2); its authority then stands for Host.
    const QUrl url = QUrl::fromEncoded(head->target, QUrl::StrictMode);
    const bool originForm = head->target.startsWith('/');
    const bool absoluteForm = !originForm &&
                              (url.scheme() == u"http" || url.scheme() == u"https") &&
                              !url.host().isEmpty();
    if (!url.isValid() || (!originForm && !absoluteForm))
        return invalid(400, u"malformed request target"_s);
    if (isWebSocketUpgrade(*head)) {
        if (head->version != "HTTP/1.1") // RFC 6455 4.1: HTTP/1.1 or higher
            return invalid(400, u"a WebSocket handshake is an HTTP/1.1 request"_s);
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
    // Both framings at once is the classic smuggling shape (RFC 9112 6.1).
    if (head->headers.contains("transfer-encoding") && head->headers.contains("content-length"))
        return invalid(400, u"Transfer-Encoding and Content-Length together"_s);
    const qsizetype bodyLimit =
        isUpload(head->method, url.path()) ? limits.maxUploadBytes : limits.maxBodyBytes;
    // RFC 9110 10.1.1: a client may wait for 100 (Continue) before sending the body.
    const bool expectsContinue =
        head->version == "HTTP/1.1" &&
        head->headers.value("expect").trimmed().toLower() == "100-continue";
    std::optional<Dechunked> chunked;
    if (head->headers.contains("transfer-encoding")) {
        // The only coding: chunked, which every HTTP/1.1 server must read (RFC 9112 7).
        if (head->headers.value("transfer-encoding").trimmed().toLower() != "chunked")
            return invalid(501, u"the only transfer coding accepted is chunked"_s);
        const QByteArrayView rest = buffered.sliced(headEnd + 4);
        auto decoded = dechunk(rest, bodyLimit);
        if (auto *refusal = std::get_if<ChunkRefusal>(&decoded))
            return invalid(refusal->status, refusal->error);
        if (std::holds_alternative<std::monostate>(decoded)) {
            // Framing around the body gets the head's budget: never more than the
            // connection buffers for one request.
            if (rest.size() > bodyLimit + limits.maxHeaderBytes - headEnd)
                return invalid(413, u"chunked request body too large"_s);
            ParsedHttpRequest waiting;
            waiting.expectsContinue = expectsContinue;
            return waiting;
        }
        chunked = std::get<Dechunked>(std::move(decoded));
    }
    qsizetype bodyLength = chunked ? chunked->consumed : 0;
    if (head->headers.contains("content-length")) {
        const QByteArray length = head->headers.value("content-length");
        bool ok =
            !length.isEmpty() && length.size() <= 18 &&
            std::all_of(length.begin(), length.end(), [](char c) { return c >= '0' && c <= '9'; });
        bodyLength = ok ? length.toLongLong(&ok) : 0;
        if (!ok) // 1*DIGIT only: no sign, no spaces, no list
            return invalid(400, u"invalid Content-Length"_s);
    }
    if (!chunked && bodyLength > bodyLimit)
        return invalid(413, u"request body larger than %1 bytes"_s.arg(bodyLimit));
    const qsizetype total = headEnd + 4 + bodyLength;
    if (buffered.size() < total) { // wait for the rest of the body
        ParsedHttpRequest waiting;
        waiting.needed = total;
        waiting.expectsContinue = expectsContinue;
        return waiting;
    }

    ParsedHttpRequest parsed;
    parsed.kind = ParsedHttpRequest::Kind::Complete;
    parsed.consumed = total;
    parsed.request.method = head->method;
    parsed.request.path = url.path();
    parsed.request.query = QUrlQuery(url);
    parsed.request.headers = head->headers;
    parsed.request.body =
        chunked ? std::move(chunked->body) : buffered.sliced(headEnd + 4, bodyLength).toByteArray();
    const QByteArray connection = head->headers.value("connection");
    parsed.keepAlive = head->version == "HTTP/1.1" ? !listHas(connection, "close")
                                                   : listHas(connection, "keep-alive");
    return parsed;
}

} // namespace gonggu::server
