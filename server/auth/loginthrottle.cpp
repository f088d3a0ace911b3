#include "loginthrottle.h"

#include "ops/clientaddress.h"

#include <QElapsedTimer>

namespace gonggu::server {

LoginThrottle::LoginThrottle(int maxFailures, std::chrono::milliseconds window, int addressFactor,
                             Clock clock)
    : m_maxFailures(maxFailures)
    , m_windowMs(window.count())
    , m_addressFactor(addressFactor)
    , m_clock(std::move(clock)) {
    if (!m_clock) {
        m_clock = [timer = std::make_shared<QElapsedTimer>()] {
            if (!timer->isValid())
                timer->start();
            return timer->elapsed() + 1;
        };
    }
}

std::chrono::milliseconds LoginThrottle::wait(QHash<QString, Failures> &table, const QString &key,
                                              int limit, qint64 now) {
    auto it = table.find(key);
    if (it == table.end())
        return {};
    while (!it->empty() && it->front() <= now - m_windowMs)
        it->pop_front();
    if (it->empty()) {
        table.erase(it);
        return {};
    }
    if (qsizetype(it->size()) < limit)
        return {};
    // The oldest failure that still counts must age out first.
    return std::chrono::milliseconds(it->at(it->size() - size_t(limit)) + m_windowMs - now);
}

std::chrono::milliseconds LoginThrottle::retryAfter(const QString &account,
                                                    const QHostAddress &address) {
    const qint64 now = m_clock();
    return std::max(
        wait(m_byAccount, account.toLower(), m_maxFailures, now),
        wait(m_byAddress, clientAddressKey(address), m_maxFailures * m_addressFactor, now));
}

void LoginThrottle::recordFailure(const QString &account, const QHostAddress &address) {
    const qint64 now = m_clock();
    // Only the newest `limit` failures can matter; cap what one key can hold.
    auto push = [now](Failures &failures, int limit) {
        failures.push_back(now);
        while (qsizetype(failures.size()) > limit)
            failures.pop_front();
    };
    push(m_byAccount[account.toLower()], m_maxFailures);
    push(m_byAddress[clientAddressKey(address)], m_maxFailures * m_addressFactor);
    if (++m_recordsSincePrune >= 1000)
        prune(now);
}

void LoginThrottle::recordSuccess(const QString &account) {
    m_byAccount.remove(account.toLower());
}

void LoginThrottle::prune(qint64 now) {
    m_recordsSincePrune = 0;
    for (auto *table : {&m_byAccount, &m_byAddress}) {
        for (auto it = table->begin(); it != table->end();) {
            if (it->empty() || it->back() <= now - m_windowMs)
                it = table->erase(it);
            else
                ++it;
        }
    }
}

} // namespace gonggu::server
