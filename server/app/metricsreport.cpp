// GongguServer::metricsText: counters from ops/metrics.h, gauges read from the
// live objects at scrape time.
#include "gongguserver.h"

#include "webhooks.h"

#include "bus/redisbridge.h"
#include "http/httpserver.h"
#include "ops/metrics.h"
#include "rooms/roomservice.h"
#include "stomp/stompserver.h"
#include "storage/storagethread.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

QByteArray GongguServer::metricsText() const {
    using namespace metrics;
    PrometheusText out;
    if (m_stomp) {
        out.gauge("gonggu_websocket_connections", "Open WebSocket connections.",
                  m_stomp->connectionCount());
        out.gauge("gonggu_users_online", "Distinct users with at least one STOMP session.",
                  m_stomp->userCount());
        out.gauge("gonggu_subscriptions", "Active STOMP subscriptions.",
                  m_stomp->subscriptionCount());
    }
    if (m_http)
        out.gauge("gonggu_http_connections", "Open HTTP connections (before any upgrade).",
                  m_http->openConnections());
    out.counter("gonggu_connections_refused_total",
                "Connections refused because their address had too many open.",
                connectionsRefused.value());

    out.counter("gonggu_messages_received_total",
                "Chat messages offered by clients (STOMP SEND or REST), whatever their fate.",
                messagesReceived.value());
    out.counter("gonggu_messages_committed_total", "Chat messages committed to the database.",
                messagesCommitted.value());
    out.counter("gonggu_messages_delivered_total",
                "MESSAGE frames handed to subscriber connections.", messagesDelivered.value());
    QList<std::pair<QString, double>> refused;
    for (int code = 0; code <= int(ErrorCode::Internal); ++code)
        refused.append({toString(ErrorCode(code)), double(messagesRefused.value(ErrorCode(code)))});
    out.labeled("counter", "gonggu_messages_refused_total", "Chat messages refused, by error code.",
                "reason", refused);
    out.histogram("gonggu_message_commit_seconds",
                  "Latency from receiving a message to its commit.", commitLatency);
    out.histogram("gonggu_message_fanout_seconds",
                  "Latency from receiving a message to handing it to every subscriber.",
                  fanOutLatency);
    out.histogram("gonggu_history_query_seconds",
                  "Latency of a history page, from the recent-history cache or the database "
                  "(storage queue included).",
                  historyLatency);
    out.counter("gonggu_history_cache_hits_total",
                "History pages answered from the recent-history cache.", historyCacheHits.value());
    out.counter("gonggu_history_cache_misses_total", "History pages read from the database.",
                historyCacheMisses.value());

    if (m_webhooks) {
        out.gauge("gonggu_webhooks_pending", "Webhook events not delivered yet (and not given up).",
                  m_webhooks->pending());
        out.gauge("gonggu_webhooks_failed", "Webhook events given up after every attempt.",
                  m_webhooks->failed());
    }
    out.counter("gonggu_webhooks_delivered_total", "Webhook events the trade service answered 2xx.",
                webhooksDelivered.value());
    out.counter("gonggu_webhook_attempts_failed_total",
                "Webhook attempts refused, timed out or unreachable.",
                webhookAttemptsFailed.value());
    if (m_rooms) {
        out.gauge("gonggu_history_cache_bytes", "Memory held by the recent-history cache.",
                  double(m_rooms->recentHistory().bytes()));
        out.gauge("gonggu_history_cache_rooms", "Rooms in the recent-history cache.",
                  double(m_rooms->recentHistory().roomCount()));
        const auto byStatus = m_rooms->registry().countByStatus();
        out.labeled("gauge", "gonggu_rooms", "Rooms by status.", "status",
                    {{toString(RoomStatus::Active), byStatus[size_t(RoomStatus::Active)]},
                     {toString(RoomStatus::Closed), byStatus[size_t(RoomStatus::Closed)]},
                     {toString(RoomStatus::Cancelled), byStatus[size_t(RoomStatus::Cancelled)]}});
    }
    if (m_storage) {
        out.gauge("gonggu_writer_queue_depth", "Jobs waiting for the storage thread.",
                  double(m_storage->queueDepth()));
        out.counter("gonggu_database_transactions_total", "Committed storage transactions.",
                    m_storage->transactionsCommitted());
    }
    out.counter("gonggu_database_errors_total", "Storage transactions that failed.",
                databaseErrors.value());
    out.counter("gonggu_redis_errors_total",
                "Lost Redis connections and events that could not be published.",
                redisErrors.value());
    if (m_redis)
        out.gauge("gonggu_redis_connected", "1 while subscribed to the instance channel.",
                  m_redis->isReady() ? 1 : 0);
    out.counter("gonggu_logins_throttled_total",
                "Login attempts refused by the per-account or per-address throttle.",
                loginsThrottled.value());

    const ProcessStats process = readProcessStats();
    out.gauge("process_resident_memory_bytes", "Resident memory size in bytes.",
              process.residentBytes);
    out.counter("process_cpu_seconds_total", "User and system CPU time in seconds.",
                process.cpuSeconds);
    out.gauge("process_start_time_seconds", "Start time since the Unix epoch in seconds.",
              process.startTimeSeconds);
    out.gauge("process_open_fds", "Open file descriptors.", process.openFds);
    return out.text();
}

} // namespace gonggu::server
