// Scenario 3 against Gonggu only (RabbitMQ keeps no history).
#pragma once

#include "loadoptions.h"

namespace gonggu::bench {

// Fills --rooms rooms with --history messages in all (over STOMP, the real
// write path: validated, encrypted, committed), then times the newest
// 50-message page and a deep `before` page of random rooms over REST.
int runHistory(const LoadOptions &options);

} // namespace gonggu::bench
