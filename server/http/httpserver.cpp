#include "httpserver.h"

#include <QTcpSocket>

namespace gonggu::server {

HttpServer::HttpServer(const Router &router, QWebSocketServer &webSockets, HttpLimits limits,
                       QObject *parent)
    : QObject(parent)
    , m_router(router)
    , m_webSockets(webSockets)
    , m_limits(limits) {
    // The default backlog of 30 drops bursts of clients (ARCHITECTURE.md, known traps).
    m_tcp.setMaxPendingConnections(4096);
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
}

bool HttpServer::listen(const QHostAddress &address, quint16 port) {
    return m_tcp.listen(address, port);
}

void HttpServer::acceptPending() {
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, m_router, m_webSockets, m_limits, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::finished, this, [this](HttpConnection *done) {
            m_connections.remove(done);
            done->deleteLater();
        });
    }
}

} // namespace gonggu::server
