// Each buyer's order in a closed group buy, against the real server on loopback:
// every move of the order table by every kind of caller, who may read the orders,
// who is told (the buyer and the seller, never the other buyers), the checklist
// with its filter and its spreadsheet, payment reminders at most once an hour, and
// orders that survive a restart. The expectations are written out from
// docs/protocol.md, not computed from the server's rules.
#include "eventstreamclient.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

enum class Caller { Seller, Trade, Buyer, OtherBuyer, Outsider };
const QStringList kStatuses{u"AWAITING_PAYMENT"_s, u"PAID"_s, u"HANDED_OVER"_s, u"CANCELLED"_s};

bool isType(const EventStream::Event &e, const char *type, qint64 room) {
    return e.data.value(u"type"_s).toString() == QLatin1StringView(type) &&
           e.data.value(u"roomId"_s).toInteger() == room;
}

} // namespace

class TestOrders : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, trade, outsider;
    struct Buyer {
        QString id;
        QString token;
    };
    QList<Buyer> buyers; // buyers[0] is "the buyer", buyers[1] the other one

    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    QString tokenOf(Caller caller) const {
        switch (caller) {
        case Caller::Seller:
            return seller;
        case Caller::Trade:
            return trade;
        case Caller::Buyer:
            return buyers[0].token;
        case Caller::OtherBuyer:
            return buyers[1].token;
        case Caller::Outsider:
            return outsider;
        }
        return {};
    }
    // A room the buyers joined; closed unless `close` is false, cancelled if asked.
    qint64 openRoom(int buyerCount = 2, const QString &settle = u"close"_s) {
        const qint64 id = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, 10, 1)).status !=
            201)
            return 0;
        for (int i = 0; i < buyerCount; ++i) {
            if (httpRequest(server, "POST", path(id, u"/participants"_s), buyers[i].token).status !=
                200)
                return 0;
        }
        if (!settle.isEmpty() &&
            httpRequest(server, "POST", path(id, u"/"_s + settle), seller).status != 200)
            return 0;
        return id;
    }
    HttpResult move(const QString &token, qint64 room, const QString &buyerId,
                    const QString &status) {
        return httpJson(server, "PUT", path(room, u"/orders/"_s + buyerId), token,
                        {{u"status"_s, status}});
    }
    QString statusOf(qint64 room, const QString &buyerToken) {
        return httpRequest(server, "GET", path(room, u"/orders/me"_s), buyerToken)
            .json.value(u"status"_s)
            .toString();
    }
    // The seller's way to each status from AWAITING_PAYMENT.
    bool bring(qint64 room, const QString &buyerId, const QString &status) {
        if (status == u"AWAITING_PAYMENT")
            return true;
        if (status == u"CANCELLED")
            return move(seller, room, buyerId, status).status == 200;
        if (move(seller, room, buyerId, u"PAID"_s).status != 200)
            return false;
        return status == u"PAID" || move(seller, room, buyerId, status).status == 200;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        trade = server.token(u"market"_s, u"Market"_s, u"rooms:write"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
        for (const auto &name : {u"민수"_s, u"지우"_s, u"=HYPERLINK(\"x\")"_s}) {
            const QString id = uniqueUser("buyer");
            buyers.append({id, server.token(id, name)});
        }
    }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    // The order table: from -> to, by the seller, the trade service, the buyer
    // themselves, another buyer of the room, someone outside it.
    void everyMoveByEveryCaller_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");
        const QString ok = u"OK"_s, conflict = u"CONFLICT"_s, forbidden = u"FORBIDDEN"_s,
                      outside = u"NOT_A_MEMBER"_s;
        const auto row = [&](const char *from, const char *to, const QString &bySeller,
                             const QString &byTrade, const QString &byBuyer) {
            QTest::addRow("%s -> %s", from, to)
                << QString::fromLatin1(from) << QString::fromLatin1(to)
                << QStringList{bySeller, byTrade, byBuyer, forbidden, outside};
        };
        // Retries of the same status: fine for whoever may move an order there.
        row("AWAITING_PAYMENT", "AWAITING_PAYMENT", ok, ok, forbidden);
        row("AWAITING_PAYMENT", "PAID", ok, ok, forbidden);
        row("AWAITING_PAYMENT", "HANDED_OVER", conflict, conflict, conflict);
        row("AWAITING_PAYMENT", "CANCELLED", ok, ok, forbidden);
        row("PAID", "AWAITING_PAYMENT", ok, ok, forbidden); // marked by mistake, bounced
        row("PAID", "PAID", ok, ok, forbidden);
        row("PAID", "HANDED_OVER", ok, forbidden, ok); // handed over, or receipt confirmed
        row("PAID", "CANCELLED", ok, ok, forbidden);   // refunded
        row("HANDED_OVER", "AWAITING_PAYMENT", conflict, conflict, conflict);
        row("HANDED_OVER", "PAID", conflict, conflict, conflict);
        row("HANDED_OVER", "HANDED_OVER", ok, forbidden, ok);
        row("HANDED_OVER", "CANCELLED", conflict, conflict, conflict);
        row("CANCELLED", "AWAITING_PAYMENT", conflict, conflict, conflict);
        row("CANCELLED", "PAID", conflict, conflict, conflict);
        row("CANCELLED", "HANDED_OVER", conflict, conflict, conflict);
        row("CANCELLED", "CANCELLED", ok, ok, forbidden);
    }
    void everyMoveByEveryCaller() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        const char *callers[] = {"seller", "trade service", "the buyer", "another buyer",
                                 "an outsider"};
        for (int c = 0; c < 5; ++c) {
            const qint64 room = openRoom();
            QVERIFY(room);
            QVERIFY(bring(room, buyers[0].id, from));
            const auto answer = move(tokenOf(Caller(c)), room, buyers[0].id, to);
            const QString got = answer.status == 200 ? u"OK"_s : answer.errorCode();
            QVERIFY2(got == expected[c],
                     qPrintable(u"%1 -> %2 by %3: %4, expected %5"_s.arg(
                         from, to, QString::fromLatin1(callers[c]), got, expected[c])));
            // What the buyer reads afterwards: the move, or nothing changed.
            QCOMPARE(statusOf(room, buyers[0].token), got == u"OK" ? to : from);
            const QStringList changedBy{u"SELLER"_s, u"TRADE_SERVICE"_s, u"BUYER"_s};
            if (got == u"OK" && from != to)
                QCOMPARE(answer.json.value(u"changedBy"_s).toString(), changedBy.value(c));
        }
    }

    // Orders exist once the buy closed: who may read them then, and before or after
    // a cancellation no one.
    void whoReadsOrders_data() {
        QTest::addColumn<QString>("settle");
        QTest::addColumn<QStringList>("list"); // seller, trade, buyer, outsider: GET .../orders
        QTest::addColumn<QStringList>("mine"); // the same: GET .../orders/me
        QTest::newRow("ACTIVE") << QString()
                                << QStringList{u"CONFLICT"_s, u"CONFLICT"_s, u"FORBIDDEN"_s,
                                               u"NOT_A_MEMBER"_s}
                                << QStringList{u"FORBIDDEN"_s, u"NOT_A_MEMBER"_s, u"CONFLICT"_s,
                                               u"NOT_A_MEMBER"_s};
        QTest::newRow("CLOSED") << u"close"_s
                                << QStringList{u"OK"_s, u"OK"_s, u"FORBIDDEN"_s, u"NOT_A_MEMBER"_s}
                                << QStringList{u"FORBIDDEN"_s, u"NOT_A_MEMBER"_s, u"OK"_s,
                                               u"NOT_A_MEMBER"_s};
        QTest::newRow("CANCELLED")
            << u"cancel"_s
            << QStringList{u"CONFLICT"_s, u"CONFLICT"_s, u"FORBIDDEN"_s, u"NOT_A_MEMBER"_s}
            << QStringList{u"FORBIDDEN"_s, u"NOT_A_MEMBER"_s, u"CONFLICT"_s, u"NOT_A_MEMBER"_s};
    }
    void whoReadsOrders() {
        QFETCH(QString, settle);
        QFETCH(QStringList, list);
        QFETCH(QStringList, mine);
        const qint64 room = openRoom(2, settle);
        QVERIFY(room);
        const QList<Caller> callers{Caller::Seller, Caller::Trade, Caller::Buyer, Caller::Outsider};
        for (int c = 0; c < callers.size(); ++c) {
            const auto all =
                httpRequest(server, "GET", path(room, u"/orders"_s), tokenOf(callers[c]));
            QCOMPARE(all.status == 200 ? u"OK"_s : all.errorCode(), list[c]);
            const auto own =
                httpRequest(server, "GET", path(room, u"/orders/me"_s), tokenOf(callers[c]));
            QCOMPARE(own.status == 200 ? u"OK"_s : own.errorCode(), mine[c]);
        }
        QCOMPARE(
            httpRequest(server, "GET", path(9'007'199'254'740'000, u"/orders"_s), seller).status,
            404);
    }

    // Who is told: the buyer and the seller, each unless it was their own doing;
    // the other buyers never, and the chat says nothing of who paid.
    void onlyThatBuyerAndTheSellerAreTold() {
        const qint64 room = openRoom();
        QVERIFY(room);
        EventStream sellerStream, buyerStream, otherStream;
        QVERIFY(sellerStream.open(server, seller));
        QVERIFY(buyerStream.open(server, buyers[0].token));
        QVERIFY(otherStream.open(server, buyers[1].token));
        const auto isOrder = [&](const auto &e) {
            return isType(e, "ORDER_STATUS", room);
        };

        QCOMPARE(move(seller, room, buyers[0].id, u"PAID"_s).status, 200);
        const auto told = buyerStream.waitFor(isOrder);
        QVERIFY(told);
        const QJsonObject order = told->data.value(u"order"_s).toObject();
        QCOMPARE(order.value(u"userId"_s).toString(), buyers[0].id);
        QCOMPARE(order.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(order.value(u"changedBy"_s).toString(), u"SELLER"_s);
        QVERIFY(!order.contains(u"address"_s));
        QVERIFY(!sellerStream.waitFor(isOrder, 300)); // their own doing

        QCOMPARE(move(buyers[0].token, room, u"me"_s, u"HANDED_OVER"_s).status, 200);
        const auto confirmed = sellerStream.waitFor(isOrder);
        QVERIFY(confirmed);
        QCOMPARE(confirmed->data[u"order"_s][u"status"_s].toString(), u"HANDED_OVER"_s);
        QCOMPARE(confirmed->data[u"order"_s][u"changedBy"_s].toString(), u"BUYER"_s);

        QCOMPARE(move(trade, room, buyers[1].id, u"PAID"_s).status, 200);
        QVERIFY(otherStream.waitFor(isOrder));
        const auto toSeller = sellerStream.waitFor([&](const auto &e) {
            return isOrder(e) && e.data[u"order"_s][u"userId"_s].toString() == buyers[1].id;
        });
        QVERIFY(toSeller);
        QCOMPARE(toSeller->data[u"order"_s][u"changedBy"_s].toString(), u"TRADE_SERVICE"_s);
        // The other buyer heard of their own order only; nothing in the chat.
        QVERIFY(!otherStream.waitFor(
            [&](const auto &e) {
                return isOrder(e) && e.data[u"order"_s][u"userId"_s].toString() == buyers[0].id;
            },
            300));
        const auto history =
            httpRequest(server, "GET", path(room, u"/messages"_s), buyers[1].token);
        for (const QJsonValue &m : history.json.value(u"messages"_s).toArray())
            QVERIFY(!m[u"content"_s].toString().contains(u"PAID"_s));
    }

    // The seller's checklist: every buyer with their status, when it last changed
    // and the address they gave; "not paid yet" as a filter; the spreadsheet.
    void theSellersChecklistFiltersAndExports() {
        const qint64 room = openRoom(3);
        QVERIFY(room);
        const auto closedAt =
            httpRequest(server, "GET", path(room), seller).json.value(u"closedAt"_s).toString();
        QCOMPARE(httpJson(server, "PUT", path(room, u"/participants/me/address"_s), buyers[0].token,
                          {{u"recipient"_s, u"김민수"_s},
                           {u"phone"_s, u"010-1234-5678"_s},
                           {u"address"_s, u"서울 강남구 테헤란로 123"_s}})
                     .status,
                 200);
        QCOMPARE(move(seller, room, buyers[1].id, u"PAID"_s).status, 200);

        const auto list = httpRequest(server, "GET", path(room, u"/orders"_s), seller);
        QCOMPARE(list.status, 200);
        const QJsonArray orders = list.json.value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), 3);
        QHash<QString, QJsonObject> byUser;
        for (const QJsonValue &o : orders)
            byUser.insert(o[u"userId"_s].toString(), o.toObject());
        QCOMPARE(byUser[buyers[0].id][u"status"_s].toString(), u"AWAITING_PAYMENT"_s);
        QCOMPARE(byUser[buyers[0].id][u"updatedAt"_s].toString(), closedAt);
        QVERIFY(byUser[buyers[0].id][u"changedBy"_s].isNull());
        QCOMPARE(byUser[buyers[0].id][u"address"_s][u"phone"_s].toString(), u"010-1234-5678"_s);
        QCOMPARE(byUser[buyers[1].id][u"status"_s].toString(), u"PAID"_s);
        QVERIFY(!byUser[buyers[1].id].contains(u"address"_s));
        // The trade service charges and ships, but the addresses are the seller's.
        const auto forTrade = httpRequest(server, "GET", path(room, u"/orders"_s), trade);
        for (const QJsonValue &o : forTrade.json.value(u"orders"_s).toArray())
            QVERIFY(!o.toObject().contains(u"address"_s));

        const auto unpaid =
            httpRequest(server, "GET", path(room, u"/orders?status=AWAITING_PAYMENT"_s), seller);
        QCOMPARE(unpaid.json.value(u"orders"_s).toArray().size(), 2);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/orders?status=PAYED"_s), seller)
                     .json[u"error"_s][u"field"_s]
                     .toString(),
                 u"status"_s);

        const auto csv = httpRequest(server, "GET", path(room, u"/orders?format=csv"_s), seller);
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.headers.value("content-type").startsWith("text/csv"));
        QVERIFY(csv.headers.value("content-disposition").contains("orders-"));
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"
                                    "name,status,updated,recipient,phone,"));
        const QString text = QString::fromUtf8(csv.body);
        QVERIFY(text.contains(u"민수,AWAITING_PAYMENT,"_s));
        QVERIFY(text.contains(u"김민수,010-1234-5678,,서울 강남구 테헤란로 123"_s));
        QVERIFY(text.contains(u"지우,PAID,"_s));
        // A name a spreadsheet would run is text there.
        QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"x\"\")\""_s));
        QCOMPARE(httpRequest(server, "GET", path(room, u"/orders?format=csv"_s), buyers[0].token)
                     .errorCode(),
                 u"FORBIDDEN"_s);
    }

    // One reminder to each buyer who has not paid; again within the hour, none.
    void remindersGoToThoseWhoHaveNotPaidOnceAnHour() {
        const qint64 room = openRoom(3);
        QVERIFY(room);
        QCOMPARE(move(seller, room, buyers[2].id, u"PAID"_s).status, 200);
        EventStream first, paid;
        QVERIFY(first.open(server, buyers[0].token));
        QVERIFY(paid.open(server, buyers[2].token));
        const auto isReminder = [&](const auto &e) {
            return isType(e, "PAYMENT_REMINDER", room);
        };
        QCOMPARE(httpRequest(server, "POST", path(room, u"/orders/reminders"_s), buyers[0].token)
                     .errorCode(),
                 u"FORBIDDEN"_s);
        const auto reminded =
            httpRequest(server, "POST", path(room, u"/orders/reminders"_s), seller);
        QCOMPARE(reminded.status, 200);
        QCOMPARE(reminded.json.value(u"reminded"_s).toInt(), 2);
        const auto told = first.waitFor(isReminder);
        QVERIFY(told);
        QCOMPARE(told->data[u"order"_s][u"status"_s].toString(), u"AWAITING_PAYMENT"_s);
        QVERIFY(!paid.waitFor(isReminder, 300));
        const auto again = httpRequest(server, "POST", path(room, u"/orders/reminders"_s), seller);
        QCOMPARE(again.status, 429);
        QCOMPARE(again.headers.value("retry-after"), "3600");
        QTest::qWait(300);
        QCOMPARE(std::count_if(first.events().cbegin(), first.events().cend(), isReminder), 1);
        // A reminder is not a change: the order is as the close left it.
        const auto mine = httpRequest(server, "GET", path(room, u"/orders/me"_s), buyers[0].token);
        QCOMPARE(mine.json.value(u"status"_s).toString(), u"AWAITING_PAYMENT"_s);
        QVERIFY(mine.json.value(u"changedBy"_s).isNull());
        const qint64 active = openRoom(2, {});
        QCOMPARE(
            httpRequest(server, "POST", path(active, u"/orders/reminders"_s), seller).errorCode(),
            u"CONFLICT"_s);
    }

    void badRequestsAreRefusedAndChangeNothing() {
        const qint64 room = openRoom();
        QVERIFY(room);
        const auto nonsense = move(seller, room, buyers[0].id, u"SHIPPED"_s);
        QCOMPARE(nonsense.status, 400);
        QCOMPARE(nonsense.json[u"error"_s][u"field"_s].toString(), u"status"_s);
        QCOMPARE(httpRequest(server, "PUT", path(room, u"/orders/"_s + buyers[0].id), seller, "[1]")
                     .status,
                 400);
        QCOMPARE(move(seller, room, uniqueUser("nobody"), u"PAID"_s).status, 404);
        QCOMPARE(statusOf(room, buyers[0].token), u"AWAITING_PAYMENT"_s);
    }

    void ordersSurviveARestart() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QCOMPARE(move(trade, room, buyers[0].id, u"PAID"_s).status, 200);
        QVERIFY(server.stop());
        QVERIFY(server.start());
        const auto mine = httpRequest(server, "GET", path(room, u"/orders/me"_s), buyers[0].token);
        QCOMPARE(mine.json.value(u"status"_s).toString(), u"PAID"_s);
        QCOMPARE(mine.json.value(u"changedBy"_s).toString(), u"TRADE_SERVICE"_s);
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
