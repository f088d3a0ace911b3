// One upgraded WebSocket connection, on the socket's file descriptor itself.
//
// Why not QWebSocket: Qt 6.4's QAbstractSocket keeps a 32 KiB write chunk for
// the life of every socket (QRingBuffer holds one block once used), which was
// most of an idle connection's memory, and QWebSocket turns every frame into a
// QString and back. Here an idle connection holds no buffer at all, frames go
// out as the bytes the STOMP layer built, and what one event-loop pass queued
// for a peer leaves in one send().
#pragma once

#include "websocketframes.h"
#include "websocketpoller.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace gonggu::server::websocket {

struct ConnectionLimits {
    qsizetype maxMessageBytes = 128 * 1024;
    // Output a peer has not taken yet; beyond this it is too slow and is dropped.
    qsizetype maxPendingOutputBytes = 8 * 1024 * 1024;
    int closeTimeoutMs = 5000; // wait for the peer's Close after ours
};

class Connection : public QObject, private Poller::Watcher {
    Q_OBJECT
public:
    // Takes `fd` (connected, non-blocking): it is closed with this object.
    // `handshakeResponse` goes out first; `pendingInput` was read with the request.
    Connection(qintptr fd, QHostAddress peer, QByteArray handshakeResponse, QByteArray pendingInput,
               ConnectionLimits limits, Poller &poller, QObject *parent = nullptr);
    ~Connection() override;

    const QHostAddress &peerAddress() const { return m_peer; }
    bool isOpen() const { return m_fd >= 0 && !m_closeSent; }

    // One text message made of `parts` in order, without assembling it first.
    void sendText(std::initializer_list<QByteArrayView> parts);
    // Starts the close handshake; the connection ends when the peer answers
    // or after ConnectionLimits::closeTimeoutMs.
    void close(quint16 code, QByteArrayView reason = {});
    // Ends at once, without a handshake (the peer is gone or misbehaves).
    void abort();

Q_SIGNALS:
    void messageReceived(const QByteArray &payload); // text or binary
    void disconnected();                             // once, after which nothing is sent

private:
    void onReadable() override;
    void onWritable() override;
    void setInterest(bool reading, bool writing);
    void handle(Message message);
    void queue(Opcode opcode, std::initializer_list<QByteArrayView> parts);
    void scheduleFlush();
    void flush();
    void finish();

    qintptr m_fd;
    QHostAddress m_peer;
    ConnectionLimits m_limits;
    FrameReader m_reader;
    QByteArray m_output;       // frames not yet handed to the kernel
    QPointer<Poller> m_poller; // outlives us unless the server is being torn down
    bool m_reading = true;     // false once the peer is gone or sent Close
    bool m_writing = false;    // the kernel's buffer was full: waiting for room
    QTimer m_closeTimer;
    bool m_flushScheduled = false;
    bool m_closeSent = false;
    bool m_peerGone = false; // EOF or reset: finish once the output is out
    bool m_finished = false;
};

} // namespace gonggu::server::websocket
