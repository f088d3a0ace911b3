#include "httpconnection.h"

#include "httpstream.h"
#include "router.h"

#include "websocket/websockethandshake.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "gonggu.http")

namespace gonggu::server {

HttpConnection::HttpConnection(QTcpSocket *socket, const Router &router,
                               const websocket::Endpoint &webSockets, HttpLimits limits,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_webSockets(webSockets)
    , m_limits(limits) {
    m_socket->setParent(this);
    // Chat frames are small and latency-bound: without TCP_NODELAY a frame
    // written while the previous one is unacknowledged waits for the peer's
    // delayed ACK (40 ms on Linux), which set the p99 at any load.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &HttpConnection::close);
    m_idle.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::onReadyRead() {
    if (m_lingering && m_socket) {
        m_socket->skip(m_socket->bytesAvailable()); // the rest of a refused request
        return;
    }
    if (m_streaming && m_socket) {
        m_socket->skip(m_socket->bytesAvailable()); // nothing more is asked on a stream
        return;
    }
    if (m_busy || m_handedOver || !m_socket)
        return;
    // A large body arrives in many reads: parse again only once all of it is here.
    // While it comes, the connection is not idle (a photo over a slow phone link).
    if (m_needed > 0)
        m_idle.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() < m_needed)
        return;
    const qsizetype window = m_limits.maxHeaderBytes + 4 + m_limits.largestBody();
    const QByteArray buffered = m_socket->peek(qMin(m_socket->bytesAvailable(), window));
    ParsedHttpRequest parsed = parseHttpRequest(buffered, m_limits);
    switch (parsed.kind) {
    case ParsedHttpRequest::Kind::Incomplete:
        m_needed = parsed.needed;
        if (parsed.expectsContinue && !std::exchange(m_continued, true))
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        return;
    case ParsedHttpRequest::Kind::Invalid:
        fail(parsed.status, parsed.error);
        return;
    case ParsedHttpRequest::Kind::Upgrade:
        upgrade(parsed.request, parsed.consumed);
        return;
    case ParsedHttpRequest::Kind::Complete:
        break;
    }
    m_socket->skip(parsed.consumed);
    m_needed = 0;
    m_continued = false;
    parsed.request.peer = m_limits.trustedProxies.clientOf(
        m_socket->peerAddress(), parsed.request.header("x-forwarded-for"));
    m_idle.stop();
    respond(std::move(parsed.request), parsed.keepAlive);
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
    // The path, never the query or body: those may carry what logs must not hold.
    // 503 is an outage, which the storage logs once: not once per request.
    if (response.status >= 500 && response.status != 503)
        qCWarning(lcHttp).noquote() << method << path << "failed with" << response.status;
    else
        qCDebug(lcHttp).noquote() << method << path << response.status;
    m_socket->write(response.serialize(keepAlive, method == "HEAD"));
    if (response.openStream && method != "HEAD") {
        // The rest of the body is the stream's; no further request on this connection.
        m_handedOver = true;
        m_streaming = true;
        m_idle.stop();
        response.openStream(new HttpStream(m_socket, this));
        co_return;
    }
    if (!keepAlive) {
        m_socket->disconnectFromHost();
        co_return;
    }
    m_idle.start(m_limits.idleTimeoutMs);
    if (m_socket->bytesAvailable() > 0)
        onReadyRead(); // a pipelined request
}

void HttpConnection::upgrade(const HttpRequest &head, qsizetype headSize) {
    // A browser page names its origin; other clients send none (RFC 6455 10.2).
    if (const QByteArray origin = head.header("origin");
        !origin.isEmpty() && !m_router.corsPolicy().allows(origin)) {
        fail(403, u"origin not allowed (cors-origins)"_s);
        return;
    }
    const websocket::HandshakeAnswer answer = websocket::answerHandshake(
        head.headers, m_webSockets.subprotocols, m_webSockets.serverName);
    if (!answer.accepted) {
        fail(answer.status, answer.error, {{"Sec-WebSocket-Version", "13"}});
        return;
    }
    m_socket->skip(headSize);
    QByteArray pending = m_socket->readAll(); // frames sent right behind the request
    // The descriptor outlives the QTcpSocket: a dup keeps the connection open
    // when Qt closes its own, and the WebSocket connection owns the copy.
    const int fd = ::dup(int(m_socket->socketDescriptor()));
    if (fd < 0) {
        qCWarning(lcHttp) << "cannot take over an upgraded socket:" << strerror(errno);
        fail(503, u"server busy"_s);
        return;
    }
    const QHostAddress peer = m_socket->peerAddress();
    m_handedOver = true;
    m_upgraded = true;
    m_idle.stop();
    m_socket->disconnect(this);
    m_socket->abort(); // closes Qt's descriptor only; nothing was written on it
    m_socket->deleteLater();
    m_socket = nullptr;
    m_webSockets.accept(std::make_unique<websocket::Connection>(
        fd, peer, answer.response, std::move(pending), m_webSockets.limits, *m_webSockets.poller));
    Q_EMIT finished(this);
}

void HttpConnection::fail(int status, const QString &message,
                          QList<std::pair<QByteArray, QByteArray>> headers) {
    // The body's code says what the status says (501: the request must change).
    const ErrorCode code = status >= 500 && status != 501 ? ErrorCode::Internal
                           : status == 404                ? ErrorCode::NotFound
                           : status == 403                ? ErrorCode::Forbidden
                                                          : ErrorCode::BadRequest;
    HttpResponse response = HttpResponse::error(code, message);
    response.status = status;
    response.headers = std::move(headers);
    if (m_socket) {
        m_socket->write(response.serialize(false));
        lingerThenClose();
    }
}

// RFC 9112 9.6: closing while the client is still sending (the body of a
// refused request) makes the kernel answer with a reset, which can destroy the
// error response before the client reads it. So: send it, half-close, and
// discard what still comes for a moment, until the client closes its side.
void HttpConnection::lingerThenClose() {
    m_lingering = true;
    m_handedOver = true; // no more requests on this connection
    const auto halfClose = [this] {
        if (m_socket && m_socket->bytesToWrite() == 0 &&
            m_socket->state() == QAbstractSocket::ConnectedState)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    connect(m_socket, &QTcpSocket::bytesWritten, this, halfClose);
    m_socket->flush();
    halfClose();
    m_idle.disconnect(this);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        m_socket->abort(); // a client that never stops sending; close() follows
        close();
    });
    m_idle.start(kLingerMs);
}

void HttpConnection::close() {
    if (m_lingering) { // the client closed its side (or took too long)
        m_idle.stop();
        if (!std::exchange(m_lingerDone, true))
            Q_EMIT finished(this);
        return;
    }
    if (m_streaming) { // the client went, or the stream was finished
        if (!std::exchange(m_streamDone, true))
            Q_EMIT finished(this);
        return;
    }
    if (m_handedOver)
        return;
    m_handedOver = true; // no more requests on this connection
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState && !m_busy)
        m_socket->disconnectFromHost();
    Q_EMIT finished(this);
}

} // namespace gonggu::server
