// Delivery addresses against the real server on loopback: a buyer gives theirs
// (normalised as typed), reads and takes it back; the seller alone reads the room's
// list, as JSON or CSV, and every such read is logged without the addresses; nothing
// of an address is ever broadcast; leaving or a cancelled buy removes them.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestAddresses : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, buyer, other, viewer, outsider, trade;
    QString buyerId;

    static QString path(qint64 room, const QString &rest) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    qint64 openRoom(int max = 10) {
        const qint64 id = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, 1)).status !=
                201 ||
            httpRequest(server, "POST", path(id, u"/participants"_s), buyer).status != 200 ||
            httpRequest(server, "POST", path(id, u"/participants"_s), other).status != 200)
            return 0;
        return id;
    }
    static QJsonObject minsusAddress() {
        return {{u"recipient"_s, u"김민수"_s},
                {u"phone"_s, u"+82 10 1234 5678"_s},
                {u"postalCode"_s, u"062 36"_s},
                {u"address"_s, u"서울 강남구 테헤란로 123, 101동 1001호"_s}};
    }
    HttpResult give(const QString &token, qint64 room, const QJsonObject &address) {
        return httpJson(server, "PUT", path(room, u"/participants/me/address"_s), token, address);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyerId = uniqueUser("buyer");
        buyer = server.token(buyerId, u"민수"_s);
        other = server.token(uniqueUser("other"), u"Jiwoo"_s);
        viewer = server.token(uniqueUser("viewer"), u"Curious"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
        trade = server.token(u"market"_s, u"Market"_s, u"rooms:write"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void aBuyerGivesReadsAndTakesBackTheirAddress() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/participants/me/address"_s), buyer)
                     .errorCode(),
                 u"NOT_FOUND"_s);
        const auto given = give(buyer, room, minsusAddress());
        QCOMPARE(given.status, 200);
        QCOMPARE(given.json.value(u"phone"_s).toString(), u"010-1234-5678"_s); // as stored
        QCOMPARE(given.json.value(u"postalCode"_s).toString(), u"06236"_s);
        QVERIFY(given.json.contains(u"updatedAt"_s));
        const auto mine =
            httpRequest(server, "GET", path(room, u"/participants/me/address"_s), buyer);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json.value(u"address"_s).toString(),
                 u"서울 강남구 테헤란로 123, 101동 1001호"_s);
        // A change replaces it.
        QJsonObject moved = minsusAddress();
        moved.insert(u"address"_s, u"부산 해운대구 센텀로 1"_s);
        QCOMPARE(give(buyer, room, moved).status, 200);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/participants/me/address"_s), buyer)
                     .json.value(u"address"_s)
                     .toString(),
                 u"부산 해운대구 센텀로 1"_s);
        QCOMPARE(
            httpRequest(server, "DELETE", path(room, u"/participants/me/address"_s), buyer).status,
            204);
        QCOMPARE(
            httpRequest(server, "GET", path(room, u"/participants/me/address"_s), buyer).status,
            404);
    }

    void badAddressesAreRefusedByField() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QJsonObject bad = minsusAddress();
        bad.insert(u"phone"_s, u"call me"_s);
        const auto refused = give(buyer, room, bad);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"CONTENT_INVALID"_s);
        QCOMPARE(refused.json[u"error"_s][u"field"_s].toString(), u"phone"_s);
        QCOMPARE(give(buyer, room, {{u"recipient"_s, u"x"_s}}).status, 400);
        QCOMPARE(
            httpRequest(server, "PUT", path(room, u"/participants/me/address"_s), buyer, "not json")
                .status,
            400);
        QCOMPARE(
            httpRequest(server, "GET", path(room, u"/participants/me/address"_s), buyer).status,
            404); // nothing was kept
    }

    // Who may give one and who may read them, by role and status.
    void onlyBuyersGiveAndOnlyTheSellerReads() {
        const qint64 room = openRoom();
        QVERIFY(room);
        StompTestClient looking; // a VIEWER: subscribed to the ACTIVE room's chat
        QVERIFY(looking.open(server.webSocketUrl()));
        QVERIFY(looking.connectWith(viewer));
        QVERIFY(looking.subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        QCOMPARE(give(seller, room, minsusAddress()).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(give(viewer, room, minsusAddress()).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(give(outsider, room, minsusAddress()).errorCode(), u"NOT_A_MEMBER"_s);
        QCOMPARE(give(buyer, 9'007'199'254'740'000, minsusAddress()).status, 404);
        QCOMPARE(give(buyer, room, minsusAddress()).status, 200);
        for (const QString *reader : {&buyer, &other, &viewer})
            QCOMPARE(httpRequest(server, "GET", path(room, u"/addresses"_s), *reader).errorCode(),
                     u"FORBIDDEN"_s);
        // Not even the trade service: the contract says the owner and the seller.
        for (const QString *reader : {&outsider, &trade})
            QCOMPARE(httpRequest(server, "GET", path(room, u"/addresses"_s), *reader).errorCode(),
                     u"NOT_A_MEMBER"_s);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/addresses"_s), QString()).status, 401);
        // Once complete the buyers still give theirs (that is when most do).
        QCOMPARE(httpRequest(server, "POST", path(room, u"/close"_s), seller).status, 200);
        QCOMPARE(give(other, room, minsusAddress()).status, 200);
    }

    void theSellerReadsTheListAndEachReadIsLogged() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QCOMPARE(give(buyer, room, minsusAddress()).status, 200);
        QJsonObject formula = minsusAddress();
        formula.insert(u"recipient"_s, u"=HYPERLINK(\"x\")"_s);
        formula.insert(u"address"_s, u"대구 중구, \"동성로\" 1"_s);
        QCOMPARE(give(other, room, formula).status, 200);

        const auto list = httpRequest(server, "GET", path(room, u"/addresses"_s), seller);
        QCOMPARE(list.status, 200);
        const QJsonArray entries = list.json.value(u"addresses"_s).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0][u"userId"_s].toString(), buyerId);
        QCOMPARE(entries[0][u"displayName"_s].toString(), u"민수"_s);
        QCOMPARE(entries[0][u"phone"_s].toString(), u"010-1234-5678"_s);

        // CSV for a spreadsheet: a BOM (Korean opens right), quoting, no formulas run.
        const auto csv = httpRequest(server, "GET", path(room, u"/addresses?format=csv"_s), seller);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.headers.value("content-type").startsWith("text/csv"));
        QVERIFY(csv.headers.value("content-disposition").contains("attachment"));
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"
                                    "name,recipient,phone,postal code,address,updated\r\n"));
        const QString text = QString::fromUtf8(csv.body);
        QVERIFY2(
            text.contains(
                u"민수,김민수,010-1234-5678,06236,\"서울 강남구 테헤란로 123, 101동 1001호\","_s),
            qPrintable(text));
        QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"x\"\")\""_s));
        QVERIFY(text.contains(u"\"대구 중구, \"\"동성로\"\" 1\""_s));
        QCOMPARE(httpRequest(server, "GET", path(room, u"/addresses?format=xml"_s), seller).status,
                 400);

        // The log says who read how many, never what.
        QTRY_VERIFY(
            (server.readOutput(),
             server.output().contains(u"read 2 delivery addresses of room %1"_s.arg(room))));
        QVERIFY(!server.output().contains(u"테헤란로"_s));
        QVERIFY(!server.output().contains(u"1234-5678"_s));
    }

    // Nothing of an address goes out on the room's topics; leaving takes it away,
    // and a cancelled buy keeps none.
    void neverBroadcastAndRemovedWithTheMembership() {
        const qint64 room = openRoom();
        QVERIFY(room);
        StompTestClient watching;
        QVERIFY(watching.open(server.webSocketUrl()));
        QVERIFY(watching.connectWith(seller));
        QVERIFY(watching.subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        QVERIFY(watching.subscribe("state", u"/topic/room/%1"_s.arg(room)));
        QVERIFY(watching.subscribe("n", u"/user/queue/notifications"_s));
        QCOMPARE(give(buyer, room, minsusAddress()).status, 200);
        QVERIFY(!watching.waitFor(
            [](const Frame &f) {
                return f.body.contains("테헤란로") || f.body.contains("1234-5678");
            },
            500));
        QCOMPARE(httpRequest(server, "DELETE", path(room, u"/participants/me"_s), buyer).status,
                 200);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/addresses"_s), seller)
                     .json.value(u"addresses"_s)
                     .toArray()
                     .size(),
                 0);

        QCOMPARE(give(other, room, minsusAddress()).status, 200);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/cancel"_s), seller).status, 200);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/addresses"_s), seller)
                     .json.value(u"addresses"_s)
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(give(other, room, minsusAddress()).errorCode(), u"ROOM_NOT_WRITABLE"_s);
    }
};

QTEST_GUILESS_MAIN(TestAddresses)
#include "tst_addresses.moc"
