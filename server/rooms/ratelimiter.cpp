#include "ratelimiter.h"

#include <algorithm>

namespace gonggu::server {

RateLimiter::RateLimiter(double ratePerSecond, int burst)
    : m_rate(ratePerSecond)
    , m_burst(burst) {
    m_clock.start();
}

bool RateLimiter::tryAcquire(const QString &key) {
    return tryAcquireAt(key, m_clock.elapsed());
}

bool RateLimiter::tryAcquireAt(const QString &key, qint64 nowMs) {
    forgetIdleBuckets(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, nowMs});
    Bucket &bucket = *it;
    bucket.tokens = std::min(m_burst, bucket.tokens + (nowMs - bucket.updatedMs) * m_rate / 1000.0);
    bucket.updatedMs = nowMs;
    if (bucket.tokens < 1.0)
        return false;
    bucket.tokens -= 1.0;
    return true;
}

void RateLimiter::forgetIdleBuckets(qint64 nowMs) {
    // A bucket idle long enough to be full again carries no state worth keeping.
    const qint64 refillMs = qint64(m_burst / m_rate * 1000.0) + 1;
    if (nowMs - m_lastSweepMs < 60'000)
        return;
    m_lastSweepMs = nowMs;
    m_buckets.removeIf(
        [&](const auto &entry) { return nowMs - entry.value().updatedMs > refillMs; });
}

} // namespace gonggu::server
