// The trade service's end of the webhooks, for the tests: a real HTTP server on
// loopback that keeps every request it got and answers with `status`.
#pragma once

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

// One HTTP/1.1 request per connection is enough here.
class Receiver : public QObject {
public:
    struct Delivery {
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
        QJsonObject json;
    };
    QList<Delivery> deliveries;
    int status = 200;

    bool listen(quint16 port = 0) {
        if (!m_server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        return true;
    }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }

    // Events answered 2xx, by id (a retry of an answered one would appear twice).
    QList<Delivery> accepted() const {
        QList<Delivery> list;
        for (const Delivery &d : deliveries) {
            if (d.headers.value("x-test-status") == "200")
                list.append(d);
        }
        return list;
    }

private:
    void read(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Delivery d;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                d.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const int length = d.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return;
        d.body = buffer.mid(end + 4, length);
        d.json = QJsonDocument::fromJson(d.body).object();
        d.headers.insert("x-test-status", QByteArray::number(status));
        deliveries.append(d);
        m_buffers.remove(socket);
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
