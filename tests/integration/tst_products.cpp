// What a group buy sells (room JSON `product`) against the real server on loopback:
// given at creation, changed by the seller or the trade service while the buy
// recruits (each change a SYSTEM message and a new room snapshot), refused by field
// when it does not add up, and its photo, an image uploaded to the room, is as
// public as the room while the rest of the room's files are not.
#include "serverprocess.h"
#include "stompclient.h"
#include "testimages.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestProducts : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, buyer, outsider, trade;

    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    static QJsonObject tangerines() {
        return {{u"groupPrice"_s, 29000},
                {u"regularPrice"_s, 39000},
                {u"unit"_s, u"10kg box"_s},
                {u"handover"_s, QJsonArray{u"PICKUP"_s, u"DELIVERY"_s}}};
    }
    qint64 openRoom(const QJsonObject &product = {}) {
        const qint64 id = uniqueProductId();
        QJsonObject body = roomBody(id, 10, 2);
        if (!product.isEmpty())
            body.insert(u"product"_s, product);
        return httpJson(server, "POST", u"/api/chat/rooms"_s, seller, body).status == 201 ? id : 0;
    }
    HttpResult put(const QString &token, qint64 room, const QJsonObject &product) {
        return httpJson(server, "PUT", path(room, u"/product"_s), token, product);
    }
    qint64 uploadPhoto(const QString &token, qint64 room) {
        const auto uploaded =
            httpRequest(server, "POST", path(room, u"/files"_s), token,
                        testimages::encoded(testimages::picture(640, 480), "JPEG"),
                        {{"Content-Type", "image/jpeg"}});
        return uploaded.status == 201 ? uploaded.json.value(u"fileId"_s).toInteger() : 0;
    }
    QJsonArray history(qint64 room) {
        return httpRequest(server, "GET", path(room, u"/messages"_s), seller)
            .json.value(u"messages"_s)
            .toArray();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyer = server.token(uniqueUser("buyer"), u"민수"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
        trade = server.token(u"market"_s, u"Market"_s, u"rooms:write"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void aRoomOpensWithItsProduct() {
        const qint64 room = openRoom(tangerines());
        QVERIFY(room);
        const auto shown = httpRequest(server, "GET", path(room), outsider);
        QCOMPARE(shown.status, 200);
        const QJsonObject product = shown.json.value(u"product"_s).toObject();
        QCOMPARE(product.value(u"groupPrice"_s).toInteger(), 29000);
        QCOMPARE(product.value(u"regularPrice"_s).toInteger(), 39000);
        QCOMPARE(product.value(u"currency"_s).toString(), u"KRW"_s); // the default
        QCOMPARE(product.value(u"unit"_s).toString(), u"10kg box"_s);
        QCOMPARE(product.value(u"handover"_s).toArray(), (QJsonArray{u"PICKUP"_s, u"DELIVERY"_s}));
        QVERIFY(product.value(u"photoFileId"_s).isNull());
        // The listing carries it too: the room list shows the price.
        const auto listed = httpRequest(server, "GET", u"/api/chat/rooms?limit=100"_s, outsider);
        bool found = false;
        for (const QJsonValue &r : listed.json.value(u"rooms"_s).toArray()) {
            if (r[u"id"_s].toInteger() == room) {
                found = true;
                QCOMPARE(r[u"product"_s][u"groupPrice"_s].toInteger(), 29000);
            }
        }
        QVERIFY(found);
    }

    void aRoomWithoutAProductHasNone() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QVERIFY(!httpRequest(server, "GET", path(room), seller).json.contains(u"product"_s));
    }

    void productsThatDoNotAddUpAreRefusedByField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("refused");
        QTest::newRow("negative price") << u"groupPrice"_s << QJsonValue(-1) << u"groupPrice"_s;
        QTest::newRow("fraction") << u"groupPrice"_s << QJsonValue(29000.5) << u"groupPrice"_s;
        QTest::newRow("beyond 10^12")
            << u"groupPrice"_s << QJsonValue(1'000'000'000'001.0) << u"groupPrice"_s;
        QTest::newRow("regular below group")
            << u"regularPrice"_s << QJsonValue(28000) << u"regularPrice"_s;
        QTest::newRow("currency") << u"currency"_s << QJsonValue(u"won"_s) << u"currency"_s;
        QTest::newRow("unit too long") << u"unit"_s << QJsonValue(QString(41, u'상')) << u"unit"_s;
        QTest::newRow("unit of two lines") << u"unit"_s << QJsonValue(u"10kg\nbox"_s) << u"unit"_s;
        QTest::newRow("no handover") << u"handover"_s << QJsonValue(QJsonArray()) << u"handover"_s;
        QTest::newRow("unknown handover")
            << u"handover"_s << QJsonValue(QJsonArray{u"DRONE"_s}) << u"handover"_s;
        QTest::newRow("handover twice")
            << u"handover"_s << QJsonValue(QJsonArray{u"PICKUP"_s, u"PICKUP"_s}) << u"handover"_s;
        QTest::newRow("photo of nobody") << u"photoFileId"_s << QJsonValue(0) << u"photoFileId"_s;
    }
    void productsThatDoNotAddUpAreRefusedByField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, refused);
        const qint64 room = openRoom(tangerines());
        QVERIFY(room);
        QJsonObject bad = tangerines();
        bad.insert(field, value);
        const auto answer = put(seller, room, bad);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.json[u"error"_s][u"field"_s].toString(), refused);
        // At creation as well.
        QJsonObject body = roomBody(uniqueProductId(), 10, 2);
        body.insert(u"product"_s, bad);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, seller, body).status, 400);
        // Nothing changed, nothing was said.
        QCOMPARE(httpRequest(server, "GET", path(room), seller)
                     .json[u"product"_s][u"groupPrice"_s]
                     .toInteger(),
                 29000);
        QVERIFY(history(room).isEmpty());
    }

    void theSellerChangesItAndTheRoomIsTold() {
        const qint64 room = openRoom(tangerines());
        QVERIFY(room);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/participants"_s), buyer).status, 200);
        StompTestClient watching;
        QVERIFY(watching.open(server.webSocketUrl()));
        QVERIFY(watching.connectWith(buyer));
        QVERIFY(watching.subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        QVERIFY(watching.subscribe("state", u"/topic/room/%1"_s.arg(room)));
        QVERIFY(
            watching.waitFor([](const Frame &f) { return f.header("subscription") == "state"; }));

        QJsonObject cheaper = tangerines();
        cheaper.insert(u"groupPrice"_s, 27000);
        const auto changed = put(seller, room, cheaper);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json[u"product"_s][u"groupPrice"_s].toInteger(), 27000);
        QCOMPARE(changed.json[u"myRole"_s].toString(), u"SELLER"_s);

        const auto told = watching.waitFor([](const Frame &f) {
            return f.header("subscription") == "chat" && f.body.contains("PRODUCT_UPDATED");
        });
        QVERIFY(told);
        const QJsonObject message = QJsonDocument::fromJson(told->body).object();
        QCOMPARE(message[u"type"_s].toString(), u"SYSTEM"_s);
        QCOMPARE(message[u"content"_s].toString(),
                 u"The product details were updated: group price 27000 KRW."_s);
        const auto snapshot = watching.waitFor([](const Frame &f) {
            return f.header("subscription") == "state" && f.body.contains("27000");
        });
        QVERIFY(snapshot);

        // The same product again (a retry) changes and says nothing.
        QCOMPARE(put(seller, room, cheaper).status, 200);
        QCOMPARE(put(trade, room, cheaper).status, 200);
        int said = 0;
        for (const QJsonValue &m : history(room))
            said += m[u"event"_s].toString() == u"PRODUCT_UPDATED"_s;
        QCOMPARE(said, 1);
        // The trade service changes it too.
        cheaper.insert(u"groupPrice"_s, 26000);
        QCOMPARE(put(trade, room, cheaper).json[u"product"_s][u"groupPrice"_s].toInteger(), 26000);
    }

    void noOneElseChangesItAndNotOnceSettled() {
        const qint64 room = openRoom(tangerines());
        QVERIFY(room);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/participants"_s), buyer).status, 200);
        QCOMPARE(put(buyer, room, tangerines()).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(put(outsider, room, tangerines()).errorCode(), u"FORBIDDEN"_s);
        QCOMPARE(put(seller, 9'007'199'254'740'000, tangerines()).status, 404);
        QCOMPARE(httpRequest(server, "PUT", path(room, u"/product"_s), seller, "[1]").status, 400);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/close"_s), seller).status, 200);
        QCOMPARE(put(seller, room, tangerines()).errorCode(), u"ROOM_NOT_ACTIVE"_s);
        QCOMPARE(put(trade, room, tangerines()).errorCode(), u"ROOM_NOT_ACTIVE"_s);
    }

    void itsPhotoIsAsPublicAsTheRoom() {
        const qint64 room = openRoom(tangerines());
        QVERIFY(room);
        const qint64 photo = uploadPhoto(seller, room);
        QVERIFY(photo);
        QJsonObject withPhoto = tangerines();
        withPhoto.insert(u"photoFileId"_s, photo);
        const auto set = put(seller, room, withPhoto);
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json[u"product"_s][u"photoFileId"_s].toInteger(), photo);
        // Someone browsing the listing sees it and its thumbnail, also once the buy
        // closed (when the chat is for its members only).
        QCOMPARE(httpRequest(server, "POST", path(room, u"/close"_s), seller).status, 200);
        QCOMPARE(httpRequest(server, "GET", u"/api/files/%1"_s.arg(photo), outsider).status, 200);
        const auto thumbnail =
            httpRequest(server, "GET", u"/api/files/%1/thumbnail"_s.arg(photo), outsider);
        QCOMPARE(thumbnail.status, 200);
        QCOMPARE(QImage::fromData(thumbnail.body).width(), 320);
        QCOMPARE(httpRequest(server, "GET", u"/api/files/%1"_s.arg(photo)).status, 401);
        // The room's other files follow the chat: members only, once it closed.
        const qint64 chatPhoto = uploadPhoto(seller, room);
        QVERIFY(chatPhoto);
        QCOMPARE(
            httpRequest(server, "GET", u"/api/files/%1"_s.arg(chatPhoto), outsider).errorCode(),
            u"NOT_A_MEMBER"_s);
    }

    void thePhotoIsAnImageOfTheCallerInThatRoomSentNowhere() {
        const qint64 room = openRoom(tangerines());
        const qint64 other = openRoom(tangerines());
        QVERIFY(room && other);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/participants"_s), buyer).status, 200);
        QJsonObject withPhoto = tangerines();
        const auto refusedWith = [&](qint64 fileId) {
            withPhoto.insert(u"photoFileId"_s, fileId);
            const auto answer = put(seller, room, withPhoto);
            return answer.status == 400 &&
                   answer.json[u"error"_s][u"field"_s].toString() == u"photoFileId"_s;
        };
        QVERIFY(refusedWith(uploadPhoto(seller, other))); // another room's
        QVERIFY(refusedWith(uploadPhoto(buyer, room)));   // a buyer's
        QVERIFY(refusedWith(9'007'199'254'740'000));      // nobody's
        const auto pdf = httpRequest(server, "POST", path(room, u"/files"_s), seller,
                                     "%PDF-1.4\n%%EOF\n", {{"Content-Type", "application/pdf"}});
        QVERIFY(refusedWith(pdf.json.value(u"fileId"_s).toInteger())); // not an image
        // A photo already sent in a chat message is that message's.
        const qint64 sent = uploadPhoto(seller, room);
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()) && client.connectWith(seller) &&
                client.subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        const QJsonObject body{{u"type"_s, u"CHAT"_s},
                               {u"content"_s, u"look"_s},
                               {u"attachments"_s, QJsonArray{QJsonObject{{u"fileId"_s, sent}}}}};
        Frame frame{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
        frame.add("destination", "/app/chat/" + QByteArray::number(room));
        client.sendFrame(frame);
        QVERIFY(client.waitForMessage(u"/topic/chat/%1"_s.arg(room)));
        QVERIFY(refusedWith(sent));
        QVERIFY(httpRequest(server, "GET", path(room), seller)
                    .json[u"product"_s][u"photoFileId"_s]
                    .isNull());
    }

    void itSurvivesARestart() {
        const qint64 room = openRoom(tangerines());
        QVERIFY(room);
        QVERIFY(server.stop());
        QVERIFY(server.start());
        const auto shown = httpRequest(server, "GET", path(room), buyer);
        QCOMPARE(shown.json[u"product"_s].toObject(), [] {
            QJsonObject expected = tangerines();
            expected.insert(u"currency"_s, u"KRW"_s);
            expected.insert(u"photoFileId"_s, QJsonValue::Null);
            return expected;
        }());
    }
};

QTEST_GUILESS_MAIN(TestProducts)
#include "tst_products.moc"
