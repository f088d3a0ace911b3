#include "serverconfig.h"

#include <QDir>
#include <QSettings>
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
        {"jwt-secret-file", "HS256 secret file (default: data-dir/jwt-secret, generated).", "file"},
        {"jwt-issuer", "Issuer (iss) of tokens issued and accepted (default gonggu).", "name"},
        {"token-lifetime", "Lifetime of issued tokens in seconds (default 604800).", "seconds"},
        {"accounts", "Built-in accounts on or off (default on).", "on|off"},
        {"rate-limit", "Messages per second per user (default 5).", "rate"},
        {"rate-burst", "Burst size of the per-user rate limit (default 10).", "count"},
        {"heartbeat", "STOMP heart-beat interval in ms offered and requested (default 10000).",
         "ms"},
        {"log-rules", "QLoggingCategory rules, e.g. gonggu.*.debug=true.", "rules"},
    };
    return options;
}

QString ServerConfig::sqlitePath() const {
    return QDir(dataDir).filePath(u"gonggu.sqlite"_s);
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
        u"jwt-secret-file = "_s + effectiveJwtSecretFile(),
        u"jwt-issuer = "_s + jwtIssuer,
        u"token-lifetime = "_s + QString::number(tokenLifetimeSeconds),
        u"accounts = "_s + (builtinAccounts ? u"on"_s : u"off"_s),
        u"rate-limit = "_s + QString::number(rateLimitPerSecond),
        u"rate-burst = "_s + QString::number(rateLimitBurst),
        u"heartbeat = "_s + QString::number(heartbeatMs),
    };
    return lines.join(u'\n');
}

namespace {

QString envName(QLatin1StringView key) {
    return u"GONGGU_"_s + QString(key).toUpper().replace(u'-', u'_');
}

struct Sources {
    const QHash<QString, QString> &commandLine;
    QHash<QString, QString> environment;
    std::unique_ptr<QSettings> ini;

    std::optional<QString> value(QLatin1StringView key) const {
        if (auto it = commandLine.constFind(key); it != commandLine.constEnd())
            return *it;
        if (auto it = environment.constFind(envName(key)); it != environment.constEnd())
            return *it;
        if (ini) {
            const QString iniKey = u"server/"_s + key;
            if (ini->contains(iniKey))
                return ini->value(iniKey).toString();
        }
        return std::nullopt;
    }
};

Error invalid(QLatin1StringView key, const QString &value, const QString &expected) {
    return Error{ErrorCode::BadRequest,
                 u"invalid value '%1' for %2: expected %3"_s.arg(value, key, expected)};
}

} // namespace

Result<ServerConfig> resolveConfig(const QHash<QString, QString> &commandLine,
                                   const QStringList &environment) {
    Sources sources{commandLine, {}, nullptr};
    for (const QString &entry : environment) {
        const qsizetype eq = entry.indexOf(u'=');
        if (eq > 0 && entry.startsWith(u"GONGGU_"))
            sources.environment.insert(entry.left(eq), entry.mid(eq + 1));
    }
    if (const auto file = sources.value("config"_L1)) {
        if (!QFileInfo::exists(*file))
            return Error{ErrorCode::BadRequest, u"config file not found: "_s + *file};
        sources.ini = std::make_unique<QSettings>(*file, QSettings::IniFormat);
        if (sources.ini->status() != QSettings::NoError)
            return Error{ErrorCode::BadRequest, u"config file is not valid INI: "_s + *file};
        const QStringList known = [] {
            QStringList keys;
            for (const auto &option : configOptions())
                keys << u"server/"_s + QLatin1StringView(option.key);
            return keys;
        }();
        for (const QString &key : sources.ini->allKeys()) {
            if (!known.contains(key))
                return Error{ErrorCode::BadRequest, u"unknown key '%1' in %2"_s.arg(key, *file)};
        }
    }

    ServerConfig config;
    config.dataDir =
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/gonggu-server"_s;

    auto integer = [&](QLatin1StringView key, int &target, int min, int max) -> Status {
        if (const auto text = sources.value(key)) {
            bool ok = false;
            const int value = text->toInt(&ok);
            if (!ok || value < min || value > max)
                return invalid(key, *text, u"an integer in %1..%2"_s.arg(min).arg(max));
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
            return invalid("listen"_L1, *listen, u"an IP address"_s);
    }
    int port = config.port;
    if (auto s = integer("port"_L1, port, 0, 65535); !s)
        return s.error();
    config.port = quint16(port);
    text("data-dir"_L1, config.dataDir);
    text("database"_L1, config.databaseUrl);
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
            return invalid("rate-limit"_L1, *rate, u"a positive number"_s);
    }
    if (const auto accounts = sources.value("accounts"_L1)) {
        if (*accounts != u"on" && *accounts != u"off")
            return invalid("accounts"_L1, *accounts, u"on or off"_s);
        config.builtinAccounts = *accounts == u"on";
    }
    if (!config.databaseUrl.isEmpty()) {
        const QUrl url(config.databaseUrl);
        if (!url.isValid() || (url.scheme() != u"postgresql" && url.scheme() != u"postgres"))
            return invalid("database"_L1, config.databaseUrl,
                           u"postgresql://user:password@host:port/db"_s);
    }
    if (config.dataDir.isEmpty())
        return invalid("data-dir"_L1, config.dataDir, u"a directory"_s);
    return config;
}

} // namespace gonggu::server
