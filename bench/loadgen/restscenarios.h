// Scenarios 3 and 4, against Gonggu only (RabbitMQ keeps no history and has no
// rooms to join). Each prints one JSON line and returns the exit status.
#pragma once

#include "loadoptions.h"

namespace gonggu::bench {

// Scenario 3: fills --rooms rooms with --history messages in all (over STOMP,
// the real write path: validated, encrypted, committed), then times the newest
// 50-message page and a deep `before` page of random rooms over REST.
int runHistory(const LoadOptions &options);

// Scenario 4: --join-storm clients join rooms of --room-max places at once,
// each on its own connection; counts who got in and checks nobody overshot.
int runJoinStorm(const LoadOptions &options);

} // namespace gonggu::bench
