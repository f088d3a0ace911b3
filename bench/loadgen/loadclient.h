// One STOMP connection of the load: subscribed to its room's topic, sending
// timestamped messages there when its worker says so, timing what comes back.
#pragma once

#include "latency.h"
#include "loadoptions.h"

#include "common/stomp/stompparser.h"

#include <QObject>
#include <QWebSocket>
#include <atomic>

namespace gonggu::bench {

struct ClientSpec {
    QByteArray subscribeTo;                         // the room's topic (unused when idle)
    QByteArray sendTo;                              // where SENDs go
    QList<std::pair<QByteArray, QByteArray>> login; // CONNECT credentials
};

struct LoadCounters {
    std::atomic<bool> measuring = false;
    std::atomic<quint64> sent = 0;      // while measuring
    std::atomic<quint64> delivered = 0; // received while measuring
    std::atomic<int> ready = 0;         // clients connected and subscribed
    std::atomic<int> failed = 0;        // clients that lost their connection
};

class LoadClient : public QObject {
    Q_OBJECT
public:
    LoadClient(const LoadOptions &options, ClientSpec spec, LoadCounters &counters,
               LatencyRecord &latencies, QObject *parent = nullptr);

    void open();
    bool isReady() const { return m_ready; }
    void sendOne();

private:
    void onText(const QString &text);
    void onMessage(const stomp::Frame &frame);

    const LoadOptions &m_options;
    ClientSpec m_spec;
    LoadCounters &m_counters;
    LatencyRecord &m_latencies;
    QWebSocket m_socket;
    stomp::Parser m_parser;
    QByteArray m_padding;
    bool m_ready = false;
};

// Nanoseconds on the steady clock: senders and receivers share this process.
qint64 nowNs();

} // namespace gonggu::bench
