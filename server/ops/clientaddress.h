// One key per client address for per-address limits: an IPv4-mapped IPv6
// address and the plain IPv4 address are the same client.
#pragma once

#include <QHostAddress>

namespace gonggu::server {

inline QString clientAddressKey(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace gonggu::server
