#include "common/chatmessage.h"
#include "common/jsonfields.h"
#include "common/room.h"
#include "common/user.h"
#include "common/usernotification.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace gonggu;
using namespace Qt::StringLiterals;

namespace {
QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The room example of PROTOCOL.md, verbatim.
const char *kRoomJson =
    R"({"id": 1042, "productId": 1042, "title": "Jeju tangerines 10kg", "description": "...",
 "sellerId": "u-7", "sellerName": "Farm Kim", "status": "ACTIVE",
 "maxParticipants": 10, "minParticipants": 5, "participantCount": 3,
 "createdAt": "2026-11-23T10:00:00.000Z", "expiresAt": "2026-11-25T10:00:00.000Z",
 "closedAt": null, "myRole": "VIEWER"})";

const char *kMessageJson =
    R"({"id": 88123, "roomId": 1042, "type": "CHAT", "senderId": "u-3", "senderName": "Minsu",
 "content": "<b>is pickup at 6pm?</b>", "clientMsgId": "6f1c", "createdAt": "2026-11-23T10:02:11.341Z"})";
} // namespace

class TestModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesProtocolRoomExample() {
        const auto room = Room::fromJson(json(kRoomJson));
        QVERIFY2(room.ok(), room.ok() ? "" : qPrintable(room.error().message));
        QCOMPARE(room->id, 1042);
        QCOMPARE(room->title, u"Jeju tangerines 10kg"_s);
        QVERIFY(room->status == RoomStatus::Active);
        QCOMPARE(room->maxParticipants, 10);
        QCOMPARE(room->minParticipants, 5);
        QCOMPARE(room->createdAt, QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
        QVERIFY(!room->closedAt);
        QVERIFY(room->myRole == Role::Viewer);
    }

    void roomRoundTripsToIdenticalJson() {
        const QJsonObject original = json(kRoomJson);
        const auto room = Room::fromJson(original);
        QVERIFY(room.ok());
        QCOMPARE(room->toJson(), original);
        QCOMPARE(room->toJson().value(u"createdAt"_s).toString(), u"2026-11-23T10:00:00.000Z"_s);
    }

    void roomWithAProductRoundTrips() {
        QJsonObject original = json(kRoomJson);
        original.insert(u"product"_s, QJsonObject{{u"groupPrice"_s, 29000},
                                                  {u"regularPrice"_s, 39000},
                                                  {u"currency"_s, u"KRW"_s},
                                                  {u"unit"_s, u"10kg box"_s},
                                                  {u"photoFileId"_s, qint64(9'007'199'254'740'000)},
                                                  {u"handover"_s, QJsonArray{u"DELIVERY"_s}}});
        const auto room = Room::fromJson(original);
        QVERIFY(room.ok());
        QCOMPARE(room->product->photoFileId, 9'007'199'254'740'000);
        QVERIFY(!room->product->pickup && room->product->delivery);
        QCOMPARE(room->product->saving(), 10000);
        QCOMPARE(room->product->savingPercent(), 25);
        QCOMPARE(room->toJson(), original);
        // A broken product is named, not dropped.
        original.insert(u"product"_s, QJsonObject{{u"groupPrice"_s, u"cheap"_s}});
        QCOMPARE(Room::fromJson(original).error().field, u"product"_s);
    }

    void productDefaults() {
        const auto product = Product::fromJson({{u"groupPrice"_s, 0}});
        QVERIFY(product.ok());
        QCOMPARE(product->currency, u"KRW"_s);
        QVERIFY(product->pickup && !product->delivery); // a neighbourhood pickup
        QCOMPARE(product->savingPercent(), 0);
        QVERIFY(!product->regularPrice);
    }

    // An order's news as the app decodes it: its status and who moved it, never an
    // address; a buyer's order that was never changed has no changedBy.
    void orderNotificationsRoundTrip() {
        const QJsonObject told = json(
            R"({"id":7,"type":"ORDER_STATUS","roomId":1042,"roomTitle":"Jeju tangerines",)"
            R"("createdAt":"2026-12-04T10:00:00.000Z","order":{"userId":"u-3",)"
            R"("displayName":"민수","status":"HANDED_OVER","updatedAt":"2026-12-04T10:00:00.000Z",)"
            R"("changedBy":"BUYER"}})");
        const auto notification = UserNotification::fromJson(told);
        QVERIFY(notification.ok());
        QVERIFY(notification->type == UserNotification::Type::OrderChanged);
        QCOMPARE(toString(notification->order->status), u"HANDED_OVER"_s);
        QVERIFY(notification->order->changedBy == OrderActor::Buyer);
        QCOMPARE(QJsonDocument::fromJson(notification->toCompactJson()).object(), told);
        QJsonObject without = told;
        without.remove(u"order"_s);
        QCOMPARE(UserNotification::fromJson(without).error().field, u"order"_s);
        const auto fresh = Order::fromJson(
            json(R"({"userId":"u-3","displayName":"민수","status":"AWAITING_PAYMENT",)"
                 R"("updatedAt":"2026-12-04T09:00:00.000Z","changedBy":null})"));
        QVERIFY(fresh.ok());
        QVERIFY(!fresh->changedBy && !fresh->address);
        QCOMPARE(Order::fromJson(json(R"({"userId":"u-3","displayName":"x","status":"SHIPPED",)"
                                      R"("updatedAt":"2026-12-04T09:00:00.000Z"})"))
                     .error()
                     .field,
                 u"status"_s);
    }

    void messageRoundTripKeepsHtmlLiteral() {
        const QJsonObject original = json(kMessageJson);
        const auto message = ChatMessage::fromJson(original);
        QVERIFY(message.ok());
        QCOMPARE(message->content, u"<b>is pickup at 6pm?</b>"_s);
        QCOMPARE(message->toJson(), original);
        QVERIFY(QJsonDocument(message->toJson()).toJson().contains("<b>is pickup"));
    }

    // Replies, edits and deletions add fields; a message without them is as before.
    void repliesEditsAndTombstonesRoundTrip() {
        const QJsonObject reply = json(
            R"({"id":88130,"roomId":1042,"type":"CHAT","senderId":"u-7","senderName":"Farm Kim",)"
            R"("content":"네, 가능합니다","clientMsgId":null,"createdAt":"2026-11-23T10:03:00.000Z",)"
            R"("replyTo":88123,"quote":{"senderId":"u-3","senderName":"Minsu",)"
            R"("content":"is pickup at 6pm?","deleted":false},)"
            R"("editedAt":"2026-11-23T10:04:00.000Z"})");
        const auto message = ChatMessage::fromJson(reply);
        QVERIFY(message.ok());
        QCOMPARE(message->replyTo, 88123);
        QCOMPARE(message->quote->senderName, u"Minsu"_s);
        QVERIFY(message->editedAt.has_value());
        QCOMPARE(message->toJson(), reply);

        ChatMessage tombstone = *message;
        tombstone.content.clear();
        tombstone.deletedAt = tombstone.createdAt.addSecs(120);
        QCOMPARE(tombstone.quoted(), (Quote{u"u-7"_s, u"Farm Kim"_s, QString(), true}));
        const auto back = ChatMessage::fromJson(tombstone.toJson());
        QVERIFY(back.ok());
        QVERIFY(back->isDeleted());
        QCOMPARE(*back, tombstone);
        // A room list's preview carries no quote (it could hold deleted text).
        QVERIFY(!message->preview().quote.has_value());

        QVERIFY(!ChatMessage::fromJson(json(kMessageJson))->toJson().contains(u"quote"_s));

        // Reactions: counts from the set; anything else is refused with the field.
        QJsonObject reacted = json(kMessageJson);
        reacted.insert(u"reactions"_s,
                       QJsonArray{QJsonObject{{u"emoji"_s, u"👍"_s}, {u"count"_s, 3}}});
        const auto withCounts = ChatMessage::fromJson(reacted);
        QVERIFY(withCounts.ok());
        QCOMPARE(withCounts->reactions, (QList<ReactionCount>{{u"👍"_s, 3}}));
        QCOMPARE(withCounts->toJson(), reacted);
        reacted.insert(u"reactions"_s,
                       QJsonArray{QJsonObject{{u"emoji"_s, u"🔥"_s}, {u"count"_s, 1}}});
        QCOMPARE(ChatMessage::fromJson(reacted).error().field, u"reactions"_s);
        QVERIFY(ReactRequest::fromJson(json(R"({"messageId":5,"emoji":"🙏","on":false})")).ok());
        QCOMPARE(
            ReactRequest::fromJson(json(R"({"messageId":5,"emoji":"x","on":true})")).error().field,
            u"emoji"_s);
    }

    // A message with files and reactions, as a history page carries it (several in a
    // row: the optimised app once read a reaction through a dangling reference).
    void messagesWithAttachmentsRoundTrip() {
        ChatMessage photo;
        photo.id = 912;
        photo.roomId = 1042;
        photo.senderId = u"u-1"_s;
        photo.senderName = u"Farm Kim"_s;
        photo.createdAt = QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);
        photo.attachments = {{77, u"사과.jpg"_s, u"image/jpeg"_s, 182311, 3024, 4032},
                             {78, u"주문서.pdf"_s, u"application/pdf"_s, 5000, 0, 0}};
        photo.reactions = {{u"👍"_s, 2}, {u"❤️"_s, 1}};
        ChatMessage text = photo;
        text.id = 913;
        text.content = u"after the photo"_s;
        text.attachments.clear();
        text.reactions.clear();
        const QByteArray page = "{\"messages\":[" + photo.toCompactJson() + "," +
                                text.toCompactJson() + "," + photo.toCompactJson() + "]}";
        const QJsonArray list =
            QJsonDocument::fromJson(page).object().value(u"messages"_s).toArray();
        QList<ChatMessage> decoded;
        for (const QJsonValue &item : list) {
            auto message = ChatMessage::fromJson(item.toObject());
            QVERIFY2(message, qPrintable(message ? QString() : message.error().message));
            decoded.append(*message);
        }
        QCOMPARE(decoded.size(), 3);
        QCOMPARE(decoded.at(0).attachments, photo.attachments);
        QCOMPARE(decoded.at(1).content, u"after the photo"_s);
        QVERIFY(decoded.at(1).attachments.isEmpty());
        QVERIFY(decoded.at(0) == photo);
        QVERIFY(!photo.toJson()
                     .value(u"attachments"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .contains(u"width"_s));
    }

    void editAndMessageRefsValidate() {
        QVERIFY(EditRequest::fromJson(json(R"({"messageId":5,"content":"new"})")).ok());
        QCOMPARE(EditRequest::fromJson(json(R"({"content":"new"})"), 7)->messageId, 7);
        const auto noId = EditRequest::fromJson(json(R"({"content":"new"})"));
        QCOMPARE(noId.error().field, u"messageId"_s);
        QCOMPARE(int(EditRequest::fromJson(json(R"({"messageId":5,"content":""})")).error().code),
                 int(ErrorCode::ContentInvalid));
        QVERIFY(MessageRef::fromJson(json(R"({"messageId":5})")).ok());
        QCOMPARE(int(MessageRef::fromJson(json(R"({"messageId":-5})")).error().code),
                 int(ErrorCode::BadRequest));
    }

    void largeIdsSurviveExactly() {
        QJsonObject object = json(kMessageJson);
        object.insert(u"id"_s, qint64(9007199254740993)); // 2^53 + 1: a double would round it
        const QByteArray wire = QJsonDocument(object).toJson(QJsonDocument::Compact);
        const auto message = ChatMessage::fromJson(QJsonDocument::fromJson(wire).object());
        QVERIFY(message.ok());
        QCOMPARE(message->id, qint64(9007199254740993));
    }

    void systemMessageCarriesEvent() {
        ChatMessage message;
        message.id = 5;
        message.roomId = 1;
        message.type = MessageType::System;
        message.senderId = u"system"_s;
        message.content = u"Minsu joined the group buy."_s;
        message.createdAt = QDateTime::currentDateTimeUtc();
        message.event = SystemEvent::Participating;
        message.subjectId = u"u-3"_s;
        message.subjectName = u"Minsu"_s;
        const QJsonObject encoded = message.toJson();
        QCOMPARE(encoded.value(u"event"_s).toString(), u"PARTICIPATING"_s);
        const auto decoded = ChatMessage::fromJson(encoded);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->event == SystemEvent::Participating);
        QCOMPARE(decoded->subjectName, u"Minsu"_s);
        QCOMPARE(decoded->createdAt, message.createdAt.addMSecs(0));
    }

    // A newer server's event is shown by its sentence, not refused with the message.
    void unknownSystemEventsKeepTheMessage() {
        QJsonObject newer = json(kMessageJson);
        newer.insert(u"type"_s, u"SYSTEM"_s);
        newer.insert(u"event"_s, u"SOMETHING_NEW"_s);
        const auto decoded = ChatMessage::fromJson(newer);
        QVERIFY(decoded.ok());
        QVERIFY(!decoded->event);
        QCOMPARE(decoded->content, newer.value(u"content"_s).toString());
        // Written again (to the app's cache, or passed on) it reads back the same.
        const auto again = ChatMessage::fromJson(decoded->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again->toJson(), decoded->toJson());
    }

    void strictDecodingNamesTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("replacement"); // Undefined = remove the field
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing title")
            << u"title"_s << QJsonValue(QJsonValue::Undefined) << u"field 'title': missing"_s;
        QTest::newRow("title number")
            << u"title"_s << QJsonValue(3) << u"field 'title': expected a string"_s;
        QTest::newRow("null sellerId") << u"sellerId"_s << QJsonValue(QJsonValue::Null)
                                       << u"field 'sellerId': must not be null"_s;
        QTest::newRow("id as string")
            << u"id"_s << QJsonValue(u"1042"_s) << u"field 'id': expected an integer"_s;
        QTest::newRow("fractional max") << u"maxParticipants"_s << QJsonValue(2.5)
                                        << u"field 'maxParticipants': expected an integer"_s;
        QTest::newRow("unknown status")
            << u"status"_s << QJsonValue(u"OPEN"_s) << u"field 'status': unknown value 'OPEN'"_s;
        QTest::newRow("bad time") << u"expiresAt"_s << QJsonValue(u"tomorrow"_s)
                                  << u"field 'expiresAt': expected an ISO-8601 time"_s;
        QTest::newRow("bad role") << u"myRole"_s << QJsonValue(u"BOSS"_s)
                                  << u"field 'myRole': unknown value 'BOSS'"_s;
    }

    void strictDecodingNamesTheField() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, replacement);
        QFETCH(QString, expected);
        QJsonObject object = json(kRoomJson);
        if (replacement.isUndefined())
            object.remove(field);
        else
            object.insert(field, replacement);
        const auto room = Room::fromJson(object);
        QVERIFY(!room.ok());
        QVERIFY(room.error().code == ErrorCode::BadRequest);
        QCOMPARE(room.error().message, expected);
    }

    void snapshotRoundTrip() {
        RoomSnapshot snapshot{*Room::fromJson(json(kRoomJson)),
                              {{u"u-7"_s, u"Farm Kim"_s, Role::Seller, true, 88123},
                               {u"u-3"_s, u"민수"_s, Role::Participant, false, {}}}};
        const auto back = RoomSnapshot::fromJson(snapshot.toJson());
        QVERIFY(back.ok());
        QCOMPARE(*back, snapshot);
        QJsonObject broken = snapshot.toJson();
        broken.insert(u"participants"_s, QJsonArray{QJsonObject{{u"userId"_s, 1}}});
        QVERIFY(!RoomSnapshot::fromJson(broken).ok());
    }

    void userRoundTrip() {
        const User user{u"u-1"_s, u"minsu"_s, u"민수"_s};
        QCOMPARE(*User::fromJson(user.toJson()), user);
        QVERIFY(!User::fromJson(QJsonObject{{u"id"_s, u"x"_s}}).ok());
    }

    void sendRequestValidates_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // -1 = accepted, else ErrorCode
        QTest::newRow("chat") << QByteArray(
                                     R"({"type":"CHAT","content":"hi","clientMsgId":"6f1c-aa"})")
                              << -1;
        QTest::newRow("no clientMsgId") << QByteArray(R"({"type":"CHAT","content":"hi"})") << -1;
        QTest::newRow("notification")
            << QByteArray(R"({"type":"NOTIFICATION","content":"6pm"})") << -1;
        QTest::newRow("system refused")
            << QByteArray(R"({"type":"SYSTEM","content":"x"})") << int(ErrorCode::BadRequest);
        QTest::newRow("empty content")
            << QByteArray(R"({"type":"CHAT","content":""})") << int(ErrorCode::ContentInvalid);
        QTest::newRow("control char") << QByteArray(R"({"type":"CHAT","content":"a\u0007b"})")
                                      << int(ErrorCode::ContentInvalid);
        QTest::newRow("content not string")
            << QByteArray(R"({"type":"CHAT","content":5})") << int(ErrorCode::BadRequest);
        QTest::newRow("reply") << QByteArray(R"({"type":"CHAT","content":"yes","replyTo":88123})")
                               << -1;
        QTest::newRow("reply to zero") << QByteArray(R"({"type":"CHAT","content":"a","replyTo":0})")
                                       << int(ErrorCode::BadRequest);
        QTest::newRow("reply to text")
            << QByteArray(R"({"type":"CHAT","content":"a","replyTo":"88123"})")
            << int(ErrorCode::BadRequest);
        QTest::newRow("clientMsgId with space")
            << QByteArray(R"({"type":"CHAT","content":"a","clientMsgId":"a b"})")
            << int(ErrorCode::BadRequest);
    }

    void sendRequestValidates() {
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        const auto object = parseJsonObject(body);
        QVERIFY(object.ok());
        const auto request = SendRequest::fromJson(*object);
        if (expected < 0) {
            QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().message));
        } else {
            QVERIFY(!request.ok());
            QCOMPARE(int(request.error().code), expected);
        }
    }

    void parseJsonObjectRefusesNonObjects() {
        QVERIFY(parseJsonObject("{\"a\":1}").ok());
        QVERIFY(!parseJsonObject("[1]").ok());
        QVERIFY(!parseJsonObject("{\"a\":").ok());
        QVERIFY(!parseJsonObject("").ok());
        QVERIFY(!parseJsonObject("{\"a\":\"\xC3\x28\"}").ok()); // invalid UTF-8
        QVERIFY(parseJsonObject("{\"a\":1}").ok());
    }

    void enumsSpellExactly() {
        QCOMPARE(toString(RoomStatus::Cancelled), u"CANCELLED"_s);
        QCOMPARE(toString(ErrorCode::RoomNotWritable), u"ROOM_NOT_WRITABLE"_s);
        QVERIFY(errorCodeFromString(u"RATE_LIMITED") == ErrorCode::RateLimited);
        QVERIFY(!roomStatusFromString(u"active"));
        QVERIFY(systemEventFromString(u"EXPIRED") == SystemEvent::Expired);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
