// A WebSocket client that writes exactly the bytes a test gives it, over a
// plain TCP socket, and reads the server's frames without forgiving anything:
// every frame the server sends is checked against RFC 6455 (unmasked, no
// reserved bits, short final control frames, text that is UTF-8).
#pragma once

#include <QHostAddress>
#include <QTcpSocket>
#include <optional>

// A masked client frame; lengths of 7, 16 and 64 bits.
QByteArray maskedFrame(quint8 firstByte, const QByteArray &payload,
                       const QByteArray &mask = QByteArray("\x0f\xa1\x3c\x77", 4));

struct ServerFrame {
    bool fin = true;
    quint8 opcode = 0;
    QByteArray payload;
    quint16 closeCode() const {
        return payload.size() >= 2 ? quint16((uchar(payload[0]) << 8) | uchar(payload[1])) : 0;
    }
};

class RawWebSocket {
public:
    // Sends the opening handshake (GET /ws, key, `extraHeaders`) and, in the same
    // write, `rightAfter`; true once a response head arrived (of any status).
    bool open(quint16 port, const QByteArray &extraHeaders = {}, const QByteArray &rightAfter = {});
    // The TCP connection alone, for handshakes written by the test.
    bool connectTcp(quint16 port);
    bool readResponseHead(int timeoutMs = 5000);
    QByteArray responseHead() const { return m_head; }
    int status() const;                              // of the response head
    QByteArray header(const QByteArray &name) const; // of the response head, case-insensitive

    void write(const QByteArray &bytes);
    // Writes `bytes` in pieces of `chunk` bytes, each its own TCP segment.
    void writeChopped(const QByteArray &bytes, qsizetype chunk);
    // Leaves what the server sends in the kernel, as a stalled phone would.
    void stopReading() { m_socket.setReadBufferSize(1); }
    void resumeReading() { m_socket.setReadBufferSize(0); }

    std::optional<ServerFrame> nextFrame(int timeoutMs = 5000);
    // The next data frame's payload, skipping heart-beats ("\n") and pongs.
    std::optional<QByteArray> nextMessage(int timeoutMs = 5000);
    // True once the server has closed the TCP connection.
    bool waitForEnd(int timeoutMs = 5000);
    // Bytes the server sent after its Close frame, or any frame breaking RFC 6455.
    const QStringList &violations() const { return m_violations; }

private:
    bool waitForBytes(int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QByteArray m_head;
    bool m_closeReceived = false;
    QStringList m_violations;
};
