// The one listening port: HTTP/1.1 for REST, WebSocket upgrades at /ws.
//
// Why not QHttpServer: in Qt 6.4 it cannot negotiate a WebSocket subprotocol
// (stompjs over `ws` refuses a server that picks none), has no request size
// limits, and answers synchronously. A small HTTP/1.1 reader and our own
// WebSocket connection (websocket/) give all three on a single port.
#pragma once

#include "httpconnection.h"
#include "ops/connectionlimiter.h"

#include <QSet>
#include <QTcpServer>

namespace gonggu::server {

class HttpServer : public QObject {
    Q_OBJECT
public:
    HttpServer(const Router &router, const websocket::Endpoint &webSockets,
               ConnectionLimiter &limiter, HttpLimits limits = {}, QObject *parent = nullptr);

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_tcp.serverPort(); }
    QString errorString() const { return m_tcp.errorString(); }
    void stopListening() { m_tcp.close(); }
    int openConnections() const { return int(m_connections.size()); }

private:
    void acceptPending();

    const Router &m_router;
    const websocket::Endpoint &m_webSockets;
    HttpLimits m_limits;
    QTcpServer m_tcp;
    ConnectionLimiter &m_limiter;
    QSet<HttpConnection *> m_connections;
};

} // namespace gonggu::server
