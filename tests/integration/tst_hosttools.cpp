// The seller's tools, against the real server on loopback: who may pause the chat,
// mute and remove members in each room status (a written-out table), what each
// does to those who write (a paused chat and a muted member are read-only to all
// but the seller), a removed buyer's place freed, the reason shown to them, and that
// they cannot come back; bad input refused with the field, nothing changed. And
// what any member does: report a message or a member to the operators (who read it
// with the admin scope; the reported person never learns of it), and block someone.
#include "eventstreamclient.h"
#include "roomcast.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu;

namespace {} // namespace

class TestHostTools : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"1000"_s, u"--rate-burst"_s, u"1000"_s}};
    RoomCast cast{server};

    static QString path(qint64 room, const QString &rest = {}) {
        return RoomCast::path(room, rest);
    }
    // OK, or the code of the refusal, of a chat message sent over STOMP.
    std::map<QString, std::unique_ptr<StompTestClient>> clients; // by token
    int sent = 0;
    QString say(const QString &token, qint64 room, const QString &text = u"안녕하세요"_s) {
        auto &client = clients[token];
        if (!client) {
            client = std::make_unique<StompTestClient>();
            if (!client->open(server.webSocketUrl()) || !client->connectWith(token) ||
                !client->subscribe("errors", u"/user/queue/errors"_s))
                return u"(no connection)"_s;
        }
        const QByteArray receipt = "say-" + QByteArray::number(++sent);
        client->sendChat(room, text, QString::fromLatin1(receipt), receipt);
        const auto answer = client->waitFor([&](const stomp::Frame &f) {
            if (f.command == stomp::Command::Receipt)
                return f.header("receipt-id") == receipt;
            return f.command == stomp::Command::Message &&
                   f.header("destination") == "/user/queue/errors" &&
                   QJsonDocument::fromJson(f.body).object().value(u"receiptId"_s).toString() ==
                       QString::fromLatin1(receipt);
        });
        if (!answer)
            return u"(no answer)"_s;
        if (answer->command == stomp::Command::Receipt)
            return u"OK"_s;
        return QJsonDocument::fromJson(answer->body).object().value(u"code"_s).toString();
    }
    HttpResult mute(const QString &token, qint64 room, const QString &userId, int minutes) {
        return httpJson(server, "PUT", path(room, u"/participants/"_s + userId + u"/mute"_s), token,
                        {{u"minutes"_s, minutes}});
    }
    HttpResult remove(const QString &token, qint64 room, const QString &userId,
                      const QString &reason = u"거래 규칙 위반"_s) {
        return httpJson(server, "POST", path(room, u"/participants/"_s + userId + u"/removal"_s),
                        token, {{u"reason"_s, reason}});
    }
    QStringList systemEvents(qint64 room) {
        QStringList events;
        const auto page =
            httpRequest(server, "GET", path(room, u"/messages?limit=100"_s), cast.seller);
        for (const QJsonValue &m : page.json.value(u"messages"_s).toArray()) {
            if (m[u"type"_s].toString() == u"SYSTEM")
                events.append(m[u"event"_s].toString());
        }
        return events;
    }
    QJsonObject participant(qint64 room, const QString &userId) {
        const auto snapshot = httpRequest(server, "GET", path(room), cast.seller);
        for (const QJsonValue &p : snapshot.json.value(u"participants"_s).toArray()) {
            if (p[u"userId"_s].toString() == userId)
                return p.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        QVERIFY(cast.setUp({u"민수"_s, u"지우"_s, u"하나"_s}));
    }
    void cleanupTestCase() {
        clients.clear();
        cast.disconnect();
        QVERIFY(server.stop());
    }

    // Pause, mute a buyer, remove the viewer, remove a buyer: by whom, in which status.
    void whoMayUseTheToolsInEachStatus_data() {
        RoomCast::tableColumns();
        const QString ok = u"OK"_s, forbidden = u"FORBIDDEN"_s, outside = u"NOT_A_MEMBER"_s,
                      cancelled = u"ROOM_NOT_WRITABLE"_s, settled = u"ROOM_NOT_ACTIVE"_s,
                      gone = u"NOT_FOUND"_s;
        const auto row = &RoomCast::tableRow;
        // freeze, mute the buyer, remove the viewer, remove the other buyer
        row("ACTIVE", Caller::Seller, "seller", {ok, ok, ok, ok});
        row("ACTIVE", Caller::Trade, "trade service", {ok, ok, ok, ok});
        row("ACTIVE", Caller::Buyer, "buyer", {forbidden, forbidden, forbidden, forbidden});
        row("ACTIVE", Caller::Viewer, "viewer", {forbidden, forbidden, forbidden, forbidden});
        row("ACTIVE", Caller::Outsider, "outsider", {outside, outside, outside, outside});
        // Closed: the viewers left with the close; a buyer keeps their order.
        row("CLOSED", Caller::Seller, "seller", {ok, ok, gone, settled});
        row("CLOSED", Caller::Trade, "trade service", {ok, ok, gone, settled});
        row("CLOSED", Caller::Buyer, "buyer", {forbidden, forbidden, forbidden, forbidden});
        row("CLOSED", Caller::Outsider, "outsider", {outside, outside, outside, outside});
        row("CANCELLED", Caller::Seller, "seller", {cancelled, cancelled, cancelled, cancelled});
        row("CANCELLED", Caller::Trade, "trade service",
            {cancelled, cancelled, cancelled, cancelled});
        row("CANCELLED", Caller::Buyer, "buyer", {forbidden, forbidden, forbidden, forbidden});
    }
    void whoMayUseTheToolsInEachStatus() {
        QFETCH(QString, settle);
        QFETCH(int, caller);
        QFETCH(QStringList, expected);
        const qint64 room = cast.openRoom(2, settle);
        QVERIFY(room);
        const QString token = cast.tokenOf(Caller(caller));
        QCOMPARE(RoomCast::outcome(httpRequest(server, "POST", path(room, u"/freeze"_s), token)),
                 expected[0]);
        QCOMPARE(RoomCast::outcome(mute(token, room, cast.buyers[0].id, 30)), expected[1]);
        QCOMPARE(RoomCast::outcome(remove(token, room, cast.viewer.id)), expected[2]);
        QCOMPARE(RoomCast::outcome(remove(token, room, cast.buyers[1].id)), expected[3]);
    }

    // A paused chat is read-only for everyone but the seller, and says so.
    void aPausedChatIsTheSellersAlone() {
        const qint64 room = cast.openRoom(1);
        QVERIFY(room);
        const auto paused = httpRequest(server, "POST", path(room, u"/freeze"_s), cast.seller);
        QCOMPARE(paused.status, 200);
        QVERIFY(paused.json.value(u"frozen"_s).toBool());
        QVERIFY(httpRequest(server, "GET", path(room), cast.buyers[0].token)
                    .json[u"frozen"_s]
                    .toBool());
        QCOMPARE((say(cast.buyers[0].token, room)), u"ROOM_NOT_WRITABLE"_s);
        QCOMPARE((say(cast.seller, room, u"잠시 공지 후 다시 열게요"_s)), u"OK"_s);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/freeze"_s), cast.seller).status,
                 200); // again
        QCOMPARE(httpRequest(server, "POST", path(room, u"/unfreeze"_s), cast.seller).status, 200);
        QCOMPARE((say(cast.buyers[0].token, room)), u"OK"_s);
        // Once each: the second pause was a retry.
        QCOMPARE(systemEvents(room).filter(u"FROZE"_s), (QStringList{u"FROZEN"_s, u"UNFROZEN"_s}));
    }

    // A muted buyer reads and does not write until the time is up or it is lifted;
    // the others write on; everyone sees it in the chat and the member list.
    void aMutedMemberReadsAndDoesNotWrite() {
        const qint64 room = cast.openRoom(2);
        QVERIFY(room);
        const auto muted = mute(cast.seller, room, cast.buyers[0].id, 30);
        QCOMPARE(muted.status, 200);
        const QDateTime until = QDateTime::fromString(
            participant(room, cast.buyers[0].id).value(u"mutedUntil"_s).toString(),
            Qt::ISODateWithMs);
        QVERIFY(until.isValid());
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().addSecs(30 * 60).secsTo(until)) < 60);
        QCOMPARE((say(cast.buyers[0].token, room)), u"ROOM_NOT_WRITABLE"_s);
        QCOMPARE(
            httpRequest(server, "GET", path(room, u"/messages"_s), cast.buyers[0].token).status,
            200); // reads
        QCOMPARE((say(cast.buyers[1].token, room)), u"OK"_s);
        QCOMPARE(RoomCast::outcome(
                     httpRequest(server, "DELETE",
                                 path(room, u"/participants/"_s + cast.buyers[0].id + u"/mute"_s),
                                 cast.seller)),
                 u"OK"_s);
        QVERIFY(!participant(room, cast.buyers[0].id).contains(u"mutedUntil"_s));
        QCOMPARE((say(cast.buyers[0].token, room)), u"OK"_s);
        QCOMPARE(systemEvents(room).filter(u"MUTED"_s), (QStringList{u"MUTED"_s, u"UNMUTED"_s}));
        // Lifting a mute that is not there is a retry.
        QCOMPARE(RoomCast::outcome(
                     httpRequest(server, "DELETE",
                                 path(room, u"/participants/"_s + cast.buyers[0].id + u"/mute"_s),
                                 cast.seller)),
                 u"OK"_s);
        QCOMPARE(systemEvents(room).filter(u"MUTED"_s).size(), 2);
    }

    // Removing a buyer frees their place, tells them why, and keeps them out.
    void aRemovedBuyerIsToldWhyAndStaysOut() {
        const qint64 room = cast.openRoom(2, {}, 3);
        QVERIFY(room);
        EventStream removed;
        QVERIFY(removed.open(server, cast.buyers[0].token));
        const auto after =
            remove(cast.seller, room, cast.buyers[0].id, u"  같은 상품을 세 번 주문 취소  "_s);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.json.value(u"participantCount"_s).toInt(), 1);
        const auto told = removed.waitFor([&](const auto &e) {
            return e.data[u"type"_s].toString() == u"ROOM_REMOVED" &&
                   e.data[u"roomId"_s].toInteger() == room;
        });
        QVERIFY(told);
        QCOMPARE(told->data[u"reason"_s].toString(), u"REMOVED_BY_SELLER"_s);
        QCOMPARE(told->data[u"note"_s].toString(), u"같은 상품을 세 번 주문 취소"_s);
        QVERIFY(systemEvents(room).contains(u"REMOVED_BY_SELLER"_s));
        // They cannot come back, as a buyer or to look; their place went to another.
        QCOMPARE(RoomCast::outcome(httpRequest(server, "POST", path(room, u"/participants"_s),
                                               cast.buyers[0].token)),
                 u"FORBIDDEN"_s);
        StompTestClient again;
        QVERIFY(again.open(server.webSocketUrl()));
        QVERIFY(again.connectWith(cast.buyers[0].token));
        QVERIFY(!again.subscribe("x", u"/topic/chat/%1"_s.arg(room)));
        QVERIFY(!again.subscribe("y", u"/topic/room/%1"_s.arg(room)));
        QCOMPARE(RoomCast::outcome(
                     httpRequest(server, "GET", path(room, u"/messages"_s), cast.buyers[0].token)),
                 u"FORBIDDEN"_s);
        QCOMPARE(RoomCast::outcome(httpRequest(server, "GET", path(room, u"/appointment"_s),
                                               cast.buyers[0].token)),
                 u"FORBIDDEN"_s);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/participants"_s), cast.buyers[2].token)
                     .status,
                 200);
        QCOMPARE(
            httpRequest(server, "GET", path(room), cast.seller).json[u"participantCount"_s].toInt(),
            2);
        QCOMPARE((say(cast.buyers[0].token, room)), u"NOT_A_MEMBER"_s);
    }

    void badInputIsRefusedAndChangesNothing() {
        const qint64 room = cast.openRoom(1);
        QVERIFY(room);
        QCOMPARE(RoomCast::fieldOf(remove(cast.seller, room, cast.buyers[0].id, u"   "_s)),
                 u"reason"_s);
        QCOMPARE(
            RoomCast::fieldOf(remove(cast.seller, room, cast.buyers[0].id, QString(201, u'x'))),
            u"reason"_s);
        QCOMPARE(RoomCast::fieldOf(mute(cast.seller, room, cast.buyers[0].id, 0)), u"minutes"_s);
        QCOMPARE(RoomCast::fieldOf(mute(cast.seller, room, cast.buyers[0].id, 7 * 24 * 60 + 1)),
                 u"minutes"_s);
        QCOMPARE(httpRequest(server, "PUT",
                             path(room, u"/participants/"_s + cast.buyers[0].id + u"/mute"_s),
                             cast.seller, "{\"minutes\": \"soon\"}")
                     .status,
                 400);
        QCOMPARE(RoomCast::outcome(mute(cast.seller, room, uniqueUser("nobody"), 10)),
                 u"NOT_FOUND"_s);
        QCOMPARE(RoomCast::outcome(remove(cast.seller, room, uniqueUser("nobody"))),
                 u"NOT_FOUND"_s);
        QCOMPARE(RoomCast::outcome(mute(cast.trade, room, participantIdOfSeller(room), 10)),
                 u"FORBIDDEN"_s);
        QCOMPARE(RoomCast::outcome(remove(cast.trade, room, participantIdOfSeller(room))),
                 u"FORBIDDEN"_s);
        QCOMPARE(
            httpRequest(server, "GET", path(room), cast.seller).json[u"participantCount"_s].toInt(),
            1);
        QCOMPARE((say(cast.buyers[0].token, room)), u"OK"_s);
    }

    // The newest message of the room (what was just said).
    qint64 newestMessage(qint64 room) {
        const auto page =
            httpRequest(server, "GET", path(room, u"/messages?limit=1"_s), cast.seller);
        return page.json[u"messages"_s].toArray().last()[u"id"_s].toInteger();
    }
    HttpResult report(const QString &token, qint64 room, const QJsonObject &body) {
        return httpJson(server, "POST", path(room, u"/reports"_s), token, body);
    }
    QJsonArray adminReports(const QString &token, int after = 0) {
        return httpRequest(server, "GET", u"/api/admin/reports?after=%1"_s.arg(after), token)
            .json[u"reports"_s]
            .toArray();
    }

    // A buyer reports another's message; the operators read it with the message,
    // once however often it was filed; the one reported hears nothing of it.
    void aReportReachesTheOperatorsAndNobodyElse() {
        const qint64 room = cast.openRoom(2);
        QVERIFY(room);
        QCOMPARE(say(cast.buyers[1].token, room, u"010-9999-0000 으로 입금하면 반값"_s), u"OK"_s);
        const qint64 message = newestMessage(room);
        EventStream reported;
        QVERIFY(reported.open(server, cast.buyers[1].token));
        const QString admin = server.token(uniqueUser("operator"), u"Operator"_s, u"admin"_s);
        const int before = int(adminReports(admin).size());
        const QJsonObject body{{u"messageId"_s, message}, {u"reason"_s, u"외부 입금 유도"_s}};
        QCOMPARE(report(cast.buyers[0].token, room, body).status, 201);
        QCOMPARE(report(cast.buyers[0].token, room, body).status, 201); // again: kept once
        QCOMPARE(report(cast.seller, room,
                        {{u"userId"_s, cast.buyers[1].id}, {u"reason"_s, u"사기 의심"_s}})
                     .status,
                 201);
        const QJsonArray list = adminReports(admin);
        QCOMPARE(list.size(), before + 2);
        const QJsonObject first = list[before].toObject();
        QCOMPARE(first[u"roomId"_s].toInteger(), room);
        QCOMPARE(first[u"reporterId"_s].toString(), cast.buyers[0].id);
        QCOMPARE(first[u"reportedId"_s].toString(), cast.buyers[1].id);
        QCOMPARE(first[u"reportedName"_s].toString(), u"지우"_s);
        QCOMPARE(first[u"reason"_s].toString(), u"외부 입금 유도"_s);
        QCOMPARE(first[u"message"_s][u"content"_s].toString(),
                 u"010-9999-0000 으로 입금하면 반값"_s);
        QCOMPARE(list[before + 1][u"reportedId"_s].toString(), cast.buyers[1].id);
        QVERIFY(!list[before + 1].toObject().contains(u"message"_s));
        // Paging: after the first, the second.
        QCOMPARE(adminReports(admin, int(first[u"id"_s].toInteger())).first()[u"id"_s].toInteger(),
                 list[before + 1][u"id"_s].toInteger());
        // Members, the seller and the trade service do not read reports.
        for (const QString &token : {cast.buyers[1].token, cast.seller, cast.trade})
            QCOMPARE(RoomCast::outcome(httpRequest(server, "GET", u"/api/admin/reports"_s, token)),
                     u"FORBIDDEN"_s);
        const auto heard = reported.waitFor(
            [&](const auto &e) { return e.data[u"roomId"_s].toInteger() == room; }, 300);
        QVERIFY2(!heard, heard ? QJsonDocument(heard->data).toJson().constData() : "");
    }

    void badReportsAreRefused() {
        const qint64 room = cast.openRoom(2);
        QVERIFY(room);
        QCOMPARE(say(cast.buyers[1].token, room), u"OK"_s);
        const qint64 message = newestMessage(room);
        const QString why = u"spam"_s;
        QCOMPARE(RoomCast::outcome(report(cast.buyers[0].token, room, {{u"reason"_s, why}})),
                 u"BAD_REQUEST"_s);
        QCOMPARE(
            RoomCast::outcome(report(
                cast.buyers[0].token, room,
                {{u"messageId"_s, message}, {u"userId"_s, cast.buyers[1].id}, {u"reason"_s, why}})),
            u"BAD_REQUEST"_s);
        QCOMPARE(RoomCast::fieldOf(report(cast.buyers[0].token, room,
                                          {{u"messageId"_s, message}, {u"reason"_s, u" "_s}})),
                 u"reason"_s);
        QCOMPARE(RoomCast::outcome(report(cast.buyers[1].token, room,
                                          {{u"messageId"_s, message}, {u"reason"_s, why}})),
                 u"BAD_REQUEST"_s); // their own
        QCOMPARE(
            RoomCast::outcome(report(cast.buyers[0].token, room,
                                     {{u"messageId"_s, message + 100000}, {u"reason"_s, why}})),
            u"NOT_FOUND"_s);
        QCOMPARE(RoomCast::outcome(
                     report(cast.outsider, room, {{u"messageId"_s, message}, {u"reason"_s, why}})),
                 u"NOT_A_MEMBER"_s);
        QCOMPARE(RoomCast::outcome(report(cast.buyers[0].token, room,
                                          {{u"userId"_s, uniqueUser("x")}, {u"reason"_s, why}})),
                 u"NOT_FOUND"_s);
    }

    // Whom a user blocked is theirs alone, kept across a restart; the app hides
    // their messages (the server sends everything to everyone as before).
    void blocksAreTheUsersOwnAndKept() {
        const auto mine = [&](const QString &token) {
            QStringList ids;
            for (const QJsonValue &b : httpRequest(server, "GET", u"/api/users/me/blocks"_s, token)
                                           .json[u"blocked"_s]
                                           .toArray())
                ids.append(b[u"userId"_s].toString());
            return ids;
        };
        const QString blocker = uniqueUser("blocker");
        const QString token = server.token(blocker, u"Blocker"_s);
        QCOMPARE(httpRequest(server, "PUT", u"/api/users/me/blocks/"_s + cast.buyers[1].id, token)
                     .status,
                 200);
        QCOMPARE(httpRequest(server, "PUT", u"/api/users/me/blocks/"_s + cast.buyers[1].id, token)
                     .status,
                 200);
        QCOMPARE(httpRequest(server, "PUT", u"/api/users/me/blocks/"_s + cast.buyers[2].id, token)
                     .status,
                 200);
        QCOMPARE(mine(token), (QStringList{cast.buyers[1].id, cast.buyers[2].id}));
        QVERIFY(mine(cast.buyers[1].token).isEmpty());
        QCOMPARE(RoomCast::outcome(
                     httpRequest(server, "PUT", u"/api/users/me/blocks/"_s + blocker, token)),
                 u"BAD_REQUEST"_s);
        QCOMPARE(
            httpRequest(server, "DELETE", u"/api/users/me/blocks/"_s + cast.buyers[2].id, token)
                .status,
            200);
        cast.disconnect();
        clients.clear();
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QVERIFY(cast.connectViewer());
        QCOMPARE(mine(token), (QStringList{cast.buyers[1].id}));
        QCOMPARE(httpRequest(server, "GET", u"/api/users/me/blocks"_s, QString()).status, 401);
    }

    // A pause, a mute and a removal outlive a restart.
    void theToolsSurviveARestart() {
        const qint64 room = cast.openRoom(2, {}, 5);
        QVERIFY(room);
        QCOMPARE(mute(cast.seller, room, cast.buyers[0].id, 60).status, 200);
        QCOMPARE(remove(cast.seller, room, cast.buyers[1].id).status, 200);
        QCOMPARE(httpRequest(server, "POST", path(room, u"/freeze"_s), cast.seller).status, 200);
        cast.disconnect();
        clients.clear();
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QVERIFY(cast.connectViewer());
        QVERIFY(httpRequest(server, "GET", path(room), cast.seller).json[u"frozen"_s].toBool());
        QCOMPARE(httpRequest(server, "POST", path(room, u"/unfreeze"_s), cast.seller).status, 200);
        QCOMPARE((say(cast.buyers[0].token, room)), u"ROOM_NOT_WRITABLE"_s); // still muted
        QCOMPARE(RoomCast::outcome(httpRequest(server, "POST", path(room, u"/participants"_s),
                                               cast.buyers[1].token)),
                 u"FORBIDDEN"_s);
        QCOMPARE(RoomCast::outcome(
                     httpRequest(server, "GET", path(room, u"/messages"_s), cast.buyers[1].token)),
                 u"FORBIDDEN"_s); // the ban came back with the room
    }

private:
    QString participantIdOfSeller(qint64 room) {
        return httpRequest(server, "GET", path(room), cast.seller).json[u"sellerId"_s].toString();
    }
};

QTEST_GUILESS_MAIN(TestHostTools)
#include "tst_hosttools.moc"
