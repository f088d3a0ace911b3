// Room life cycle against the real server: filling up, closing, cancelling,
// expiry (also across a restart), viewers removed on close.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestLifecycle : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, buyer, viewer;
    QString viewerId;

    qint64 createRoom(int max, int min, int seconds = 3600) {
        const qint64 id = uniqueProductId();
        const auto created =
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, min, seconds));
        return created.status == 201 ? id : 0;
    }

    QJsonArray history(qint64 room, const QString &token) {
        return httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), token)
            .json.value(u"messages"_s)
            .toArray();
    }

    static QStringList events(const QJsonArray &messages) {
        QStringList list;
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(u"type"_s).toString() == u"SYSTEM")
                list << m.toObject().value(u"event"_s).toString();
        }
        return list;
    }

    std::unique_ptr<StompTestClient> connected(const QString &token) {
        auto client = std::make_unique<StompTestClient>();
        if (!client->open(server.webSocketUrl()) || !client->connectWith(token) ||
            !client->subscribe("errors", u"/user/queue/errors"_s) ||
            !client->subscribe("notes", u"/user/queue/notifications"_s))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyer = server.token(uniqueUser("buyer"), u"Minsu"_s);
        viewerId = uniqueUser("viewer");
        viewer = server.token(viewerId, u"Curious"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void fillingTheRoomClosesItAndRemovesViewers() {
        const qint64 room = createRoom(1, 1);
        const QString topic = u"/topic/chat/%1"_s.arg(room);
        auto viewerClient = connected(viewer);
        QVERIFY(viewerClient);
        QVERIFY(viewerClient->subscribe("chat", topic));
        viewerClient->sendChat(room, u"is it organic?"_s, u"lc-1"_s, "r-1"); // now announced
        QVERIFY(viewerClient->waitForReceipt("r-1"));
        QCOMPARE(viewerClient->waitForMessage(topic)->value(u"event"_s).toString(), u"JOINED"_s);
        QVERIFY(viewerClient->waitForMessage(topic)); // their question

        const auto joined =
            httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer);
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.json.value(u"status"_s).toString(), u"CLOSED"_s);

        // The viewer sees the close and their own removal, then is told and cut off.
        QStringList seen;
        while (const auto message = viewerClient->waitForMessage(topic, 2000))
            seen << message->value(u"event"_s).toString();
        QCOMPARE(seen, (QStringList{u"PARTICIPATING"_s, u"CLOSED"_s, u"REMOVED"_s}));
        const auto note = viewerClient->waitForMessage(u"/user/queue/notifications"_s);
        QVERIFY(note);
        QCOMPARE(note->value(u"type"_s).toString(), u"ROOM_REMOVED"_s);
        QCOMPARE(note->value(u"roomId"_s).toInteger(), room);

        // Seller and participant keep chatting; the viewer no longer receives it.
        auto sellerClient = connected(seller);
        QVERIFY(sellerClient->subscribe("chat", topic));
        sellerClient->sendChat(room, u"thanks all"_s, u"close-1"_s, "r");
        QVERIFY(sellerClient->waitForReceipt("r"));
        QVERIFY(!viewerClient->waitForMessage(topic, 500));
        // The viewer can no longer subscribe or read.
        Frame again{Command::Subscribe, {}, {}};
        again.add("id", "chat2").add("destination", topic.toUtf8());
        viewerClient->sendFrame(again);
        QCOMPARE(viewerClient->waitForRefusal()->value(u"code"_s).toString(), u"NOT_A_MEMBER"_s);
        QCOMPARE(
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), viewer).status,
            403);

        const QJsonArray participants =
            httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller)
                .json.value(u"participants"_s)
                .toArray();
        for (const QJsonValue &p : participants)
            QVERIFY(p.toObject().value(u"userId"_s).toString() != viewerId);
    }

    void cancelledRoomIsReadOnlyForFormerMembers() {
        const qint64 room = createRoom(5, 2);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/cancel"_s.arg(room), seller).status,
            200);

        auto buyerClient = connected(buyer);
        QVERIFY(buyerClient->subscribe("chat",
                                       u"/topic/chat/%1"_s.arg(room))); // former members may read
        buyerClient->sendChat(room, u"can I still write?"_s, u"ro-1"_s, "ro");
        QCOMPARE(buyerClient->waitForRefusal()->value(u"code"_s).toString(),
                 u"ROOM_NOT_WRITABLE"_s);
        QVERIFY(events(history(room, buyer)).endsWith(u"CANCELLED"_s));
        QCOMPARE(
            httpRequest(server, "DELETE", u"/api/chat/rooms/%1/participants/me"_s.arg(room), buyer)
                .errorCode(),
            u"ROOM_NOT_ACTIVE"_s);

        auto stranger = connected(viewer);
        Frame subscribe{Command::Subscribe, {}, {}};
        subscribe.add("id", "c").add("destination", "/topic/chat/" + QByteArray::number(room));
        stranger->sendFrame(subscribe);
        QCOMPARE(stranger->waitForRefusal()->value(u"code"_s).toString(), u"NOT_A_MEMBER"_s);
    }

    void expiryClosesWithEnoughParticipants() {
        const qint64 room = createRoom(5, 1, 2);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(
            httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller)
                .json.value(u"status"_s)
                .toString(),
            u"CLOSED"_s, 6000);
        QCOMPARE(events(history(room, seller)).mid(1), (QStringList{u"EXPIRED"_s, u"CLOSED"_s}));
    }

    void expiryCancelsWithTooFewParticipants() {
        const qint64 room = createRoom(5, 2, 2);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        auto sellerClient = connected(seller);
        QVERIFY(sellerClient->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        const auto expired = sellerClient->waitFor(
            [](const Frame &f) {
                return f.command == Command::Message && f.body.contains("\"EXPIRED\"");
            },
            6000);
        QVERIFY(expired);
        const auto room_ =
            httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller).json;
        QCOMPARE(room_.value(u"status"_s).toString(), u"CANCELLED"_s);
        // Exact to the second: settled no earlier than expiresAt, and within a second of it.
        const QDateTime expiresAt =
            QDateTime::fromString(room_.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs);
        const QDateTime closedAt =
            QDateTime::fromString(room_.value(u"closedAt"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(closedAt >= expiresAt);
        QVERIFY(expiresAt.msecsTo(closedAt) < 1000);
    }

    void expirySurvivesRestart() {
        const qint64 room = createRoom(5, 2, 2);
        QVERIFY(server.stop());
        QTest::qWait(2500); // the deadline passes while the server is down
        QVERIFY(server.start());
        const auto settled =
            httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller).json;
        QCOMPARE(settled.value(u"status"_s).toString(), u"CANCELLED"_s);
        QCOMPARE(events(history(room, seller)), (QStringList{u"EXPIRED"_s, u"CANCELLED"_s}));
    }

    void receiptedMessagesSurviveGracefulShutdown() {
        const qint64 room = createRoom(5, 1);
        auto client = connected(seller);
        QVERIFY(client->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        for (int i = 0; i < 30; ++i)
            client->sendChat(room, u"before shutdown %1"_s.arg(i), u"shut-%1"_s.arg(i),
                             "s" + QByteArray::number(i));
        QVERIFY(client->waitForReceipt("s9")); // the rate limit lets ten through
        QVERIFY(server.stop());
        QVERIFY(client->waitForClosed());
        QVERIFY(server.start());
        const QJsonArray messages = history(room, seller);
        QCOMPARE(messages.size(), 10);
        QCOMPARE(messages.last().toObject().value(u"content"_s).toString(), u"before shutdown 9"_s);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
