// Webhooks to the trade service, against the real server and a real HTTP receiver
// on loopback (this test): every event (a buy closed or cancelled, an order moved, a
// pickup set) arrives signed with HMAC-SHA256 and with an id, once; a receiver that
// is away for a while gets everything later; a server killed while an event is
// still unanswered sends it after its restart, under the same id; /metrics counts
// what is pending.
#include "serverprocess.h"
#include "testsupport.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kSecret = "test-webhook-secret-of-32-bytes!";
} // namespace

class TestWebhooks : public QObject {
    Q_OBJECT
    Receiver receiver;
    QTemporaryDir secrets;
    std::unique_ptr<ServerProcess> server;
    QString seller, trade;
    QList<QString> buyers; // tokens

    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    qint64 openRoom(int max, int joining) {
        const qint64 id = uniqueProductId();
        if (httpJson(*server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, 1)).status !=
            201)
            return 0;
        for (int i = 0; i < joining; ++i) {
            if (httpRequest(*server, "POST", path(id, u"/participants"_s), buyers[i]).status != 200)
                return 0;
        }
        return id;
    }
    QList<Receiver::Delivery> eventsOf(qint64 room, const QString &type) const {
        QList<Receiver::Delivery> found;
        for (const auto &d : receiver.accepted()) {
            if (d.json[u"type"_s].toString() == type &&
                d.json[u"data"_s][u"roomId"_s].toInteger() == room)
                found.append(d);
        }
        return found;
    }
    double metric(const QByteArray &name) {
        const auto text = httpRequest(*server, "GET", u"/metrics"_s, QString()).body;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1).toDouble();
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(receiver.listen());
        QFile secret(secrets.filePath(u"webhook-secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly));
        secret.write(kSecret + "\n");
        secret.close();
        server = std::make_unique<ServerProcess>(QStringList{
            u"--webhook-url"_s, u"http://127.0.0.1:%1/gonggu/events"_s.arg(receiver.port()),
            u"--webhook-secret-file"_s, secret.fileName()});
        QVERIFY(server->start());
        seller = server->token(uniqueUser("seller"), u"Farm Kim"_s);
        trade = server->token(u"market"_s, u"Market"_s, u"rooms:write"_s);
        for (const auto &name : {u"민수"_s, u"지우"_s})
            buyers.append(server->token(uniqueUser("buyer"), name));
    }
    void cleanupTestCase() { QVERIFY(server->stop()); }

    // A buy that fills and closes, its pickup and a buyer's payment, and a buy called
    // off: each an event, signed, with an id of its own, delivered once.
    void everyEventArrivesSignedAndOnce() {
        const qint64 closed = openRoom(2, 2); // the second join fills it
        const qint64 cancelled = openRoom(5, 1);
        QVERIFY(closed && cancelled);
        QCOMPARE(httpRequest(*server, "POST", path(cancelled, u"/cancel"_s), seller).status, 200);
        QCOMPARE(httpJson(*server, "PUT", path(closed, u"/appointment"_s), seller,
                          {{u"at"_s,
                            QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODateWithMs)},
                           {u"place"_s, u"정문 앞"_s}})
                     .status,
                 200);
        const auto order = httpRequest(*server, "GET", path(closed, u"/orders"_s), seller);
        const QString buyerId = order.json[u"orders"_s][0][u"userId"_s].toString();
        QCOMPARE(httpJson(*server, "PUT", path(closed, u"/orders/"_s + buyerId), trade,
                          {{u"status"_s, u"PAID"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(closed, u"order.status"_s).size(), 1, 10000);
        QTRY_COMPARE(eventsOf(closed, u"room.closed"_s).size(), 1);
        QTRY_COMPARE(eventsOf(closed, u"appointment.set"_s).size(), 1);
        QTRY_COMPARE(eventsOf(cancelled, u"room.cancelled"_s).size(), 1);

        const auto close = eventsOf(closed, u"room.closed"_s).first();
        QCOMPARE(close.json[u"data"_s][u"status"_s].toString(), u"CLOSED"_s);
        QCOMPARE(close.json[u"data"_s][u"buyers"_s].toArray().size(), 2);
        QVERIFY(!close.json[u"data"_s][u"expired"_s].toBool());
        QCOMPARE(
            eventsOf(closed, u"order.status"_s).first().json[u"data"_s][u"status"_s].toString(),
            u"PAID"_s);
        QVERIFY(!eventsOf(closed, u"order.status"_s)
                     .first()
                     .json[u"data"_s]
                     .toObject()
                     .contains(u"address"_s));
        QCOMPARE(
            eventsOf(closed, u"appointment.set"_s).first().json[u"data"_s][u"place"_s].toString(),
            u"정문 앞"_s);
        QSet<QString> ids;
        for (const auto &d : receiver.accepted()) {
            // Signed: HMAC-SHA256 of "<timestamp>.<body>" under the shared secret.
            const QByteArray expected =
                "sha256=" + QMessageAuthenticationCode::hash(d.headers.value("x-gonggu-timestamp") +
                                                                 '.' + d.body,
                                                             kSecret, QCryptographicHash::Sha256)
                                .toHex();
            QCOMPARE(d.headers.value("x-gonggu-signature"), expected);
            QCOMPARE(d.headers.value("x-gonggu-event-id"), d.json[u"id"_s].toString().toUtf8());
            QCOMPARE(d.headers.value("content-type"), QByteArray("application/json"));
            ids.insert(d.json[u"id"_s].toString());
        }
        QTest::qWait(1500); // nothing comes twice
        QCOMPARE(qsizetype(ids.size()), receiver.accepted().size());
    }

    // The receiver is away: the event waits (pending in /metrics), is retried with a
    // growing pause, and arrives once it is back.
    void anAbsentReceiverGetsItLater() {
        const quint16 port = receiver.port();
        receiver.close();
        const qint64 room = openRoom(5, 1);
        QVERIFY(room);
        QCOMPARE(httpRequest(*server, "POST", path(room, u"/cancel"_s), seller).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(metric("gonggu_webhooks_pending") >= 1, 10000);
        QVERIFY(metric("gonggu_webhook_attempts_failed_total") >= 1);
        QVERIFY(receiver.listen(port));
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(room, u"room.cancelled"_s).size(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(metric("gonggu_webhooks_pending"), 0.0, 10000);
    }

    // Refused (503) until the server is killed; after its restart the same event (the
    // same id) is sent again and, answered 200 now, kept as delivered.
    void aKilledServerSendsItAfterTheRestart() {
        receiver.status = 503;
        const qint64 room = openRoom(5, 1);
        QVERIFY(room);
        QCOMPARE(httpRequest(*server, "POST", path(room, u"/cancel"_s), seller).status, 200);
        const auto refused = [&] {
            for (const auto &d : receiver.deliveries) {
                if (d.json[u"data"_s][u"roomId"_s].toInteger() == room)
                    return d.json[u"id"_s].toString();
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!refused().isEmpty(), 10000);
        const QString id = refused();
        server->kill();
        receiver.status = 200;
        QVERIFY(server->start());
        QTRY_COMPARE_WITH_TIMEOUT(eventsOf(room, u"room.cancelled"_s).size(), 1, 20000);
        QCOMPARE(eventsOf(room, u"room.cancelled"_s).first().json[u"id"_s].toString(), id);
        QTest::qWait(1500);
        QCOMPARE(eventsOf(room, u"room.cancelled"_s).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
