#include "loginthrottle.h"

#include "ops/clientaddress.h"

#include <QElapsedTimer>

namespace gonggu::server {

namespace {

QString accountKey(const QString &account) {
    return account.toLower();
}

QString pairKey(const QString &account, const QHostAddress &address) {
    return accountKey(account) + u'\n' + clientAddressKey(address);
}

} // namespace

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
    const int wideLimit = m_maxFailures * m_addressFactor;
    const QString pair = pairKey(account, address);
    auto result = std::max(wait(m_byAccountAndAddress, pair, m_maxFailures, now),
                           wait(m_byAddress, clientAddressKey(address), wideLimit, now));
    // The account-wide limit holds back only addresses failing for this account.
    if (m_byAccountAndAddress.contains(pair))
        result = std::max(result, wait(m_byAccount, accountKey(account), wideLimit, now));
    return result;
}

void LoginThrottle::recordFailure(const QString &account, const QHostAddress &address) {
    const qint64 now = m_clock();
    // Only the newest `limit` failures can matter; cap what one key can hold.
    auto push = [now](Failures &failures, int limit) {
        failures.push_back(now);
        while (qsizetype(failures.size()) > limit)
            failures.pop_front();
    };
    push(m_byAccountAndAddress[pairKey(account, address)], m_maxFailures);
    push(m_byAccount[accountKey(account)], m_maxFailures * m_addressFactor);
    push(m_byAddress[clientAddressKey(address)], m_maxFailures * m_addressFactor);
    if (++m_recordsSincePrune >= 1000)
        prune(now);
}

void LoginThrottle::recordSuccess(const QString &account, const QHostAddress &address) {
    m_byAccountAndAddress.remove(pairKey(account, address));
}

void LoginThrottle::prune(qint64 now) {
    m_recordsSincePrune = 0;
    for (auto *table : {&m_byAccountAndAddress, &m_byAccount, &m_byAddress}) {
        for (auto it = table->begin(); it != table->end();) {
            if (it->empty() || it->back() <= now - m_windowMs)
                it = table->erase(it);
            else
                ++it;
        }
    }
}

} // namespace gonggu::server
