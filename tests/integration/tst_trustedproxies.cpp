// Who the client is behind nginx: only a trusted proxy's X-Forwarded-For counts,
// read from the right, and a client cannot slip an address of its choice in.
#include "ops/trustedproxies.h"

#include <QTest>

using namespace gonggu::server;
using namespace Qt::StringLiterals;

class TestTrustedProxies : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aListOfAddressesAndSubnetsParses() {
        QVERIFY(TrustedProxies::parse(QString())->isEmpty());
        const auto proxies = TrustedProxies::parse(u"127.0.0.1, 10.0.0.0/8,::1"_s);
        QVERIFY(proxies);
        QVERIFY(proxies->contains(QHostAddress(u"10.2.3.4"_s)));
        QVERIFY(proxies->contains(QHostAddress(u"::ffff:127.0.0.1"_s))); // mapped IPv4
        QVERIFY(proxies->contains(QHostAddress(u"::1"_s)));
        QVERIFY(!proxies->contains(QHostAddress(u"192.168.0.1"_s)));
        QVERIFY(!TrustedProxies::parse(u"nginx"_s));
        QVERIFY(!TrustedProxies::parse(u"10.0.0.0/99"_s));
    }

    void theClientIsTheFirstUntrustedHopFromTheRight() {
        const auto proxies = *TrustedProxies::parse(u"127.0.0.1,10.0.0.0/8"_s);
        const QHostAddress nginx(u"127.0.0.1"_s);
        QCOMPARE(proxies.clientOf(nginx, "203.0.113.7"), QHostAddress(u"203.0.113.7"_s));
        // A client's own "X-Forwarded-For: 1.2.3.4" stays on the left of what nginx saw.
        QCOMPARE(proxies.clientOf(nginx, "1.2.3.4, 203.0.113.7"), QHostAddress(u"203.0.113.7"_s));
        // Through two proxies of ours.
        QCOMPARE(proxies.clientOf(nginx, "203.0.113.7, 10.1.1.1"), QHostAddress(u"203.0.113.7"_s));
        // Garbage ends the walk at the last good hop.
        QCOMPARE(proxies.clientOf(nginx, "evil, 10.1.1.1"), QHostAddress(u"10.1.1.1"_s));
        QCOMPARE(proxies.clientOf(nginx, ""), nginx);
    }

    void anyoneElsesHeaderIsIgnored() {
        const auto proxies = *TrustedProxies::parse(u"127.0.0.1"_s);
        const QHostAddress client(u"198.51.100.9"_s);
        QCOMPARE(proxies.clientOf(client, "127.0.0.1"), client);
        QCOMPARE(TrustedProxies().clientOf(QHostAddress(u"127.0.0.1"_s), "203.0.113.7"),
                 QHostAddress(u"127.0.0.1"_s)); // off by default
    }
};

QTEST_GUILESS_MAIN(TestTrustedProxies)
#include "tst_trustedproxies.moc"
