// One TCP connection on the shared port: reads HTTP/1.1 requests (keep-alive,
// Content-Length bodies within a limit) and answers them in order. A WebSocket
// upgrade to /ws is handed, bytes unread, to the WebSocket server.
#pragma once

#include "httprequestparser.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

class QTcpSocket;
class QWebSocketServer;

namespace gonggu::server {

class Router;

class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const Router &router, QWebSocketServer &webSockets,
                   HttpLimits limits, QObject *parent = nullptr);

    // The socket handed to the WebSocket server, while it exists.
    QTcpSocket *upgradedSocket() const { return m_upgradedSocket; }
    bool wasUpgraded() const { return m_upgraded; }

Q_SIGNALS:
    void finished(gonggu::server::HttpConnection *connection);

private:
    void onReadyRead();
    QCoro::Task<> respond(HttpRequest request, bool keepAlive);
    void fail(int status, const QString &message); // answer, then close
    void close();

    QTcpSocket *m_socket; // owned until handed to the WebSocket server
    const Router &m_router;
    QWebSocketServer &m_webSockets;
    HttpLimits m_limits;
    QTimer m_idle;
    bool m_busy = false; // a request is being answered; the next one waits
    bool m_handedOver = false;
    QPointer<QTcpSocket> m_upgradedSocket;
    bool m_upgraded = false;
};

} // namespace gonggu::server
