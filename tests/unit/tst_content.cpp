#include "common/content.h"

#include <QTest>

using namespace gonggu;
using namespace Qt::StringLiterals;

class TestContent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utf8Validation_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("hello") << true;
        QTest::newRow("korean") << u"공동구매"_s.toUtf8() << true;
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x8D\x8A") << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("truncated") << QByteArray("\xE3\x81") << false;
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("above max") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("0xFF") << QByteArray("\xFF") << false;
    }

    void utf8Validation() {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(bytes), valid);
    }

    void contentRules_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"is pickup at 6pm?"_s << true;
        QTest::newRow("html stays text") << u"<script>alert(1)</script>"_s << true;
        QTest::newRow("newline and tab") << u"line 1\n\tline 2"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("carriage return") << u"a\rb"_s << false;
        QTest::newRow("NUL") << QString(QChar(0)) << false;
        QTest::newRow("DEL") << u"a\u007fb"_s << false;
        QTest::newRow("C1 control") << u"a\u0085b"_s << false;
        QTest::newRow("2000 chars") << QString(2000, u'가') << true;
        QTest::newRow("2001 chars") << QString(2001, u'a') << false;
        // 2000 emoji are 4000 UTF-16 units but 2000 characters.
        QTest::newRow("2000 emoji") << u"🍊"_s.repeated(2000) << true;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << false;
    }

    void contentRules() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const Status status = validateContent(text);
        QCOMPARE(status.ok(), valid);
        if (!valid)
            QVERIFY(status.error().code == ErrorCode::ContentInvalid);
    }

    void clientMsgIds() {
        QVERIFY(isValidClientMsgId(u"6f1c2a4e-8f1b-4a3c-9d2e-7b6a5c4d3e2f"));
        QVERIFY(!isValidClientMsgId(u""));
        QVERIFY(!isValidClientMsgId(QString(65, u'a')));
        QVERIFY(!isValidClientMsgId(u"a;DROP TABLE"));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
