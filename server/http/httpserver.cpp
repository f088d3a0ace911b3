#include "httpserver.h"

#include "ops/metrics.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace gonggu::server {

HttpServer::HttpServer(const Router &router, const websocket::Endpoint &webSockets,
                       ConnectionLimiter &limiter, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_webSockets(webSockets)
    , m_limits(limits)
    , m_limiter(limiter) {
    // The default backlog of 30 drops bursts of clients (ARCHITECTURE.md, known traps).
    m_tcp.setMaxPendingConnections(4096);
    // The kernel's queue too (Qt's default is 50): a burst of reconnects after a
    // restart would otherwise see SYNs dropped and wait a second to retry.
    m_tcp.setListenBacklogSize(4096);
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port) {
    return m_tcp.listen(address, port);
}

void HttpServer::acceptPending() {
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        if (!m_limiter.tryAcquire(peer)) {
            metrics::connectionsRefused.add();
            HttpResponse refusal = HttpResponse::error(
                ErrorCode::RateLimited, u"too many open connections from this address"_s);
            socket->write(refusal.serialize(false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto *connection = new HttpConnection(socket, m_router, m_webSockets, m_limits, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, [this, peer](HttpConnection *done) {
            if (!done->wasUpgraded()) // else the place goes with the WebSocket
                m_limiter.release(peer);
            m_connections.remove(done);
            done->deleteLater();
        });
    }
}

} // namespace gonggu::server
