#include "websocketpoller.h"

#include <QLoggingCategory>
#include <cerrno>
#include <cstring>
#include <sys/epoll.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcWebSocket)

namespace gonggu::server::websocket {

namespace {
// Ready descriptors handled per wake-up; more stay ready and wake the loop
// again, after timers and other sockets had their turn.
constexpr int kBatch = 256;
} // namespace

Poller::Poller(QObject *parent)
    : QObject(parent)
    , m_epoll(epoll_create1(EPOLL_CLOEXEC)) {
    if (m_epoll < 0)
        qFatal("epoll_create1: %s", std::strerror(errno));
    m_notifier.emplace(m_epoll, QSocketNotifier::Read);
    connect(&*m_notifier, &QSocketNotifier::activated, this, &Poller::dispatch);
}

Poller::~Poller() {
    m_notifier.reset();
    ::close(m_epoll);
}

void Poller::watch(int fd, Watcher *watcher, bool readable, bool writable) {
    if (fd < 0)
        return;
    if (size_t(fd) >= m_entries.size())
        m_entries.resize(size_t(fd) + 1);
    Entry &entry = m_entries[size_t(fd)];
    entry.watcher = watcher;
    const uint32_t events =
        (readable ? uint32_t(EPOLLIN) : 0) | (writable ? uint32_t(EPOLLOUT) : 0);
    if (events == entry.events)
        return;
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    const int operation = events == 0         ? EPOLL_CTL_DEL
                          : entry.events == 0 ? EPOLL_CTL_ADD
                                              : EPOLL_CTL_MOD;
    if (epoll_ctl(m_epoll, operation, fd, &event) != 0)
        qCWarning(lcWebSocket) << "epoll_ctl:" << std::strerror(errno);
    entry.events = events;
}

void Poller::forget(int fd) {
    if (fd < 0 || size_t(fd) >= m_entries.size())
        return;
    Entry &entry = m_entries[size_t(fd)];
    if (entry.events != 0)
        epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr);
    entry = {};
}

void Poller::dispatch() {
    epoll_event ready[kBatch];
    const int count = epoll_wait(m_epoll, ready, kBatch, 0);
    for (int i = 0; i < count; ++i) {
        const auto fd = size_t(ready[i].data.fd);
        // Looked up again before each call: a callback may end another
        // connection of this batch, which forgets its descriptor.
        const auto wants = [&](uint32_t interest) {
            return fd < m_entries.size() && m_entries[fd].watcher &&
                   (m_entries[fd].events & interest);
        };
        const uint32_t what = ready[i].events;
        if ((what & (EPOLLOUT | EPOLLERR | EPOLLHUP)) && wants(EPOLLOUT))
            m_entries[fd].watcher->onWritable();
        if ((what & (EPOLLIN | EPOLLERR | EPOLLHUP)) && wants(EPOLLIN))
            m_entries[fd].watcher->onReadable();
    }
}

} // namespace gonggu::server::websocket
