// What the HTTP front door needs to know to upgrade a request at /ws: the
// subprotocols on offer, the connection limits, the poller that watches the
// upgraded sockets, and who takes the connection.
#pragma once

#include "websocketconnection.h"

#include <functional>
#include <memory>

namespace gonggu::server::websocket {

struct Endpoint {
    QList<QByteArray> subprotocols; // in order of preference
    QByteArray serverName;
    ConnectionLimits limits;
    Poller *poller = nullptr;
    std::function<void(std::unique_ptr<Connection>)> accept;
};

} // namespace gonggu::server::websocket
