// The proxies (nginx in front of the instances) that may say who the client is.
// A request from one of them names its client in X-Forwarded-For, each proxy
// appending the address it saw: read from the right, the first address that is
// not a trusted proxy is the client. From anyone else the header is ignored, so a
// client cannot pick the address its limits are counted under. Empty (the
// default): the socket's peer is the client, whatever the headers say.
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <optional>

namespace gonggu::server {

class TrustedProxies {
public:
    // "127.0.0.1, 10.0.0.0/8, ::1": addresses or subnets, comma-separated;
    // nullopt when one of them is not.
    static std::optional<TrustedProxies> parse(const QString &list);

    bool isEmpty() const { return m_subnets.isEmpty(); }
    bool contains(const QHostAddress &address) const;
    // The client behind `peer`, given the request's X-Forwarded-For.
    QHostAddress clientOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;

private:
    QList<QPair<QHostAddress, int>> m_subnets;
};

} // namespace gonggu::server
