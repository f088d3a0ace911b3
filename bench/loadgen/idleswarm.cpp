#include "idleswarm.h"

#include "common/stomp/stompframe.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace gonggu::bench {

namespace {

constexpr int kInFlight = 512; // handshakes at once: the listen backlog's share
// Per source address: connect() searches the ephemeral range for a free port,
// which got slow (most of the generator's CPU) as one address's range filled.
constexpr int kPerSourceAddress = 2'000;
constexpr qint64 kConnectTimeoutMs = 600'000;
constexpr qint64 kHeartbeatEveryMs = 5'000; // we promise 10 s: keep it with margin

enum class State { Connecting, Upgrading, Stomping, Ready, Dead };

struct Client {
    int fd = -1;
    State state = State::Connecting;
    QByteArray in;
    QByteArray out;            // not yet accepted by the kernel
    bool watchingWrite = true; // registered for EPOLLOUT (connect completion, or a full buffer)
};

// A client-to-server WebSocket frame: FIN, the opcode, masked as RFC 6455 requires.
QByteArray maskedFrame(quint8 opcode, QByteArrayView payload) {
    QByteArray frame;
    frame.reserve(payload.size() + 14);
    frame.append(char(0x80 | opcode));
    if (payload.size() < 126) {
        frame.append(char(0x80 | payload.size()));
    } else if (payload.size() <= 0xffff) {
        frame.append(char(0x80 | 126));
        frame.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
    } else {
        frame.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((quint64(payload.size()) >> shift) & 0xff));
    }
    const quint32 key = QRandomGenerator::global()->generate();
    const char mask[4] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
    frame.append(mask, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload[i] ^ mask[i % 4]));
    return frame;
}

class Swarm {
public:
    Swarm(const LoadOptions &options, const QList<ClientSpec> &specs)
        : m_options(options)
        , m_specs(specs)
        , m_clients(size_t(specs.size()))
        , m_epoll(epoll_create1(EPOLL_CLOEXEC)) {
        const QUrl &url = options.webSocketUrl;
        m_port = quint16(url.port(80));
        m_request = "GET " + (url.path().isEmpty() ? QByteArray("/") : url.path().toUtf8()) +
                    " HTTP/1.1\r\nHost: " + url.host().toUtf8() + ':' + QByteArray::number(m_port) +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: v12.stomp\r\n"
                    "Sec-WebSocket-Key: ";
        inet_pton(AF_INET, url.host().toUtf8().constData(), &m_target);
    }
    ~Swarm() {
        for (Client &client : m_clients)
            if (client.fd >= 0)
                ::close(client.fd);
        ::close(m_epoll);
    }

    int run() {
        if (m_epoll < 0 || m_target.s_addr == 0) {
            std::fprintf(stderr, "gonggu-loadgen: --idle needs an IPv4 --ws address\n");
            return 1;
        }
        QElapsedTimer connecting;
        connecting.start();
        m_heartbeat.start();
        while (m_ready + m_failed < int(m_clients.size())) {
            while (m_next < m_clients.size() && m_inFlight < kInFlight)
                open(m_next++);
            if (connecting.elapsed() > kConnectTimeoutMs)
                break;
            poll(100);
        }
        const int connected = m_ready;
        std::printf("{\"connections\":%d,\"failedToConnect\":%d,\"connectSeconds\":%.3f}\n",
                    connected, int(m_clients.size()) - connected,
                    double(connecting.elapsed()) / 1000.0);
        std::fflush(stdout);
        QElapsedTimer holding;
        holding.start();
        while (holding.elapsed() < qint64(m_options.seconds * 1000))
            poll(100);
        std::printf("{\"droppedWhileIdle\":%d}\n", m_dropped);
        std::fflush(stdout);
        return connected == int(m_clients.size()) && m_dropped == 0 ? 0 : 1;
    }

private:
    void open(size_t index) {
        Client &client = m_clients[index];
        ++m_inFlight;
        client.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (client.fd < 0)
            return fail(client, "socket", errno);
        // 127.0.0.1, .2, ...: each source address has its own ephemeral port range.
        const int one = 1;
        setsockopt(client.fd, IPPROTO_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
        setsockopt(client.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if ((ntohl(m_target.s_addr) >> 24) == 127) {
            sockaddr_in source{};
            source.sin_family = AF_INET;
            source.sin_addr.s_addr = htonl((127u << 24) + 1 + quint32(index / kPerSourceAddress));
            if (::bind(client.fd, reinterpret_cast<sockaddr *>(&source), sizeof source) != 0)
                return fail(client, "bind", errno);
        }
        sockaddr_in target{};
        target.sin_family = AF_INET;
        target.sin_port = htons(m_port);
        target.sin_addr = m_target;
        if (::connect(client.fd, reinterpret_cast<sockaddr *>(&target), sizeof target) != 0 &&
            errno != EINPROGRESS)
            return fail(client, "connect", errno);
        epoll_event event{};
        event.events = EPOLLIN | EPOLLOUT;
        event.data.u64 = index;
        epoll_ctl(m_epoll, EPOLL_CTL_ADD, client.fd, &event);
    }

    void poll(int timeoutMs) {
        epoll_event events[256];
        const int count = epoll_wait(m_epoll, events, 256, timeoutMs);
        for (int i = 0; i < count; ++i) {
            Client &client = m_clients[size_t(events[i].data.u64)];
            if (client.state == State::Dead)
                continue;
            if (events[i].events & EPOLLOUT)
                writable(client);
            if (client.state != State::Dead && (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                readable(client);
        }
        if (m_heartbeat.elapsed() >= kHeartbeatEveryMs) {
            m_heartbeat.restart();
            const QByteArray beat = maskedFrame(0x1, "\n");
            for (Client &client : m_clients)
                if (client.state == State::Ready)
                    send(client, beat);
        }
    }

    void writable(Client &client) {
        if (client.state == State::Connecting) {
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(client.fd, SOL_SOCKET, SO_ERROR, &error, &length);
            if (error != 0)
                return fail(client, "connect", error);
            client.state = State::Upgrading;
            QByteArray key(16, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key.data()), 4);
            send(client, m_request + key.toBase64() + "\r\n\r\n");
            return;
        }
        flush(client);
    }

    void readable(Client &client) {
        char buffer[16384];
        for (;;) {
            const ssize_t got = ::read(client.fd, buffer, sizeof buffer);
            if (got > 0) {
                client.in.append(buffer, got);
                continue;
            }
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            return fail(client, got == 0 ? "closed by the server" : "read", got == 0 ? 0 : errno);
        }
        if (client.state == State::Upgrading) {
            const qsizetype end = client.in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            if (!client.in.startsWith("HTTP/1.1 101"))
                return fail(client, client.in.left(client.in.indexOf('\r')).constData(), 0);
            client.in.remove(0, end + 4);
            client.state = State::Stomping;
            stomp::Frame connect{
                stomp::Command::Connect,
                {{"accept-version", "1.2"}, {"host", "/"}, {"heart-beat", "10000,10000"}},
                {}};
            const ClientSpec &spec = m_specs[&client - m_clients.data()];
            for (const auto &[name, value] : spec.login)
                connect.add(name, value);
            send(client, maskedFrame(0x1, connect.serialize()));
        }
        readFrames(client);
    }

    // Server frames are unmasked: a header, then the payload.
    void readFrames(Client &client) {
        while (client.state != State::Dead && client.in.size() >= 2) {
            const auto *bytes = reinterpret_cast<const quint8 *>(client.in.constData());
            const quint8 opcode = bytes[0] & 0x0f;
            quint64 length = bytes[1] & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (client.in.size() < 4)
                    return;
                length = (quint64(bytes[2]) << 8) | bytes[3];
                header = 4;
            } else if (length == 127) {
                if (client.in.size() < 10)
                    return;
                length = 0;
                for (int i = 2; i < 10; ++i)
                    length = (length << 8) | bytes[i];
                header = 10;
            }
            if (quint64(client.in.size() - header) < length)
                return;
            const QByteArray payload = client.in.mid(header, qsizetype(length));
            client.in.remove(0, header + qsizetype(length));
            if (opcode == 0x8)
                return fail(client, "WebSocket close from the server", 0);
            if (opcode == 0x9)
                send(client, maskedFrame(0xA, payload));
            if (opcode != 0x1)
                continue;
            if (payload.startsWith("ERROR"))
                return fail(client, payload.left(payload.indexOf("\n\n")).constData(), 0);
            if (client.state == State::Stomping && payload.startsWith("CONNECTED")) {
                client.state = State::Ready;
                --m_inFlight;
                ++m_ready;
            }
        }
    }

    void send(Client &client, const QByteArray &bytes) {
        client.out.append(bytes);
        flush(client);
    }

    void flush(Client &client) {
        while (!client.out.isEmpty()) {
            const ssize_t sent =
                ::send(client.fd, client.out.constData(), size_t(client.out.size()), MSG_NOSIGNAL);
            if (sent < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    break;
                return fail(client, "send", errno);
            }
            client.out.remove(0, sent);
        }
        if (client.watchingWrite == !client.out.isEmpty())
            return;
        client.watchingWrite = !client.out.isEmpty();
        epoll_event event{};
        event.events = EPOLLIN | (client.watchingWrite ? EPOLLOUT : 0);
        event.data.u64 = quint64(&client - m_clients.data());
        epoll_ctl(m_epoll, EPOLL_CTL_MOD, client.fd, &event);
    }

    void fail(Client &client, const char *what, int error) {
        if (client.state == State::Ready) {
            --m_ready;
            ++m_dropped;
        } else {
            --m_inFlight;
            ++m_failed;
        }
        if (m_failed + m_dropped <= 3) // the first few say why; the rest would repeat it
            std::fprintf(stderr, "gonggu-loadgen: idle client: %s%s%s\n", what, error ? ": " : "",
                         error ? std::strerror(error) : "");
        client.state = State::Dead;
        client.in = {};
        client.out = {};
        if (client.fd >= 0) {
            ::close(client.fd); // also leaves the epoll set
            client.fd = -1;
        }
    }

    const LoadOptions &m_options;
    const QList<ClientSpec> &m_specs;
    std::vector<Client> m_clients;
    int m_epoll;
    in_addr m_target{};
    quint16 m_port = 80;
    QByteArray m_request; // the upgrade request up to its Sec-WebSocket-Key value
    QElapsedTimer m_heartbeat;
    size_t m_next = 0;
    int m_inFlight = 0;
    int m_ready = 0;
    int m_failed = 0;
    int m_dropped = 0;
};

} // namespace

int runIdleSwarm(const LoadOptions &options, const QList<ClientSpec> &specs) {
    return Swarm(options, specs).run();
}

} // namespace gonggu::bench
