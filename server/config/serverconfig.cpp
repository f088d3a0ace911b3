#include "serverconfig.h"

#include "ops/trustedproxies.h"

#include "inifile.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gonggu::server {

const QList<ConfigOption> &configOptions() {
    static const QList<ConfigOption> options{
        {"config", "INI file with a [server] section.", "file"},
        {"listen", "Address to listen on (default: any).", "address"},
        {"port", "TCP port for HTTP and WebSocket (default 8080).", "port"},
        {"data-dir", "Directory for secrets, the SQLite file and uploads.", "dir"},
        {"database", "postgresql://user:password@host:port/db (default: SQLite in data-dir).",
         "url"},
        {"redis",
         "redis://host:port: share messages and room changes with other instances (default "
         "off).",
         "url"},
        {"jwt-secret-file", "HS256 secret file (default: data-dir/jwt-secret, generated).", "file"},
        {"jwt-issuer", "Issuer (iss) of tokens issued and accepted (default gonggu).", "name"},
        {"token-lifetime", "Lifetime of issued tokens in seconds (default 604800).", "seconds"},
        {"accounts", "Built-in accounts on or off (default on).", "on|off"},
        {"rate-limit", "Messages per second per user (default 5).", "rate"},
        {"rate-burst", "Burst size of the per-user rate limit (default 10).", "count"},
        {"heartbeat", "STOMP heart-beat interval in ms offered and requested (default 10000).",
         "ms"},
        {"max-connections-per-address",
         "Open connections allowed from one IP address (default 256).", "count"},
        {"trusted-proxies",
         "Proxies whose X-Forwarded-For names the client (addresses or subnets, "
         "comma-separated; default none: the socket's peer is the client).",
         "list"},
        {"max-subscriptions", "Subscriptions allowed on one STOMP connection (default 256).",
         "count"},
        {"login-attempts",
         "Failed logins allowed per account and per address in 15 minutes (default 10).", "count"},
        {"history-cache",
         "Memory for the newest messages of recently used rooms, in MiB; 0 turns it off "
         "(default 64).",
         "MiB"},
        {"external-jwt-algorithm",
         "Accept tokens of an external issuer signed with RS256 or ES256.", "RS256|ES256"},
        {"external-jwt-public-key", "PEM public key of the external issuer.", "file"},
        {"external-jwt-issuer", "Issuer (iss) required in external tokens.", "name"},
        {"encryption-key-file",
         "Message encryption keys (default: data-dir/message-keys, generated).", "file"},
        {"files-dir",
         "Directory of uploaded files (default: data-dir/files; one shared directory for "
         "several instances).",
         "dir"},
        {"max-file-size", "Largest uploaded file in MiB (default 10).", "MiB"},
        {"webhook-url",
         "http(s):// URL of the trade service to POST events to (closes, cancellations, "
         "orders, pickups; default off).",
         "url"},
        {"webhook-secret-file", "File holding the HMAC-SHA256 key that signs each webhook.",
         "file"},
        {"log-rules", "QLoggingCategory rules, e.g. gonggu.*.debug=true.", "rules"},
        {"log-format", "text, or json for one JSON object per line (default text).", "text|json"},
        {"cors-origins",
         "Browser origins (scheme://host[:port], comma-separated) whose pages may use the "
         "REST API and WebSockets (default: none).",
         "origins"},
    };
    return options;
}

QString ServerConfig::sqlitePath() const {
    return QDir(dataDir).filePath(u"gonggu.sqlite"_s);
}

QString ServerConfig::effectiveEncryptionKeyFile() const {
    return encryptionKeyFile.isEmpty() ? QDir(dataDir).filePath(u"message-keys"_s)
                                       : encryptionKeyFile;
}

QString ServerConfig::effectiveFilesDir() const {
    return filesDir.isEmpty() ? QDir(dataDir).filePath(u"files"_s) : filesDir;
}

QString ServerConfig::effectiveJwtSecretFile() const {
    return jwtSecretFile.isEmpty() ? QDir(dataDir).filePath(u"jwt-secret"_s) : jwtSecretFile;
}

static QString maskedDatabase(const QString &url) {
    if (url.isEmpty())
        return u"(SQLite)"_s;
    QUrl parsed(url);
    if (!parsed.password().isEmpty())
        parsed.setPassword(u"***"_s);
    return parsed.toString();
}

QString ServerConfig::describe() const {
    QStringList lines{
        u"listen = "_s + listenAddress.toString(),
        u"port = "_s + QString::number(port),
        u"data-dir = "_s + dataDir,
        u"database = "_s + maskedDatabase(databaseUrl),
        u"sqlite = "_s + (databaseUrl.isEmpty() ? sqlitePath() : u"-"_s),
        u"redis = "_s + (redisUrl.isEmpty() ? u"(off)"_s : maskedDatabase(redisUrl)),
        u"jwt-secret-file = "_s + effectiveJwtSecretFile(),
        u"jwt-issuer = "_s + jwtIssuer,
        u"token-lifetime = "_s + QString::number(tokenLifetimeSeconds),
        u"accounts = "_s + (builtinAccounts ? u"on"_s : u"off"_s),
        u"rate-limit = "_s + QString::number(rateLimitPerSecond),
        u"rate-burst = "_s + QString::number(rateLimitBurst),
        u"heartbeat = "_s + QString::number(heartbeatMs),
        u"max-connections-per-address = "_s + QString::number(maxConnectionsPerAddress),
        u"trusted-proxies = "_s + (trustedProxies.isEmpty() ? u"(none)"_s : trustedProxies),
        u"max-subscriptions = "_s + QString::number(maxSubscriptionsPerSession),
        u"login-attempts = "_s + QString::number(loginAttempts),
        u"history-cache = "_s + QString::number(historyCacheMiB),
        u"external-jwt-algorithm = "_s +
            (externalJwtAlgorithm.isEmpty() ? u"(off)"_s : externalJwtAlgorithm),
        u"external-jwt-public-key = "_s + externalJwtPublicKeyFile,
        u"external-jwt-issuer = "_s + externalJwtIssuer,
        u"encryption-key-file = "_s + effectiveEncryptionKeyFile(),
        u"files-dir = "_s + effectiveFilesDir(),
        u"max-file-size = "_s + QString::number(maxFileMiB),
        u"webhook-url = "_s + (webhookUrl.isEmpty() ? u"(off)"_s : webhookUrl),
        u"webhook-secret-file = "_s + webhookSecretFile,
        u"log-rules = "_s + logRules,
        u"log-format = "_s + (jsonLogs ? u"json"_s : u"text"_s),
        u"cors-origins = "_s +
            (corsOrigins.isEmpty() ? u"(none)"_s : QString::fromLatin1(corsOrigins.join(", "))),
    };
    return lines.join(u'\n');
}

namespace {

// As browsers send an Origin: "https://Shop.example:443/" -> "https://shop.example".
std::optional<QByteArray> normaliseOrigin(const QString &text) {
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty() ||
        !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() ||
        (!url.path().isEmpty() && url.path() != u"/"))
        return std::nullopt;
    const int defaultPort = scheme == u"https" ? 443 : 80;
    QString origin = scheme + u"://"_s + url.host(QUrl::FullyEncoded).toLower();
    if (url.port() != -1 && url.port() != defaultPort)
        origin += u':' + QString::number(url.port());
    return origin.toLatin1();
}

QString envName(QLatin1StringView key) {
    return u"GONGGU_"_s + QString(key).toUpper().replace(u'-', u'_');
}

// A setting's value and where it came from, for error messages.
struct Setting {
    QString value;
    QString origin; // "--port", "GONGGU_PORT" or "server.ini:7"
};

struct Sources {
    const QHash<QString, QString> &commandLine;
    QHash<QString, QString> environment;
    std::optional<IniFile> ini;

    std::optional<Setting> setting(QLatin1StringView key) const {
        if (auto it = commandLine.constFind(key); it != commandLine.constEnd())
            return Setting{*it, u"--"_s + key};
        if (auto it = environment.constFind(envName(key)); it != environment.constEnd())
            return Setting{*it, envName(key)};
        if (ini) {
            if (auto it = ini->server.constFind(key); it != ini->server.constEnd())
                return Setting{it->value, u"%1:%2"_s.arg(ini->path).arg(it->line)};
        }
        return std::nullopt;
    }
    std::optional<QString> value(QLatin1StringView key) const {
        const auto found = setting(key);
        return found ? std::optional<QString>(found->value) : std::nullopt;
    }
};

} // namespace

Result<ServerConfig> resolveConfig(const QHash<QString, QString> &commandLine,
                                   const QStringList &environment) {
    Sources sources{commandLine, {}, std::nullopt};
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0 && entry.startsWith(u"GONGGU_"))
            sources.environment.insert(entry.left(eq), entry.mid(eq + 1));
    }
    if (const auto file = sources.value("config"_L1)) {
        QStringList known;
        for (const auto &option : configOptions())
            known << QLatin1StringView(option.key);
        auto ini = IniFile::read(*file, known);
        if (!ini)
            return ini.error();
        sources.ini = std::move(ini).value();
    }
    // "server.ini:7: invalid value 'x' for port: expected ..."
    const auto invalid = [&sources](QLatin1StringView key, const QString &expected) {
        const auto found = sources.setting(key);
        const Setting bad = found.value_or(Setting{QString(), u"default"_s});
        return Error{ErrorCode::BadRequest, u"%1: invalid value '%2' for %3: expected %4"_s.arg(
                                                bad.origin, bad.value, key, expected)};
    };

    ServerConfig config;
    config.dataDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/gonggu-server"_s;

    auto integer = [&](QLatin1StringView key, int &target, int min, int max) -> Status {
        if (const auto text = sources.value(key)) {
            bool ok = false;
            const int value = text->toInt(&ok);
            if (!ok || value < min || value > max)
                return invalid(key, u"an integer in %1..%2"_s.arg(min).arg(max));
            target = value;
        }
        return okStatus();
    };
    auto text = [&](QLatin1StringView key, QString &target) {
        if (const auto value = sources.value(key))
            target = *value;
    };

    if (const auto listen = sources.value("listen"_L1)) {
        if (!config.listenAddress.setAddress(*listen))
            return invalid("listen"_L1, u"an IP address"_s);
    }
    int port = config.port;
    if (auto s = integer("port"_L1, port, 0, 65535); !s)
        return s.error();
    config.port = quint16(port);
    text("data-dir"_L1, config.dataDir);
    text("database"_L1, config.databaseUrl);
    text("redis"_L1, config.redisUrl);
    text("jwt-secret-file"_L1, config.jwtSecretFile);
    text("jwt-issuer"_L1, config.jwtIssuer);
    text("log-rules"_L1, config.logRules);
    if (auto s = integer("token-lifetime"_L1, config.tokenLifetimeSeconds, 60, 365 * 24 * 3600); !s)
        return s.error();
    if (auto s = integer("rate-burst"_L1, config.rateLimitBurst, 1, 100000); !s)
        return s.error();
    if (auto s = integer("heartbeat"_L1, config.heartbeatMs, 0, 3600000); !s)
        return s.error();
    if (const auto rate = sources.value("rate-limit"_L1)) {
        bool ok = false;
        config.rateLimitPerSecond = rate->toDouble(&ok);
        if (!ok || config.rateLimitPerSecond <= 0)
            return invalid("rate-limit"_L1, u"a positive number"_s);
    }
    if (const auto accounts = sources.value("accounts"_L1)) {
        if (*accounts != u"on" && *accounts != u"off")
            return invalid("accounts"_L1, u"on or off"_s);
        config.builtinAccounts = *accounts == u"on";
    }
    if (!config.databaseUrl.isEmpty()) {
        const QUrl url(config.databaseUrl);
        if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
            return invalid("database"_L1, u"postgresql://user:password@host:port/db"_s);
    }
    if (config.dataDir.isEmpty())
        return invalid("data-dir"_L1, u"a directory"_s);
    if (!config.redisUrl.isEmpty()) {
        const QUrl url(config.redisUrl);
        if (!url.isValid() || url.scheme() != u"redis" || url.host().isEmpty())
            return invalid("redis"_L1, u"redis://host:port"_s);
        if (config.databaseUrl.isEmpty())
            return invalid("redis"_L1, u"PostgreSQL too (instances must share a database)"_s);
    }
    if (auto s = integer("max-connections-per-address"_L1, config.maxConnectionsPerAddress, 1,
                         10'000'000);
        !s)
        return s.error();
    text("trusted-proxies"_L1, config.trustedProxies);
    if (!TrustedProxies::parse(config.trustedProxies))
        return invalid("trusted-proxies"_L1, u"addresses or subnets, comma-separated"_s);
    if (auto s = integer("max-subscriptions"_L1, config.maxSubscriptionsPerSession, 1, 100000); !s)
        return s.error();
    if (auto s = integer("login-attempts"_L1, config.loginAttempts, 1, 100000); !s)
        return s.error();
    if (auto s = integer("history-cache"_L1, config.historyCacheMiB, 0, 1 << 20); !s)
        return s.error();
    if (auto s = integer("max-file-size"_L1, config.maxFileMiB, 1, 1024); !s)
        return s.error();
    text("files-dir"_L1, config.filesDir);
    text("webhook-url"_L1, config.webhookUrl);
    text("webhook-secret-file"_L1, config.webhookSecretFile);
    if (!config.webhookUrl.isEmpty()) {
        const QUrl url(config.webhookUrl);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return invalid("webhook-url"_L1, u"http(s)://host/path"_s);
        if (config.webhookSecretFile.isEmpty())
            return invalid("webhook-secret-file"_L1, u"a file with the signing key"_s);
    }
    text("encryption-key-file"_L1, config.encryptionKeyFile);
    text("external-jwt-algorithm"_L1, config.externalJwtAlgorithm);
    text("external-jwt-public-key"_L1, config.externalJwtPublicKeyFile);
    text("external-jwt-issuer"_L1, config.externalJwtIssuer);
    if (!config.externalJwtAlgorithm.isEmpty()) {
        if (config.externalJwtAlgorithm != u"RS256" && config.externalJwtAlgorithm != u"ES256")
            return invalid("external-jwt-algorithm"_L1, u"RS256 or ES256"_s);
        if (!QFileInfo::exists(config.externalJwtPublicKeyFile))
            return invalid("external-jwt-public-key"_L1, u"a readable PEM public key file"_s);
        if (config.externalJwtIssuer.isEmpty())
            return invalid("external-jwt-issuer"_L1, u"the issuer of external tokens"_s);
    }
    if (const auto origins = sources.value("cors-origins"_L1)) {
        for (const QString &item : origins->split(u',', Qt::SkipEmptyParts)) {
            const auto origin = normaliseOrigin(item);
            if (!origin)
                return invalid("cors-origins"_L1, u"origins such as https://shop.example"_s);
            config.corsOrigins.append(*origin);
        }
    }
    if (const auto format = sources.value("log-format"_L1)) {
        if (*format != u"text" && *format != u"json")
            return invalid("log-format"_L1, u"text or json"_s);
        config.jsonLogs = *format == u"json";
    }
    return config;
}

} // namespace gonggu::server
