// The body of a response that goes on after its head (Server-Sent Events): each
// write is one chunk (RFC 9112 7.1), finish() sends the last chunk and closes.
// Owned by its HttpConnection; gone (a QPointer reads null) when the client is.
#pragma once

#include <QObject>
#include <QPointer>

class QTcpSocket;

namespace gonggu::server {

class HttpStream : public QObject {
    Q_OBJECT
public:
    HttpStream(QTcpSocket *socket, QObject *parent);

    // Bytes the client has not taken yet: a reader that stops reading is dropped
    // rather than buffered for without bound.
    static constexpr qint64 kMaxUnsentBytes = 1 << 20;

    void write(const QByteArray &data);
    void finish();

private:
    QPointer<QTcpSocket> m_socket;
    bool m_finished = false;
};

QByteArray httpChunk(const QByteArray &data);

} // namespace gonggu::server
