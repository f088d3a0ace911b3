// One generator thread: its share of the clients and a pacing timer that sends
// at the configured rate, spread over its clients in turn.
#pragma once

#include "loadclient.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>
#include <vector>

namespace gonggu::bench {

class LoadWorker : public QObject {
    Q_OBJECT
public:
    LoadWorker(const LoadOptions &options, QList<ClientSpec> specs, LoadCounters &counters);

    // Run in the worker's thread (queued): connect every client.
    void start();
    void startSending();
    void stop();
    LatencyRecord &latencies() { return m_latencies; }

private:
    void tick();

    const LoadOptions &m_options;
    QList<ClientSpec> m_specs;
    LoadCounters &m_counters;
    LatencyRecord m_latencies;
    std::vector<std::unique_ptr<LoadClient>> m_clients;
    QTimer m_pace{this}; // a child, so it moves to the worker thread with us
    QElapsedTimer m_clock;
    double m_owed = 0; // messages due but not sent yet
    size_t m_next = 0;
};

} // namespace gonggu::bench
