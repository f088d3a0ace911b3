// Slows password guessing without letting a guesser lock the owner out.
// Within the window:
// - one account from one address gets `maxFailures` failures;
// - one address gets `addressFactor` times as many over all accounts (several
//   people behind one NAT), which stops spraying one password over many names;
// - one account gets `addressFactor` times as many over all addresses, which
//   stops a guesser spread over many addresses; but this limit refuses only
//   addresses that have failed for that account themselves, so the owner,
//   typing the right password elsewhere, still gets in.
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
    // A correct password clears the failures of the account from that address
    // (not the address's, nor the account's from elsewhere).
    void recordSuccess(const QString &account, const QHostAddress &address);

private:
    using Failures = std::deque<qint64>;
    std::chrono::milliseconds wait(QHash<QString, Failures> &table, const QString &key, int limit,
                                   qint64 now);
    void prune(qint64 now);

    int m_maxFailures;
    qint64 m_windowMs;
    int m_addressFactor;
    Clock m_clock;
    QHash<QString, Failures> m_byAccountAndAddress;
    QHash<QString, Failures> m_byAccount;
    QHash<QString, Failures> m_byAddress;
    int m_recordsSincePrune = 0;
};

} // namespace gonggu::server
