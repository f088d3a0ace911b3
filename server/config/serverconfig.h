// The server's configuration, filled once at start and passed down.
#pragma once

#include "common/result.h"

#include <QHostAddress>
#include <QStringList>

namespace gonggu::server {

struct ServerConfig {
    QHostAddress listenAddress = QHostAddress::Any;
    quint16 port = 8080;
    QString dataDir;       // secrets, SQLite file, blobs
    QString databaseUrl;   // empty: SQLite in dataDir; postgresql://user:pass@host:port/db
    QString redisUrl;      // empty: one instance; redis://host:port for several
    QString jwtSecretFile; // empty: dataDir/jwt-secret (generated on first start)
    QString jwtIssuer = QStringLiteral("gonggu");
    int tokenLifetimeSeconds = 7 * 24 * 3600;
    bool builtinAccounts = true;
    double rateLimitPerSecond = 5.0;
    int rateLimitBurst = 10;
    int heartbeatMs = 10000; // what the server offers and asks for
    int maxFrameBytes = 64 * 1024;
    int maxSubscriptionsPerSession = 256;
    int maxConnectionsPerAddress = 256;
    QString trustedProxies;       // empty: no proxy may name the client (ops/trustedproxies.h)
    int loginAttempts = 10;       // failed logins per account and per address in 15 minutes
    int historyCacheMiB = 64;     // newest messages of recently used rooms; 0: off
    QString externalJwtAlgorithm; // empty: only our own HS256 tokens
    QString externalJwtPublicKeyFile;
    QString externalJwtIssuer;
    QString encryptionKeyFile; // empty: dataDir/message-keys (generated on first start)
    QString logRules;          // QLoggingCategory filter rules, e.g. "gonggu.*.debug=true"
    bool jsonLogs = false;
    QByteArrayList corsOrigins; // browser origins allowed to call the API; none by default
    QString filesDir;           // empty: dataDir/files (shared by all instances when several)
    int maxFileMiB = 10;        // per uploaded file
    QString webhookUrl;         // empty: no webhooks; http(s):// of the trade service
    QString webhookSecretFile;  // the HMAC-SHA256 key of webhooks (required with a URL)

    QString sqlitePath() const;
    QString effectiveJwtSecretFile() const;
    QString effectiveEncryptionKeyFile() const;
    QString effectiveFilesDir() const;
    // Effective settings, secrets masked, one "key = value" per line.
    QString describe() const;
};

struct ConfigOption {
    const char *key; // command line --key, INI key, env GONGGU_KEY (upper, '-' -> '_')
    const char *help;
    const char *valueName;
};
const QList<ConfigOption> &configOptions();

// command line > environment (GONGGU_*) > INI file (--config) > defaults.
// `values` are the command-line values by option key (absent = not given).
Result<ServerConfig> resolveConfig(const QHash<QString, QString> &commandLine,
                                   const QStringList &environment);

} // namespace gonggu::server
