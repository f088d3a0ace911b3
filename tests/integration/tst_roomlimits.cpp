// The seller's limits while a buy recruits, against the real server on loopback:
// a later deadline and another head count (PATCH /api/chat/rooms/{id}), each a
// SYSTEM message and a new room snapshot; never fewer places than buyers (down to
// exactly them, the buy is full and closes); only the seller or the trade
// service, only while ACTIVE; and expiry follows the new deadline.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include "common/jsonfields.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu;
using namespace gonggu::stomp;

class TestRoomLimits : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, trade, outsider;
    QList<QString> buyers;

    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    qint64 openRoom(int max, int min, int joined, qint64 expiresInMs = 48 * 3600 * 1000) {
        const qint64 id = uniqueProductId();
        QJsonObject body = roomBody(id, max, min);
        body.insert(u"expiresAt"_s,
                    toIsoUtc(QDateTime::currentDateTimeUtc().addMSecs(expiresInMs)));
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, body).status != 201)
            return 0;
        for (int i = 0; i < joined; ++i) {
            if (httpRequest(server, "POST", path(id, u"/participants"_s), buyers[i]).status != 200)
                return 0;
        }
        return id;
    }
    HttpResult patch(const QString &token, qint64 room, const QJsonObject &body) {
        return httpJson(server, "PATCH", path(room), token, body);
    }
    QStringList events(qint64 room) {
        QStringList found;
        for (const QJsonValue &m : httpRequest(server, "GET", path(room, u"/messages"_s), seller)
                                       .json.value(u"messages"_s)
                                       .toArray())
            found.append(m[u"event"_s].toString());
        return found;
    }
    static QString later(const QJsonObject &room, qint64 hours) {
        return toIsoUtc(QDateTime::fromString(room.value(u"expiresAt"_s).toString(), Qt::ISODate)
                            .addSecs(hours * 3600));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        trade = server.token(u"market"_s, u"Market"_s, u"rooms:write"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
        for (int i = 0; i < 3; ++i)
            buyers.append(server.token(uniqueUser("buyer"), u"Buyer %1"_s.arg(i)));
    }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    void theSellerExtendsAndRaisesAndTheRoomIsTold() {
        const qint64 room = openRoom(5, 2, 2);
        QVERIFY(room);
        StompTestClient watching;
        QVERIFY(watching.open(server.webSocketUrl()) && watching.connectWith(buyers[0]));
        QVERIFY(watching.subscribe("state", u"/topic/room/%1"_s.arg(room)));
        QVERIFY(
            watching.waitFor([](const Frame &f) { return f.header("subscription") == "state"; }));
        const QJsonObject before = httpRequest(server, "GET", path(room), seller).json;
        const QString deadline = later(before, 24);

        const auto changed =
            patch(seller, room, {{u"maxParticipants"_s, 8}, {u"expiresAt"_s, deadline}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json.value(u"maxParticipants"_s).toInt(), 8);
        QCOMPARE(changed.json.value(u"expiresAt"_s).toString(), deadline);
        QCOMPARE(changed.json.value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(watching.waitFor([](const Frame &f) {
            return f.header("subscription") == "state" && f.body.contains("\"maxParticipants\":8");
        }));
        QCOMPARE(events(room).mid(events(room).size() - 2),
                 (QStringList{u"DEADLINE_EXTENDED"_s, u"CAPACITY_CHANGED"_s}));
        // The trade service may too; the same head count again changes nothing.
        QCOMPARE(patch(trade, room, {{u"maxParticipants"_s, 9}}).status, 200);
        const int said = int(events(room).size());
        QCOMPARE(patch(seller, room, {{u"maxParticipants"_s, 9}}).status, 200);
        QCOMPARE(events(room).size(), said);
    }

    void neverFewerPlacesThanBuyers() {
        const qint64 room = openRoom(5, 1, 3);
        QVERIFY(room);
        const auto refused = patch(seller, room, {{u"maxParticipants"_s, 2}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.json[u"error"_s][u"field"_s].toString(), u"maxParticipants"_s);
        QCOMPARE(httpRequest(server, "GET", path(room), seller).json[u"maxParticipants"_s].toInt(),
                 5);
        // Down to exactly the buyers: full, and it closes as a filling join would.
        const auto full = patch(seller, room, {{u"maxParticipants"_s, 3}});
        QCOMPARE(full.status, 200);
        QCOMPARE(full.json.value(u"status"_s).toString(), u"CLOSED"_s);
        QVERIFY(events(room).endsWith(u"CLOSED"_s));
    }

    void badValuesNameTheirField_data() {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("below min")
            << QJsonObject{{u"maxParticipants"_s, 1}} << u"maxParticipants"_s;
        QTest::newRow("beyond the limit")
            << QJsonObject{{u"maxParticipants"_s, 10001}} << u"maxParticipants"_s;
        QTest::newRow("not a number")
            << QJsonObject{{u"maxParticipants"_s, u"ten"_s}} << u"maxParticipants"_s;
        QTest::newRow("deadline earlier")
            << QJsonObject{{u"expiresAt"_s, toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(60))}}
            << u"expiresAt"_s;
        QTest::newRow("deadline not a time")
            << QJsonObject{{u"expiresAt"_s, u"tomorrow"_s}} << u"expiresAt"_s;
        QTest::newRow("the title") << QJsonObject{{u"title"_s, u"x"_s}} << u"title"_s;
        QTest::newRow("nothing") << QJsonObject{} << QString();
    }
    void badValuesNameTheirField() {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const qint64 room = openRoom(5, 2, 1);
        QVERIFY(room);
        const auto answer = patch(seller, room, body);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json[u"error"_s][u"field"_s].toString(), field);
        QVERIFY(events(room).endsWith(u"PARTICIPATING"_s)); // nothing was said
    }

    // Who may, by role and status.
    void onlyTheSellerOrTheTradeServiceWhileItRecruits() {
        const qint64 room = openRoom(5, 1, 1);
        QVERIFY(room);
        const QJsonObject raise{{u"maxParticipants"_s, 6}};
        QCOMPARE(patch(buyers[0], room, raise).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(patch(outsider, room, raise).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(patch(seller, 9'007'199'254'740'000, raise).status, 404);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/close"_s), seller).status, 200);
        QCOMPARE(patch(seller, room, raise).errorCode(), u"ROOM_NOT_ACTIVE"_s);
        QCOMPARE(patch(trade, room, raise).errorCode(), u"ROOM_NOT_ACTIVE"_s);
    }

    // A deadline moved past the old one: the old one passes and nothing happens.
    void expiryFollowsTheNewDeadline() {
        const qint64 room = openRoom(5, 1, 1, 1500);
        QVERIFY(room);
        const QString deadline = toIsoUtc(QDateTime::currentDateTimeUtc().addSecs(3600));
        QCOMPARE(patch(seller, room, {{u"expiresAt"_s, deadline}}).status, 200);
        QTest::qWait(2500);
        const auto shown = httpRequest(server, "GET", path(room), seller).json;
        QCOMPARE(shown.value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(!events(room).contains(u"EXPIRED"_s));
        // And it survives a restart, which settles what expired meanwhile.
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QCOMPARE(
            httpRequest(server, "GET", path(room), seller).json.value(u"expiresAt"_s).toString(),
            deadline);
        QCOMPARE(httpRequest(server, "GET", path(room), seller).json.value(u"status"_s).toString(),
                 u"ACTIVE"_s);
    }
};

QTEST_GUILESS_MAIN(TestRoomLimits)
#include "tst_roomlimits.moc"
