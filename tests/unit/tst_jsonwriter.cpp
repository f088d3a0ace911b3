// The hand-written JSON of MESSAGE frames and history pages must say exactly
// what QJsonDocument would: same values, valid UTF-8, every character escaped
// that must be.
#include "common/chatmessage.h"
#include "common/jsonfields.h"
#include "common/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

using namespace gonggu;
using namespace Qt::StringLiterals;

namespace {

ChatMessage chat(const QString &content) {
    ChatMessage message;
    message.id = 88123;
    message.roomId = 1042;
    message.senderId = u"u-3"_s;
    message.senderName = u"민수 \"Minsu\""_s;
    message.content = content;
    message.clientMsgId = u"6f1c"_s;
    message.createdAt = QDateTime(QDate(2026, 11, 23), QTime(10, 2, 11, 341), Qt::UTC);
    return message;
}

QJsonObject parsed(const QByteArray &bytes) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << bytes;
    return document.object();
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messagesRoundTrip_data() {
        QTest::addColumn<QString>("content");
        QTest::newRow("plain") << u"is pickup at 6pm?"_s;
        QTest::newRow("html stays text") << u"<script>alert('x')</script>&amp;"_s;
        QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ C:\\path\\"_s;
        QTest::newRow("newlines and tabs") << u"line 1\nline 2\r\n\tindented"_s;
        QTest::newRow("korean and emoji") << u"제주 감귤 10kg 🍊 공동구매"_s;
        QTest::newRow("sql") << u"'; DROP TABLE messages; --"_s;
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls.append(QChar(c));
        controls.append(QChar(0x7f));
        QTest::newRow("every control character") << controls;
        QTest::newRow("empty") << QString();
    }
    void messagesRoundTrip() {
        QFETCH(QString, content);
        const ChatMessage message = chat(content);
        const QByteArray bytes = message.toCompactJson();
        const auto decoded = ChatMessage::fromJson(parsed(bytes));
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().message));
        QCOMPARE(*decoded, message);
        // No raw control character ever reaches the wire.
        for (const char byte : bytes)
            QVERIFY2(static_cast<unsigned char>(byte) >= 0x20, bytes.constData());
    }

    void systemMessagesKeepTheirOptionalFields() {
        ChatMessage message = chat(u"Minsu joined"_s);
        message.type = MessageType::System;
        message.clientMsgId.reset();
        message.event = SystemEvent::Joined;
        message.subjectId = u"u-3"_s;
        message.subjectName = u"Minsu"_s;
        const QJsonObject json = parsed(message.toCompactJson());
        QVERIFY(json.value(u"clientMsgId"_s).isNull());
        QCOMPARE(json.value(u"event"_s).toString(), u"JOINED"_s);
        QCOMPARE(json.value(u"subjectName"_s).toString(), u"Minsu"_s);
        QCOMPARE(ChatMessage::fromJson(json).value(), message);
        QCOMPARE(message.toJson(), json);
    }

    void loneSurrogatesStillGiveValidUtf8() {
        const QString broken = u"a"_s + QChar(0xd800) + u"b"_s;
        const QByteArray bytes = chat(broken).toCompactJson();
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        QVERIFY(!utf8.hasError());
        QVERIFY(text.contains(u"\"content\":\"a"_s));
        QVERIFY(!parsed(bytes).isEmpty());
        QVERIFY(parsed(bytes).value(u"content"_s).toString().startsWith(u'a'));
    }

    void nestingPutsCommasOnlyBetweenValues() {
        JsonWriter out;
        out.beginObject().key("messages"_L1).beginArray();
        for (int i = 0; i < 3; ++i)
            chat(QString::number(i)).writeJson(out);
        out.endArray().key("empty"_L1).beginArray().endArray();
        out.key("hasMore"_L1).value(true).key("none"_L1).null().endObject();
        const QByteArray bytes = out.take();
        const QJsonObject json = parsed(bytes);
        QCOMPARE(json.value(u"messages"_s).toArray().size(), 3);
        QCOMPARE(json.value(u"messages"_s).toArray().at(2).toObject().value(u"content"_s), u"2"_s);
        QVERIFY(json.value(u"empty"_s).toArray().isEmpty());
        QCOMPARE(json.value(u"hasMore"_s), true);
        QVERIFY(json.value(u"none"_s).isNull());
        QVERIFY(!bytes.contains(",,") && !bytes.contains(",]") && !bytes.contains(",}"));
    }

    void messagesWrittenEarlierNestAsTheyAre() {
        // A history page from cached message JSON is the page QJsonDocument would build.
        const QList<ChatMessage> messages{chat(u"<b>첫째</b>"_s), chat(u"second\n\"line\""_s)};
        JsonWriter page;
        page.beginObject().key("messages"_L1).beginArray();
        for (const ChatMessage &m : messages)
            page.raw(m.toCompactJson());
        page.endArray().key("hasMore"_L1).value(true).endObject();
        QJsonParseError error;
        const QJsonObject parsed = QJsonDocument::fromJson(page.take(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray list = parsed.value(u"messages"_s).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject(), messages[0].toJson());
        QCOMPARE(list.at(1).toObject(), messages[1].toJson());
        QCOMPARE(parsed.value(u"hasMore"_s), QJsonValue(true));
    }

    void timesMatchQtsIsoFormat() {
        auto *random = QRandomGenerator::global();
        QList<QDateTime> times{
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime(QDate(2026, 11, 24), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            // Not UTC on the way in: written as UTC.
            QDateTime(QDate(2026, 11, 24), QTime(9, 30, 0, 5), QTimeZone(9 * 3600)),
        };
        for (int i = 0; i < 1000; ++i)
            times.append(QDateTime::fromMSecsSinceEpoch(
                qint64(random->bounded(4'000'000'000.0) * 1000), Qt::UTC));
        for (const QDateTime &time : times)
            QCOMPARE(toIsoUtc(time), time.toUTC().toString(Qt::ISODateWithMs));
        QCOMPARE(toIsoUtc(QDateTime()), QString());
        QCOMPARE(toIsoUtc(QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)),
                 u"2026-11-24T09:30:00.000Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
