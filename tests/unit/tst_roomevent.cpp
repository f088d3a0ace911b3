// The one codec of room events: what one instance publishes, another decodes
// to the same event; what is not an event is refused with the field named.
#include "common/jsonfields.h"
#include "common/roomevent.h"

#include <QTest>

using namespace gonggu;
using namespace Qt::StringLiterals;

namespace {
ChatMessage systemMessage() {
    ChatMessage message;
    message.id = 9'007'199'254'740'000; // near 2^53: ids stay exact
    message.roomId = 1'764'000'000'000;
    message.type = MessageType::System;
    message.senderId = u"system"_s;
    message.content = u"Minsu joined the group buy."_s;
    message.createdAt = QDateTime::fromMSecsSinceEpoch(1'764'000'000'123, Qt::UTC);
    message.event = SystemEvent::Participating;
    message.subjectId = u"u-3"_s;
    message.subjectName = u"민수"_s;
    return message;
}

RoomEvent decoded(const QByteArray &json) {
    const auto object = parseJsonObject(json);
    if (!object)
        qFatal("not a JSON object: %s", json.constData());
    auto event = roomEventFromJson(*object);
    if (!event)
        qFatal("refused: %s", qPrintable(event.error().message));
    return *event;
}
} // namespace

class TestRoomEvent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyKindSurvivesTheTrip_data() {
        QTest::addColumn<RoomEvent>("event");
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("message") << RoomEvent(roomevent::MessageStored::of(systemMessage()))
                                 << QByteArray("message");
        QTest::newRow("changed") << RoomEvent(roomevent::MessageChanged::of([] {
            ChatMessage edited = systemMessage();
            edited.type = MessageType::Chat;
            edited.event.reset();
            edited.subjectId.reset();
            edited.subjectName.reset();
            edited.replyTo = 7;
            edited.quote = Quote{u"u-3"_s, u"민수"_s, u"hi"_s, false};
            edited.editedAt = edited.createdAt.addSecs(5);
            return edited;
        }())) << QByteArray("changed");
        QTest::newRow("created") << RoomEvent(roomevent::RoomCreated{1'764'000'000'001})
                                 << QByteArray("created");
        QTest::newRow("room") << RoomEvent(roomevent::RoomChanged{1'764'000'000'000})
                              << QByteArray("room");
        QTest::newRow("removed") << RoomEvent(roomevent::MemberRemoved{42, u"u-9"_s,
                                                                       SystemEvent::Removed})
                                 << QByteArray("removed");
        QTest::newRow("status") << RoomEvent(roomevent::StatusChanged{42, RoomStatus::Cancelled})
                                << QByteArray("status");
        QTest::newRow("read") << RoomEvent(
                                     roomevent::ReadMoved{42, u"u-3"_s, 9'007'199'254'740'000})
                              << QByteArray("read");
        QTest::newRow("typing") << RoomEvent(
                                       roomevent::TypingChanged{42, u"u-3"_s, u"민수"_s, true})
                                << QByteArray("typing");
        QTest::newRow("presence") << RoomEvent(roomevent::PresenceChanged{42, u"u-3"_s, true})
                                  << QByteArray("presence");
        UserNotification removed;
        removed.id = 9'007'199'254'740'001;
        removed.type = UserNotification::Type::RoomRemoved;
        removed.roomId = 42;
        removed.roomTitle = u"제주 감귤"_s;
        removed.createdAt = systemMessage().createdAt;
        removed.reason = SystemEvent::Removed;
        QTest::newRow("notified one")
            << RoomEvent(roomevent::Notified::of(u"u-9"_s, removed)) << QByteArray("notified");
        UserNotification announced = removed;
        announced.type = UserNotification::Type::Announcement;
        announced.reason.reset();
        announced.message = systemMessage();
        QTest::newRow("notified members")
            << RoomEvent(roomevent::Notified::of({}, announced)) << QByteArray("notified");
    }
    void everyKindSurvivesTheTrip() {
        QFETCH(RoomEvent, event);
        QFETCH(QByteArray, kind);
        const QByteArray json = toJson(event);
        QVERIFY2(json.startsWith(QByteArray("{\"kind\":\"" + kind + '"')), json.constData());
        QVERIFY(decoded(json) == event);
        QCOMPARE(roomIdOf(decoded(json)), roomIdOf(event));
    }

    void aStoredMessageCarriesItsWireJsonOnce() {
        const auto stored = roomevent::MessageStored::of(systemMessage());
        QCOMPARE(stored.json, systemMessage().toCompactJson());
        // Embedded as it is, not re-encoded as a string.
        QVERIFY(toJson(RoomEvent(stored)).contains(QByteArray("\"message\":" + stored.json)));
    }

    void refusesWhatIsNotAnEvent_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("no kind") << QByteArray(R"({"roomId":1})") << u"kind"_s;
        QTest::newRow("unknown kind")
            << QByteArray(R"({"kind":"shouting","roomId":1})") << u"kind"_s;
        QTest::newRow("typing without its flag")
            << QByteArray(R"({"kind":"typing","roomId":1,"userId":"u","displayName":"U"})")
            << u"typing"_s;
        QTest::newRow("room without id") << QByteArray(R"({"kind":"room"})") << u"roomId"_s;
        QTest::newRow("status spelled wrong")
            << QByteArray(R"({"kind":"status","roomId":1,"status":"closed"})") << u"status"_s;
        QTest::newRow("removed without user")
            << QByteArray(R"({"kind":"removed","roomId":1,"event":"LEFT"})") << u"userId"_s;
        QTest::newRow("presence without online")
            << QByteArray(R"({"kind":"presence","roomId":1,"userId":"u"})") << u"online"_s;
        QTest::newRow("a status notification without its status")
            << QByteArray(
                   R"({"kind":"notified","userId":"","notification":{"id":1,"type":"ROOM_STATUS","roomId":1,"roomTitle":"t","createdAt":"2026-11-23T10:02:11.341Z"}})")
            << u"status"_s;
        QTest::newRow("a notification of an unknown type")
            << QByteArray(
                   R"({"kind":"notified","userId":"","notification":{"type":"GOSSIP","roomId":1}})")
            << u"type"_s;
        QTest::newRow("message not an object")
            << QByteArray(R"({"kind":"message","message":"hi"})") << u"message"_s;
        QTest::newRow("message without content")
            << QByteArray(
                   R"({"kind":"message","message":{"id":1,"roomId":1,"type":"CHAT","senderId":"u","senderName":"","clientMsgId":null,"createdAt":"2026-11-23T10:02:11.341Z"}})")
            << u"content"_s;
    }
    void refusesWhatIsNotAnEvent() {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto event = roomEventFromJson(*parseJsonObject(json));
        QVERIFY(!event);
        QVERIFY(event.error().code == ErrorCode::BadRequest);
        QVERIFY2(event.error().message.contains(u'\'' + field + u'\''),
                 qPrintable(event.error().message));
    }
};

QTEST_APPLESS_MAIN(TestRoomEvent)
#include "tst_roomevent.moc"
