// libFuzzer target: raw bytes go through the HTTP request parser and, when they
// make a whole request, through the real router and REST handlers of a server on
// a scratch SQLite database. Any status is fine; a crash, a status outside
// 200..599, or a JSON response that is not a JSON object is a bug.
//
// The first input byte chooses the caller: no token, a buyer, a seller or the
// trade service, so the fuzzer reaches the handlers behind authentication.
// Built-in accounts are off: their Argon2id hashing would make each input take
// ~0.1 s and starve the search (login and register bodies use the same strict
// decoders that fuzz_json_decoders covers).
#include "app/gongguserver.h"
#include "auth/tokenservice.h"
#include "http/httprequestparser.h"
#include "http/router.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>
#include <qcoro/qcorotask.h>

using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {

struct Fixture {
    QTemporaryDir dataDir;
    std::unique_ptr<GongguServer> server;
    QList<QByteArray> authorizations; // index = caller kind
};

Fixture *fixture = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    fixture = new Fixture;
    ServerConfig config;
    config.dataDir = fixture->dataDir.path();
    config.builtinAccounts = false;
    config.rateLimitPerSecond = 1e9; // the limiter is tested elsewhere; here it hides handlers
    config.rateLimitBurst = 1'000'000'000;
    fixture->server = std::make_unique<GongguServer>(config);
    if (const auto started = fixture->server->start(false); !started) {
        qFatal("cannot start the server: %s", qPrintable(started.error().message));
    }
    const TokenService &tokens = fixture->server->tokens();
    fixture->authorizations = {
        {},
        "Bearer " + tokens.issue({u"buyer-1"_s, u"Buyer"_s, {}}).token.toUtf8(),
        "Bearer " + tokens.issue({u"seller-1"_s, u"Seller"_s, {}}).token.toUtf8(),
        "Bearer " + tokens.issue({u"trade"_s, u"Trade"_s, {u"rooms:write"_s}}).token.toUtf8(),
    };
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    HttpLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    ParsedHttpRequest parsed = parseHttpRequest(bytes, limits);
    if (parsed.kind == ParsedHttpRequest::Kind::Invalid &&
        (((parsed.status < 400 || parsed.status > 499) && parsed.status != 501) ||
         parsed.error.isEmpty())) // 501: a transfer coding we do not implement
        std::abort();
    if (parsed.kind != ParsedHttpRequest::Kind::Complete)
        return 0;
    if (parsed.consumed <= 0 || parsed.consumed > bytes.size())
        std::abort();
    const QByteArray &authorization =
        fixture->authorizations[data[0] % fixture->authorizations.size()];
    if (!authorization.isEmpty())
        parsed.request.headers.insert("authorization", authorization);

    const HttpResponse response =
        QCoro::waitFor(fixture->server->router().dispatch(std::move(parsed.request)));
    if (response.status < 200 || response.status > 599)
        std::abort();
    if (response.contentType == "application/json" && !response.body.isEmpty() &&
        !QJsonDocument::fromJson(response.body).isObject())
        std::abort();
    return 0;
}
