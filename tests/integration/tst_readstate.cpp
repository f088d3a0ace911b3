// Read markers against the real server on loopback: the caller's lastReadMessageId and
// unreadCount in room JSON, POST .../read and its STOMP form, the read positions that
// members' unread counts per message are made from, and the refusals.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestReadState : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"100000"_s, u"--rate-burst"_s, u"100000"_s}};
    QString seller, buyer, outsider;
    QString sellerId, buyerId;

    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    qint64 openRoom(int max = 10) {
        const qint64 id = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, 1)).status !=
                201 ||
            httpRequest(server, "POST", path(id, u"/participants"_s), buyer).status != 200)
            return 0;
        return id;
    }
    // The seller's announcements, as messages the buyer has to read; their ids.
    QList<qint64> announce(qint64 room, int count) {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids.append(httpJson(server, "POST", path(room, u"/notifications"_s), seller,
                                {{u"content"_s, u"notice %1"_s.arg(i)}})
                           .json.value(u"id"_s)
                           .toInteger());
        return ids;
    }
    QJsonObject roomAs(const QString &token, qint64 room) {
        return httpRequest(server, "GET", path(room), token).json;
    }
    HttpResult read(const QString &token, qint64 room, const QJsonValue &messageId) {
        return httpJson(server, "POST", path(room, u"/read"_s), token,
                        {{u"messageId"_s, messageId}});
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        sellerId = uniqueUser("seller");
        buyerId = uniqueUser("buyer");
        seller = server.token(sellerId, u"Farm Kim"_s);
        buyer = server.token(buyerId, u"민수"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void theRoomSaysWhatTheCallerHasNotRead() {
        const qint64 room = openRoom();
        QVERIFY(room);
        const QList<qint64> ids = announce(room, 3);
        QJsonObject mine = roomAs(buyer, room);
        QCOMPARE(mine.value(u"lastReadMessageId"_s).toInteger(), 0);
        QCOMPARE(mine.value(u"unreadCount"_s).toInt(), 3); // "joined" lines are not unread
        // The listing says the same, and the seller has nothing unread of their own.
        bool listed = false;
        for (const QJsonValue &r :
             httpRequest(server, "GET", u"/api/chat/rooms?mine=true&sort=activity"_s, buyer)
                 .json.value(u"rooms"_s)
                 .toArray()) {
            if (r[u"id"_s].toInteger() == room) {
                listed = true;
                QCOMPARE(r[u"unreadCount"_s].toInt(), 3);
            }
        }
        QVERIFY(listed);
        QCOMPARE(roomAs(seller, room).value(u"unreadCount"_s).toInt(), 0);
        // An outsider is told nothing of it.
        QVERIFY(!roomAs(outsider, room).contains(u"unreadCount"_s));

        const auto answer = read(buyer, room, ids.at(1));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"lastReadMessageId"_s).toInteger(), ids.at(1));
        QCOMPARE(answer.json.value(u"unreadCount"_s).toInt(), 1);
        // Never back; never past the newest message.
        QCOMPARE(read(buyer, room, ids.at(0)).json.value(u"lastReadMessageId"_s).toInteger(),
                 ids.at(1));
        const auto beyond = read(buyer, room, qint64(9'000'000'000'000));
        QCOMPARE(beyond.json.value(u"lastReadMessageId"_s).toInteger(), ids.at(2));
        QCOMPARE(beyond.json.value(u"unreadCount"_s).toInt(), 0);
        // One's own messages are never unread to oneself.
        QCOMPARE(httpJson(server, "POST", path(room, u"/notifications"_s), seller,
                          {{u"content"_s, u"one more"_s}})
                     .status,
                 201);
        QCOMPARE(roomAs(seller, room).value(u"unreadCount"_s).toInt(), 0);
        QCOMPARE(roomAs(buyer, room).value(u"unreadCount"_s).toInt(), 1);
        // Kept across a restart.
        QVERIFY(server.stop());
        QVERIFY(server.start());
        mine = roomAs(buyer, room);
        QCOMPARE(mine.value(u"lastReadMessageId"_s).toInteger(), ids.at(2));
        QCOMPARE(mine.value(u"unreadCount"_s).toInt(), 1);
    }

    void unreadCountsStopAtTheWindow() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QCOMPARE(announce(room, 305).size(), 305);
        QCOMPARE(roomAs(buyer, room).value(u"unreadCount"_s).toInt(), 300); // "300+"
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QCOMPARE(roomAs(buyer, room).value(u"unreadCount"_s).toInt(), 300);
    }

    void readOverStompMovesTheMarkerForEveryone() {
        const qint64 room = openRoom();
        QVERIFY(room);
        const QList<qint64> ids = announce(room, 2);
        StompTestClient watcher;
        QVERIFY(watcher.open(server.webSocketUrl()) && watcher.connectWith(seller));
        QVERIFY(
            watcher.subscribe("state", u"/topic/room/%1"_s.arg(room), {{"participants", "delta"}}));
        QVERIFY(watcher.waitForMessage(u"/topic/room/%1"_s.arg(room))); // the first snapshot
        StompTestClient reader;
        QVERIFY(reader.open(server.webSocketUrl()) && reader.connectWith(buyer));
        Frame frame{
            Command::Send, {}, QJsonDocument(QJsonObject{{u"messageId"_s, ids.last()}}).toJson()};
        frame.add("destination", "/app/chat/" + QByteArray::number(room) + "/read")
            .add("receipt", "read-1");
        reader.sendFrame(frame);
        QVERIFY(reader.waitForReceipt("read-1"));
        // The seller's view learns the one participant who moved, not a whole snapshot
        // (after the delta that says the buyer came online).
        QJsonObject participant;
        for (int i = 0; i < 3 && !participant.contains(u"lastReadMessageId"_s); ++i) {
            const auto delta = watcher.waitForMessage(u"/topic/room/%1"_s.arg(room));
            QVERIFY(delta);
            QVERIFY2(delta->contains(u"participant"_s), "a delta, not a snapshot");
            participant = delta->value(u"participant"_s).toObject();
            if (participant.value(u"lastReadMessageId"_s).toInteger() == 0)
                participant = {};
        }
        QCOMPARE(participant.value(u"userId"_s).toString(), buyerId);
        QCOMPARE(participant.value(u"lastReadMessageId"_s).toInteger(), ids.last());
        // Room detail carries everyone's marker.
        for (const QJsonValue &p : roomAs(seller, room).value(u"participants"_s).toArray()) {
            if (p[u"userId"_s].toString() == buyerId)
                QCOMPARE(p[u"lastReadMessageId"_s].toInteger(), ids.last());
        }
    }

    void readIsForMembers() {
        const qint64 room = openRoom(1); // the buyer fills it: CLOSED
        QVERIFY(room);
        const qint64 id = announce(room, 1).first();
        const struct {
            const char *what;
            QString token;
            qint64 room;
            QJsonValue messageId;
            int status;
            QString code;
        } cases[] = {
            {"an outsider of a closed room", outsider, room, id, 403, u"NOT_A_MEMBER"_s},
            {"an unknown room", buyer, uniqueProductId(), id, 404, u"NOT_FOUND"_s},
            {"no message id", buyer, room, QJsonValue(), 400, u"BAD_REQUEST"_s},
            {"a text id", buyer, room, u"5"_s, 400, u"BAD_REQUEST"_s},
            {"zero", buyer, room, 0, 400, u"BAD_REQUEST"_s},
        };
        for (const auto &c : cases) {
            const auto answer =
                c.messageId.isNull()
                    ? httpJson(server, "POST", path(c.room, u"/read"_s), c.token, {})
                    : read(c.token, c.room, c.messageId);
            QVERIFY2(answer.status == c.status, c.what);
            QVERIFY2(answer.json[u"error"_s][u"code"_s].toString() == c.code, c.what);
        }
        QCOMPARE(read(buyer, room, id).status, 200); // a member of the closed room
    }
};

QTEST_GUILESS_MAIN(TestReadState)
#include "tst_readstate.moc"
