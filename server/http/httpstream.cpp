#include "httpstream.h"

#include <QLoggingCategory>
#include <QTcpSocket>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace gonggu::server {

QByteArray httpChunk(const QByteArray &data) {
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

HttpStream::HttpStream(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket) {
}

void HttpStream::write(const QByteArray &data) {
    if (m_finished || !m_socket || data.isEmpty())
        return;
    if (m_socket->bytesToWrite() > kMaxUnsentBytes) {
        qCInfo(lcHttp) << "dropping an event stream whose reader stopped reading";
        m_finished = true;
        m_socket->abort();
        return;
    }
    m_socket->write(httpChunk(data));
}

void HttpStream::finish() {
    if (std::exchange(m_finished, true) || !m_socket)
        return;
    m_socket->write("0\r\n\r\n");
    m_socket->disconnectFromHost(); // after what is buffered has gone out
}

} // namespace gonggu::server
