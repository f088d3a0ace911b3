#include "gongguserver.h"

#include "webhooks.h"

#include "auth/accountservice.h"
#include "auth/tokenservice.h"
#include "bus/redisbridge.h"
#include "files/fileservice.h"
#include "http/httpserver.h"
#include "http/notificationstreams.h"
#include "http/restapi.h"
#include "http/router.h"
#include "ops/connectionlimiter.h"
#include "rooms/roomservice.h"
#include "stomp/stompserver.h"
#include "storage/keyrotation.h"
#include "storage/sqlroomstore.h"
#include "storage/storagethread.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "gonggu.server")

namespace gonggu::server {

GongguServer::GongguServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config)) {
}

GongguServer::~GongguServer() {
    // Transports first (they reach into the services), storage last.
    m_http.reset();
    m_redis.reset();
    m_stomp.reset();
    m_api.reset();
    m_notificationStreams.reset();
    m_router.reset();
    m_accounts.reset();
    m_rooms.reset();
    m_roomStore.reset();
    m_keyRotation.reset();
    if (m_storage)
        m_storage->stop();
}

Status GongguServer::start(bool listen) {
    if (!QDir().mkpath(m_config.dataDir))
        return Error{ErrorCode::Internal, u"cannot create data directory "_s + m_config.dataDir};
    // The directory holds the secrets and the password hashes: the owner's alone,
    // whatever the umask (each file in it is made so by what creates it).
    if (!QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner))
        qCWarning(lcServer) << "cannot make the data directory private:" << m_config.dataDir;
    const auto secret = TokenService::loadOrCreateSecret(m_config.effectiveJwtSecretFile());
    if (!secret)
        return secret.error();
    m_tokens =
        std::make_unique<TokenService>(*secret, m_config.jwtIssuer, m_config.tokenLifetimeSeconds);
    if (!m_config.externalJwtAlgorithm.isEmpty()) {
        QFile keyFile(m_config.externalJwtPublicKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal,
                         u"cannot read external-jwt-public-key "_s + keyFile.fileName()};
        if (auto s = m_tokens->setExternalIssuer(
                {m_config.externalJwtAlgorithm, keyFile.readAll(), m_config.externalJwtIssuer});
            !s)
            return s;
    }

    auto cipher = MessageCipher::loadOrCreate(m_config.effectiveEncryptionKeyFile());
    if (!cipher)
        return cipher.error();
    m_storage = std::make_unique<StorageThread>(
        databaseSettings(m_config.databaseUrl, m_config.sqlitePath()), *cipher);
    if (auto s = m_storage->start(); !s)
        return s;
    m_keyRotation = std::make_unique<KeyRotation>(*m_storage, *cipher);
    RecentHistory::Limits historyCache;
    historyCache.maxBytes = qsizetype(m_config.historyCacheMiB) << 20;
    m_roomStore = std::make_unique<SqlRoomStore>(*m_storage, !m_config.webhookUrl.isEmpty());
    m_rooms = std::make_unique<RoomService>(*m_roomStore, m_config.rateLimitPerSecond,
                                            m_config.rateLimitBurst, historyCache);
    if (auto s = QCoro::waitFor(m_rooms->start()); !s)
        return s;
    if (m_config.builtinAccounts)
        m_accounts =
            std::make_unique<AccountService>(*m_storage, *m_tokens, m_config.loginAttempts);
    files::FileSettings fileSettings;
    fileSettings.directory = m_config.effectiveFilesDir();
    fileSettings.maxBytes = qint64(m_config.maxFileMiB) << 20;
    m_files = std::make_unique<files::FileService>(fileSettings, *m_rooms, *m_storage, *cipher);
    if (auto s = m_files->open(); !s)
        return s;
    // Files are sealed with the message keys: a rotation moves them too (also rotate-key).
    m_keyRotation->addPass([this] { return m_files->resealAll(); });
    m_router = std::make_unique<Router>();
    m_router->setCorsPolicy(CorsPolicy(m_config.corsOrigins));
    m_notificationStreams = std::make_unique<NotificationStreams>(*m_rooms);
    m_api = std::make_unique<RestApi>(*m_tokens, *m_rooms, m_accounts.get(), *m_storage,
                                      *m_notificationStreams, *m_files);
    m_api->registerRoutes(*m_router);
    if (!listen)
        return okStatus();
    m_files->startSweeping();
    m_keyRotation->start(); // a serving server follows rotations and finishes old ones

    StompLimits limits;
    limits.heartbeatMs = m_config.heartbeatMs;
    limits.maxFrameBytes = m_config.maxFrameBytes;
    limits.maxSubscriptions = m_config.maxSubscriptionsPerSession;
    const TrustedProxies proxies =
        TrustedProxies::parse(m_config.trustedProxies).value_or(TrustedProxies());
    m_connectionLimiter =
        std::make_unique<ConnectionLimiter>(m_config.maxConnectionsPerAddress, proxies);
    m_stomp = std::make_unique<StompServer>(*m_tokens, *m_rooms, *m_connectionLimiter, limits);
    if (!m_config.redisUrl.isEmpty()) {
        m_redis = std::make_unique<RedisBridge>(QUrl(m_config.redisUrl), *m_rooms);
        m_api->addReadinessCheck(u"redis"_s, [this] { return m_redis->isReady(); });
        m_redis->start();
    }
    if (!m_config.webhookUrl.isEmpty()) {
        QFile secretFile(m_config.webhookSecretFile);
        if (!secretFile.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal,
                         u"cannot read webhook-secret-file "_s + secretFile.fileName()};
        const QByteArray secret = secretFile.readAll().trimmed();
        if (secret.size() < 16)
            return Error{ErrorCode::Internal,
                         u"webhook-secret-file holds fewer than 16 bytes: no key to sign with"_s};
        m_webhooks = std::make_unique<WebhookSender>(*m_storage, QUrl(m_config.webhookUrl), secret);
        m_webhooks->start();
    }
    m_router->add("GET", u"/metrics"_s, [this](HttpRequest) -> QCoro::Task<HttpResponse> {
        co_return HttpResponse::text(200, metricsText(),
                                     "text/plain; version=0.0.4; charset=utf-8");
    });
    HttpLimits httpLimits;
    httpLimits.maxUploadBytes = m_files->maxBytes();
    httpLimits.trustedProxies = proxies;
    m_http = std::make_unique<HttpServer>(*m_router, m_stomp->webSocketEndpoint(),
                                          *m_connectionLimiter, httpLimits);
    if (!m_http->listen(m_config.listenAddress, m_config.port))
        return Error{
            ErrorCode::Internal,
            u"cannot listen on port %1: %2"_s.arg(m_config.port).arg(m_http->errorString())};
    qCInfo(lcServer) << "listening on port" << m_http->port();
    return okStatus();
}

quint16 GongguServer::port() const {
    return m_http ? m_http->port() : 0;
}

void GongguServer::shutdown() {
    qCInfo(lcServer) << "shutting down";
    if (m_http)
        m_http->stopListening();
    if (m_stomp)
        m_stomp->closeAll();
    if (m_notificationStreams)
        m_notificationStreams->finishAll(); // the last chunk: a clean end, not a reset
    if (m_storage)
        m_storage->stop(); // commits every queued message before returning
}

} // namespace gonggu::server
