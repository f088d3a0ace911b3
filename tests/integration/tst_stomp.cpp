// STOMP 1.2 over WebSocket against the real server: connect, subscribe, send,
// receipts, refusals, protocol violations, heart-beats, presence.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestStomp : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--heartbeat"_s, u"500"_s}};
    QString seller, buyer, viewer;
    QString sellerId, buyerId, viewerId;

    qint64 createRoom(int max = 10) {
        const qint64 id = uniqueProductId();
        const auto created =
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, 1));
        return created.status == 201 ? id : 0;
    }

    // The viewer's `online` in the room's member list (nullopt: not a member).
    std::optional<bool> viewerOnline(qint64 room) {
        const auto detail = httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller);
        for (const QJsonValue &p : detail.json.value(u"participants"_s).toArray()) {
            if (p.toObject().value(u"userId"_s).toString() == viewerId)
                return p.toObject().value(u"online"_s).toBool();
        }
        return std::nullopt;
    }

    std::unique_ptr<StompTestClient> connected(const QString &token) {
        auto client = std::make_unique<StompTestClient>();
        if (!client->open(server.webSocketUrl()) || !client->connectWith(token))
            return nullptr;
        if (!client->subscribe("errors", u"/user/queue/errors"_s))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        sellerId = uniqueUser("seller");
        buyerId = uniqueUser("buyer");
        viewerId = uniqueUser("viewer");
        seller = server.token(sellerId, u"Farm Kim"_s);
        buyer = server.token(buyerId, u"민수"_s);
        viewer = server.token(viewerId, u"Viewer"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void connectReportsVersionUserAndHeartbeat() {
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        QCOMPARE(client.socket().subprotocol(), u"v12.stomp"_s);
        Frame connect{Command::Connect, {}, {}};
        connect.add("accept-version", "1.1,1.2")
            .add("host", "gonggu")
            .add("heart-beat", "0,0")
            .add("passcode", buyer.toUtf8());
        client.sendFrame(connect);
        const auto connected =
            client.waitFor([](const Frame &f) { return f.command == Command::Connected; });
        QVERIFY(connected);
        QCOMPARE(connected->header("version"), QByteArray("1.2"));
        QCOMPARE(connected->header("user-name"), buyerId.toUtf8());
        QVERIFY(connected->headerOr("server").startsWith("gonggu/"));
        QCOMPARE(connected->header("heart-beat"), QByteArray("500,500"));
    }

    void badTokenGetsErrorAndClose_data() {
        QTest::addColumn<QString>("token");
        QTest::newRow("garbage") << u"nope"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("alg none")
            << u"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LTEiLCJleHAiOjQxMDI0NDQ4MDAsImlzcyI6ImdvbmdndSJ9."_s;
        QTest::newRow("tampered") << QString(); // filled in below
    }

    void badTokenGetsErrorAndClose() {
        QFETCH(QString, token);
        if (QByteArray(QTest::currentDataTag()) == "tampered") {
            token = buyer;
            token[token.size() - 3] = token[token.size() - 3] == u'A' ? u'B' : u'A';
        }
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        QVERIFY(!client.connectWith(token));
        const auto error = client.waitFor([](const Frame &) { return true; }, 100);
        Q_UNUSED(error);
        QVERIFY(client.waitForClosed());
    }

    void sendBeforeConnectIsFatal() {
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        client.sendChat(1, u"hi"_s, {});
        const auto error =
            client.waitFor([](const Frame &f) { return f.command == Command::Error; });
        QVERIFY(error);
        QCOMPARE(error->header("message"), QByteArray("not connected"));
        QVERIFY(client.waitForClosed());
    }

    void malformedAndOversizeFramesAreFatal_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("unknown command") << QByteArray("HELLO\n\n") + QByteArray(1, '\0');
        QTest::newRow("bad escape")
            << QByteArray("SEND\ndestination:/app/chat/1\\t\n\n") + QByteArray(1, '\0');
        QTest::newRow("over 64 KiB") << QByteArray("SEND\ndestination:/app/chat/1\n\n") +
                                            QByteArray(70 * 1024, 'x') + QByteArray(1, '\0');
    }

    void malformedAndOversizeFramesAreFatal() {
        QFETCH(QByteArray, wire);
        auto client = connected(buyer);
        QVERIFY(client);
        client->sendRaw(wire);
        const auto error =
            client->waitFor([](const Frame &f) { return f.command == Command::Error; });
        QVERIFY(error);
        QVERIFY(client->waitForClosed());
        // Nobody else is affected.
        auto other = connected(seller);
        QVERIFY(other);
    }

    void chatFlowsWithReceiptsAndBroadcast() {
        const qint64 room = createRoom();
        auto sellerClient = connected(seller);
        auto buyerClient = connected(buyer);
        QVERIFY(sellerClient && buyerClient);
        const QString topic = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(sellerClient->subscribe("chat", topic));
        QVERIFY(buyerClient->subscribe("chat", topic)); // a VIEWER, only looking so far
        QVERIFY2(!sellerClient->waitForMessage(topic, 300), "looking announces nobody");

        const QString html = u"<b>is pickup at 6pm?</b>"_s;
        buyerClient->sendChat(room, html, u"6f1c-0001"_s, "r-1");
        QVERIFY(buyerClient->waitForReceipt("r-1"));
        // Their first message brings the SYSTEM message that they arrived, just before it.
        const auto joined = sellerClient->waitForMessage(topic);
        QVERIFY(joined);
        QCOMPARE(joined->value(u"type"_s).toString(), u"SYSTEM"_s);
        QCOMPARE(joined->value(u"event"_s).toString(), u"JOINED"_s);
        QCOMPARE(joined->value(u"subjectId"_s).toString(), buyerId);
        const auto frame =
            sellerClient->waitFor([](const Frame &f) { return f.command == Command::Message; });
        QVERIFY(frame);
        QCOMPARE(frame->header("subscription"), QByteArray("chat"));
        QCOMPARE(frame->header("destination"), topic.toUtf8());
        QCOMPARE(frame->header("content-type"), QByteArray("application/json"));
        const QJsonObject message = QJsonDocument::fromJson(frame->body).object();
        QCOMPARE(frame->header("message-id"),
                 QByteArray::number(message.value(u"id"_s).toInteger()));
        QCOMPARE(message.value(u"content"_s).toString(), html);
        QCOMPARE(message.value(u"senderId"_s).toString(), buyerId);
        QCOMPARE(message.value(u"senderName"_s).toString(), u"민수"_s);
        QCOMPARE(message.value(u"clientMsgId"_s).toString(), u"6f1c-0001"_s);
        QCOMPARE(message.value(u"roomId"_s).toInteger(), room);
        QVERIFY(message.value(u"createdAt"_s).toString().endsWith(u'Z'));

        // The message is in history exactly as sent.
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller);
        QCOMPARE(history.json.value(u"messages"_s)
                     .toArray()
                     .last()
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
                 html);
    }

    void subscriptionIdsComeBackAsGiven() {
        // Ids with octets STOMP 1.2 escapes in headers, and a plain one.
        const qint64 room = createRoom();
        auto client = connected(seller);
        QVERIFY(client);
        const QString topic = u"/topic/chat/%1"_s.arg(room);
        const QList<QByteArray> ids{"plain-1", "a:b", "back\\slash", "two\nlines"};
        for (const QByteArray &id : ids)
            QVERIFY(client->subscribe(id, topic));
        client->sendChat(room, u"hello"_s, u"ids-1"_s, "r");
        QVERIFY(client->waitForReceipt("r"));
        QList<QByteArray> seen;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const auto frame =
                client->waitFor([](const Frame &f) { return f.command == Command::Message; });
            QVERIFY(frame);
            seen << frame->header("subscription").value_or("<none>");
        }
        std::sort(seen.begin(), seen.end());
        QList<QByteArray> expected = ids;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(seen, expected);
    }

    void resendingClientMsgIdCreatesNoDuplicate() {
        const qint64 room = createRoom();
        auto client = connected(seller);
        QVERIFY(client);
        const QString topic = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(client->subscribe("chat", topic));
        client->sendChat(room, u"only once"_s, u"dup-1"_s, "a");
        QVERIFY(client->waitForReceipt("a"));
        // Another message in between: the retry must not be taken for it either.
        client->sendChat(room, u"between"_s, u"other-1"_s, "b");
        QVERIFY(client->waitForReceipt("b"));
        client->sendChat(room, u"only once"_s, u"dup-1"_s, "c"); // a retry: acknowledged
        QVERIFY(client->waitForReceipt("c"));
        client->sendChat(room, u"after"_s, u"other-2"_s, "d");
        QVERIFY(client->waitForReceipt("d"));

        // Members saw each message once, the retry not at all.
        QStringList delivered;
        QSet<qint64> ids;
        while (const auto message = client->waitForMessage(topic, 300)) {
            delivered << message->value(u"content"_s).toString();
            ids << message->value(u"id"_s).toInteger();
        }
        QCOMPARE(delivered, (QStringList{u"only once"_s, u"between"_s, u"after"_s}));
        QCOMPARE(ids.size(), 3);

        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller);
        QStringList stored;
        for (const QJsonValue &m : history.json.value(u"messages"_s).toArray())
            stored << m.toObject().value(u"content"_s).toString();
        QCOMPARE(stored, delivered);
    }

    void refusalsArriveOnErrorQueue() {
        const qint64 room = createRoom();
        auto client = connected(buyer);
        QVERIFY(client);
        // Not subscribed, so not a member yet.
        client->sendChat(room, u"hello"_s, u"x-1"_s, "r-nm");
        auto refusal = client->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"NOT_A_MEMBER"_s);
        QCOMPARE(refusal->value(u"receiptId"_s).toString(), u"r-nm"_s);
        QCOMPARE(refusal->value(u"destination"_s).toString(), u"/app/chat/%1"_s.arg(room));

        QVERIFY(client->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        const struct {
            QByteArray body;
            const char *code;
        } cases[] = {
            {R"({"type":"CHAT","content":""})", "CONTENT_INVALID"},
            {R"({"type":"CHAT","content":"a\u0000b"})", "CONTENT_INVALID"},
            {R"({"type":"CHAT"})", "BAD_REQUEST"},
            {R"({"type":"NOTIFICATION","content":"I am not the seller"})", "FORBIDDEN"},
            {R"(not json)", "BAD_REQUEST"},
        };
        for (const auto &c : cases) {
            Frame send{Command::Send, {}, c.body};
            send.add("destination", "/app/chat/" + QByteArray::number(room));
            client->sendFrame(send);
            refusal = client->waitForRefusal();
            QVERIFY(refusal);
            QCOMPARE(refusal->value(u"code"_s).toString(), QString::fromLatin1(c.code));
        }
        // Invalid UTF-8 can only come in a binary frame.
        client->sendBinary("SEND\ndestination:/app/chat/" + QByteArray::number(room) +
                           "\n\n{\"type\":\"CHAT\",\"content\":\"\xC3\x28\"}" +
                           QByteArray(1, '\0'));
        refusal = client->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"CONTENT_INVALID"_s);

        // Unknown destinations and reused subscription ids.
        Frame subscribe{Command::Subscribe, {}, {}};
        subscribe.add("id", "weird").add("destination", "/topic/other");
        client->sendFrame(subscribe);
        QCOMPARE(client->waitForRefusal()->value(u"code"_s).toString(), u"NOT_FOUND"_s);
        Frame twice{Command::Subscribe, {}, {}};
        twice.add("id", "chat").add("destination", "/topic/chat/" + QByteArray::number(room));
        client->sendFrame(twice);
        QCOMPARE(client->waitForRefusal()->value(u"code"_s).toString(), u"BAD_REQUEST"_s);
        // The connection is still usable after all of that.
        client->sendChat(room, u"still here"_s, u"x-2"_s, "ok");
        QVERIFY(client->waitForReceipt("ok"));
    }

    void rateLimitRefusesBurstsAboveTheBucket() {
        const qint64 room = createRoom();
        const QString spammerToken = server.token(uniqueUser("spam"), u"Spammer"_s);
        auto client = connected(spammerToken);
        QVERIFY(client);
        QVERIFY(client->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        for (int i = 0; i < 20; ++i)
            client->sendChat(room, u"spam %1"_s.arg(i), u"spam-%1"_s.arg(i),
                             "s-" + QByteArray::number(i));
        int receipts = 0;
        int limited = 0;
        for (int i = 0; i < 20; ++i) {
            const auto frame = client->waitFor([](const Frame &f) {
                return f.command == Command::Receipt ||
                       (f.command == Command::Message &&
                        f.header("destination") == "/user/queue/errors");
            });
            QVERIFY(frame);
            if (frame->command == Command::Receipt)
                ++receipts;
            else if (QJsonDocument::fromJson(frame->body).object().value(u"code"_s).toString() ==
                     u"RATE_LIMITED")
                ++limited;
        }
        QVERIFY2(receipts >= 10 && receipts <= 12, qPrintable(QString::number(receipts)));
        QCOMPARE(receipts + limited, 20);
        // Other users are not limited.
        auto other = connected(seller);
        QVERIFY(other->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        other->sendChat(room, u"seller unaffected"_s, u"calm-1"_s, "calm");
        QVERIFY(other->waitForReceipt("calm"));
    }

    void roomStateSnapshotsFollowChanges() {
        const qint64 room = createRoom(3);
        auto watcher = connected(seller);
        QVERIFY(watcher);
        QVERIFY(watcher->subscribe("state", u"/topic/room/%1"_s.arg(room)));
        const QString topic = u"/topic/room/%1"_s.arg(room);
        auto snapshot = watcher->waitForMessage(topic);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->value(u"room"_s).toObject().value(u"participantCount"_s).toInt(), 0);
        QCOMPARE(snapshot->value(u"participants"_s).toArray().size(), 1);
        QCOMPARE(snapshot->value(u"participants"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"online"_s)
                     .toBool(),
                 true);

        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        snapshot = watcher->waitForMessage(topic);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->value(u"room"_s).toObject().value(u"participantCount"_s).toInt(), 1);
        const QJsonObject participant =
            snapshot->value(u"participants"_s).toArray().at(1).toObject();
        QCOMPARE(participant.value(u"role"_s).toString(), u"PARTICIPANT"_s);
        QCOMPARE(participant.value(u"online"_s).toBool(), false);

        // Presence: the buyer connecting makes them online.
        auto buyerClient = connected(buyer);
        QVERIFY(buyerClient);
        snapshot = watcher->waitForMessage(topic);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->value(u"participants"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"online"_s)
                     .toBool(),
                 true);
        buyerClient.reset(); // disconnects
        snapshot = watcher->waitForMessage(topic);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->value(u"participants"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"online"_s)
                     .toBool(),
                 false);
    }

    void presenceReachesDeltaSubscribersAsTheOneParticipant() {
        const qint64 room = createRoom(3);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        const QString topic = u"/topic/room/%1"_s.arg(room);
        auto deltas = connected(seller);
        auto snapshots = connected(seller);
        QVERIFY(deltas && snapshots);
        QVERIFY(deltas->subscribe("state", topic, {{"participants", "delta"}}));
        QVERIFY(snapshots->subscribe("state", topic));
        // Both begin with the whole state.
        auto first = deltas->waitForMessage(topic);
        QVERIFY(first);
        QCOMPARE(first->value(u"participants"_s).toArray().size(), 2);
        QVERIFY(snapshots->waitForMessage(topic));

        auto buyerClient = connected(buyer);
        QVERIFY(buyerClient);
        const auto delta = deltas->waitForMessage(topic);
        QVERIFY(delta);
        QVERIFY2(!delta->contains(u"participants"_s), QJsonDocument(*delta).toJson().constData());
        QCOMPARE(delta->value(u"roomId"_s).toInteger(), room);
        const QJsonObject online = delta->value(u"participant"_s).toObject();
        QCOMPARE(online.value(u"userId"_s).toString(), buyerId);
        QCOMPARE(online.value(u"role"_s).toString(), u"PARTICIPANT"_s);
        QCOMPARE(online.value(u"online"_s).toBool(), true);
        // Without the header: the snapshot the contract promises.
        const auto snapshot = snapshots->waitForMessage(topic);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->value(u"participants"_s).toArray().size(), 2);

        buyerClient.reset(); // disconnects
        const auto offline = deltas->waitForMessage(topic);
        QVERIFY(offline);
        QCOMPARE(offline->value(u"participant"_s).toObject().value(u"online"_s).toBool(), false);

        // A change of membership is a whole snapshot for delta subscribers too.
        QCOMPARE(
            httpRequest(server, "DELETE", u"/api/chat/rooms/%1/participants/me"_s.arg(room), buyer)
                .status,
            200);
        const auto afterLeave = deltas->waitForMessage(topic);
        QVERIFY(afterLeave);
        QCOMPARE(afterLeave->value(u"participants"_s).toArray().size(), 1);
    }

    // Lists of recruiting rooms grow live: every new group buy, once, as room JSON.
    void newRoomsArePublished() {
        auto watcher = connected(viewer);
        QVERIFY(watcher);
        QVERIFY(watcher->subscribe("rooms", u"/topic/rooms"_s));
        const qint64 room = createRoom();
        const auto created = watcher->waitForMessage(u"/topic/rooms"_s);
        QVERIFY(created);
        QCOMPARE(created->value(u"id"_s).toInteger(), room);
        QCOMPARE(created->value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(created->value(u"myRole"_s).isNull());
        // The same product again is the same room: nothing new to announce.
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 10, 2)).status,
            200);
        QVERIFY(!watcher->waitForMessage(u"/topic/rooms"_s, 500));
    }

    // A room as a list shows it, for rooms not open: right away, then after changes,
    // and new messages at most about once a second (the newest one).
    void roomSummariesFollowTheNewestMessage() {
        const qint64 room = createRoom();
        const QString summary = u"/topic/room-summary/%1"_s.arg(room);
        auto watcher = connected(viewer);
        auto sellerClient = connected(seller);
        QVERIFY(watcher && sellerClient);
        QVERIFY(watcher->subscribe("summary", summary));
        const auto first = watcher->waitForMessage(summary);
        QVERIFY(first);
        QCOMPARE(first->value(u"room"_s).toObject().value(u"id"_s).toInteger(), room);
        QVERIFY(!first->value(u"room"_s).toObject().contains(u"lastMessage"_s));
        QVERIFY(!first->contains(u"participants"_s)); // a summary, not the room's state

        for (int i = 1; i <= 3; ++i) {
            sellerClient->sendChat(room, u"line %1"_s.arg(i), u"sum-%1"_s.arg(i),
                                   "r" + QByteArray::number(i));
            QVERIFY(sellerClient->waitForReceipt("r" + QByteArray::number(i)));
        }
        const auto newest = watcher->waitForMessage(summary, 3000);
        QVERIFY(newest);
        QCOMPARE(newest->value(u"room"_s)
                     .toObject()
                     .value(u"lastMessage"_s)
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
                 u"line 3"_s); // three messages, one summary
        QVERIFY2(!watcher->waitForMessage(summary, 1500), "nothing more until something changes");

        // A join is a change: its SYSTEM line and the count arrive together.
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        const auto joined = watcher->waitForMessage(summary, 3000);
        QVERIFY(joined);
        QCOMPARE(joined->value(u"room"_s).toObject().value(u"participantCount"_s).toInt(), 1);

        // Once CLOSED, the conversation is for members only: outsiders are refused.
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/close"_s.arg(room), seller).status,
            200);
        auto outsider = connected(server.token(uniqueUser("outsider"), u"Outsider"_s));
        Frame subscribe{Command::Subscribe, {}, {}};
        subscribe.add("id", "s").add("destination", summary.toUtf8());
        outsider->sendFrame(subscribe);
        const auto refused = outsider->waitForMessage(u"/user/queue/errors"_s);
        QVERIFY(refused);
        QCOMPARE(refused->value(u"code"_s).toString(), u"NOT_A_MEMBER"_s);
    }

    // A peer that vanishes without a FIN looks, to the server, exactly like this
    // client: the TCP connection stays up and nothing arrives.
    void heartbeatsFlowAndSilentClientsAreDropped() {
        const qint64 room = createRoom();
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        // We promise a heart-beat every 500 ms and ask for one every 500 ms.
        QVERIFY(client.connectWith(viewer, false, "500,500"));
        QVERIFY(client.subscribe("chat", u"/topic/chat/%1"_s.arg(room))); // becomes a VIEWER
        QCOMPARE(viewerOnline(room), std::nullopt);                   // only looking: not listed
        client.sendChat(room, u"anyone there?"_s, u"hb-1"_s, "r-hb"); // listed from now on
        QVERIFY(client.waitForReceipt("r-hb"));
        QCOMPARE(viewerOnline(room), std::optional<bool>(true));
        QElapsedTimer alive;
        QElapsedTimer sinceLastBeat;
        alive.start();
        while (alive.elapsed() < 1600) { // keep our promise for a while
            client.sendRaw("\n");
            sinceLastBeat.start();
            QTest::qWait(200);
            QVERIFY(client.isOpen());
        }
        QVERIFY2(client.heartbeatsReceived() >= 2,
                 qPrintable(QString::number(client.heartbeatsReceived())));
        // Then fall silent: closed once 2 x 500 ms pass without a byte from us.
        QVERIFY(client.waitForClosed(4000));
        QVERIFY2(sinceLastBeat.elapsed() >= 1000,
                 qPrintable(QString::number(sinceLastBeat.elapsed())));
        // Dropped once 2 x 500 ms pass (checked every 125 ms); presence is cleared.
        QVERIFY2(sinceLastBeat.elapsed() <= 2 * 500 + 500,
                 qPrintable(QString::number(sinceLastBeat.elapsed())));
        QCOMPARE(viewerOnline(room), std::optional<bool>(false));
    }

    void disconnectWithReceipt() {
        auto client = connected(buyer);
        QVERIFY(client);
        Frame disconnect{Command::Disconnect, {}, {}};
        disconnect.add("receipt", "bye");
        client->sendFrame(disconnect);
        QVERIFY(client->waitForReceipt("bye"));
        QVERIFY(client->waitForClosed());
    }

    // STOMP 1.2: a DISCONNECT's RECEIPT says every frame before it was handled,
    // so the receipts of SENDs still being committed come first, not never.
    void disconnectWaitsForTheSendsBeforeIt() {
        const qint64 room = createRoom();
        auto client = connected(seller);
        QVERIFY(client);
        QByteArray frames;
        for (int i = 0; i < 5; ++i) {
            Frame send{Command::Send, {}, {}};
            send.add("destination", u"/app/chat/%1"_s.arg(room).toUtf8())
                .add("receipt", "s-" + QByteArray::number(i))
                .add("content-type", "application/json");
            send.body = "{\"type\":\"CHAT\",\"content\":\"last words " + QByteArray::number(i) +
                        "\",\"clientMsgId\":\"bye-" + QByteArray::number(room) + '-' +
                        QByteArray::number(i) + "\"}";
            frames += send.serialize();
        }
        Frame disconnect{Command::Disconnect, {}, {}};
        disconnect.add("receipt", "bye");
        client->sendRaw(frames + disconnect.serialize()); // one WebSocket message
        QVERIFY(client->waitForReceipt("bye"));
        QStringList receipts;
        for (const Frame &frame : client->frames())
            if (frame.command == Command::Receipt)
                receipts << QString::fromUtf8(frame.headerOr("receipt-id"));
        // All five came, and before "bye" (which waitForReceipt consumed last).
        QCOMPARE(receipts, (QStringList{u"s-0"_s, u"s-1"_s, u"s-2"_s, u"s-3"_s, u"s-4"_s}));
        QVERIFY(client->waitForClosed());
    }

    void upgradeElsewhereThanWsIsRefused() {
        QWebSocket socket;
        socket.open(QUrl(u"ws://127.0.0.1:%1/other"_s.arg(server.port())));
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState, 5000);
        QVERIFY(socket.closeCode() != QWebSocketProtocol::CloseCodeNormal ||
                socket.error() != QAbstractSocket::UnknownSocketError);
    }
};

QTEST_GUILESS_MAIN(TestStomp)
#include "tst_stomp.moc"
