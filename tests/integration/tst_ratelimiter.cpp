#include "rooms/ratelimiter.h"

#include <QTest>

using namespace gonggu::server;
using namespace Qt::StringLiterals;

class TestRateLimiter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void burstThenSteadyRate() {
        RateLimiter limiter(5.0, 10);
        int allowed = 0;
        for (int i = 0; i < 20; ++i)
            allowed += limiter.tryAcquireAt(u"u-1"_s, 0);
        QCOMPARE(allowed, 10);
        // 5 per second: one more token every 200 ms.
        QVERIFY(!limiter.tryAcquireAt(u"u-1"_s, 199));
        QVERIFY(limiter.tryAcquireAt(u"u-1"_s, 200));
        QVERIFY(!limiter.tryAcquireAt(u"u-1"_s, 201));
        // A long pause refills to the burst, not beyond.
        allowed = 0;
        for (int i = 0; i < 20; ++i)
            allowed += limiter.tryAcquireAt(u"u-1"_s, 100'000);
        QCOMPARE(allowed, 10);
    }

    void usersHaveSeparateBuckets() {
        RateLimiter limiter(1.0, 1);
        QVERIFY(limiter.tryAcquireAt(u"a"_s, 0));
        QVERIFY(!limiter.tryAcquireAt(u"a"_s, 0));
        QVERIFY(limiter.tryAcquireAt(u"b"_s, 0));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
