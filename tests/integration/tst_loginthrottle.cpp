// The login throttle's window, per-account and per-address limits, on a clock
// the test moves.
#include "auth/loginthrottle.h"

#include <QTest>

using namespace gonggu::server;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

class TestLoginThrottle : public QObject {
    Q_OBJECT
    qint64 now = 1;
    const QHostAddress home{u"203.0.113.7"_s};
    const QHostAddress cafe{u"198.51.100.2"_s};

    LoginThrottle throttle() {
        return LoginThrottle(3, 15min, 5, [this] { return now; });
    }

private Q_SLOTS:
    void init() { now = 1; }

    void accountFromOneAddressIsBlockedUntilTheOldestFailureAgesOut() {
        LoginThrottle t = throttle();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(t.retryAfter(u"minsu"_s, home).count(), 0);
            t.recordFailure(u"minsu"_s, home);
            now += 60'000; // a minute apart
        }
        // Blocked from that address, for any spelling of the name.
        QVERIFY(t.retryAfter(u"minsu"_s, home).count() > 0);
        QVERIFY(t.retryAfter(u"MinSu"_s, home).count() > 0);
        // The first failure was at t=1; it ages out 15 minutes later.
        const auto wait = t.retryAfter(u"minsu"_s, home);
        QCOMPARE(wait.count(), 1 + 15 * 60'000 - now);
        now += wait.count();
        QCOMPARE(t.retryAfter(u"minsu"_s, home).count(), 0);
        // Others were never affected.
        QCOMPARE(t.retryAfter(u"jiwoo"_s, home).count(), 0);
    }

    // The lockout hole: a guesser must not be able to lock the owner out.
    void aGuesserCannotLockTheOwnerOut() {
        LoginThrottle t = throttle();
        const QHostAddress attacker(u"192.0.2.66"_s);
        for (int i = 0; i < 14; ++i) // as many as the address may, all on one account
            t.recordFailure(u"minsu"_s, attacker);
        QVERIFY(t.retryAfter(u"minsu"_s, attacker).count() > 0);
        // The owner, elsewhere, is let through to try the right password.
        QCOMPARE(t.retryAfter(u"minsu"_s, home).count(), 0);
        QCOMPARE(t.retryAfter(u"minsu"_s, cafe).count(), 0);
    }

    void guessesSpreadOverManyAddressesAreStillBounded() {
        LoginThrottle t = throttle();
        // 15 addresses (5 x the limit over the account), one failure each.
        for (int i = 0; i < 15; ++i)
            t.recordFailure(u"minsu"_s, QHostAddress(u"192.0.2.%1"_s.arg(i + 1)));
        // Each of them is refused a second guess at this account...
        for (int i = 0; i < 15; ++i)
            QVERIFY(t.retryAfter(u"minsu"_s, QHostAddress(u"192.0.2.%1"_s.arg(i + 1))).count() > 0);
        // ...while the owner from an address that has not failed gets in.
        QCOMPARE(t.retryAfter(u"minsu"_s, home).count(), 0);
    }

    void successClearsTheAccountFromThatAddress() {
        LoginThrottle t = throttle();
        t.recordFailure(u"hana"_s, home);
        t.recordFailure(u"hana"_s, home);
        t.recordSuccess(u"hana"_s, home);
        t.recordFailure(u"hana"_s, home);
        t.recordFailure(u"hana"_s, home);
        QCOMPARE(t.retryAfter(u"hana"_s, home).count(), 0);
        // A success at home does not forgive the failures from elsewhere.
        for (int i = 0; i < 3; ++i)
            t.recordFailure(u"hana"_s, cafe);
        t.recordSuccess(u"hana"_s, home);
        QVERIFY(t.retryAfter(u"hana"_s, cafe).count() > 0);
    }

    void addressIsBlockedAfterFiveTimesTheLimitAcrossAccounts() {
        LoginThrottle t = throttle();
        for (int i = 0; i < 15; ++i)
            t.recordFailure(u"user%1"_s.arg(i), home); // one guess per account
        QVERIFY(t.retryAfter(u"fresh"_s, home).count() > 0);
        QCOMPARE(t.retryAfter(u"fresh"_s, cafe).count(), 0);
        // IPv4-mapped IPv6 is the same client.
        QVERIFY(t.retryAfter(u"fresh"_s, QHostAddress(u"::ffff:203.0.113.7"_s)).count() > 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "tst_loginthrottle.moc"
