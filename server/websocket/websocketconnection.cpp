#include "websocketconnection.h"

#include <QLoggingCategory>
#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWebSocket, "gonggu.websocket")

namespace gonggu::server::websocket {

Connection::Connection(qintptr fd, QHostAddress peer, QByteArray handshakeResponse,
                       QByteArray pendingInput, ConnectionLimits limits, Poller &poller,
                       QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_peer(std::move(peer))
    , m_limits(limits)
    , m_reader(limits.maxMessageBytes)
    , m_output(std::move(handshakeResponse))
    , m_poller(&poller) {
    poller.watch(int(fd), this, true, false);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, &Connection::abort);
    scheduleFlush();
    if (!pendingInput.isEmpty()) {
        m_reader.feed(pendingInput);
        // After the owner has connected to messageReceived.
        QMetaObject::invokeMethod(
            this, [this] { onReadable(); }, Qt::QueuedConnection);
    }
}

Connection::~Connection() {
    if (m_poller)
        m_poller->forget(int(m_fd));
    if (m_fd >= 0)
        ::close(int(m_fd));
}

void Connection::sendText(std::initializer_list<QByteArrayView> parts) {
    if (isOpen())
        queue(Opcode::Text, parts);
}

void Connection::close(quint16 code, QByteArrayView reason) {
    if (!isOpen())
        return;
    queue(Opcode::Close, {closePayload(code, reason)});
    m_closeSent = true;
    m_closeTimer.start(m_limits.closeTimeoutMs);
}

void Connection::abort() {
    finish();
}

void Connection::queue(Opcode opcode, std::initializer_list<QByteArrayView> parts) {
    appendFrame(m_output, opcode, parts);
    if (m_output.size() > m_limits.maxPendingOutputBytes) {
        qCInfo(lcWebSocket) << "dropping a peer that does not read:" << m_output.size()
                            << "bytes pending";
        finish();
        return;
    }
    scheduleFlush();
}

void Connection::setInterest(bool reading, bool writing) {
    m_reading = reading;
    m_writing = writing;
    if (m_poller)
        m_poller->watch(int(m_fd), this, reading, writing);
}

void Connection::scheduleFlush() {
    // One send() per peer per event-loop pass, however many frames a fan-out queued.
    if (m_flushScheduled || m_writing)
        return;
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &Connection::flush, Qt::QueuedConnection);
}

void Connection::flush() {
    m_flushScheduled = false;
    if (m_finished)
        return;
    qsizetype sent = 0;
    while (sent < m_output.size()) {
        const ssize_t n = ::send(int(m_fd), m_output.constData() + sent,
                                 size_t(m_output.size() - sent), MSG_NOSIGNAL);
        if (n > 0) {
            sent += n;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        } else {
            finish(); // EPIPE, ECONNRESET: the peer is gone
            return;
        }
    }
    if (sent == m_output.size()) {
        m_output.clear(); // frees: an idle connection holds no buffer
        if (m_writing)
            setInterest(m_reading, false);
        if ((m_closeSent && !m_reading) || m_peerGone)
            finish(); // our Close answered theirs, or the peer stopped sending: done
    } else {
        m_output.remove(0, sent);
        if (!m_writing)
            setInterest(m_reading, true); // the kernel's buffer is full: wait for room
    }
}

void Connection::onWritable() {
    flush();
}

void Connection::onReadable() {
    if (m_finished)
        return;
    char chunk[16 * 1024];
    // Bounded, so one busy peer cannot starve the others in this pass.
    for (int round = 0; round < 4; ++round) {
        const ssize_t n = ::recv(int(m_fd), chunk, sizeof chunk, 0);
        if (n > 0) {
            m_reader.feed(QByteArrayView(chunk, n));
            if (n < qsizetype(sizeof chunk))
                break;
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            break;
        } else {
            // EOF or reset: deliver what was complete, then end.
            setInterest(false, m_writing);
            break;
        }
    }
    const bool peerGone = !m_reading;
    while (!m_finished) {
        ReadResult result = m_reader.next();
        if (std::holds_alternative<NeedMore>(result))
            break;
        if (auto *failure = std::get_if<Failure>(&result)) {
            qCDebug(lcWebSocket) << "closing:" << failure->reason;
            setInterest(false, m_writing);
            if (!m_closeSent) {
                queue(Opcode::Close, {closePayload(failure->closeCode, failure->reason)});
                m_closeSent = true;
                m_closeTimer.start(m_limits.closeTimeoutMs);
            }
            return;
        }
        handle(std::move(std::get<Message>(result)));
    }
    if (peerGone && !m_finished) {
        // What the last read earned (a RECEIPT, an ERROR, our Close) still goes
        // out: the peer may have half-closed and be reading. Bounded by the timer.
        m_peerGone = true;
        if (m_output.isEmpty()) {
            finish();
            return;
        }
        if (!m_closeTimer.isActive())
            m_closeTimer.start(m_limits.closeTimeoutMs);
        flush();
    }
}

void Connection::handle(Message message) {
    switch (message.opcode) {
    case Opcode::Text:
    case Opcode::Binary:
        if (!m_closeSent)
            Q_EMIT messageReceived(message.payload);
        return;
    case Opcode::Ping:
        if (!m_closeSent)
            queue(Opcode::Pong, {message.payload});
        return;
    case Opcode::Close:
        // Stop reading; answer with their code unless we already closed.
        setInterest(false, m_writing);
        if (!m_closeSent) {
            const QByteArray answer = message.payload.left(2);
            queue(Opcode::Close, {answer});
            m_closeSent = true;
            m_closeTimer.start(m_limits.closeTimeoutMs);
        } else if (m_output.isEmpty()) {
            finish(); // the answer to our Close: done
        } else {
            scheduleFlush(); // what we queued before our Close goes out first
        }
        return;
    case Opcode::Pong:
    case Opcode::Continuation:
        return;
    }
}

void Connection::finish() {
    if (m_finished)
        return;
    m_finished = true;
    m_closeSent = true;
    m_closeTimer.stop();
    setInterest(false, false);
    m_output.clear();
    // Unread input makes the kernel answer with a reset, which can destroy what
    // we sent last before the peer reads it: discard it first (bounded).
    char scratch[4096];
    for (int round = 0; round < 16; ++round) {
        const ssize_t n = ::recv(int(m_fd), scratch, sizeof scratch, MSG_DONTWAIT);
        if (n <= 0 && !(n < 0 && errno == EINTR))
            break;
    }
    ::shutdown(int(m_fd), SHUT_RDWR);
    Q_EMIT disconnected();
}

} // namespace gonggu::server::websocket
