// Process-wide instruments for /metrics. Counters and histograms are lock-free
// atomics, safe to touch from the event loop and the storage thread. Gauges are
// not stored here: the scrape reads them from the live objects (see
// GongguServer::metricsText), so they can never drift from the truth.
#pragma once

#include "common/errorcode.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <array>
#include <atomic>

namespace gonggu::server {

class Counter {
public:
    void add(quint64 n = 1) { m_value.fetch_add(n, std::memory_order_relaxed); }
    quint64 value() const { return m_value.load(std::memory_order_relaxed); }

private:
    std::atomic<quint64> m_value = 0;
};

// One counter per error code: `refused{reason="RATE_LIMITED"}` and the like.
class CounterByError {
public:
    void add(ErrorCode code) { m_values[size_t(code)].add(); }
    quint64 value(ErrorCode code) const { return m_values[size_t(code)].value(); }

private:
    std::array<Counter, size_t(ErrorCode::Internal) + 1> m_values;
};

// Latency histogram with fixed buckets from 0.1 ms to 10 s.
class Histogram {
public:
    static constexpr std::array<double, 14> kBounds{0.0001, 0.00025, 0.0005, 0.001, 0.0025,
                                                    0.005,  0.01,    0.025,  0.05,  0.1,
                                                    0.25,   0.5,     1.0,    10.0};
    void observe(double seconds);
    void observeSince(const QElapsedTimer &timer) { observe(double(timer.nsecsElapsed()) / 1e9); }

    quint64 bucket(size_t i) const { return m_buckets[i].value(); } // not cumulative
    quint64 count() const { return m_count.value(); }
    double sumSeconds() const { return double(m_sumNanoseconds.value()) / 1e9; }

private:
    std::array<Counter, kBounds.size()> m_buckets;
    Counter m_count;
    Counter m_sumNanoseconds;
};

namespace metrics {
// A chat message offered by a client (STOMP SEND or REST POST), whatever became of it.
inline Counter messagesReceived;
inline Counter messagesCommitted;
inline Counter messagesDelivered; // MESSAGE frames handed to subscriber sockets
inline CounterByError messagesRefused;
inline Histogram commitLatency;  // received -> committed
inline Histogram fanOutLatency;  // received -> handed to every subscriber
inline Histogram historyLatency; // history page, from the cache or the database (queue included)
inline Counter historyCacheHits; // history pages answered from recent history
inline Counter historyCacheMisses;
inline Counter databaseErrors; // failed transactions (begin or commit)
inline Counter loginsThrottled;
inline Counter connectionsRefused;    // over the per-address limit
inline Counter redisErrors;           // lost Redis connections and unpublished events
inline Counter webhooksDelivered;     // webhook events answered 2xx
inline Counter webhookAttemptsFailed; // attempts refused, timed out or unreachable

// A message refused before it reached the room service (bad frame, bad JSON).
inline void countRefusedMessage(ErrorCode code) {
    messagesReceived.add();
    messagesRefused.add(code);
}
} // namespace metrics

// Builds the Prometheus text exposition format (version 0.0.4).
class PrometheusText {
public:
    void counter(const char *name, const char *help, double value);
    void gauge(const char *name, const char *help, double value);
    // A family with one label; `samples` are (label value, sample value).
    void labeled(const char *type, const char *name, const char *help, const char *label,
                 const QList<std::pair<QString, double>> &samples);
    void histogram(const char *name, const char *help, const Histogram &histogram);
    QByteArray text() const { return m_text; }

private:
    void header(const char *name, const char *help, const char *type);
    QByteArray m_text;
};

// Resident set size and CPU time of this process, from /proc (0 where unknown).
struct ProcessStats {
    double residentBytes = 0;
    double cpuSeconds = 0;
    double startTimeSeconds = 0;
    double openFds = 0;
};
ProcessStats readProcessStats();

} // namespace gonggu::server
