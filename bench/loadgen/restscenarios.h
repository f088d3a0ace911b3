// Scenario 4, against Gonggu only (RabbitMQ has no rooms to join). Prints one
// JSON line and returns the exit status.
#pragma once

#include "loadoptions.h"

namespace gonggu::bench {

// Scenario 4: --join-storm clients join rooms of --room-max places at once,
// each on its own connection; counts who got in and checks nobody overshot.
int runJoinStorm(const LoadOptions &options);

} // namespace gonggu::bench
