// Two server instances on one PostgreSQL database and one Redis: whatever
// instance a client is connected to, it gets every message and every room
// change, and /readyz reports a Redis outage.
#include "eventstreamclient.h"
#include "serverprocess.h"
#include "stompclient.h"
#include "testimages.h"
#include "testsupport.h"
#include "webhookreceiver.h"

#include "common/jsonfields.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestInstances : public QObject {
    Q_OBJECT
    const QString redis = qEnvironmentVariable("GONGGU_TEST_REDIS");
    std::unique_ptr<ServerProcess> a;
    std::unique_ptr<ServerProcess> b;
    Receiver webhooks; // both instances send to it
    QTemporaryDir secrets;

    std::unique_ptr<StompTestClient> connectedTo(const ServerProcess &server,
                                                 const QString &token) {
        auto client = std::make_unique<StompTestClient>();
        if (!client->open(server.webSocketUrl()) || !client->connectWith(token) ||
            !client->subscribe("errors", u"/user/queue/errors"_s) ||
            !client->subscribe("notifications", u"/user/queue/notifications"_s))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void initTestCase() {
        if (redis.isEmpty() || !ServerProcess::usingPostgres())
            QSKIP("needs PostgreSQL and Redis: ctest runs this as instances_postgres");
        QVERIFY(webhooks.listen());
        QFile secret(secrets.filePath(u"webhook-secret"_s));
        QVERIFY(secret.open(QIODevice::WriteOnly) &&
                secret.write("two-instances-share-this-key") > 0);
        secret.close();
        const QStringList webhookArgs{u"--webhook-url"_s,
                                      u"http://127.0.0.1:%1/events"_s.arg(webhooks.port()),
                                      u"--webhook-secret-file"_s, secret.fileName()};
        // Writers in the ordering test send faster than a person.
        const QStringList common =
            QStringList{u"--redis"_s,      redis,    u"--rate-limit"_s, u"1000"_s,
                        u"--rate-burst"_s, u"1000"_s} +
            webhookArgs;
        a = std::make_unique<ServerProcess>(common);
        QVERIFY(a->start());
        // B shares A's secrets, as every instance on one database must.
        const QDir dataOfA(a->dataDir());
        b = std::make_unique<ServerProcess>(
            QStringList{u"--jwt-secret-file"_s, dataOfA.filePath(u"jwt-secret"_s),
                        u"--encryption-key-file"_s, dataOfA.filePath(u"message-keys"_s),
                        u"--files-dir"_s, dataOfA.filePath(u"files"_s)} +
            common);
        QVERIFY(b->start());
        QTRY_COMPARE(httpRequest(*a, "GET", u"/readyz"_s).status, 200);
        QTRY_COMPARE(httpRequest(*b, "GET", u"/readyz"_s).status, 200);
    }

    void cleanupTestCase() {
        if (b)
            QVERIFY(b->stop());
        if (a)
            QVERIFY(a->stop());
    }

    void messagesAndRoomChangesCrossInstances() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const QString buyerId = uniqueUser("buyer");
        const QString buyer = a->token(buyerId, u"Buyer"_s);
        const qint64 room = uniqueProductId();
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 2, 1)).status,
                 201);

        auto sellerOnA = connectedTo(*a, seller);
        QVERIFY(sellerOnA);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(sellerOnA->subscribe("chat", chat));
        QVERIFY(sellerOnA->subscribe("state", u"/topic/room/%1"_s.arg(room)));
        QVERIFY(sellerOnA->waitForMessage(u"/topic/room/%1"_s.arg(room))); // first snapshot

        // B never saw the room being created; joining there still works.
        QCOMPARE(
            httpRequest(*b, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer).status,
            200);
        // A's subscribers see the join that B committed: the notice and the new count.
        const auto joined = sellerOnA->waitForMessage(chat);
        QVERIFY(joined);
        QCOMPARE(joined->value(u"event"_s).toString(), u"PARTICIPATING"_s);
        QVERIFY(sellerOnA->waitFor(
            [](const Frame &f) { return f.body.contains("\"participantCount\":1"); }));

        auto buyerOnB = connectedTo(*b, buyer);
        QVERIFY(buyerOnB);
        QVERIFY(buyerOnB->subscribe("chat", chat));
        buyerOnB->sendChat(room, u"hello from B"_s, u"inst-b-%1"_s.arg(room), "rb");
        QVERIFY(buyerOnB->waitForReceipt("rb"));
        const auto onA = sellerOnA->waitForMessage(chat);
        QVERIFY(onA);
        QCOMPARE(onA->value(u"content"_s).toString(), u"hello from B"_s);
        QCOMPARE(onA->value(u"senderId"_s).toString(), buyerId);

        sellerOnA->sendChat(room, u"hello from A"_s, u"inst-a-%1"_s.arg(room), "ra");
        QVERIFY(sellerOnA->waitForReceipt("ra"));
        bool fromA = false;
        for (int i = 0; i < 3 && !fromA; ++i) {
            const auto m = buyerOnB->waitForMessage(chat);
            fromA = m && m->value(u"content"_s).toString() == u"hello from A"_s;
        }
        QVERIFY2(fromA, "B's subscriber gets what A committed");

        // A cancels; the buyer on B is told (ROOM_STATUS) and the room is read-only there too.
        QCOMPARE(httpRequest(*a, "POST", u"/api/chat/rooms/%1/cancel"_s.arg(room), seller).status,
                 200);
        QVERIFY(buyerOnB->waitFor([](const Frame &f) {
            return f.header("destination") == "/user/queue/notifications" &&
                   f.body.contains("CANCELLED");
        }));
        buyerOnB->sendChat(room, u"too late"_s, u"inst-late-%1"_s.arg(room), "late");
        const auto refusal = buyerOnB->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"ROOM_NOT_WRITABLE"_s);
    }

    // The moment A answered 201, the room is there on every instance: a subscription
    // on B does not wait for B to hear of it.
    void aRoomCreatedOnOneInstanceIsSubscribableOnAnotherAtOnce() {
        for (int i = 0; i < 5; ++i) {
            const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
            const qint64 room = uniqueProductId();
            QCOMPARE(
                httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
                201);
            auto onB = connectedTo(*b, seller);
            QVERIFY(onB);
            QVERIFY(onB->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        }
    }

    // Writers on both instances post into one room at once while a reader pages
    // with after= (alternating between the instances) and a subscriber listens on
    // each: everyone sees every message exactly once and in one order, the order of
    // the room's sequence, with no message committed behind a larger id.
    void concurrentWritersOnBothInstancesAreSeenInOneOrderWithoutGaps() {
        constexpr int kWriters = 6;
        constexpr int kEach = 60;
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const qint64 room = uniqueProductId();
        const QString base = u"/api/chat/rooms/%1"_s.arg(room);
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 10, 1)).status,
                 201);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        std::vector<std::unique_ptr<StompTestClient>> listeners;
        for (ServerProcess *on : {a.get(), b.get()}) {
            listeners.push_back(connectedTo(*on, seller));
            QVERIFY(listeners.back());
            const bool subscribed = listeners.back()->subscribe("chat", chat);
            QByteArray why;
            for (const Frame &f : listeners.back()->frames())
                why += f.body + "\n";
            QVERIFY2(subscribed, why.constData());
        }
        std::vector<std::unique_ptr<StompTestClient>> writers;
        for (int w = 0; w < kWriters; ++w) {
            ServerProcess &on = w % 2 ? *b : *a;
            const QString buyer = a->token(uniqueUser("writer"), u"Writer %1"_s.arg(w));
            QCOMPARE(httpRequest(on, "POST", base + u"/participants"_s, buyer).status, 200);
            writers.push_back(connectedTo(on, buyer));
            QVERIFY(writers.back());
        }
        const auto newest = [&] {
            const auto page = httpRequest(*a, "GET", base + u"/messages?limit=1"_s, seller);
            return page.json[u"messages"_s].toArray().last()[u"id"_s].toInteger();
        };
        const qint64 start = newest(); // the joins' SYSTEM lines are before it
        for (int i = 0; i < kEach; ++i)
            for (int w = 0; w < kWriters; ++w)
                writers[w]->sendChat(room, u"w%1 #%2"_s.arg(w).arg(i),
                                     u"o-%1-%2-%3"_s.arg(room).arg(w).arg(i),
                                     i == kEach - 1 ? QByteArray("last") : QByteArray());
        QList<qint64> paged;
        qint64 after = start;
        QElapsedTimer clock;
        clock.start();
        for (int turn = 0; paged.size() < kWriters * kEach && clock.elapsed() < 60000; ++turn) {
            const auto page =
                httpRequest(turn % 2 ? *b : *a, "GET",
                            base + u"/messages?limit=100&after=%1"_s.arg(after), seller);
            QCOMPARE(page.status, 200);
            for (const auto &m : page.json[u"messages"_s].toArray()) {
                paged.append(m[u"id"_s].toInteger());
                after = paged.last();
            }
        }
        for (auto &writer : writers)
            QVERIFY(writer->waitForReceipt("last", 20000));
        // The truth, read once everything is committed.
        QList<qint64> committed;
        for (qint64 from = start;;) {
            const auto page =
                httpRequest(*a, "GET", base + u"/messages?limit=100&after=%1"_s.arg(from), seller);
            const auto messages = page.json[u"messages"_s].toArray();
            for (const auto &m : messages)
                committed.append(m[u"id"_s].toInteger());
            if (messages.isEmpty())
                break;
            from = committed.last();
        }
        QCOMPARE(committed.size(), kWriters * kEach);
        QVERIFY2(std::is_sorted(committed.begin(), committed.end()), "history is in id order");
        QCOMPARE(paged, committed); // nothing skipped by a reader that paged meanwhile
        for (auto &listener : listeners) {
            QList<qint64> live;
            QTRY_COMPARE_WITH_TIMEOUT(
                [&] {
                    for (const Frame &f : listener->frames())
                        if (f.header("destination") == chat.toUtf8()) {
                            const auto m = gonggu::parseJsonObject(f.body);
                            if (m && m->value(u"id"_s).toInteger() > start)
                                live.append(m->value(u"id"_s).toInteger());
                        }
                    listener->frames().clear();
                    return live.size();
                }(),
                kWriters * kEach, 10000);
            QCOMPARE(live, committed); // each subscriber: every message once, in order
        }
    }

    // A stream on B hears what A committed, and B replays what A recorded.
    void notificationsCrossInstances() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const QString buyer = a->token(uniqueUser("buyer"), u"Buyer"_s);
        const qint64 room = uniqueProductId();
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
                 201);
        QCOMPARE(
            httpRequest(*a, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer).status,
            200);
        EventStream onB;
        QVERIFY(onB.open(*b, buyer));
        QCOMPARE(onB.status(), 200);
        const auto notify = [&](const QString &text) {
            return httpJson(*a, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room), seller,
                            {{u"content"_s, text}})
                .status;
        };
        QCOMPARE(notify(u"from A"_s), 201);
        const auto live = onB.waitFor([&](const EventStream::Event &e) {
            return e.data[u"message"_s][u"content"_s].toString() == u"from A"_s;
        });
        QVERIFY2(live, "B's stream gets the notification A committed");
        QCOMPARE(notify(u"while away"_s), 201);
        EventStream back;
        QVERIFY(back.open(*b, buyer, QByteArray::number(live->id)));
        QVERIFY(back.waitFor([&](const EventStream::Event &e) {
            return e.data[u"message"_s][u"content"_s].toString() == u"while away"_s;
        }));
    }

    // Both instances send from the one outbox: each event reaches the trade service
    // once, whichever instance committed it.
    void eachWebhookGoesOnceFromTwoInstances() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        QList<qint64> rooms;
        for (int i = 0; i < 6; ++i) {
            const qint64 room = uniqueProductId();
            ServerProcess &on = i % 2 ? *b : *a;
            QCOMPARE(
                httpJson(on, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
                201);
            QCOMPARE(
                httpRequest(on, "POST", u"/api/chat/rooms/%1/cancel"_s.arg(room), seller).status,
                200);
            rooms.append(room);
        }
        const auto countFor = [&](qint64 room) {
            int n = 0;
            for (const auto &d : webhooks.deliveries)
                n += d.json[u"data"_s][u"roomId"_s].toInteger() == room ? 1 : 0;
            return n;
        };
        for (qint64 room : rooms)
            QTRY_COMPARE_WITH_TIMEOUT(countFor(room), 1, 10000);
        QTest::qWait(2500); // both instances have polled a few times since
        for (qint64 room : rooms)
            QCOMPARE(countFor(room), 1);
    }

    // Both instances hold the pickup in memory and both arm its reminder: the buyer
    // is reminded once (the guarded mark), and B, which only heard of it, also
    // forgets it once A moved it (a new time, asked again, reminded again once).
    void aPickupReminderGoesOnceFromTwoInstances() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const QString buyer = a->token(uniqueUser("buyer"), u"Buyer"_s);
        const qint64 room = uniqueProductId();
        const QString base = u"/api/chat/rooms/%1"_s.arg(room);
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
                 201);
        QCOMPARE(httpRequest(*a, "POST", base + u"/participants"_s, buyer).status, 200);
        QCOMPARE(httpRequest(*b, "POST", base + u"/close"_s, seller).status, 200);
        const auto setPickup = [&](const ServerProcess &on, const QString &place) {
            return httpJson(on, "PUT", base + u"/appointment"_s, seller,
                            {{u"at"_s, QDateTime::currentDateTimeUtc().addSecs(3600 + 2).toString(
                                           Qt::ISODateWithMs)},
                             {u"place"_s, place}})
                .status;
        };
        QCOMPARE(setPickup(*a, u"정문"_s), 200);
        // B learns it from A's event: its GET shows it.
        QTRY_COMPARE(
            httpRequest(*b, "GET", base, buyer).json[u"appointment"_s][u"place"_s].toString(),
            u"정문"_s);
        const auto reminders = [&]() {
            EventStream replay;
            if (!replay.open(*b, buyer, "0"))
                return -1;
            (void)replay.waitFor([](const auto &) { return false; }, 500);
            int count = 0;
            for (const auto &e : replay.events())
                count += e.data[u"type"_s].toString() == u"APPOINTMENT_REMINDER" &&
                         e.data[u"roomId"_s].toInteger() == room;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(reminders(), 1, 8000);
        QTest::qWait(1000); // the other instance's timer has fired too by now
        QCOMPARE(reminders(), 1);
        QCOMPARE(setPickup(*b, u"후문"_s), 200);
        QTRY_COMPARE_WITH_TIMEOUT(reminders(), 2, 8000);
        QTest::qWait(1000);
        QCOMPARE(reminders(), 2);
    }

    // A photo uploaded to A is sent through B, reaches A's subscribers with its
    // attachment, and downloads from B (the instances share the files directory).
    void filesCrossInstances() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const QString buyer = a->token(uniqueUser("buyer"), u"Buyer"_s);
        const qint64 room = uniqueProductId();
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
                 201);
        QCOMPARE(
            httpRequest(*a, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer).status,
            200);
        const QByteArray photo = testimages::jpegWithExif(320, 240, 1);
        const auto uploaded = httpRequest(*a, "POST", u"/api/chat/rooms/%1/files"_s.arg(room),
                                          buyer, photo, {{"Content-Type", "image/jpeg"}});
        QCOMPARE(uploaded.status, 201);
        const qint64 fileId = uploaded.json.value(u"fileId"_s).toInteger();
        auto sellerOnA = connectedTo(*a, seller);
        QVERIFY(sellerOnA);
        QVERIFY(sellerOnA->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        auto buyerOnB = connectedTo(*b, buyer);
        QVERIFY(buyerOnB);
        const QJsonObject body{{u"type"_s, u"CHAT"_s},
                               {u"content"_s, u"from B"_s},
                               {u"attachments"_s, QJsonArray{QJsonObject{{u"fileId"_s, fileId}}}}};
        Frame send{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
        send.add("destination", "/app/chat/" + QByteArray::number(room)).add("receipt", "f1");
        buyerOnB->sendFrame(send);
        QVERIFY(buyerOnB->waitForReceipt("f1"));
        const auto message = sellerOnA->waitForMessage(u"/topic/chat/%1"_s.arg(room));
        QVERIFY(message);
        QCOMPARE(message->value(u"attachments"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"fileId"_s)
                     .toInteger(),
                 fileId);
        const auto onB = httpRequest(*b, "GET", u"/api/files/%1"_s.arg(fileId), seller);
        QCOMPARE(onB.status, 200);
        QCOMPARE(onB.body.size(), uploaded.json.value(u"size"_s).toInteger());
        QCOMPARE(httpRequest(*b, "GET", u"/api/files/%1/thumbnail"_s.arg(fileId), seller).status,
                 200);
    }

    // Newest page of a room as the seller reads it on one instance: message contents.
    QStringList historyOn(const ServerProcess &server, qint64 room, const QString &token) {
        const auto page =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), token);
        QStringList contents;
        for (const auto &m : page.json.value(u"messages"_s).toArray())
            contents.append(m.toObject().value(u"content"_s).toString());
        return contents;
    }

    qint64 roomWithNotices(const QString &seller, const QStringList &notices) {
        const qint64 room = uniqueProductId();
        if (httpJson(*a, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status != 201)
            return 0;
        for (const QString &notice : notices) {
            if (httpJson(*a, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room), seller,
                         {{u"content"_s, notice}})
                    .status != 201)
                return 0;
        }
        return room;
    }

    void historyOnOneInstanceShowsWhatTheOtherCommitted() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const qint64 room = roomWithNotices(seller, {u"first"_s});
        QVERIFY(room);
        // B reads the room, so from now on it answers that page from memory.
        QCOMPARE(historyOn(*b, room, seller), QStringList{u"first"_s});
        QCOMPARE(historyOn(*b, room, seller), QStringList{u"first"_s});

        auto watcherOnB = connectedTo(*b, seller);
        QVERIFY(watcherOnB);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(watcherOnB->subscribe("chat", chat));
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room), seller,
                          {{u"content"_s, u"second, from A"_s}})
                     .status,
                 201);
        QVERIFY(watcherOnB->waitForMessage(chat)); // B has applied A's commit
        const QStringList expected{u"first"_s, u"second, from A"_s};
        QCOMPARE(historyOn(*b, room, seller), expected);
        QCOMPARE(historyOn(*a, room, seller), expected);
        const auto metrics = httpRequest(*b, "GET", u"/metrics"_s).body;
        QVERIFY2(!metrics.contains("gonggu_history_cache_hits_total 0\n"), metrics.constData());
    }

    // A reply, an edit and a deletion made on B: A's subscribers see each live, and A's
    // history (answered from its memory) shows what B changed.
    void repliesEditsAndDeletionsCrossInstances() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const qint64 room = roomWithNotices(seller, {u"pickup at 6"_s, u"bring a bag"_s});
        QVERIFY(room);
        const auto page =
            httpRequest(*a, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller);
        const QJsonArray messages = page.json.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        const qint64 first = messages.at(0).toObject().value(u"id"_s).toInteger();
        const qint64 second = messages.at(1).toObject().value(u"id"_s).toInteger();
        auto watcherOnA = connectedTo(*a, seller);
        auto sellerOnB = connectedTo(*b, seller);
        QVERIFY(watcherOnA && sellerOnB);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(watcherOnA->subscribe("chat", chat));
        QVERIFY(sellerOnB->subscribe("chat", chat));

        Frame reply{Command::Send,
                    {},
                    "{\"type\":\"CHAT\",\"content\":\"see above\",\"replyTo\":" +
                        QByteArray::number(first) + '}'};
        reply.add("destination", "/app/chat/" + QByteArray::number(room)).add("receipt", "rp");
        sellerOnB->sendFrame(reply);
        QVERIFY(sellerOnB->waitForReceipt("rp"));
        const auto replied = watcherOnA->waitForMessage(chat);
        QVERIFY(replied);
        QCOMPARE(replied->value(u"quote"_s).toObject().value(u"content"_s).toString(),
                 u"pickup at 6"_s);

        const QString path = u"/api/chat/rooms/%1/messages/%2"_s;
        QCOMPARE(httpJson(*b, "PATCH", path.arg(room).arg(first), seller,
                          {{u"content"_s, u"pickup at 7"_s}})
                     .status,
                 200);
        const auto edited = watcherOnA->waitForMessage(chat);
        QVERIFY(edited);
        QCOMPARE(edited->value(u"content"_s).toString(), u"pickup at 7"_s);
        QCOMPARE(httpRequest(*b, "DELETE", path.arg(room).arg(second), seller).status, 200);
        const auto deleted = watcherOnA->waitForMessage(chat);
        QVERIFY(deleted);
        QVERIFY(deleted->contains(u"deletedAt"_s));

        // A's history: the edit, the tombstone, and the reply quoting the new text.
        QCOMPARE(historyOn(*a, room, seller),
                 (QStringList{u"pickup at 7"_s, QString(), u"see above"_s}));
        const auto again =
            httpRequest(*a, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller);
        QCOMPARE(again.json[u"messages"_s][2][u"quote"_s][u"content"_s].toString(),
                 u"pickup at 7"_s);
        // A reaction on B: A's subscribers get the counts, A's history shows them.
        QCOMPARE(httpJson(*b, "POST", path.arg(room).arg(first) + u"/reactions"_s, seller,
                          {{u"emoji"_s, u"🙏"_s}, {u"on"_s, true}})
                     .status,
                 200);
        const auto reacted = watcherOnA->waitForMessage(chat);
        QVERIFY(reacted);
        QCOMPARE(reacted->value(u"reactions"_s)[0][u"emoji"_s].toString(), u"🙏"_s);
        QTRY_COMPARE(httpRequest(*a, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller)
                         .json[u"messages"_s][0][u"reactions"_s][0][u"count"_s]
                         .toInt(),
                     1);
        // A read on B: A counts it (the seller has read everything, up to the reply).
        const qint64 newest = again.json[u"messages"_s][2][u"id"_s].toInteger();
        QCOMPARE(httpJson(*b, "POST", u"/api/chat/rooms/%1/read"_s.arg(room), seller,
                          {{u"messageId"_s, newest}})
                     .status,
                 200);
        QTRY_COMPARE(httpRequest(*a, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller)
                         .json[u"lastReadMessageId"_s]
                         .toInteger(),
                     newest);
        // The pin fell back on both instances.
        QTRY_COMPARE(httpRequest(*a, "GET", u"/api/chat/rooms/%1"_s.arg(room), seller)
                         .json[u"pinnedNotice"_s][u"id"_s]
                         .toInteger(),
                     first);
    }

    void historyCommittedDuringARedisOutageIsNotHiddenByMemory() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const qint64 room = roomWithNotices(seller, {u"before the outage"_s});
        QVERIFY(room);
        QCOMPARE(historyOn(*b, room, seller), QStringList{u"before the outage"_s});

        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "pause"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*b, "GET", u"/readyz"_s).status, 503, 10000);
        // Committed on A; B never hears of it.
        QCOMPARE(httpJson(*a, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room), seller,
                          {{u"content"_s, u"during the outage"_s}})
                     .status,
                 201);
        const QStringList expected{u"before the outage"_s, u"during the outage"_s};
        QCOMPARE(historyOn(*b, room, seller), expected);
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "resume"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*a, "GET", u"/readyz"_s).status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*b, "GET", u"/readyz"_s).status, 200, 15000);
        QCOMPARE(historyOn(*b, room, seller), expected);
    }

    // While Redis is away, B's subscribers still get what A committed, in order: the
    // next message B commits shows the gap, and B reads it from the database; and
    // when Redis is back, B reads whatever else was committed meanwhile.
    void aSubscriberMissesNothingOfARedisOutage() {
        const QString seller = a->token(uniqueUser("seller"), u"Seller"_s);
        const qint64 room = roomWithNotices(seller, {u"before"_s});
        QVERIFY(room);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        auto onB = connectedTo(*b, seller);
        QVERIFY(onB && onB->subscribe("chat", chat));
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "pause"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*b, "GET", u"/readyz"_s).status, 503, 10000);
        const QString notices = u"/api/chat/rooms/%1/notifications"_s.arg(room);
        QCOMPARE(httpJson(*a, "POST", notices, seller, {{u"content"_s, u"from A"_s}}).status, 201);
        QCOMPARE(httpJson(*b, "POST", notices, seller, {{u"content"_s, u"from B"_s}}).status, 201);
        QStringList live;
        for (int i = 0; i < 2; ++i) {
            const auto m = onB->waitForMessage(chat);
            QVERIFY(m);
            live.append(m->value(u"content"_s).toString());
        }
        QCOMPARE(live, (QStringList{u"from A"_s, u"from B"_s}));
        // What A commits while B stays silent reaches B's subscriber once Redis is back.
        QCOMPARE(httpJson(*a, "POST", notices, seller, {{u"content"_s, u"again from A"_s}}).status,
                 201);
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "resume"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*a, "GET", u"/readyz"_s).status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*b, "GET", u"/readyz"_s).status, 200, 15000);
        const auto caughtUp = onB->waitForMessage(chat, 10000);
        QVERIFY(caughtUp);
        QCOMPARE(caughtUp->value(u"content"_s).toString(), u"again from A"_s);
        QVERIFY(!onB->waitForMessage(chat, 500)); // and nothing twice
    }

    void readinessReportsARedisOutage() {
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "pause"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*a, "GET", u"/readyz"_s).status, 503, 10000);
        const auto down = httpRequest(*a, "GET", u"/readyz"_s);
        QCOMPARE(down.json.value(u"checks"_s).toObject().value(u"redis"_s).toString(), u"down"_s);
        QCOMPARE(down.json.value(u"checks"_s).toObject().value(u"database"_s).toString(), u"ok"_s);
        QVERIFY(httpRequest(*a, "GET", u"/metrics"_s).body.contains("gonggu_redis_connected 0"));
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "resume"));
        // Both reconnect and subscribe again by themselves.
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*a, "GET", u"/readyz"_s).status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(*b, "GET", u"/readyz"_s).status, 200, 15000);
    }
};

QTEST_GUILESS_MAIN(TestInstances)
#include "tst_instances.moc"
