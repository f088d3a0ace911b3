// One TCP connection on the shared port: reads HTTP/1.1 requests (keep-alive,
// Content-Length bodies within a limit) and answers them in order. A WebSocket
// upgrade to /ws is answered here and the socket, with any bytes that came
// after the request, becomes a websocket::Connection for the endpoint.
#pragma once

#include "httprequestparser.h"
#include "websocket/websocketendpoint.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

class QTcpSocket;

namespace gonggu::server {

class Router;

class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const Router &router, const websocket::Endpoint &webSockets,
                   HttpLimits limits, QObject *parent = nullptr);

    // The connection went on as a WebSocket (and took its place in the limiter).
    bool wasUpgraded() const { return m_upgraded; }

Q_SIGNALS:
    void finished(gonggu::server::HttpConnection *connection);

private:
    void onReadyRead();
    QCoro::Task<> respond(HttpRequest request, bool keepAlive);
    void upgrade(const HttpRequest &head, qsizetype headSize);
    void fail(int status, const QString &message,
              QList<std::pair<QByteArray, QByteArray>> headers = {}); // answer, then close
    void lingerThenClose();
    void close();

    static constexpr int kLingerMs = 2000;

    QTcpSocket *m_socket; // owned; null once upgraded
    const Router &m_router;
    const websocket::Endpoint &m_webSockets;
    HttpLimits m_limits;
    qsizetype m_needed = 0;   // bytes the request being read takes, once its head is read
    bool m_continued = false; // "100 Continue" sent for it
    QTimer m_idle;
    bool m_busy = false; // a request is being answered; the next one waits
    bool m_handedOver = false;
    bool m_upgraded = false;
    bool m_lingering = false; // refused: draining the client's input before closing
    bool m_lingerDone = false;
    bool m_streaming = false; // the response is an open-ended stream (HttpStream)
    bool m_streamDone = false;
};

} // namespace gonggu::server
