#pragma once

#include "common/result.h"

#include <qcoro/qcorotask.h>

namespace gonggu::server {

class GongguServer;

inline constexpr auto kDemoPassword = "gonggu-demo";

// A seller, three buyers and four group buys (active, closed, cancelled) with
// chat history. Safe to run again: nothing is created twice.
QCoro::Task<Status> seedDemo(GongguServer &server);

} // namespace gonggu::server
