// Parses one HTTP/1.1 request from the bytes buffered on a connection. Pure (no
// socket), so the connection stays small and the parser can be fuzzed alone.
#pragma once

#include "ops/trustedproxies.h"

#include "httpmessage.h"

namespace gonggu::server {

struct HttpLimits {
    qsizetype maxHeaderBytes = 16 * 1024;
    qsizetype maxBodyBytes = 1024 * 1024;
    // POST /api/chat/rooms/{id}/files only: a photo is bigger than any JSON body.
    qsizetype maxUploadBytes = 10 * 1024 * 1024;
    int idleTimeoutMs = 30'000;
    // Who may name the client in X-Forwarded-For (the request's `peer`).
    TrustedProxies trustedProxies;

    qsizetype largestBody() const { return qMax(maxBodyBytes, maxUploadBytes); }
};

struct ParsedHttpRequest {
    enum class Kind {
        Incomplete, // wait for more bytes
        Invalid,    // answer `status` with `error`, then close
        Upgrade,    // a WebSocket upgrade to /ws: `request` has its head, `consumed` its size
        Complete,   // `request` is whole and `consumed` bytes belong to it
    };
    Kind kind = Kind::Incomplete;
    int status = 0;
    QString error;
    HttpRequest request;
    qsizetype consumed = 0;
    bool keepAlive = false;
    // Incomplete with its head read: how many bytes the whole request takes (0 if
    // unknown, chunked), and whether the client waits for "100 Continue" first.
    qsizetype needed = 0;
    bool expectsContinue = false;
};

ParsedHttpRequest parseHttpRequest(QByteArrayView buffered, const HttpLimits &limits);

} // namespace gonggu::server
