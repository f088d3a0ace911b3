// Webhooks to the trade service: the outbox (written by the room changes in their
// own transactions, storage/repository's webhook_outbox) is sent here, oldest first,
// each event POSTed as JSON with its id and an HMAC-SHA256 signature, and retried
// with a growing pause until it is answered 2xx or given up. Delivery is at least
// once: the receiver deduplicates by the event id. Every instance sends; an attempt
// is claimed by one of them (a guarded update), and a claim that was not settled (a
// crash mid-send) comes due again after its lease.
#pragma once

#include "storage/repository.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class StorageThread;

class WebhookSender : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxAttempts = 20;               // then given up (about a day)
    static constexpr std::chrono::seconds kMaxPause{600}; // between two attempts
    static constexpr std::chrono::seconds kLease{60};     // an attempt's claim

    WebhookSender(StorageThread &storage, QUrl url, QByteArray secret, QObject *parent = nullptr);
    void start();

    // For /metrics: as last counted (every few seconds).
    qint64 pending() const { return m_pending.load(); }
    qint64 failed() const { return m_failed.load(); }

    // What a receiver checks: hex HMAC-SHA256 of "<timestamp>.<body>" under the secret.
    static QByteArray signature(const QByteArray &secret, const QByteArray &timestamp,
                                const QByteArray &body);
    // The pause before attempt `attempts + 1`: 1 s, 2 s, 4 s, ... at most kMaxPause.
    static std::chrono::seconds pauseAfter(int attempts);

private:
    QCoro::Task<> pump();
    // Empty on a 2xx answer, else why not.
    QCoro::Task<QString> deliver(const repository::WebhookRow &row);
    QCoro::Task<> count();

    StorageThread &m_storage;
    QUrl m_url;
    QByteArray m_secret;
    QNetworkAccessManager m_network;
    QTimer m_timer;
    bool m_pumping = false;
    int m_ticks = 0;
    std::atomic<qint64> m_pending{0};
    std::atomic<qint64> m_failed{0};
};

} // namespace gonggu::server
