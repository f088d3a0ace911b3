// Per-key token bucket (spam control: default 5 messages/s, burst 10).
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace gonggu::server {

class RateLimiter {
public:
    RateLimiter(double ratePerSecond, int burst);

    // Takes one token for `key` if one is available.
    bool tryAcquire(const QString &key);
    // For tests and benchmarks: a clock in milliseconds that the caller advances.
    bool tryAcquireAt(const QString &key, qint64 nowMs);

private:
    struct Bucket {
        double tokens;
        qint64 updatedMs;
    };
    void forgetIdleBuckets(qint64 nowMs);

    double m_rate;
    double m_burst;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastSweepMs = 0;
};

} // namespace gonggu::server
