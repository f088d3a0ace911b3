// Replies, edits and deletions against the real server on loopback, over REST and
// STOMP: what the members see live, in history (from memory and after a restart),
// and every refusal with its code.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestMessageChanges : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"1000"_s, u"--rate-burst"_s, u"1000"_s}};
    QString seller, buyer, other;
    QString sellerId, buyerId, otherId;

    // An ACTIVE room with the buyer (and the other buyer) in it.
    qint64 openRoom() {
        const qint64 id = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, 10, 1)).status !=
            201)
            return 0;
        for (const QString &token : {buyer, other}) {
            if (httpRequest(server, "POST", path(id, u"/participants"_s), token).status != 200)
                return 0;
        }
        return id;
    }
    static QString path(qint64 room, const QString &rest = {}) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    static QString messagePath(qint64 room, qint64 message) {
        return path(room, u"/messages/%1"_s.arg(message));
    }

    std::unique_ptr<StompTestClient> watching(const QString &token, qint64 room) {
        auto client = std::make_unique<StompTestClient>();
        if (!client->open(server.webSocketUrl()) || !client->connectWith(token) ||
            !client->subscribe("errors", u"/user/queue/errors"_s) ||
            !client->subscribe("chat", u"/topic/chat/%1"_s.arg(room)))
            return nullptr;
        return client;
    }

    // SENDs `body` to `destination` with a receipt.
    static void send(StompTestClient &client, const QString &destination, const QJsonObject &body,
                     const QByteArray &receipt) {
        Frame frame{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
        frame.add("destination", destination.toUtf8())
            .add("content-type", "application/json")
            .add("receipt", receipt);
        client.sendFrame(frame);
    }

    // Posts over STOMP with a receipt and returns the broadcast message.
    static QJsonObject post(StompTestClient &client, qint64 room, QJsonObject body) {
        static int counter = 0;
        const QByteArray receipt = "post-" + QByteArray::number(++counter);
        body.insert(u"type"_s, u"CHAT"_s);
        send(client, u"/app/chat/%1"_s.arg(room), body, receipt);
        if (!client.waitForReceipt(receipt))
            return {};
        return client.waitForMessage(u"/topic/chat/%1"_s.arg(room)).value_or(QJsonObject());
    }

    QJsonArray history(qint64 room, const QString &token) {
        return httpRequest(server, "GET", path(room, u"/messages"_s), token)
            .json.value(u"messages"_s)
            .toArray();
    }
    static QJsonObject byId(const QJsonArray &messages, qint64 id) {
        for (const QJsonValue &m : messages) {
            if (m.toObject().value(u"id"_s).toInteger() == id)
                return m.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        sellerId = uniqueUser("seller");
        buyerId = uniqueUser("buyer");
        otherId = uniqueUser("other");
        seller = server.token(sellerId, u"Farm Kim"_s);
        buyer = server.token(buyerId, u"민수"_s);
        other = server.token(otherId, u"Jiwoo"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void aReplyQuotesTheOriginal() {
        const qint64 room = openRoom();
        QVERIFY(room);
        auto sellerClient = watching(seller, room);
        auto buyerClient = watching(buyer, room);
        QVERIFY(sellerClient && buyerClient);
        const QString question = u"귤 10kg 박스를 둘이 나눠도 될까요? "_s.repeated(6); // > 100
        const QJsonObject original =
            post(*buyerClient, room, {{u"content"_s, question}, {u"clientMsgId"_s, u"q-1"_s}});
        const qint64 originalId = original.value(u"id"_s).toInteger();
        QVERIFY(originalId > 0);
        QVERIFY(sellerClient->waitForMessage(u"/topic/chat/%1"_s.arg(room)));

        const QJsonObject reply = post(
            *sellerClient, room, {{u"content"_s, u"네, 가능합니다"_s}, {u"replyTo"_s, originalId}});
        QCOMPARE(reply.value(u"replyTo"_s).toInteger(), originalId);
        const QJsonObject quote = reply.value(u"quote"_s).toObject();
        QCOMPARE(quote.value(u"senderId"_s).toString(), buyerId);
        QCOMPARE(quote.value(u"senderName"_s).toString(), u"민수"_s);
        QCOMPARE(quote.value(u"content"_s).toString(), question.left(100)); // 100 code points
        QCOMPARE(quote.value(u"deleted"_s).toBool(), false);
        // The buyer sees the same live, and history says the same (from memory, then disk).
        const auto live = buyerClient->waitForMessage(u"/topic/chat/%1"_s.arg(room));
        QVERIFY(live);
        QCOMPARE(live->value(u"quote"_s).toObject(), quote);
        const qint64 replyId = reply.value(u"id"_s).toInteger();
        QCOMPARE(byId(history(room, buyer), replyId).value(u"quote"_s).toObject(), quote);
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QCOMPARE(byId(history(room, buyer), replyId).value(u"quote"_s).toObject(), quote);
    }

    void aReplyMustNameAMessageOfItsRoom_data() {
        QTest::addColumn<QJsonValue>("replyTo");
        QTest::addColumn<QString>("code");
        QTest::addRow("unknown id") << QJsonValue(qint64(9'000'000'000'000)) << u"NOT_FOUND"_s;
        QTest::addRow("another room's") << QJsonValue(-1) << u"NOT_FOUND"_s; // filled in below
        QTest::addRow("zero") << QJsonValue(0) << u"BAD_REQUEST"_s;
        QTest::addRow("text") << QJsonValue(u"88123"_s) << u"BAD_REQUEST"_s;
    }

    void aReplyMustNameAMessageOfItsRoom() {
        QFETCH(QJsonValue, replyTo);
        QFETCH(QString, code);
        const qint64 room = openRoom();
        const qint64 elsewhere = openRoom();
        QVERIFY(room && elsewhere);
        auto client = watching(buyer, room);
        QVERIFY(client);
        const qsizetype before = history(room, buyer).size();
        if (replyTo == QJsonValue(-1)) {
            auto there = watching(buyer, elsewhere);
            QVERIFY(there);
            replyTo = post(*there, elsewhere, {{u"content"_s, u"elsewhere"_s}}).value(u"id"_s);
            QVERIFY(replyTo.toInteger() > 0);
        }
        send(*client, u"/app/chat/%1"_s.arg(room),
             {{u"type"_s, u"CHAT"_s}, {u"content"_s, u"hi"_s}, {u"replyTo"_s, replyTo}},
             "bad-reply");
        const auto refusal = client->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), code);
        QCOMPARE(refusal->value(u"field"_s).toString(), u"replyTo"_s);
        QCOMPARE(refusal->value(u"receiptId"_s).toString(), u"bad-reply"_s);
        QCOMPARE(history(room, buyer).size(), before); // nothing was stored
    }

    void theSenderEditsTheirMessage() {
        const qint64 room = openRoom();
        QVERIFY(room);
        auto buyerClient = watching(buyer, room);
        auto otherClient = watching(other, room);
        QVERIFY(buyerClient && otherClient);
        const QJsonObject sent = post(*buyerClient, room, {{u"content"_s, u"pickup at 5?"_s}});
        const qint64 id = sent.value(u"id"_s).toInteger();
        QVERIFY(otherClient->waitForMessage(u"/topic/chat/%1"_s.arg(room)));

        // Over REST: the message as it is now.
        const auto edited = httpJson(server, "PATCH", messagePath(room, id), buyer,
                                     {{u"content"_s, u"pickup at 6?"_s}});
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json.value(u"id"_s).toInteger(), id);
        QCOMPARE(edited.json.value(u"content"_s).toString(), u"pickup at 6?"_s);
        QVERIFY(edited.json.contains(u"editedAt"_s));
        QCOMPARE(edited.json.value(u"createdAt"_s), sent.value(u"createdAt"_s));
        // The others get it live: same message id, a MESSAGE frame of its own.
        const auto frame = otherClient->waitFor([&](const Frame &f) {
            return f.command == Command::Message &&
                   f.headerOr("destination").endsWith(QByteArray::number(room));
        });
        QVERIFY(frame);
        QVERIFY(frame->headerOr("message-id") != QByteArray::number(id)); // unique per frame
        const QJsonObject live = QJsonDocument::fromJson(frame->body).object();
        QCOMPARE(live.value(u"id"_s).toInteger(), id);
        QCOMPARE(live.value(u"content"_s).toString(), u"pickup at 6?"_s);
        QCOMPARE(live.value(u"editedAt"_s), edited.json.value(u"editedAt"_s));

        // Over STOMP, with a receipt once it is committed.
        send(*buyerClient, u"/app/chat/%1/edit"_s.arg(room),
             {{u"messageId"_s, id}, {u"content"_s, u"pickup at 7?"_s}}, "edit-1");
        QVERIFY(buyerClient->waitForReceipt("edit-1"));
        const auto again = otherClient->waitForMessage(u"/topic/chat/%1"_s.arg(room));
        QVERIFY(again);
        QCOMPARE(again->value(u"content"_s).toString(), u"pickup at 7?"_s);

        // History has only the newest text, from memory and from the database.
        const auto check = [&] {
            const QJsonObject shown = byId(history(room, other), id);
            QCOMPARE(shown.value(u"content"_s).toString(), u"pickup at 7?"_s);
            QVERIFY(shown.contains(u"editedAt"_s));
        };
        check();
        QVERIFY(server.stop());
        QVERIFY(server.start());
        check();
    }

    void editsAndDeletionsAreRefusedWithTheirCode() {
        const qint64 room = openRoom();
        const qint64 elsewhere = openRoom();
        QVERIFY(room && elsewhere);
        auto buyerClient = watching(buyer, room);
        auto there = watching(buyer, elsewhere);
        QVERIFY(buyerClient && there);
        const qint64 mine =
            post(*buyerClient, room, {{u"content"_s, u"mine"_s}}).value(u"id"_s).toInteger();
        const qint64 otherRooms =
            post(*there, elsewhere, {{u"content"_s, u"there"_s}}).value(u"id"_s).toInteger();
        const qint64 system = history(room, buyer).first().toObject().value(u"id"_s).toInteger();
        QVERIFY(mine && otherRooms && system);
        const QJsonObject text{{u"content"_s, u"new text"_s}};
        const struct {
            const char *what;
            QByteArray method;
            QString path;
            QString token;
            QJsonObject body;
            int status;
            QString code;
        } cases[] = {
            {"someone else's", "PATCH", messagePath(room, mine), other, text, 403, u"FORBIDDEN"_s},
            {"the seller edits a buyer's", "PATCH", messagePath(room, mine), seller, text, 403,
             u"FORBIDDEN"_s},
            {"a SYSTEM message", "PATCH", messagePath(room, system), seller, text, 403,
             u"FORBIDDEN"_s},
            {"delete a SYSTEM message",
             "DELETE",
             messagePath(room, system),
             seller,
             {},
             403,
             u"FORBIDDEN"_s},
            {"delete someone else's",
             "DELETE",
             messagePath(room, mine),
             other,
             {},
             403,
             u"FORBIDDEN"_s},
            {"unknown message", "PATCH", messagePath(room, 9'000'000'000'000), buyer, text, 404,
             u"NOT_FOUND"_s},
            {"another room's message", "PATCH", messagePath(room, otherRooms), buyer, text, 404,
             u"NOT_FOUND"_s},
            {"empty content",
             "PATCH",
             messagePath(room, mine),
             buyer,
             {{u"content"_s, u""_s}},
             400,
             u"CONTENT_INVALID"_s},
            {"no content", "PATCH", messagePath(room, mine), buyer, {}, 400, u"BAD_REQUEST"_s},
            {"a bad id",
             "DELETE",
             path(room, u"/messages/0x1"_s),
             buyer,
             {},
             400,
             u"BAD_REQUEST"_s},
        };
        for (const auto &c : cases) {
            const auto answer = c.method == "DELETE"
                                    ? httpRequest(server, c.method, c.path, c.token)
                                    : httpJson(server, c.method, c.path, c.token, c.body);
            QVERIFY2(answer.status == c.status, c.what);
            QVERIFY2(answer.json.value(u"error"_s).toObject().value(u"code"_s).toString() == c.code,
                     c.what);
        }
        // Nothing of that changed the message.
        QCOMPARE(byId(history(room, buyer), mine).value(u"content"_s).toString(), u"mine"_s);
        // Over STOMP the refusal names the receipt, and a bad body its field.
        send(*buyerClient, u"/app/chat/%1/edit"_s.arg(room), {{u"content"_s, u"x"_s}}, "no-id");
        auto refusal = buyerClient->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"BAD_REQUEST"_s);
        QCOMPARE(refusal->value(u"field"_s).toString(), u"messageId"_s);
        send(*buyerClient, u"/app/chat/%1/delete"_s.arg(room), {{u"messageId"_s, system}}, "sys");
        refusal = buyerClient->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"FORBIDDEN"_s);
        QCOMPARE(refusal->value(u"receiptId"_s).toString(), u"sys"_s);
    }

    void aDeletedMessageLeavesATombstone() {
        const qint64 room = openRoom();
        QVERIFY(room);
        auto buyerClient = watching(buyer, room);
        auto otherClient = watching(other, room);
        QVERIFY(buyerClient && otherClient);
        const QString secret = u"내 전화번호는 010-1234-5678"_s;
        const qint64 id =
            post(*buyerClient, room, {{u"content"_s, secret}}).value(u"id"_s).toInteger();
        QVERIFY(otherClient->waitForMessage(u"/topic/chat/%1"_s.arg(room))); // the buyer's
        const qint64 reply =
            post(*otherClient, room, {{u"content"_s, u"got it"_s}, {u"replyTo"_s, id}})
                .value(u"id"_s)
                .toInteger();
        QVERIFY(id && reply);
        QVERIFY(buyerClient->waitForMessage(u"/topic/chat/%1"_s.arg(room))); // the reply
        QCOMPARE(byId(history(room, buyer), reply).value(u"quote"_s)[u"content"_s].toString(),
                 secret); // cached with its quote

        // The sender deletes it over STOMP; everyone sees the tombstone.
        send(*buyerClient, u"/app/chat/%1/delete"_s.arg(room), {{u"messageId"_s, id}}, "del-1");
        QVERIFY(buyerClient->waitForReceipt("del-1"));
        const auto live = otherClient->waitForMessage(u"/topic/chat/%1"_s.arg(room));
        QVERIFY(live);
        QCOMPARE(live->value(u"id"_s).toInteger(), id);
        QCOMPARE(live->value(u"content"_s).toString(), QString());
        QVERIFY(live->contains(u"deletedAt"_s));

        const auto check = [&] {
            const QJsonArray messages = history(room, other);
            const QJsonObject tombstone = byId(messages, id);
            QCOMPARE(tombstone.value(u"content"_s).toString(), QString());
            QVERIFY(tombstone.contains(u"deletedAt"_s));
            QCOMPARE(tombstone.value(u"senderId"_s).toString(), buyerId); // in its place
            const QJsonObject quote = byId(messages, reply).value(u"quote"_s).toObject();
            QCOMPARE(quote.value(u"deleted"_s).toBool(), true);
            QCOMPARE(quote.value(u"content"_s).toString(), QString());
            QVERIFY(!QJsonDocument(messages).toJson().contains(secret.toUtf8()));
        };
        check(); // the cache forgot the quote too
        // Deleting again is not an error (a retry); editing a tombstone is.
        QCOMPARE(httpRequest(server, "DELETE", messagePath(room, id), buyer).status, 200);
        const auto edit =
            httpJson(server, "PATCH", messagePath(room, id), buyer, {{u"content"_s, u"x"_s}});
        QCOMPARE(edit.status, 409);
        QCOMPARE(edit.json[u"error"_s][u"code"_s].toString(), u"CONFLICT"_s);
        QVERIFY(server.stop());
        QVERIFY(server.start());
        check();
    }

    void theSellerModeratesAndThePinFallsBack() {
        const qint64 room = openRoom();
        QVERIFY(room);
        const auto notify = [&](const QString &text) {
            return httpJson(server, "POST", path(room, u"/notifications"_s), seller,
                            {{u"content"_s, text}})
                .json.value(u"id"_s)
                .toInteger();
        };
        const qint64 first = notify(u"Pickup Friday 6pm"_s);
        const qint64 second = notify(u"Pickup moved to Saturday"_s);
        QVERIFY(first && second);
        auto buyerClient = watching(buyer, room);
        QVERIFY(buyerClient);
        const qint64 rude =
            post(*buyerClient, room, {{u"content"_s, u"spam spam"_s}}).value(u"id"_s).toInteger();
        // The seller deletes a buyer's message, and their own newest announcement.
        QCOMPARE(httpRequest(server, "DELETE", messagePath(room, rude), seller).status, 200);
        QCOMPARE(httpRequest(server, "DELETE", messagePath(room, second), seller).status, 200);
        const auto pinned = [&] {
            return httpRequest(server, "GET", path(room), buyer)
                .json.value(u"pinnedNotice"_s)
                .toObject()
                .value(u"id"_s)
                .toInteger();
        };
        QTRY_COMPARE(pinned(), first);
        // The room list's preview of the newest message is its tombstone.
        const QJsonObject last =
            httpRequest(server, "GET", path(room), buyer).json.value(u"lastMessage"_s).toObject();
        QCOMPARE(last.value(u"id"_s).toInteger(), rude);
        QCOMPARE(last.value(u"content"_s).toString(), QString());
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QCOMPARE(pinned(), first);
    }

    // GET .../notifications: the seller's announcements alone, oldest first like a
    // history page and paged with before=; a deleted one is not among them.
    void earlierAnnouncementsAreListedWithoutTheChat() {
        const qint64 room = openRoom();
        QVERIFY(room);
        QList<qint64> ids;
        for (const QString &text :
             {u"Pickup Friday 6pm"_s, u"Bring a bag"_s, u"Typo"_s, u"Pickup moved to Saturday"_s})
            ids.append(httpJson(server, "POST", path(room, u"/notifications"_s), seller,
                                {{u"content"_s, text}})
                           .json.value(u"id"_s)
                           .toInteger());
        auto buyerClient = watching(buyer, room);
        QVERIFY(buyerClient);
        QVERIFY(!post(*buyerClient, room, {{u"content"_s, u"thanks!"_s}}).isEmpty());
        QCOMPARE(httpRequest(server, "DELETE", messagePath(room, ids[2]), seller).status, 200);
        const auto all = httpRequest(server, "GET", path(room, u"/notifications"_s), buyer);
        QCOMPARE(all.status, 200);
        const QJsonArray listed = all.json.value(u"messages"_s).toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(0).toObject().value(u"id"_s).toInteger(), ids[0]);
        QCOMPARE(listed.at(2).toObject().value(u"content"_s).toString(),
                 u"Pickup moved to Saturday"_s);
        for (const QJsonValue &m : listed)
            QCOMPARE(m.toObject().value(u"type"_s).toString(), u"NOTIFICATION"_s);
        QCOMPARE(all.json.value(u"hasMore"_s).toBool(), false);
        // Paged: the newest one, then what came before it.
        const auto newest =
            httpRequest(server, "GET", path(room, u"/notifications?limit=1"_s), buyer);
        QCOMPARE(newest.json.value(u"messages"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"id"_s)
                     .toInteger(),
                 ids[3]);
        QVERIFY(newest.json.value(u"hasMore"_s).toBool());
        const auto earlier = httpRequest(
            server, "GET", path(room, u"/notifications?before=%1"_s.arg(ids[3])), buyer);
        QCOMPARE(earlier.json.value(u"messages"_s).toArray().size(), 2);
        QCOMPARE(httpRequest(server, "GET", path(room, u"/notifications?limit=0"_s), buyer).status,
                 400);
        QCOMPARE(httpRequest(server, "GET", path(987654321, u"/notifications"_s), buyer).status,
                 404);
    }

    // One of each per member per message, on and off, idempotent; counts for all and
    // "mine" for the caller; broadcast as the changed message.
    void reactionsAreCountedOncePerMember() {
        const qint64 room = openRoom();
        QVERIFY(room);
        auto buyerClient = watching(buyer, room);
        auto otherClient = watching(other, room);
        QVERIFY(buyerClient && otherClient);
        const qint64 id = post(*buyerClient, room, {{u"content"_s, u"I'll bring bags"_s}})
                              .value(u"id"_s)
                              .toInteger();
        QVERIFY(otherClient->waitForMessage(u"/topic/chat/%1"_s.arg(room)));
        const QString path = messagePath(room, id) + u"/reactions"_s;
        const auto react = [&](const QString &token, const QString &emoji, bool on) {
            return httpJson(server, "POST", path, token, {{u"emoji"_s, emoji}, {u"on"_s, on}});
        };
        QCOMPARE(react(seller, u"👍"_s, true).status, 200);
        QCOMPARE(react(other, u"👍"_s, true).status, 200);
        const auto again = react(other, u"👍"_s, true); // a retry changes nothing
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[u"reactions"_s][0][u"count"_s].toInt(), 2);
        // Over STOMP too, with a receipt; everyone gets the message with its counts.
        send(*buyerClient, u"/app/chat/%1/react"_s.arg(room),
             {{u"messageId"_s, id}, {u"emoji"_s, u"❤️"_s}, {u"on"_s, true}}, "react-1");
        QVERIFY(buyerClient->waitForReceipt("react-1"));
        std::optional<QJsonObject> live;
        for (int i = 0; i < 3; ++i) { // the two 👍 first, then the ❤️
            live = otherClient->waitForMessage(u"/topic/chat/%1"_s.arg(room));
            QVERIFY(live);
        }
        QCOMPARE(live->value(u"id"_s).toInteger(), id);
        const QJsonArray counts = live->value(u"reactions"_s).toArray();
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts[0][u"emoji"_s].toString(), u"👍"_s); // in the set's order
        QCOMPARE(counts[0][u"count"_s].toInt(), 2);
        QCOMPARE(counts[1][u"emoji"_s].toString(), u"❤️"_s);
        QCOMPARE(counts[1][u"count"_s].toInt(), 1);
        // Off again.
        QCOMPARE(react(seller, u"👍"_s, false).json[u"reactions"_s][0][u"count"_s].toInt(), 1);
        // History: the counts for all, and the caller's own beside them.
        const auto page = httpRequest(server, "GET", path.section(u'/', 0, 5), other);
        QCOMPARE(
            byId(page.json[u"messages"_s].toArray(), id)[u"reactions"_s][0][u"count"_s].toInt(), 1);
        QCOMPARE(page.json[u"myReactions"_s][QString::number(id)].toArray(), (QJsonArray{u"👍"_s}));
        QVERIFY(!httpRequest(server, "GET", path.section(u'/', 0, 5), seller)
                     .json.contains(u"myReactions"_s));
        // Refusals.
        const auto notInSet = react(other, u"🔥"_s, true);
        QCOMPARE(notInSet.status, 400);
        QCOMPARE(notInSet.json[u"error"_s][u"field"_s].toString(), u"emoji"_s);
        const qint64 system = history(room, buyer).first().toObject().value(u"id"_s).toInteger();
        QCOMPARE(httpJson(server, "POST", messagePath(room, system) + u"/reactions"_s, other,
                          {{u"emoji"_s, u"👍"_s}, {u"on"_s, true}})
                     .json[u"error"_s][u"code"_s]
                     .toString(),
                 u"FORBIDDEN"_s);
        // A deleted message loses its reactions and takes no more.
        QCOMPARE(httpRequest(server, "DELETE", messagePath(room, id), buyer).status, 200);
        QVERIFY(!byId(history(room, other), id).contains(u"reactions"_s));
        QCOMPARE(react(other, u"😂"_s, true).json[u"error"_s][u"code"_s].toString(), u"CONFLICT"_s);
    }

    void aCancelledRoomIsReadOnlyButTheSellerStillModerates() {
        const qint64 room = openRoom();
        QVERIFY(room);
        auto buyerClient = watching(buyer, room);
        QVERIFY(buyerClient);
        const qint64 id =
            post(*buyerClient, room, {{u"content"_s, u"hello"_s}}).value(u"id"_s).toInteger();
        QCOMPARE(httpRequest(server, "POST", path(room, u"/cancel"_s), seller).status, 200);
        const auto edit =
            httpJson(server, "PATCH", messagePath(room, id), buyer, {{u"content"_s, u"x"_s}});
        QCOMPARE(edit.json[u"error"_s][u"code"_s].toString(), u"ROOM_NOT_WRITABLE"_s);
        const auto own = httpRequest(server, "DELETE", messagePath(room, id), buyer);
        QCOMPARE(own.json[u"error"_s][u"code"_s].toString(), u"ROOM_NOT_WRITABLE"_s);
        QCOMPARE(httpRequest(server, "DELETE", messagePath(room, id), seller).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestMessageChanges)
#include "tst_messagechanges.moc"
