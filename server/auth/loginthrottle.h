// Slows password guessing: after `maxFailures` failed logins for one account
// within the window, that account is refused until the oldest failure ages out;
// an address gets `addressFactor` times as many (several people behind one NAT).
// Refused attempts are not verified at all, so they cost no Argon2id time.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <chrono>
#include <deque>
#include <functional>

namespace gonggu::server {

class LoginThrottle {
public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    LoginThrottle(int maxFailures, std::chrono::milliseconds window, int addressFactor = 5,
                  Clock clock = {});

    // How long until `account` may try again from `address`; 0 when it may now.
    std::chrono::milliseconds retryAfter(const QString &account, const QHostAddress &address);
    void recordFailure(const QString &account, const QHostAddress &address);
    // A correct password clears the account's failures (not the address's).
    void recordSuccess(const QString &account);

private:
    using Failures = std::deque<qint64>;
    std::chrono::milliseconds wait(QHash<QString, Failures> &table, const QString &key, int limit,
                                   qint64 now);
    void prune(qint64 now);

    int m_maxFailures;
    qint64 m_windowMs;
    int m_addressFactor;
    Clock m_clock;
    QHash<QString, Failures> m_byAccount;
    QHash<QString, Failures> m_byAddress;
    int m_recordsSincePrune = 0;
};

} // namespace gonggu::server
