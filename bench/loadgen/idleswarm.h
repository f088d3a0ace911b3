// Scenario 2's generator: N idle authenticated STOMP-over-WebSocket connections
// with heart-beats, on raw non-blocking sockets and one epoll set. A QWebSocket
// per connection made the generator, not the server, the limit past 10,000
// (Qt's dispatcher polls every descriptor on every pass); epoll only reports
// the sockets that have something to say.
#pragma once

#include "loadclient.h"
#include "loadoptions.h"

namespace gonggu::bench {

// Connects one client per spec (spreading them over 127.0.0.x source addresses
// so the ephemeral port range is no limit), prints {"connections","connectSeconds"},
// holds them for options.seconds with a heart-beat every 5 s, prints
// {"droppedWhileIdle"}. The exit code: 0 when every client connected and none dropped.
int runIdleSwarm(const LoadOptions &options, const QList<ClientSpec> &specs);

} // namespace gonggu::bench
