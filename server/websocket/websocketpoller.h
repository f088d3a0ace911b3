// Watches every upgraded connection's descriptor in one epoll set, which is
// itself watched by a single QSocketNotifier.
//
// Why: Qt 6.4's event dispatchers hand every socket notifier to poll(2) on
// every pass of the loop, so each wake-up cost O(connections) in the kernel
// (sock_poll and tcp_poll were three quarters of the server's CPU while
// 20,000 clients connected). epoll keeps the interest list in the kernel and
// reports only the descriptors that are ready.
#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <cstdint>
#include <optional>
#include <vector>

namespace gonggu::server::websocket {

class Poller : public QObject {
    Q_OBJECT
public:
    class Watcher {
    public:
        virtual void onReadable() = 0;
        virtual void onWritable() = 0;

    protected:
        ~Watcher() = default;
    };

    explicit Poller(QObject *parent = nullptr);
    ~Poller() override;

    // Sets what `watcher` waits for on `fd`; neither: not watched at all (so a
    // hung-up peer we no longer read from does not wake the loop forever).
    void watch(int fd, Watcher *watcher, bool readable, bool writable);
    void forget(int fd);

private:
    void dispatch();

    struct Entry {
        Watcher *watcher = nullptr;
        uint32_t events = 0; // as registered with epoll; 0: not in the set
    };
    int m_epoll;
    std::optional<QSocketNotifier> m_notifier;
    std::vector<Entry> m_entries; // indexed by descriptor
};

} // namespace gonggu::server::websocket
