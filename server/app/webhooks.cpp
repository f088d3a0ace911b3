#include "webhooks.h"

#include "ops/metrics.h"
#include "storage/storagethread.h"

#include "common/jsonfields.h"
#include "common/jsonwriter.h"

#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkReply>
#include <QPointer>
#include <qcoro/qcorofuture.h>
#include <qcoro/qcoronetworkreply.h>

Q_LOGGING_CATEGORY(lcWebhooks, "gonggu.webhooks")

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {
constexpr int kBatch = 20;
constexpr int kTimeoutMs = 10'000;
constexpr int kCountEveryTicks = 5;
} // namespace

WebhookSender::WebhookSender(StorageThread &storage, QUrl url, QByteArray secret, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_url(std::move(url))
    , m_secret(std::move(secret)) {
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_pumping)
            pump();
        if (++m_ticks % kCountEveryTicks == 0)
            count();
    });
}

void WebhookSender::start() {
    m_timer.start();
    pump(); // what was left when the server stopped
    count();
    qCInfo(lcWebhooks).noquote() << "sending webhooks to" << m_url.toDisplayString();
}

QByteArray WebhookSender::signature(const QByteArray &secret, const QByteArray &timestamp,
                                    const QByteArray &body) {
    return QMessageAuthenticationCode::hash(timestamp + '.' + body, secret,
                                            QCryptographicHash::Sha256)
        .toHex();
}

std::chrono::seconds WebhookSender::pauseAfter(int attempts) {
    const int doublings = std::clamp(attempts - 1, 0, 20);
    return std::min(std::chrono::seconds(qint64(1) << doublings), kMaxPause);
}

QCoro::Task<> WebhookSender::pump() {
    m_pumping = true;
    QPointer<WebhookSender> self(this);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = co_await m_storage.run<QList<repository::WebhookRow>>(
        [now](QSqlDatabase &db) { return repository::claimDueWebhooks(db, now, kLease, kBatch); });
    if (!self)
        co_return;
    if (!due) {
        m_pumping = false;
        co_return; // the database is away: the next tick tries again
    }
    for (const repository::WebhookRow &row : *due) {
        const QString failure = co_await deliver(row);
        if (!self)
            co_return;
        const bool delivered = failure.isEmpty();
        const bool givenUp = !delivered && row.attempts >= kMaxAttempts;
        const QDateTime settledAt = QDateTime::currentDateTimeUtc();
        const QDateTime next = settledAt.addSecs(pauseAfter(row.attempts).count());
        if (delivered)
            metrics::webhooksDelivered.add();
        else {
            metrics::webhookAttemptsFailed.add();
            qCWarning(lcWebhooks).noquote()
                << "webhook" << row.id << row.type << "attempt" << row.attempts
                << "failed:" << failure << (givenUp ? u"(given up)"_s : u"(again later)"_s);
        }
        const auto settled =
            co_await m_storage.run<bool>([id = row.id, delivered, givenUp, next, failure,
                                          settledAt](QSqlDatabase &db) -> Result<bool> {
                if (auto s = repository::settleWebhook(db, id, delivered, givenUp, next, failure,
                                                       settledAt);
                    !s)
                    return s.error();
                return true;
            });
        if (!self)
            co_return;
        if (!settled) // sent, not marked: it comes due again after its lease (at least once)
            qCWarning(lcWebhooks) << "webhook" << row.id
                                  << "outcome not kept:" << settled.error().message;
    }
    m_pumping = false;
}

QCoro::Task<QString> WebhookSender::deliver(const repository::WebhookRow &row) {
    const QByteArray id = "gonggu-" + QByteArray::number(row.id);
    // The same bytes on every attempt: the receiver deduplicates by `id`.
    JsonWriter out;
    out.beginObject()
        .key("id"_L1)
        .value(QString::fromLatin1(id))
        .key("type"_L1)
        .value(row.type)
        .key("createdAt"_L1)
        .value(toIsoUtc(row.createdAt))
        .key("data"_L1)
        .raw(row.body)
        .endObject();
    const QByteArray body = out.take();
    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    QNetworkRequest request(m_url);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("X-Gonggu-Event-Id", id);
    request.setRawHeader("X-Gonggu-Event", row.type.toUtf8());
    request.setRawHeader("X-Gonggu-Timestamp", timestamp);
    request.setRawHeader("X-Gonggu-Signature", "sha256=" + signature(m_secret, timestamp, body));
    request.setTransferTimeout(kTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
    co_await reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300)
        co_return QString();
    if (status == 0)
        co_return reply->errorString();
    co_return u"HTTP %1"_s.arg(status);
}

QCoro::Task<> WebhookSender::count() {
    QPointer<WebhookSender> self(this);
    const auto counts = co_await m_storage.run<std::pair<qint64, qint64>>(
        [](QSqlDatabase &db) { return repository::webhookCounts(db); });
    if (!self || !counts)
        co_return;
    m_pending = counts->first;
    m_failed = counts->second;
}

} // namespace gonggu::server
