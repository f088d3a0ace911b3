// The caller's notifications against the real server on loopback: the SSE stream
// (GET /api/notifications/stream) and /user/queue/notifications carry room status
// changes, removals and announcements under one id; Last-Event-ID replays what was
// missed, also across a restart; shutdown ends a stream with its last chunk.
#include "eventstreamclient.h"
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

namespace {

bool isType(const EventStream::Event &e, const char *type, qint64 room) {
    return e.data.value(u"type"_s).toString() == QLatin1StringView(type) &&
           e.data.value(u"roomId"_s).toInteger() == room;
}

} // namespace

class TestNotifications : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"100000"_s, u"--rate-burst"_s, u"100000"_s}};
    QString seller, buyer, viewer, outsider;
    QString buyerId, viewerId;

    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    qint64 openRoom() {
        const qint64 id = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, 10, 1)).status !=
                201 ||
            httpRequest(server, "POST", path(id, u"/participants"_s), buyer).status != 200)
            return 0;
        return id;
    }
    qint64 announce(qint64 room, const QString &text) {
        return httpJson(server, "POST", path(room, u"/notifications"_s), seller,
                        {{u"content"_s, text}})
            .json.value(u"id"_s)
            .toInteger();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyerId = uniqueUser("buyer");
        viewerId = uniqueUser("viewer");
        buyer = server.token(buyerId, u"민수"_s);
        viewer = server.token(viewerId, u"Curious"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void theStreamIsAnEventStreamForItsCallerOnly() {
        EventStream anonymous;
        QVERIFY(anonymous.open(server, {}));
        QCOMPARE(anonymous.status(), 401);
        EventStream forged;
        QVERIFY(forged.open(server, u"not-a-token"_s));
        QCOMPARE(forged.status(), 401);
        EventStream badId;
        QVERIFY(badId.open(server, buyer, "yesterday"));
        QCOMPARE(badId.status(), 400);

        EventStream stream;
        QVERIFY(stream.open(server, buyer));
        QCOMPARE(stream.status(), 200);
        const QByteArray head = stream.head().toLower();
        QVERIFY2(head.contains("content-type: text/event-stream"), head.constData());
        QVERIFY(head.contains("transfer-encoding: chunked"));
        QVERIFY(!head.contains("content-length"));
        QVERIFY(stream.waitFor([](const auto &) { return false; }, 200) == std::nullopt);
        QCOMPARE(stream.retry(), u"3000"_s); // how long a reconnecting EventSource waits

        // A browser's EventSource cannot send headers: the token may be in the query.
        EventStream browser;
        QVERIFY(browser.open(server, {}, {}, u"?access_token="_s + buyer));
        QCOMPARE(browser.status(), 200);
    }

    // An announcement, the close (members), the removal (the viewer): each once, to
    // those it is for, with the same ids on both streams of one user.
    void announcementsStatusAndRemovalGoToThoseTheyAreFor() {
        const qint64 room = openRoom();
        QVERIFY(room);
        // The viewer looks into the chat (subscribing makes them a VIEWER).
        StompTestClient looking;
        QVERIFY(looking.open(server.webSocketUrl()));
        QVERIFY(looking.connectWith(viewer));
        QVERIFY(looking.subscribe("chat", u"/topic/chat/%1"_s.arg(room)));

        EventStream buyerStream, buyerOtherDevice, viewerStream, outsiderStream;
        QVERIFY(buyerStream.open(server, buyer));
        QVERIFY(buyerOtherDevice.open(server, buyer));
        QVERIFY(viewerStream.open(server, viewer));
        QVERIFY(outsiderStream.open(server, outsider));
        StompTestClient stomp;
        QVERIFY(stomp.open(server.webSocketUrl()));
        QVERIFY(stomp.connectWith(buyer));
        QVERIFY(stomp.subscribe("n", u"/user/queue/notifications"_s));

        const qint64 messageId = announce(room, u"Pickup moved to 6:30pm"_s);
        QVERIFY(messageId > 0);
        const auto announced =
            buyerStream.waitFor([&](const auto &e) { return isType(e, "NOTIFICATION", room); });
        QVERIFY(announced);
        QCOMPARE(announced->data.value(u"id"_s).toInteger(), announced->id);
        QCOMPARE(announced->data[u"message"_s][u"id"_s].toInteger(), messageId);
        QCOMPARE(announced->data[u"message"_s][u"content"_s].toString(),
                 u"Pickup moved to 6:30pm"_s);
        QVERIFY(!announced->data.value(u"roomTitle"_s).toString().isEmpty());
        QVERIFY(announced->data.contains(u"createdAt"_s));
        const auto again = buyerOtherDevice.waitFor(
            [&](const auto &e) { return isType(e, "NOTIFICATION", room); });
        QVERIFY(again);
        QCOMPARE(again->id, announced->id);
        // The STOMP form: the same JSON, message-id "n-<id>".
        const auto frame = stomp.waitFor([&](const Frame &f) {
            return f.header("destination") == "/user/queue/notifications" &&
                   f.body.contains("NOTIFICATION");
        });
        QVERIFY(frame);
        QCOMPARE(frame->header("message-id").value_or(QByteArray()),
                 "n-" + QByteArray::number(announced->id));
        QCOMPARE(QJsonDocument::fromJson(frame->body).object(), announced->data);

        QCOMPARE(httpRequest(server, "POST", path(room, u"/close"_s), seller).status, 200);
        const auto closed =
            buyerStream.waitFor([&](const auto &e) { return isType(e, "ROOM_STATUS", room); });
        QVERIFY(closed);
        QCOMPARE(closed->data.value(u"status"_s).toString(), u"CLOSED"_s);
        QVERIFY(closed->id > announced->id);
        const auto removed =
            viewerStream.waitFor([&](const auto &e) { return isType(e, "ROOM_REMOVED", room); });
        QVERIFY(removed);
        QCOMPARE(removed->data.value(u"reason"_s).toString(), u"REMOVED"_s);
        // A viewer is told of their removal, not of a close they are no longer part of.
        QVERIFY(!viewerStream.waitFor([&](const auto &e) { return isType(e, "ROOM_STATUS", room); },
                                      300));
        QVERIFY(viewerStream.waitFor([&](const auto &e) { return isType(e, "NOTIFICATION", room); },
                                     100)); // they were a member when it was announced
        QVERIFY(outsiderStream.events().isEmpty());
        // Each once.
        int statuses = 0;
        for (const auto &e : buyerStream.events())
            statuses += isType(e, "ROOM_STATUS", room);
        QCOMPARE(statuses, 1);
    }

    // Gone for a while (and the server restarted meanwhile): Last-Event-ID gives
    // what came after it, in order, and nothing from before.
    void lastEventIdReplaysWhatWasMissedAcrossARestart() {
        const qint64 room = openRoom();
        QVERIFY(room);
        qint64 seen = 0;
        {
            EventStream stream;
            QVERIFY(stream.open(server, buyer));
            announce(room, u"first"_s);
            const auto first =
                stream.waitFor([&](const auto &e) { return isType(e, "NOTIFICATION", room); });
            QVERIFY(first);
            seen = first->id;
        } // the app goes away
        announce(room, u"second"_s);
        announce(room, u"third"_s);
        QVERIFY(server.stop());
        QVERIFY(server.start());

        EventStream back;
        QVERIFY(back.open(server, buyer, QByteArray::number(seen)));
        QCOMPARE(back.status(), 200);
        QStringList contents;
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                contents.clear();
                for (const auto &e : back.events()) {
                    if (isType(e, "NOTIFICATION", room))
                        contents.append(e.data[u"message"_s][u"content"_s].toString());
                }
                return contents;
            }(),
            QStringList({u"second"_s, u"third"_s}), 5000);
        qint64 previous = seen;
        for (const auto &e : back.events()) {
            QVERIFY2(e.id > previous, "replayed in order, none twice");
            previous = e.id;
        }
        // ... and it goes on live after the replay.
        announce(room, u"fourth"_s);
        QVERIFY(back.waitFor([&](const auto &e) {
            return isType(e, "NOTIFICATION", room) &&
                   e.data[u"message"_s][u"content"_s].toString() == u"fourth"_s;
        }));
        // Another member's stream from the start replays nothing of rooms not theirs.
        EventStream stranger;
        QVERIFY(stranger.open(server, outsider, "0"));
        QVERIFY(!stranger.waitFor(
            [&](const auto &e) { return e.data[u"roomId"_s].toInteger() == room; }, 300));
    }

    // SIGTERM: every open stream gets the last chunk and a FIN, never a reset.
    void shutdownEndsStreamsCleanly() {
        EventStream stream;
        QVERIFY(stream.open(server, buyer));
        QCOMPARE(stream.status(), 200);
        QVERIFY(server.stop());
        QVERIFY(stream.endedCleanly());
        QVERIFY(server.start());
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
