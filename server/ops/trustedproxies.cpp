#include "trustedproxies.h"

#include <QStringList>

namespace gonggu::server {

namespace {

// An IPv4-mapped IPv6 address is the IPv4 client it maps.
QHostAddress plain(const QHostAddress &address) {
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const QString &list) {
    TrustedProxies proxies;
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (entry.isEmpty())
            continue;
        QPair<QHostAddress, int> subnet;
        if (entry.contains(u'/')) {
            subnet = QHostAddress::parseSubnet(entry);
            if (subnet.first.isNull())
                return std::nullopt;
        } else {
            const QHostAddress address(entry);
            if (address.isNull())
                return std::nullopt;
            subnet = {address, address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128};
        }
        proxies.m_subnets.append(subnet);
    }
    return proxies;
}

bool TrustedProxies::contains(const QHostAddress &address) const {
    const QHostAddress client = plain(address);
    for (const auto &subnet : m_subnets) {
        if (client.isInSubnet(subnet))
            return true;
    }
    return false;
}

QHostAddress TrustedProxies::clientOf(const QHostAddress &peer,
                                      const QByteArray &forwardedFor) const {
    if (m_subnets.isEmpty() || forwardedFor.isEmpty() || !contains(peer))
        return peer;
    QHostAddress client = peer;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto hop = hops.crbegin(); hop != hops.crend(); ++hop) {
        const QHostAddress address(QString::fromLatin1(hop->trimmed()));
        if (address.isNull())
            break; // garbage: trust nothing further left
        client = plain(address);
        if (!contains(client))
            break;
    }
    return client;
}

} // namespace gonggu::server
