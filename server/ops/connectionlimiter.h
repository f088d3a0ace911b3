// Open connections per client address, HTTP and WebSocket together. The HTTP
// server takes a place when it accepts a socket and gives it back when the
// connection ends, unless it was upgraded: then the place goes with the
// WebSocket to the STOMP server, which gives it back when the session ends.
// A trusted proxy carries many clients' connections: it is not limited here
// (nginx limits its clients on its side).
#pragma once

#include "ops/clientaddress.h"
#include "ops/trustedproxies.h"

#include <QHash>
#include <QHostAddress>

namespace gonggu::server {

class ConnectionLimiter {
public:
    explicit ConnectionLimiter(int maxPerAddress, TrustedProxies unlimited = {})
        : m_maxPerAddress(maxPerAddress)
        , m_unlimited(std::move(unlimited)) {}

    bool tryAcquire(const QHostAddress &address) {
        if (m_unlimited.contains(address))
            return true;
        int &open = m_open[clientAddressKey(address)];
        if (open >= m_maxPerAddress)
            return false;
        ++open;
        return true;
    }
    void release(const QHostAddress &address) {
        if (m_unlimited.contains(address))
            return;
        const QString key = clientAddressKey(address);
        if (auto it = m_open.find(key); it != m_open.end() && --*it <= 0)
            m_open.erase(it);
    }

private:
    int m_maxPerAddress;
    TrustedProxies m_unlimited;
    QHash<QString, int> m_open;
};

} // namespace gonggu::server
