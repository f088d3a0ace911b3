// Where log lines go and in what shape. Text for people at a terminal, JSON
// lines for log shippers. Categories (gonggu.stomp, gonggu.rooms, ...) and
// levels are set separately with QLoggingCategory rules (--log-rules).
//
// What is logged is decided at each call site, and never includes message
// text, tokens or delivery addresses (docs/security.md).
#pragma once

namespace gonggu::server {

enum class LogFormat { Text, Json };

// Installs the message handler for the whole process (stderr).
void installLogHandler(LogFormat format);

} // namespace gonggu::server
