// "Is typing" against the real server: members who may write announce it, watchers of
// /topic/typing/{id} see it (and its end) without anything stored, and others cannot.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestTyping : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, buyer, outsider, buyerId;

    static void sendTyping(StompTestClient &client, qint64 room, bool typing,
                           const QByteArray &receipt) {
        Frame frame{Command::Send, {}, QJsonDocument(QJsonObject{{u"typing"_s, typing}}).toJson()};
        frame.add("destination", "/app/chat/" + QByteArray::number(room) + "/typing")
            .add("receipt", receipt);
        client.sendFrame(frame);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        buyerId = uniqueUser("buyer");
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyer = server.token(buyerId, u"민수"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
    }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    void membersSeeWhoIsTypingAndWhenTheyStop() {
        const qint64 room = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 1, 1)).status,
            201);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200); // CLOSED now: outsiders may neither watch nor type
        const QString topic = u"/topic/typing/%1"_s.arg(room);
        StompTestClient watcher;
        QVERIFY(watcher.open(server.webSocketUrl()) && watcher.connectWith(seller));
        QVERIFY(watcher.subscribe("typing", topic));
        const auto first = watcher.waitForMessage(topic); // who is typing right away
        QVERIFY(first);
        QCOMPARE(first->value(u"typing"_s).toArray().size(), 0);

        StompTestClient typist;
        QVERIFY(typist.open(server.webSocketUrl()) && typist.connectWith(buyer));
        QVERIFY(typist.subscribe("errors", u"/user/queue/errors"_s));
        sendTyping(typist, room, true, "t1");
        QVERIFY(typist.waitForReceipt("t1"));
        const auto typing = watcher.waitForMessage(topic);
        QVERIFY(typing);
        const QJsonArray who = typing->value(u"typing"_s).toArray();
        QCOMPARE(who.size(), 1);
        QCOMPARE(who[0][u"userId"_s].toString(), buyerId);
        QCOMPARE(who[0][u"displayName"_s].toString(), u"민수"_s);
        QCOMPARE(typing->value(u"others"_s).toInt(), 0);
        sendTyping(typist, room, false, "t2");
        QVERIFY(typist.waitForReceipt("t2"));
        const auto stopped = watcher.waitForMessage(topic);
        QVERIFY(stopped);
        QCOMPARE(stopped->value(u"typing"_s).toArray().size(), 0);
        // Nothing of it is stored: the history holds the two SYSTEM lines only.
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller);
        for (const QJsonValue &m : history.json[u"messages"_s].toArray())
            QCOMPARE(m[u"type"_s].toString(), u"SYSTEM"_s);

        // A start that is not followed by more runs out by itself.
        sendTyping(typist, room, true, "t3");
        QVERIFY(typist.waitForReceipt("t3"));
        QVERIFY(watcher.waitForMessage(topic));
        const auto ranOut = watcher.waitForMessage(topic, 8000);
        QVERIFY(ranOut);
        QCOMPARE(ranOut->value(u"typing"_s).toArray().size(), 0);

        // An outsider of the closed room can do neither.
        StompTestClient stranger;
        QVERIFY(stranger.open(server.webSocketUrl()) && stranger.connectWith(outsider));
        QVERIFY(stranger.subscribe("errors", u"/user/queue/errors"_s));
        QVERIFY(!stranger.subscribe("typing", topic));
        sendTyping(stranger, room, true, "t4");
        auto refusal = stranger.waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"NOT_A_MEMBER"_s);
        // A body without its flag is refused with the field.
        Frame bad{Command::Send, {}, "{}"};
        bad.add("destination", "/app/chat/" + QByteArray::number(room) + "/typing")
            .add("receipt", "t5");
        typist.sendFrame(bad);
        refusal = typist.waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"field"_s).toString(), u"typing"_s);
    }
};

QTEST_GUILESS_MAIN(TestTyping)
#include "tst_typing.moc"
