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

    void accountIsBlockedAfterTheLimitUntilTheOldestFailureAgesOut() {
        LoginThrottle t = throttle();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(t.retryAfter(u"minsu"_s, home).count(), 0);
            t.recordFailure(u"minsu"_s, home);
            now += 60'000; // a minute apart
        }
        // Blocked from every address, and for any spelling of the name.
        QVERIFY(t.retryAfter(u"minsu"_s, home).count() > 0);
        QVERIFY(t.retryAfter(u"MinSu"_s, cafe).count() > 0);
        // The first failure was at t=1; it ages out 15 minutes later.
        const auto wait = t.retryAfter(u"minsu"_s, home);
        QCOMPARE(wait.count(), 1 + 15 * 60'000 - now);
        now += wait.count();
        QCOMPARE(t.retryAfter(u"minsu"_s, home).count(), 0);
        // Others were never affected.
        QCOMPARE(t.retryAfter(u"jiwoo"_s, home).count(), 0);
    }

    void successClearsTheAccount() {
        LoginThrottle t = throttle();
        t.recordFailure(u"hana"_s, home);
        t.recordFailure(u"hana"_s, home);
        t.recordSuccess(u"hana"_s);
        t.recordFailure(u"hana"_s, home);
        t.recordFailure(u"hana"_s, home);
        QCOMPARE(t.retryAfter(u"hana"_s, home).count(), 0);
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
