// The REST API against the real server on loopback.
#include "serverprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRest : public QObject {
    Q_OBJECT
    // Generous rate limit: the history test posts hundreds of messages.
    ServerProcess server{{u"--rate-limit"_s, u"100000"_s, u"--rate-burst"_s, u"100000"_s}};
    QString seller, buyer, trade;
    QString sellerId, buyerId;

    qint64 createRoom(int max = 10, int min = 1, const QString &token = {}) {
        const qint64 id = uniqueProductId();
        const auto created = httpJson(server, "POST", u"/api/chat/rooms"_s,
                                      token.isEmpty() ? seller : token, roomBody(id, max, min));
        if (created.status != 201)
            qWarning() << created.body;
        return created.status == 201 ? id : 0;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        sellerId = uniqueUser("seller");
        buyerId = uniqueUser("buyer");
        seller = server.token(sellerId, u"Farm Kim"_s);
        buyer = server.token(buyerId, u"민수"_s);
        trade = server.token(u"trade-service"_s, u"Marketplace"_s, u"rooms:write"_s);
        QVERIFY(!seller.isEmpty() && !buyer.isEmpty() && !trade.isEmpty());
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    // Each room counts its own messages 1, 2, 3, ... (seq), whatever the others do,
    // and the count is the same in history and in the answer to the sender.
    void eachMessageHasItsPlaceInItsRoom() {
        const qint64 first = uniqueProductId();
        const qint64 second = uniqueProductId();
        for (qint64 room : {first, second})
            QCOMPARE(
                httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
                201);
        QList<qint64> answered;
        for (int i = 0; i < 5; ++i) {
            const qint64 room = i % 2 ? second : first;
            const auto sent =
                httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room), seller,
                         {{u"content"_s, u"notice %1"_s.arg(i)}});
            QCOMPARE(sent.status, 201);
            answered.append(sent.json[u"seq"_s].toInteger());
        }
        QCOMPARE(answered, (QList<qint64>{1, 1, 2, 2, 3}));
        const auto seqsOf = [&](qint64 room) {
            QList<qint64> seqs;
            const auto page =
                httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), seller);
            for (const auto &m : page.json[u"messages"_s].toArray())
                seqs.append(m[u"seq"_s].toInteger());
            return seqs;
        };
        QCOMPARE(seqsOf(first), (QList<qint64>{1, 2, 3}));
        QCOMPARE(seqsOf(second), (QList<qint64>{1, 2}));
    }

    void healthAndReadiness() {
        QCOMPARE(httpRequest(server, "GET", u"/healthz"_s).status, 200);
        const auto ready = httpRequest(server, "GET", u"/readyz"_s);
        QCOMPARE(ready.status, 200);
        QCOMPARE(ready.json.value(u"checks"_s).toObject().value(u"database"_s).toString(), u"ok"_s);
    }

    // The test cluster runs with fsync=off (speed, and a throwaway): the server
    // must say that receipts are then not power-loss safe.
    void aDatabaseThatIsNotDurableIsReported() {
        if (!ServerProcess::usingPostgres())
            QSKIP("SQLite: the server sets synchronous=FULL itself (tested in powerloss)");
        QVERIFY2(server.output().contains(u"PostgreSQL runs with fsync=off"_s),
                 qPrintable(server.output()));
        QVERIFY(!server.output().contains(u"synchronous_commit=off"_s));
    }

    void registerLoginAndConflicts() {
        const QString name = uniqueUser("user").toLower().replace(u'-', u'_').left(30);
        const QJsonObject account{{u"username"_s, name},
                                  {u"password"_s, u"correct horse"_s},
                                  {u"displayName"_s, u"지우 <i>Jiwoo</i>"_s}};
        const auto registered = httpJson(server, "POST", u"/api/auth/register"_s, {}, account);
        QCOMPARE(registered.status, 201);
        const QJsonObject user = registered.json.value(u"user"_s).toObject();
        QCOMPARE(user.value(u"username"_s).toString(), name);
        QCOMPARE(user.value(u"displayName"_s).toString(), u"지우 <i>Jiwoo</i>"_s);
        QVERIFY(!registered.json.value(u"token"_s).toString().isEmpty());

        const auto taken = httpJson(server, "POST", u"/api/auth/register"_s, {}, account);
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.json[u"error"_s][u"field"_s].toString(),
                 u"username"_s); // the app says which

        const auto login = httpJson(server, "POST", u"/api/auth/login"_s, {},
                                    {{u"username"_s, name}, {u"password"_s, u"correct horse"_s}});
        QCOMPARE(login.status, 200);
        QCOMPARE(login.json.value(u"user"_s).toObject().value(u"id"_s), user.value(u"id"_s));
        QVERIFY(login.json.value(u"expiresAt"_s).toString().endsWith(u'Z'));
        // The token works on the API.
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms"_s,
                             login.json.value(u"token"_s).toString())
                     .status,
                 200);

        const auto wrong = httpJson(server, "POST", u"/api/auth/login"_s, {},
                                    {{u"username"_s, name}, {u"password"_s, u"wrong horse"_s}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.errorCode(), u"UNAUTHORIZED"_s);
        QCOMPARE(httpJson(server, "POST", u"/api/auth/login"_s, {},
                          {{u"username"_s, u"nobody_here"_s}, {u"password"_s, u"whatever1"_s}})
                     .status,
                 401);
        QCOMPARE(
            httpJson(
                server, "POST", u"/api/auth/register"_s, {},
                {{u"username"_s, u"x"_s}, {u"password"_s, u"short"_s}, {u"displayName"_s, u"X"_s}})
                .errorCode(),
            u"BAD_REQUEST"_s);
    }

    void requestsWithoutValidTokenAreRefused_data() {
        QTest::addColumn<QString>("token");
        QTest::newRow("none") << QString();
        QTest::newRow("garbage") << u"not-a-token"_s;
        QTest::newRow("alg none")
            << u"eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1LTEiLCJleHAiOjQxMDI0NDQ4MDAsImlzcyI6ImdvbmdndSJ9."_s;
    }

    void requestsWithoutValidTokenAreRefused() {
        QFETCH(QString, token);
        const auto result = httpRequest(server, "GET", u"/api/chat/rooms"_s, token);
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), u"UNAUTHORIZED"_s);
    }

    void expiredTokenIsRefused() {
        const QString expiring = server.token(uniqueUser("late"), u"Late"_s, {}, 1);
        QTest::qWait(2100); // the token's own lifetime is what is under test
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms"_s, expiring).status, 401);
    }

    void createRoomIsIdempotentOnProductId() {
        const qint64 id = uniqueProductId();
        const auto first =
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, 10, 5));
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json.value(u"id"_s).toInteger(), id);
        QCOMPARE(first.json.value(u"productId"_s).toInteger(), id);
        QCOMPARE(first.json.value(u"status"_s).toString(), u"ACTIVE"_s);
        QCOMPARE(first.json.value(u"sellerId"_s).toString(), sellerId);
        QCOMPARE(first.json.value(u"sellerName"_s).toString(), u"Farm Kim"_s);
        QCOMPARE(first.json.value(u"myRole"_s).toString(), u"SELLER"_s);
        QCOMPARE(first.json.value(u"participantCount"_s).toInt(), 0);
        QVERIFY(first.json.value(u"closedAt"_s).isNull());
        const auto again =
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, 3, 1));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json.value(u"maxParticipants"_s).toInt(),
                 10); // the existing room, unchanged
    }

    void minParticipantsDefaultsToMax() {
        QJsonObject body = roomBody(uniqueProductId(), 7, 1);
        body.remove(u"minParticipants"_s);
        const auto created = httpJson(server, "POST", u"/api/chat/rooms"_s, seller, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(u"minParticipants"_s).toInt(), 7);
    }

    void tradeServiceCreatesForAnySeller() {
        QJsonObject body = roomBody(uniqueProductId(), 5, 2);
        body.insert(u"sellerId"_s, sellerId);
        const auto created = httpJson(server, "POST", u"/api/chat/rooms"_s, trade, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(u"sellerId"_s).toString(), sellerId);
        QVERIFY(created.json.value(u"myRole"_s).isNull());
        // A user token cannot name someone else as seller.
        body.insert(u"productId"_s, uniqueProductId());
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, buyer, body).status, 403);
    }

    void validationErrorsNameTheirField_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("username")
            << u"/api/auth/register"_s
            << QByteArray(R"({"username":"A!","password":"correct horse","displayName":"x"})")
            << u"username"_s;
        QTest::newRow("password")
            << u"/api/auth/register"_s
            << QByteArray(R"({"username":"fine_name","password":"short","displayName":"x"})")
            << u"password"_s;
        QTest::newRow("display name")
            << u"/api/auth/register"_s
            << QByteArray(
                   R"({"username":"fine_name","password":"correct horse","displayName":" "})")
            << u"displayName"_s;
        QTest::newRow("missing field")
            << u"/api/auth/login"_s << QByteArray(R"({"username":"fine_name"})") << u"password"_s;
    }
    void validationErrorsNameTheirField() {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto refused = httpRequest(server, "POST", path, {}, body);
        QCOMPARE(refused.status, 400);
        const QJsonObject error = refused.json.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"BAD_REQUEST"_s);
        QCOMPARE(error.value(u"field"_s).toString(), field);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    }

    void tradeServiceRoomTakesTheSellersAccountName() {
        // The trade service names the seller by user id and leaves the name out: the
        // room shows the name the seller registered with, not their id.
        const QString username = uniqueUser("farm").toLower().replace(u'-', u'_').left(30);
        const auto registered = registerAccount(server, username, u"correct horse"_s, u"김농부"_s);
        QCOMPARE(registered.status, 201);
        const QString userId =
            registered.json.value(u"user"_s).toObject().value(u"id"_s).toString();
        QVERIFY(userId.startsWith(u"u-"));
        QJsonObject body = roomBody(uniqueProductId(), 5, 2);
        body.insert(u"sellerId"_s, userId);
        const auto created = httpJson(server, "POST", u"/api/chat/rooms"_s, trade, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json.value(u"sellerName"_s).toString(), u"김농부"_s);
        // An id no account has stays as it is.
        body.insert(u"productId"_s, uniqueProductId());
        body.insert(u"sellerId"_s, u"shop-77"_s);
        const auto external = httpJson(server, "POST", u"/api/chat/rooms"_s, trade, body);
        QCOMPARE(external.status, 201);
        QCOMPARE(external.json.value(u"sellerName"_s).toString(), u"shop-77"_s);
    }

    void createRoomValidation_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("min above max") << u"minParticipants"_s << QJsonValue(11);
        QTest::newRow("zero max") << u"maxParticipants"_s << QJsonValue(0);
        QTest::newRow("max above 10000") << u"maxParticipants"_s << QJsonValue(10001);
        QTest::newRow("expired") << u"expiresAt"_s << QJsonValue(u"2020-01-01T00:00:00.000Z"_s);
        QTest::newRow("bad time") << u"expiresAt"_s << QJsonValue(u"soon"_s);
        QTest::newRow("empty title") << u"title"_s << QJsonValue(u""_s);
        QTest::newRow("long title") << u"title"_s << QJsonValue(QString(121, u'가'));
        QTest::newRow("title not string") << u"title"_s << QJsonValue(42);
        QTest::newRow("negative product") << u"productId"_s << QJsonValue(-5);
        QTest::newRow("fractional product") << u"productId"_s << QJsonValue(1.5);
        QTest::newRow("huge max wraps?") << u"maxParticipants"_s << QJsonValue(4294967306.0);
    }

    void createRoomValidation() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = roomBody(uniqueProductId(), 10, 5);
        body.insert(field, value);
        const auto refused = httpJson(server, "POST", u"/api/chat/rooms"_s, seller, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"BAD_REQUEST"_s);
        QVERIFY(
            !refused.json.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    }

    void malformedBodiesAreRefused_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("{\"productId\": ");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("invalid utf8") << QByteArray("{\"title\":\"\xC3\x28\"}");
    }

    void malformedBodiesAreRefused() {
        QFETCH(QByteArray, body);
        const auto refused = httpRequest(server, "POST", u"/api/chat/rooms"_s, seller, body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"BAD_REQUEST"_s);
    }

    void unknownRoomsAndBadIds() {
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms/999999999999"_s, buyer).status, 404);
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms/abc"_s, buyer).status, 400);
        QCOMPARE(
            httpRequest(server, "GET", u"/api/chat/rooms/99999999999999999999999"_s, buyer).status,
            400);
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms/1%27%20OR%201=1--"_s, buyer).status,
                 400);
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms/0042"_s, buyer).status, 400);
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms/%2B42"_s, buyer).status, 400);
        QCOMPARE(httpRequest(server, "GET", u"/api/nothing"_s, buyer).status, 404);
        QCOMPARE(httpRequest(server, "PATCH", u"/api/chat/rooms"_s, buyer).status, 405);
    }

    void joinLeaveAndDetail() {
        const qint64 id = createRoom(3, 2);
        QVERIFY(id);
        const QString path = u"/api/chat/rooms/%1"_s.arg(id);
        const auto joined = httpRequest(server, "POST", path + u"/participants"_s, buyer);
        QCOMPARE(joined.status, 200);
        QCOMPARE(joined.json.value(u"myRole"_s).toString(), u"PARTICIPANT"_s);
        QCOMPARE(joined.json.value(u"participantCount"_s).toInt(), 1);
        // Joining again changes nothing.
        QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, buyer)
                     .json.value(u"participantCount"_s)
                     .toInt(),
                 1);
        // The seller cannot join.
        QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, seller).errorCode(),
                 u"FORBIDDEN"_s);

        const auto detail = httpRequest(server, "GET", path, seller);
        QCOMPARE(detail.status, 200);
        const QJsonArray participants = detail.json.value(u"participants"_s).toArray();
        QCOMPARE(participants.size(), 2);
        QCOMPARE(participants.at(0).toObject().value(u"role"_s).toString(), u"SELLER"_s);
        QCOMPARE(participants.at(1).toObject().value(u"userId"_s).toString(), buyerId);
        QCOMPARE(participants.at(1).toObject().value(u"displayName"_s).toString(), u"민수"_s);
        QCOMPARE(participants.at(1).toObject().value(u"online"_s).toBool(), false);

        const auto left = httpRequest(server, "DELETE", path + u"/participants/me"_s, buyer);
        QCOMPARE(left.status, 200);
        QVERIFY(left.json.value(u"myRole"_s).isNull());
        QCOMPARE(left.json.value(u"participantCount"_s).toInt(), 0);
        QCOMPARE(httpRequest(server, "DELETE", path + u"/participants/me"_s, buyer).errorCode(),
                 u"NOT_A_MEMBER"_s);

        // Every join and leave is in the history as a SYSTEM message.
        const auto history = httpRequest(server, "GET", path + u"/messages"_s, seller);
        const QJsonArray messages = history.json.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0).toObject().value(u"event"_s).toString(), u"PARTICIPATING"_s);
        QCOMPARE(messages.at(0).toObject().value(u"subjectId"_s).toString(), buyerId);
        QCOMPARE(messages.at(1).toObject().value(u"event"_s).toString(), u"LEFT"_s);
    }

    void closeAndCancelNeedTheSeller() {
        const qint64 id = createRoom(5, 1);
        const QString path = u"/api/chat/rooms/%1"_s.arg(id);
        QCOMPARE(httpRequest(server, "POST", path + u"/close"_s, buyer).errorCode(),
                 u"FORBIDDEN"_s);
        const auto closed = httpRequest(server, "POST", path + u"/close"_s, seller);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json.value(u"status"_s).toString(), u"CLOSED"_s);
        QVERIFY(!closed.json.value(u"closedAt"_s).isNull());
        QCOMPARE(httpRequest(server, "POST", path + u"/cancel"_s, seller).errorCode(),
                 u"ROOM_NOT_ACTIVE"_s);
        QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, buyer).errorCode(),
                 u"ROOM_NOT_ACTIVE"_s);

        const qint64 other = createRoom(5, 1);
        const auto cancelled =
            httpRequest(server, "POST", u"/api/chat/rooms/%1/cancel"_s.arg(other), trade);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json.value(u"status"_s).toString(), u"CANCELLED"_s);
    }

    void listingFiltersAndPagesWithCursor() {
        const QString owner = server.token(uniqueUser("lister"), u"Lister"_s);
        QList<qint64> created;
        for (int i = 0; i < 25; ++i)
            created.prepend(createRoom(5, 1, owner)); // newest first
        const qint64 cancelledId = created.at(3);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/cancel"_s.arg(cancelledId), owner)
                     .status,
                 200);

        QList<qint64> seen;
        QString cursor;
        int pages = 0;
        do {
            const QString query = u"/api/chat/rooms?mine=true&limit=10"_s +
                                  (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor);
            const auto page = httpRequest(server, "GET", query, owner);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &room : page.json.value(u"rooms"_s).toArray()) {
                seen.append(room.toObject().value(u"id"_s).toInteger());
                QCOMPARE(room.toObject().value(u"myRole"_s).toString(), u"SELLER"_s);
            }
            cursor = page.json.value(u"nextCursor"_s).toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, created);

        const auto active = httpRequest(
            server, "GET", u"/api/chat/rooms?mine=true&status=ACTIVE&limit=100"_s, owner);
        QCOMPARE(active.json.value(u"rooms"_s).toArray().size(), 24);
        const auto cancelled =
            httpRequest(server, "GET", u"/api/chat/rooms?mine=true&status=CANCELLED"_s, owner);
        QCOMPARE(cancelled.json.value(u"rooms"_s).toArray().size(), 1);
        QCOMPARE(
            cancelled.json.value(u"rooms"_s).toArray().at(0).toObject().value(u"id"_s).toInteger(),
            cancelledId);

        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms?status=OPEN"_s, owner).status, 400);
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms?limit=0"_s, owner).status, 400);
        QCOMPARE(httpRequest(server, "GET", u"/api/chat/rooms?cursor=%%%"_s, owner).status, 400);
    }

    // The pinned announcement and the list's preview come from the server, however
    // much was said after them, and survive a restart.
    void theRoomCarriesItsNewestMessageAndPinnedNotice() {
        const qint64 id = createRoom(5, 1);
        const QString path = u"/api/chat/rooms/%1"_s.arg(id);
        const auto room = [&] {
            return httpRequest(server, "GET", path, buyer).json;
        };
        QVERIFY(!room().contains(u"lastMessage"_s)); // nothing said yet
        QVERIFY(!room().contains(u"pinnedNotice"_s));

        const QString notice = u"픽업은 금요일 6시 강남역 11번 출구입니다. "_s.repeated(5); // > 100
        QCOMPARE(httpJson(server, "POST", path + u"/notifications"_s, seller,
                          QJsonObject{{u"content"_s, notice}})
                     .status,
                 201);
        const QJsonObject preview = room().value(u"lastMessage"_s).toObject();
        QCOMPARE(preview.value(u"type"_s).toString(), u"NOTIFICATION"_s);
        QCOMPARE(preview.value(u"content"_s).toString(), notice.left(100)); // a preview
        for (int i = 0; i < 30; ++i) { // sixty SYSTEM messages follow it
            QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, buyer).status, 200);
            QCOMPARE(httpRequest(server, "DELETE", path + u"/participants/me"_s, buyer).status,
                     200);
        }
        const auto check = [&](const QJsonObject &json) {
            const QJsonObject pinned = json.value(u"pinnedNotice"_s).toObject();
            QCOMPARE(pinned.value(u"content"_s).toString(), notice); // whole
            QCOMPARE(pinned.value(u"senderName"_s).toString(), u"Farm Kim"_s);
            QCOMPARE(json.value(u"lastMessage"_s).toObject().value(u"event"_s).toString(),
                     u"LEFT"_s);
        };
        check(room());
        const auto listed = httpRequest(server, "GET", u"/api/chat/rooms?limit=100"_s, buyer);
        for (const QJsonValue &r : listed.json.value(u"rooms"_s).toArray()) {
            if (r.toObject().value(u"id"_s).toInteger() == id)
                check(r.toObject());
        }
        QVERIFY(server.stop()); // read back from the database, not kept from before
        QVERIFY(server.start());
        check(room());
    }

    // Outsiders of a CLOSED room see the room, not what was said in it.
    void aClosedRoomsConversationStaysWithItsMembers() {
        const qint64 id = createRoom(1, 1);
        const QString path = u"/api/chat/rooms/%1"_s.arg(id);
        QCOMPARE(
            httpJson(server, "POST", path + u"/notifications"_s, seller,
                     QJsonObject{{u"content"_s, u"members only: the pickup code is XYZZY-PLUGH"_s}})
                .status,
            201);
        QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, buyer).status, 200);
        const QString outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
        const auto listed = [&](const QString &token) {
            const auto page =
                httpRequest(server, "GET", u"/api/chat/rooms?status=CLOSED&limit=100"_s, token);
            for (const QJsonValue &r : page.json.value(u"rooms"_s).toArray()) {
                if (r.toObject().value(u"id"_s).toInteger() == id)
                    return r.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject seen = listed(outsider);
        QCOMPARE(seen.value(u"id"_s).toInteger(), id); // the room is listed
        QVERIFY(!seen.contains(u"lastMessage"_s));
        QVERIFY(!seen.contains(u"pinnedNotice"_s));
        QVERIFY(!httpRequest(server, "GET", u"/api/chat/rooms?status=CLOSED&limit=100"_s, outsider)
                     .body.contains("XYZZY-PLUGH"));
        QCOMPARE(listed(buyer).value(u"pinnedNotice"_s).toObject().value(u"content"_s).toString(),
                 u"members only: the pickup code is XYZZY-PLUGH"_s);
        // The detail agrees with the listing: the room, without who took part or what was said.
        const auto detail = httpRequest(server, "GET", path, outsider);
        QCOMPARE(detail.status, 200);
        QCOMPARE(detail.json.value(u"status"_s).toString(), u"CLOSED"_s);
        QCOMPARE(detail.json.value(u"participantCount"_s).toInt(), 1);
        QCOMPARE(detail.json.value(u"participants"_s).toArray().size(), 0);
        QVERIFY(!detail.json.contains(u"pinnedNotice"_s));
        QVERIFY(!detail.body.contains("XYZZY-PLUGH"));
        const auto members = httpRequest(server, "GET", path, buyer);
        QCOMPARE(members.json.value(u"participants"_s).toArray().size(), 2); // seller and buyer
        // Following the room live stays with the members.
        QCOMPARE(httpRequest(server, "GET", path + u"/messages"_s, outsider).errorCode(),
                 u"NOT_A_MEMBER"_s);
    }

    void listingByActivityPutsTheNewestConversationFirst() {
        const QString owner = server.token(uniqueUser("busy"), u"Busy"_s);
        const qint64 a = createRoom(5, 1, owner);
        const qint64 b = createRoom(5, 1, owner);
        const qint64 c = createRoom(5, 1, owner);
        const auto order = [&](const QString &query) {
            QList<qint64> ids;
            for (const QJsonValue &r :
                 httpRequest(server, "GET", query, owner).json.value(u"rooms"_s).toArray())
                ids << r.toObject().value(u"id"_s).toInteger();
            return ids;
        };
        const QString byActivity = u"/api/chat/rooms?mine=true&sort=activity"_s;
        QCOMPARE(order(byActivity), (QList<qint64>{c, b, a})); // no messages: by creation
        QTest::qWait(5);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(a), owner,
                          QJsonObject{{u"content"_s, u"택배 출발했어요"_s}})
                     .status,
                 201);
        QCOMPARE(order(byActivity), (QList<qint64>{a, c, b}));
        QCOMPARE(order(u"/api/chat/rooms?mine=true"_s), (QList<qint64>{c, b, a})); // default

        QList<qint64> paged;
        QString cursor;
        for (int page = 0; page < 5; ++page) {
            const auto answer =
                httpRequest(server, "GET",
                            byActivity + u"&limit=1"_s +
                                (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor),
                            owner);
            for (const QJsonValue &r : answer.json.value(u"rooms"_s).toArray())
                paged << r.toObject().value(u"id"_s).toInteger();
            cursor = answer.json.value(u"nextCursor"_s).toString();
            if (cursor.isEmpty())
                break;
        }
        QCOMPARE(paged, (QList<qint64>{a, c, b}));
        const auto bad = httpRequest(server, "GET", u"/api/chat/rooms?sort=popular"_s, owner);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json.value(u"error"_s).toObject().value(u"field"_s).toString(), u"sort"_s);
    }

    void historyPagesThroughHundredsOfMessages() {
        const qint64 id = createRoom(5, 1);
        const QString path = u"/api/chat/rooms/%1"_s.arg(id);
        const int total = 520;
        for (int i = 0; i < total; ++i) {
            const auto posted = httpJson(server, "POST", path + u"/notifications"_s, seller,
                                         {{u"content"_s, u"message %1"_s.arg(i)}});
            QCOMPARE(posted.status, 201);
        }
        // Newest 50 first, then older pages with `before`, oldest -> newest inside each page.
        QList<QString> collected;
        auto page = httpRequest(server, "GET", path + u"/messages"_s, seller);
        QCOMPARE(page.json.value(u"messages"_s).toArray().size(), 50);
        QVERIFY(page.json.value(u"hasMore"_s).toBool());
        for (;;) {
            const QJsonArray messages = page.json.value(u"messages"_s).toArray();
            QList<QString> texts;
            for (const QJsonValue &m : messages)
                texts.append(m.toObject().value(u"content"_s).toString());
            collected = texts + collected;
            if (!page.json.value(u"hasMore"_s).toBool())
                break;
            const qint64 oldest = messages.first().toObject().value(u"id"_s).toInteger();
            page = httpRequest(server, "GET", path + u"/messages?limit=100&before=%1"_s.arg(oldest),
                               seller);
            QCOMPARE(page.status, 200);
        }
        QCOMPARE(collected.size(), total);
        for (int i = 0; i < total; ++i)
            QCOMPARE(collected[i], u"message %1"_s.arg(i));

        // Gap fill: everything after a known id, in order, at most `limit`.
        const auto first =
            httpRequest(server, "GET", path + u"/messages?after=0&limit=10"_s, seller);
        const QJsonArray ten = first.json.value(u"messages"_s).toArray();
        QCOMPARE(ten.size(), 10);
        QCOMPARE(ten.at(0).toObject().value(u"content"_s).toString(), u"message 0"_s);
        QVERIFY(first.json.value(u"hasMore"_s).toBool());
        const qint64 tenth = ten.last().toObject().value(u"id"_s).toInteger();
        const auto next =
            httpRequest(server, "GET", path + u"/messages?after=%1&limit=5"_s.arg(tenth), seller);
        QCOMPARE(next.json.value(u"messages"_s)
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
                 u"message 10"_s);

        QCOMPARE(httpRequest(server, "GET", path + u"/messages?limit=101"_s, seller).status, 400);
        QCOMPARE(httpRequest(server, "GET", path + u"/messages?before=5&after=1"_s, seller).status,
                 400);
    }

    static qint64 metric(const QByteArray &text, const QByteArray &name) {
        for (const QByteArray &line : text.split('\n')) {
            const QByteArray prefix = name + ' ';
            if (line.startsWith(prefix))
                return line.mid(prefix.size()).toLongLong();
        }
        return -1;
    }

    void historyFromMemoryIsTheHistoryOnDisk() {
        const qint64 id = createRoom(5, 1);
        const QString path = u"/api/chat/rooms/%1"_s.arg(id);
        QList<qint64> ids;
        for (int i = 0; i < 130; ++i) {
            if (i == 40) { // SYSTEM messages among the notices
                QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, buyer).status, 200);
                QCOMPARE(httpRequest(server, "DELETE", path + u"/participants/me"_s, buyer).status,
                         200);
            }
            const auto posted = httpJson(server, "POST", path + u"/notifications"_s, seller,
                                         {{u"content"_s, u"<b>notice</b> %1 \"quoted\""_s.arg(i)}});
            QCOMPARE(posted.status, 201);
            ids.append(posted.json.value(u"id"_s).toInteger());
        }
        // Pages at and around every edge: the newest, the cap of 100, the first message.
        QStringList queries{u""_s, u"?limit=1"_s, u"?limit=100"_s, u"?after=0"_s,
                            u"?after=0&limit=100"_s};
        for (const int at : {0, 1, 29, 30, 31, 40, 79, 80, 128, 129}) {
            for (const int limit : {1, 50, 100}) {
                queries << u"?before=%1&limit=%2"_s.arg(ids[at]).arg(limit)
                        << u"?after=%1&limit=%2"_s.arg(ids[at]).arg(limit)
                        << u"?after=%1&limit=%2"_s.arg(ids[at] - 1).arg(limit);
            }
        }
        const auto pages = [&] {
            QList<QByteArray> bodies;
            for (const QString &query : queries) {
                const auto page = httpRequest(server, "GET", path + u"/messages"_s + query, buyer);
                bodies.append(QByteArray::number(page.status) + ' ' + page.body);
            }
            return bodies;
        };
        const auto hits = [&] {
            return metric(httpRequest(server, "GET", u"/metrics"_s).body,
                          "gonggu_history_cache_hits_total");
        };
        const qint64 hitsBefore = hits();
        QCOMPARE(httpRequest(server, "GET", path + u"/messages"_s, buyer).status, 200);
        QCOMPARE(hits(), hitsBefore + 1); // the newest page came from memory
        const QList<QByteArray> fromMemory = pages();
        QVERIFY(hits() > hitsBefore + 1);

        QVERIFY(server.stop());
        server.setExtraArguments({u"--history-cache"_s, u"0"_s});
        QVERIFY(server.start());
        const QList<QByteArray> fromDisk = pages();
        QCOMPARE(hits(), 0);
        QVERIFY(server.stop());
        server.setExtraArguments({});
        QVERIFY(server.start());
        for (qsizetype i = 0; i < queries.size(); ++i)
            QVERIFY2(fromMemory[i] == fromDisk[i], qPrintable(queries[i]));
        // Restarted with the cache on, the first read fills it; the answers stay the same.
        QCOMPARE(pages(), fromDisk);
    }

    void contentIsStoredByteForByte() {
        const qint64 id = createRoom(5, 1);
        const QString tricky =
            u"<script>alert('x')</script> '; DROP TABLE messages; -- \"quoted\" 🍊 공동구매\n\tend"_s;
        const auto posted = httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(id),
                                     seller, {{u"content"_s, tricky}});
        QCOMPARE(posted.status, 201);
        QCOMPARE(posted.json.value(u"type"_s).toString(), u"NOTIFICATION"_s);
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(id), seller);
        QCOMPARE(history.json.value(u"messages"_s)
                     .toArray()
                     .last()
                     .toObject()
                     .value(u"content"_s)
                     .toString(),
                 tricky);
        // Buyers may not post notifications.
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(id), buyer,
                          {{u"content"_s, u"hi"_s}})
                     .errorCode(),
                 u"FORBIDDEN"_s);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(id), seller,
                          {{u"content"_s, u"bell\u0007"_s}})
                     .errorCode(),
                 u"CONTENT_INVALID"_s);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(id), seller,
                          {{u"content"_s, QString(2001, u'x')}})
                     .errorCode(),
                 u"CONTENT_INVALID"_s);
    }

    void concurrentJoinsNeverOvershoot() {
        const qint64 id = createRoom(10, 1);
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 50; ++i) {
            QNetworkRequest request(server.url(u"/api/chat/rooms/%1/participants"_s.arg(id)));
            request.setRawHeader(
                "Authorization",
                "Bearer " + server.token(uniqueUser("crowd"), u"Buyer %1"_s.arg(i)).toUtf8());
            replies.append(network.post(request, QByteArray()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 30000);
        int joined = 0;
        int refused = 0;
        for (QNetworkReply *reply : replies) {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status == 200)
                ++joined;
            else if (status == 409 &&
                     (body.contains("ROOM_FULL") || body.contains("ROOM_NOT_ACTIVE")))
                ++refused;
            reply->deleteLater();
        }
        QCOMPARE(joined, 10);
        QCOMPARE(refused, 40);
        const auto detail = httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(id), seller);
        QCOMPARE(detail.json.value(u"participantCount"_s).toInt(), 10);
        QCOMPARE(detail.json.value(u"status"_s).toString(), u"CLOSED"_s);
    }

    void oversizeBodiesAndGarbageAreRefused() {
        // Only the head is sent: the server answers from Content-Length, before any body.
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("POST /api/chat/rooms HTTP/1.1\r\nHost: x\r\nContent-Length: 2097152\r\n\r\n");
        QVERIFY(raw.waitForReadyRead(5000));
        QVERIFY(raw.readAll().startsWith("HTTP/1.1 413"));

        QTcpSocket chunked;
        chunked.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(chunked.waitForConnected(5000));
        // A chunk that announces more than the limit is refused on its size line alone.
        chunked.write("POST /api/chat/rooms HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n200000\r\n");
        QVERIFY(chunked.waitForReadyRead(5000));
        QVERIFY(chunked.readAll().startsWith("HTTP/1.1 413"));

        QTcpSocket garbage;
        garbage.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(garbage.waitForConnected(5000));
        garbage.write("\x16\x03\x01 definitely not HTTP\r\n\r\n");
        QVERIFY(garbage.waitForReadyRead(5000));
        QVERIFY(garbage.readAll().startsWith("HTTP/1.1 400"));
        QCOMPARE(httpRequest(server, "GET", u"/healthz"_s).status, 200); // and the server is fine
    }

    // HEAD is GET without the body (RFC 9110 9.3.2): a body after it would be read as
    // the start of the next response on a kept-alive connection.
    void headIsGetWithoutTheBody() {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(raw.waitForConnected(5000));
        raw.write("HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
                  "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray answer;
        while (raw.waitForReadyRead(3000))
            answer += raw.readAll();
        answer += raw.readAll();
        const qsizetype second = answer.indexOf("HTTP/1.1", 1);
        QVERIFY2(second > 0, answer.constData());
        const QByteArray head = answer.left(second);
        const QByteArray get = answer.mid(second);
        QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(head.endsWith("\r\n\r\n")); // nothing after the fields
        QVERIFY(get.startsWith("HTTP/1.1 200 OK\r\n"));
        const auto lengthOf = [](const QByteArray &response) {
            for (const QByteArray &line : response.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    return line.mid(15).trimmed().toInt();
            }
            return -1;
        };
        QVERIFY(lengthOf(get) > 0);
        QCOMPARE(lengthOf(head), lengthOf(get)); // what GET would send
        QCOMPARE(get.size() - get.indexOf("\r\n\r\n") - 4, qsizetype(lengthOf(get)));

        // Allowed methods name HEAD with GET.
        QTcpSocket other;
        other.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(other.waitForConnected(5000));
        other.write("DELETE /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray refused;
        while (other.waitForReadyRead(3000))
            refused += other.readAll();
        QVERIFY2(refused.startsWith("HTTP/1.1 405 Method Not Allowed\r\n"), refused.constData());
        QVERIFY(refused.contains("\r\nAllow: GET, HEAD\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestRest)
#include "tst_rest.moc"
