#include "rawwebsocket.h"

#include "common/utf8.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

QByteArray maskedFrame(quint8 firstByte, const QByteArray &payload, const QByteArray &mask) {
    QByteArray frame(1, char(firstByte));
    if (payload.size() < 126) {
        frame += char(0x80 | payload.size());
    } else if (payload.size() <= 0xFFFF) {
        frame += char(0x80 | 126);
        frame += char(payload.size() >> 8);
        frame += char(payload.size() & 0xFF);
    } else {
        frame += char(0x80 | 127);
        for (int shift = 56; shift >= 0; shift -= 8)
            frame += char((quint64(payload.size()) >> shift) & 0xFF);
    }
    frame += mask;
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    return frame;
}

bool RawWebSocket::connectTcp(quint16 port) {
    m_socket.connectToHost(QHostAddress(u"127.0.0.1"_s), port);
    return m_socket.waitForConnected(3000);
}

bool RawWebSocket::open(quint16 port, const QByteArray &extraHeaders,
                        const QByteArray &rightAfter) {
    if (!connectTcp(port))
        return false;
    m_socket.write("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
                   extraHeaders + "\r\n" + rightAfter);
    return readResponseHead();
}

bool RawWebSocket::readResponseHead(int timeoutMs) {
    for (;;) {
        if (const qsizetype end = m_buffer.indexOf("\r\n\r\n"); end >= 0) {
            m_head = m_buffer.left(end + 4);
            m_buffer.remove(0, end + 4);
            return true;
        }
        if (!waitForBytes(timeoutMs))
            return false;
    }
}

int RawWebSocket::status() const {
    return m_head.startsWith("HTTP/1.1 ") ? m_head.mid(9, 3).toInt() : 0;
}

QByteArray RawWebSocket::header(const QByteArray &name) const {
    for (const QByteArray &line : m_head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void RawWebSocket::write(const QByteArray &bytes) {
    m_socket.write(bytes);
    m_socket.flush();
}

void RawWebSocket::writeChopped(const QByteArray &bytes, qsizetype chunk) {
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        write(bytes.mid(at, chunk));
        m_socket.waitForBytesWritten(100);
        QThread::usleep(200);
    }
}

std::optional<ServerFrame> RawWebSocket::nextFrame(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (m_buffer.size() >= 2) {
            const quint8 first = quint8(m_buffer[0]);
            const quint8 second = quint8(m_buffer[1]);
            quint64 length = second & 0x7F;
            qsizetype header = 2;
            bool haveLength = true;
            if (length == 126) {
                haveLength = m_buffer.size() >= 4;
                header = 4;
                if (haveLength)
                    length = (quint8(m_buffer[2]) << 8) | quint8(m_buffer[3]);
            } else if (length == 127) {
                haveLength = m_buffer.size() >= 10;
                header = 10;
                if (haveLength) {
                    length = 0;
                    for (int i = 2; i < 10; ++i)
                        length = (length << 8) | quint8(m_buffer[i]);
                }
            }
            if (haveLength && quint64(m_buffer.size()) >= header + length) {
                ServerFrame frame{bool(first & 0x80), quint8(first & 0x0F),
                                  m_buffer.mid(header, qsizetype(length))};
                m_buffer.remove(0, header + qsizetype(length));
                if (m_closeReceived)
                    m_violations << u"a frame after the server's Close"_s;
                if (second & 0x80)
                    m_violations << u"a masked server frame"_s;
                if (first & 0x70)
                    m_violations << u"reserved bits in a server frame"_s;
                if ((frame.opcode & 0x8) && (!frame.fin || frame.payload.size() > 125))
                    m_violations << u"a fragmented or long control frame"_s;
                if (frame.opcode == 0x1 && !gonggu::isValidUtf8(frame.payload))
                    m_violations << u"a text frame that is not UTF-8"_s;
                if (frame.opcode == 0x8)
                    m_closeReceived = true;
                return frame;
            }
        }
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || !waitForBytes(int(left)))
            return std::nullopt;
    }
}

std::optional<QByteArray> RawWebSocket::nextMessage(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const auto frame = nextFrame(int(qMax<qint64>(1, timeoutMs - timer.elapsed())));
        if (!frame)
            return std::nullopt;
        if (frame->opcode == 0x8)
            return std::nullopt;
        if ((frame->opcode == 0x1 || frame->opcode == 0x2) && frame->payload != "\n")
            return frame->payload;
    }
}

bool RawWebSocket::waitForEnd(int timeoutMs) {
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        m_socket.waitForReadyRead(100);
        m_buffer += m_socket.readAll();
    }
    return m_socket.state() == QAbstractSocket::UnconnectedState;
}

bool RawWebSocket::waitForBytes(int timeoutMs) {
    if (m_socket.bytesAvailable() == 0 && !m_socket.waitForReadyRead(timeoutMs))
        return false;
    m_buffer += m_socket.readAll();
    return true;
}
