#include "loadworker.h"

namespace gonggu::bench {

LoadWorker::LoadWorker(const LoadOptions &options, QList<ClientSpec> specs, LoadCounters &counters)
    : m_options(options)
    , m_specs(std::move(specs))
    , m_counters(counters) {
    m_pace.setTimerType(Qt::PreciseTimer);
    m_pace.setInterval(2);
    connect(&m_pace, &QTimer::timeout, this, &LoadWorker::tick);
}

void LoadWorker::start() {
    m_latencies.micros.reserve(size_t(m_options.ratePerMember * m_options.membersPerRoom *
                                      m_options.seconds * double(m_specs.size()) * 1.2));
    for (const ClientSpec &spec : m_specs) {
        m_clients.push_back(std::make_unique<LoadClient>(m_options, spec, m_counters, m_latencies));
        m_clients.back()->open();
    }
}

void LoadWorker::startSending() {
    m_clock.start();
    m_pace.start();
}

void LoadWorker::stop() {
    m_pace.stop();
}

void LoadWorker::tick() {
    // Owed messages accumulate with time, so a late tick catches up instead of
    // lowering the offered rate.
    const double rate = m_options.ratePerMember * double(m_clients.size());
    m_owed += rate * double(m_clock.nsecsElapsed()) / 1e9;
    m_clock.restart();
    while (m_owed >= 1.0 && !m_clients.empty()) {
        m_clients[m_next]->sendOne();
        m_next = (m_next + 1) % m_clients.size();
        m_owed -= 1.0;
    }
}

} // namespace gonggu::bench
