// The pickup appointment, against the real server on loopback: who may set, move,
// call off, answer and read the answers in each room status (a written-out table),
// what every member sees (the SYSTEM messages with the appointment, the counts in the
// room, each buyer's own answer), who is told of a move (those who had answered),
// bad input, and the hour-before reminder: sent once, also across restarts.
#include "eventstreamclient.h"
#include "roomcast.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString inFuture(qint64 secs) {
    return QDateTime::currentDateTimeUtc().addSecs(secs).toString(Qt::ISODateWithMs);
}

QJsonObject pickup(qint64 secsAhead, const QString &place = u"정문 앞"_s,
                   const QString &note = {}) {
    return {{u"at"_s, inFuture(secsAhead)}, {u"place"_s, place}, {u"note"_s, note}};
}

bool isType(const EventStream::Event &e, const char *type, qint64 room) {
    return e.data.value(u"type"_s).toString() == QLatin1StringView(type) &&
           e.data.value(u"roomId"_s).toInteger() == room;
}

} // namespace

class TestAppointments : public QObject {
    Q_OBJECT
    ServerProcess server;
    RoomCast cast{server};

    static QString path(qint64 room, const QString &rest = {}) {
        return RoomCast::path(room, rest);
    }
    HttpResult set(const QString &token, qint64 room, const QJsonObject &body) {
        return httpJson(server, "PUT", path(room, u"/appointment"_s), token, body);
    }
    HttpResult answer(const QString &token, qint64 room, const QString &answer) {
        return httpJson(server, "PUT", path(room, u"/appointment/answer"_s), token,
                        {{u"answer"_s, answer}});
    }
    QJsonObject roomAppointment(qint64 room, const QString &token) {
        return httpRequest(server, "GET", path(room), token)
            .json.value(u"appointment"_s)
            .toObject();
    }
    QList<QJsonObject> systemMessages(qint64 room, const QString &event) {
        QList<QJsonObject> found;
        const auto page =
            httpRequest(server, "GET", path(room, u"/messages?limit=100"_s), cast.seller);
        for (const QJsonValue &m : page.json.value(u"messages"_s).toArray()) {
            if (m[u"event"_s].toString() == event)
                found.append(m.toObject());
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        QVERIFY(cast.setUp({u"민수"_s, u"지우"_s, u"하나"_s}));
    }
    void cleanupTestCase() {
        cast.disconnect();
        QVERIFY(server.stop());
    }

    // Who may do what, in each status: set (and move), call off, answer, read answers.
    void whoMayDoWhatInEachStatus_data() {
        RoomCast::tableColumns(); // set, answer, answers read, cancel
        const QString ok = u"OK"_s, forbidden = u"FORBIDDEN"_s, outside = u"NOT_A_MEMBER"_s,
                      cancelled = u"ROOM_NOT_WRITABLE"_s;
        const auto row = &RoomCast::tableRow;
        for (const char *status : {"ACTIVE", "CLOSED"}) {
            row(status, Caller::Seller, "seller", {ok, forbidden, ok, ok});
            row(status, Caller::Trade, "trade service", {ok, outside, ok, ok});
            row(status, Caller::Buyer, "buyer", {forbidden, ok, forbidden, forbidden});
        }
        // A viewer of an ACTIVE room is a member without a say; a CLOSED room has none.
        row("ACTIVE", Caller::Viewer, "viewer", {forbidden, forbidden, forbidden, forbidden});
        row("CLOSED", Caller::Viewer, "viewer", {outside, outside, outside, outside});
        // An ACTIVE room is open to look at: its pickup too, never the answers.
        row("ACTIVE", Caller::Outsider, "outsider", {outside, outside, forbidden, outside});
        row("CLOSED", Caller::Outsider, "outsider", {outside, outside, outside, outside});
        // Cancelled: no pickup; the answers (history) stay readable by the seller.
        row("CANCELLED", Caller::Seller, "seller", {cancelled, forbidden, ok, cancelled});
        row("CANCELLED", Caller::Trade, "trade service", {cancelled, outside, ok, cancelled});
        row("CANCELLED", Caller::Buyer, "buyer", {forbidden, cancelled, forbidden, forbidden});
    }
    void whoMayDoWhatInEachStatus() {
        QFETCH(QString, settle);
        QFETCH(int, caller);
        QFETCH(QStringList, expected);
        // The pickup exists before the room settles, so each action has one to act on.
        const qint64 room = cast.openRoom();
        QVERIFY(room);
        QCOMPARE(set(cast.seller, room, pickup(7200)).status, 200);
        if (!settle.isEmpty())
            QCOMPARE(httpRequest(server, "POST", path(room, u"/"_s + settle), cast.seller).status,
                     200);
        const QString token = cast.tokenOf(Caller(caller));
        const auto outcome = [](const HttpResult &r) {
            return RoomCast::outcome(r);
        };
        QCOMPARE(outcome(set(token, room, pickup(9000, u"후문"_s))), expected[0]);
        QCOMPARE(outcome(answer(token, room, u"COMING"_s)), expected[1]);
        const auto read = httpRequest(server, "GET", path(room, u"/appointment"_s), token);
        const QString readOutcome = read.status != 200 ? RoomCast::outcome(read)
                                    : read.json.contains(u"answers"_s)
                                        ? u"OK"_s
                                        : u"FORBIDDEN"_s; // the pickup, not the answers
        QCOMPARE(readOutcome, expected[2]);
        QCOMPARE(outcome(httpRequest(server, "DELETE", path(room, u"/appointment"_s), token)),
                 expected[3]);
    }

    // Set, answered, moved, noted and called off, as every member sees it.
    void aPickupFromSetToCalledOff() {
        const qint64 room = cast.openRoom(3, u"close"_s);
        QVERIFY(room);
        EventStream first, second, third;
        QVERIFY(first.open(server, cast.buyers[0].token));
        QVERIFY(second.open(server, cast.buyers[1].token));
        QVERIFY(third.open(server, cast.buyers[2].token));

        const auto setNow =
            set(cast.seller, room, pickup(3 * 3600, u"정문 앞"_s, u"장바구니 챙기세요"_s));
        QCOMPARE(setNow.status, 200);
        QCOMPARE(setNow.json[u"appointment"_s][u"place"_s].toString(), u"정문 앞"_s);
        QCOMPARE(setNow.json[u"answers"_s].toArray().size(), 3); // every buyer, none answered
        QVERIFY(setNow.json[u"answers"_s][0][u"answer"_s].isNull());
        const auto setMessages = systemMessages(room, u"APPOINTMENT_SET"_s);
        QCOMPARE(setMessages.size(), 1);
        QCOMPARE(setMessages[0][u"appointment"_s][u"place"_s].toString(), u"정문 앞"_s);
        QCOMPARE(setMessages[0][u"appointment"_s][u"note"_s].toString(), u"장바구니 챙기세요"_s);

        QCOMPARE(answer(cast.buyers[0].token, room, u"COMING"_s).status, 200);
        const auto mine = answer(cast.buyers[1].token, room, u"NOT_COMING"_s);
        QCOMPARE(mine.status, 200);
        QCOMPARE(mine.json[u"appointment"_s][u"myAnswer"_s].toString(), u"NOT_COMING"_s);
        QVERIFY(!mine.json.contains(u"answers"_s)); // a buyer sees counts, not names
        QCOMPARE(answer(cast.buyers[1].token, room, u"NOT_COMING"_s).status, 200); // a retry
        const QJsonObject seen = roomAppointment(room, cast.buyers[0].token);
        QCOMPARE(seen[u"coming"_s].toInt(), 1);
        QCOMPARE(seen[u"notComing"_s].toInt(), 1);
        QCOMPARE(seen[u"myAnswer"_s].toString(), u"COMING"_s);
        QVERIFY(!roomAppointment(room, cast.buyers[2].token).contains(u"myAnswer"_s));
        const auto list = httpRequest(server, "GET", path(room, u"/appointment"_s), cast.seller);
        QStringList answers;
        for (const QJsonValue &a : list.json[u"answers"_s].toArray())
            answers.append(a[u"displayName"_s].toString() + u'=' +
                           (a[u"answer"_s].isNull() ? u"-"_s : a[u"answer"_s].toString()));
        QCOMPARE(answers, (QStringList{u"민수=COMING"_s, u"지우=NOT_COMING"_s, u"하나=-"_s}));

        // The note alone: the answers hold, nobody is told.
        QCOMPARE(set(cast.seller, room,
                     QJsonObject{{u"at"_s, seen[u"at"_s]},
                                 {u"place"_s, u"정문 앞"_s},
                                 {u"note"_s, u"주차는 B2"_s}})
                     .status,
                 200);
        QCOMPARE(roomAppointment(room, cast.buyers[0].token)[u"myAnswer"_s].toString(),
                 u"COMING"_s);
        QCOMPARE(systemMessages(room, u"APPOINTMENT_CHANGED"_s).size(), 1);

        // Another place: those who answered are told, and everyone is asked again.
        QCOMPARE(set(cast.seller, room, pickup(4 * 3600, u"후문 주차장"_s)).status, 200);
        const auto isChange = [&](const auto &e) {
            return isType(e, "APPOINTMENT_CHANGED", room);
        };
        const auto told = first.waitFor(isChange);
        QVERIFY(told);
        QCOMPARE(told->data[u"appointment"_s][u"place"_s].toString(), u"후문 주차장"_s);
        QVERIFY(second.waitFor(isChange));
        QVERIFY(!third.waitFor(isChange, 300)); // had not answered
        const QJsonObject moved = roomAppointment(room, cast.buyers[0].token);
        QCOMPARE(moved[u"coming"_s].toInt(), 0);
        QCOMPARE(moved[u"notComing"_s].toInt(), 0);
        QVERIFY(!moved.contains(u"myAnswer"_s));
        QCOMPARE(systemMessages(room, u"APPOINTMENT_CHANGED"_s).size(), 2);
        // The same again is a retry: no message.
        QCOMPARE(set(cast.seller, room,
                     QJsonObject{{u"at"_s, moved[u"at"_s]},
                                 {u"place"_s, u"후문 주차장"_s},
                                 {u"note"_s, QString()}})
                     .status,
                 200);
        QCOMPARE(systemMessages(room, u"APPOINTMENT_CHANGED"_s).size(), 2);

        QCOMPARE(answer(cast.buyers[2].token, room, u"COMING"_s).status, 200);
        const auto off = httpRequest(server, "DELETE", path(room, u"/appointment"_s), cast.seller);
        QCOMPARE(off.status, 200);
        QVERIFY(off.json[u"appointment"_s].isNull());
        const auto calledOff =
            third.waitFor([&](const auto &e) { return isType(e, "APPOINTMENT_CANCELLED", room); });
        QVERIFY(calledOff);
        QCOMPARE(calledOff->data[u"appointment"_s][u"place"_s].toString(), u"후문 주차장"_s);
        QVERIFY(!httpRequest(server, "GET", path(room), cast.buyers[0].token)
                     .json.contains(u"appointment"_s));
        QCOMPARE(systemMessages(room, u"APPOINTMENT_CANCELLED"_s).size(), 1);
        QCOMPARE(httpRequest(server, "DELETE", path(room, u"/appointment"_s), cast.seller).status,
                 200); // a retry
        QCOMPARE(RoomCast::outcome(answer(cast.buyers[0].token, room, u"COMING"_s)),
                 u"NOT_FOUND"_s);
    }

    // Outside a CLOSED room, nobody learns where the buyers meet.
    void onlyMembersSeeAClosedRoomsPickup() {
        const qint64 room = cast.openRoom(1, u"close"_s);
        QVERIFY(room);
        QCOMPARE(set(cast.seller, room, pickup(7200, u"101동 앞"_s)).status, 200);
        const auto outside = httpRequest(server, "GET", path(room), cast.outsider);
        QCOMPARE(outside.status, 200);
        QVERIFY(!outside.json.contains(u"appointment"_s));
        QCOMPARE(httpRequest(server, "GET", path(room, u"/appointment"_s), cast.outsider).status,
                 403);
    }

    void badInputIsRefusedAndChangesNothing_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const auto json = [](const QJsonObject &o) {
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("in the past") << json(pickup(-60)) << u"at"_s;
        QTest::newRow("two years ahead") << json(pickup(2 * 366 * 86400)) << u"at"_s;
        QTest::newRow("no place") << json(pickup(7200, u"  "_s)) << u"place"_s;
        QTest::newRow("two lines") << json(pickup(7200, u"a\nb"_s)) << u"place"_s;
        QTest::newRow("a long place") << json(pickup(7200, QString(101, u'가'))) << u"place"_s;
        QTest::newRow("a long note") << json(pickup(7200, u"x"_s, QString(501, u'n'))) << u"note"_s;
        QTest::newRow("no time") << json({{u"place"_s, u"x"_s}}) << u"at"_s;
        QTest::newRow("not a time")
            << json({{u"at"_s, u"soon"_s}, {u"place"_s, u"x"_s}}) << u"at"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << QString();
    }
    void badInputIsRefusedAndChangesNothing() {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 room = cast.openRoom(1);
        QVERIFY(room);
        QCOMPARE(set(cast.seller, room, pickup(7200, u"정문"_s)).status, 200);
        const auto refused =
            httpRequest(server, "PUT", path(room, u"/appointment"_s), cast.seller, body);
        QCOMPARE(refused.status, 400);
        if (!field.isEmpty())
            QCOMPARE(RoomCast::fieldOf(refused), field);
        QCOMPARE(roomAppointment(room, cast.seller)[u"place"_s].toString(), u"정문"_s);
        const auto badAnswer = answer(cast.buyers[0].token, room, u"MAYBE"_s);
        QCOMPARE(badAnswer.status, 400);
        QCOMPARE(RoomCast::fieldOf(badAnswer), u"answer"_s);
    }

    // An hour before: the seller and every buyer but the one who can't come are
    // reminded, once, also when the server was down at that moment and restarts twice.
    void theReminderGoesOnceAcrossRestarts() {
        const qint64 room = cast.openRoom(3, u"close"_s);
        QVERIFY(room);
        QCOMPARE(set(cast.seller, room, pickup(3600 + 3)).status, 200);
        QCOMPARE(answer(cast.buyers[1].token, room, u"NOT_COMING"_s).status, 200);
        QVERIFY(server.stop()); // down through the moment it falls due
        QTest::qWait(3500);
        QVERIFY(server.start());
        QVERIFY(cast.connectViewer());
        const auto reminders = [&](const QString &token) {
            EventStream replay;
            if (!replay.open(server, token, "0"))
                return -1;
            (void)replay.waitFor([](const auto &) { return false; }, 500);
            int count = 0;
            for (const auto &e : replay.events())
                count += isType(e, "APPOINTMENT_REMINDER", room) ? 1 : 0;
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(reminders(cast.buyers[0].token), 1, 5000);
        QCOMPARE(reminders(cast.seller), 1);
        QCOMPARE(reminders(cast.buyers[2].token), 1);
        QCOMPARE(reminders(cast.buyers[1].token), 0); // said they can't come
        QVERIFY(server.stop());
        QVERIFY(server.start());
        QVERIFY(cast.connectViewer());
        QTest::qWait(300);
        QCOMPARE(reminders(cast.buyers[0].token), 1);
        // Moving it asks again and reminds again, an hour before the new time.
        QCOMPARE(set(cast.seller, room, pickup(3600 + 1, u"후문"_s)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(reminders(cast.buyers[0].token), 2, 5000);
        QCOMPARE(reminders(cast.buyers[1].token), 1); // their "can't come" was for the old time
    }

    // Set within the hour before, it is not reminded: everyone was just told.
    void noReminderForAPickupSetWithinTheHour() {
        const qint64 room = cast.openRoom(1, u"close"_s);
        QVERIFY(room);
        EventStream stream;
        QVERIFY(stream.open(server, cast.buyers[0].token));
        QCOMPARE(set(cast.seller, room, pickup(1800)).status, 200);
        QVERIFY(!stream.waitFor(
            [&](const auto &e) { return isType(e, "APPOINTMENT_REMINDER", room); }, 1500));
    }
};

QTEST_GUILESS_MAIN(TestAppointments)
#include "tst_appointments.moc"
