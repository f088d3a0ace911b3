#include "httpconnection.h"

#include "router.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QWebSocketServer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "gonggu.http")

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

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const Router &router,
                               QWebSocketServer &webSockets, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_webSockets(webSockets)
    , m_limits(limits) {
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::close);
    m_idle.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead() {
    if (m_busy || m_handedOver || !m_socket)
        return;
    // Peek, not read: an upgrade must reach the WebSocket server with its bytes.
    const QByteArray buffered = m_socket->peek(m_limits.maxHeaderBytes + 4);
    const qsizetype headEnd = buffered.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buffered.size() > m_limits.maxHeaderBytes)
            fail(431, u"request head too large"_s);
        return;
    }
    const auto head = parseHead(QByteArrayView(buffered).first(headEnd));
    if (!head) {
        fail(400, u"malformed HTTP request"_s);
        return;
    }
    const QUrl url = QUrl::fromEncoded(head->target, QUrl::StrictMode);
    if (!url.isValid() || !head->target.startsWith('/')) {
        fail(400, u"malformed request target"_s);
        return;
    }
    if (isWebSocketUpgrade(*head)) {
        if (url.path() != u"/ws") {
            fail(404, u"WebSocket endpoint is /ws"_s);
            return;
        }
        m_handedOver = true;
        m_idle.stop();
        m_socket->disconnect(this);
        m_socket->setParent(nullptr);
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        m_webSockets.handleConnection(socket);
        Q_EMIT finished(this);
        return;
    }
    if (head->headers.contains("transfer-encoding")) {
        fail(411, u"send a Content-Length; chunked bodies are not accepted"_s);
        return;
    }
    qsizetype bodyLength = 0;
    if (head->headers.contains("content-length")) {
        bool ok = false;
        bodyLength = head->headers.value("content-length").toLongLong(&ok);
        if (!ok || bodyLength < 0) {
            fail(400, u"invalid Content-Length"_s);
            return;
        }
    }
    if (bodyLength > m_limits.maxBodyBytes) {
        fail(413, u"request body larger than %1 bytes"_s.arg(m_limits.maxBodyBytes));
        return;
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    if (m_socket->bytesAvailable() < total)
        return; // wait for the rest of the body
    m_socket->read(headEnd + 4);
    HttpRequest request;
    request.method = head->method;
    request.path = url.path();
    request.query = QUrlQuery(url);
    request.headers = head->headers;
    request.body = m_socket->read(bodyLength);
    request.peer = m_socket->peerAddress();
    const QByteArray connection = head->headers.value("connection").toLower();
    const bool keepAlive =
        head->version == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    m_idle.stop();
    respond(std::move(request), keepAlive);
}

QCoro::Task<> HttpConnection::respond(HttpRequest request, bool keepAlive) {
    QPointer<HttpConnection> self(this);
    m_busy = true;
    const QByteArray method = request.method;
    const QString path = request.path;
    const HttpResponse response = co_await m_router.dispatch(std::move(request));
    if (!self || !m_socket)
        co_return;
    m_busy = false;
    qCDebug(lcHttp).noquote() << method << path << response.status;
    m_socket->write(response.serialize(keepAlive));
    if (!keepAlive) {
        m_socket->disconnectFromHost();
        co_return;
    }
    m_idle.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead(); // a pipelined request
}

void HttpConnection::fail(int status, const QString &message) {
    HttpResponse response =
        HttpResponse::error(status >= 500 ? ErrorCode::Internal : ErrorCode::BadRequest, message);
    response.status = status;
    if (m_socket) {
        m_socket->write(response.serialize(false));
        m_socket->disconnectFromHost();
    }
}

void HttpConnection::close() {
    if (m_handedOver)
        return;
    m_handedOver = true; // no more requests on this connection
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_busy)
        m_socket->disconnectFromHost();
    Q_EMIT finished(this);
}

} // namespace gonggu::server
