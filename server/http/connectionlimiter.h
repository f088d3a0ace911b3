// Open connections per client address, HTTP and WebSocket together. The HTTP
// server takes a place when it accepts a socket and gives it back when the
// connection ends, unless it was upgraded: then the place goes with the socket
// to the STOMP server, which gives it back when the session ends.
//
// Upgraded sockets travel through here because in Qt 6.4 a QWebSocket made by
// QWebSocketServer::handleConnection() never deletes its QTcpSocket (and drops
// every signal connection of it, `destroyed` included), so the STOMP server
// must delete it itself.
#pragma once

#include "ops/clientaddress.h"

#include <QHash>
#include <QPointer>
#include <QTcpSocket>

namespace gonggu::server {

class ConnectionLimiter {
public:
    explicit ConnectionLimiter(int maxPerAddress)
        : m_maxPerAddress(maxPerAddress) {}

    bool tryAcquire(const QHostAddress &address) {
        int &open = m_open[clientAddressKey(address)];
        if (open >= m_maxPerAddress)
            return false;
        ++open;
        return true;
    }
    void release(const QHostAddress &address) {
        const QString key = clientAddressKey(address);
        if (auto it = m_open.find(key); it != m_open.end() && --*it <= 0)
            m_open.erase(it);
    }

    void handOver(QTcpSocket *socket) {
        m_handedOver.insert(endpoint(socket->peerAddress(), socket->peerPort()), socket);
    }
    // The TCP socket under a just-accepted WebSocket (null if unknown or gone).
    QPointer<QTcpSocket> takeHandedOver(const QHostAddress &address, quint16 port) {
        return m_handedOver.take(endpoint(address, port));
    }
    // A handed-over socket went away before any WebSocket took it (failed
    // handshake): true if it was still waiting, and its place is then free.
    bool dropHandedOver(const QHostAddress &address, quint16 port) {
        if (!m_handedOver.remove(endpoint(address, port)))
            return false;
        release(address);
        return true;
    }

private:
    static QString endpoint(const QHostAddress &address, quint16 port) {
        return clientAddressKey(address) + u'#' + QString::number(port);
    }

    int m_maxPerAddress;
    QHash<QString, int> m_open;
    QHash<QString, QPointer<QTcpSocket>> m_handedOver;
};

} // namespace gonggu::server
