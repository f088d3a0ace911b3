// The whole server assembled from its parts, in start-up order.
#pragma once

#include "config/serverconfig.h"

#include <QObject>
#include <memory>

namespace gonggu::server {

class AccountService;
class ConnectionLimiter;
class HttpServer;
class KeyRotation;
class NotificationStreams;
class RedisBridge;
class WebhookSender;
class RestApi;
class RoomService;
class RoomStore;
class Router;
class StompServer;
class StorageThread;
class TokenService;
namespace files {
class FileService;
}

class GongguServer : public QObject {
    Q_OBJECT
public:
    explicit GongguServer(ServerConfig config, QObject *parent = nullptr);
    ~GongguServer() override;

    // Opens storage, loads rooms, listens. Blocks until ready or failed.
    Status start(bool listen = true);
    quint16 port() const;
    // Stops accepting, closes WebSockets with 1001, commits what is queued.
    void shutdown();

    RoomService &rooms() { return *m_rooms; }
    AccountService *accounts() { return m_accounts.get(); }
    files::FileService &files() { return *m_files; }
    TokenService &tokens() { return *m_tokens; }
    KeyRotation &keyRotation() { return *m_keyRotation; } // after start()
    const Router &router() const { return *m_router; }    // after start()
    // GET /metrics: the Prometheus text format (metricsreport.cpp).
    QByteArray metricsText() const;

private:
    ServerConfig m_config;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<KeyRotation> m_keyRotation;
    std::unique_ptr<RoomStore> m_roomStore;
    std::unique_ptr<RoomService> m_rooms;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<files::FileService> m_files;
    std::unique_ptr<ConnectionLimiter> m_connectionLimiter; // outlives both transports
    std::unique_ptr<StompServer> m_stomp;
    std::unique_ptr<RedisBridge> m_redis;      // with several instances
    std::unique_ptr<WebhookSender> m_webhooks; // with a webhook URL
    std::unique_ptr<Router> m_router;
    std::unique_ptr<NotificationStreams> m_notificationStreams;
    std::unique_ptr<RestApi> m_api;
    std::unique_ptr<HttpServer> m_http;
};

} // namespace gonggu::server
