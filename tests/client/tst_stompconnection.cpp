#include "stompconnection.h"

#include <QTest>

using namespace gonggu::client;

class TestStompConnection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backoffGrowsWithJitterAndIsCapped() {
        // Full range of the jitter for each attempt: [ceiling / 2, ceiling].
        QCOMPARE(StompConnection::backoffDelayMs(1, 0.0), 250);
        QCOMPARE(StompConnection::backoffDelayMs(1, 1.0), 500);
        QCOMPARE(StompConnection::backoffDelayMs(2, 1.0), 1000);
        QCOMPARE(StompConnection::backoffDelayMs(5, 1.0), 8000);
        QCOMPARE(StompConnection::backoffDelayMs(30, 1.0), 30000);
        QCOMPARE(StompConnection::backoffDelayMs(30, 0.0), 15000);
        QVERIFY(StompConnection::backoffDelayMs(3, 0.3) > StompConnection::backoffDelayMs(3, 0.2));
    }
};

QTEST_GUILESS_MAIN(TestStompConnection)
#include "tst_stompconnection.moc"
