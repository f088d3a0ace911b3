#include "common/stomp/stompframe.h"
#include "common/stomp/stompparser.h"

#include <QTest>

using namespace gonggu::stomp;

namespace {
// A literal with embedded NULs, all of it (QByteArray(const char*) stops at the first NUL).
template <std::size_t N> QByteArray bytes(const char (&literal)[N]) {
    return QByteArray(literal, N - 1);
}
} // namespace

class TestStompFrame : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void serializesCommandHeadersBodyAndNul() {
        Frame frame{Command::Send, {}, "hello"};
        frame.add("destination", "/app/chat/1");
        QCOMPARE(frame.serialize(),
                 bytes("SEND\ndestination:/app/chat/1\ncontent-length:5\n\nhello\0"));
    }

    void emptyBodyHasNoContentLength() {
        Frame frame{Command::Receipt, {}, {}};
        frame.add("receipt-id", "7");
        QCOMPARE(frame.serialize(), bytes("RECEIPT\nreceipt-id:7\n\n\0"));
    }

    void saysWhichHeadersNeedEscaping() {
        QVERIFY(!headerNeedsEscaping("sub-0"));
        QVERIFY(!headerNeedsEscaping(""));
        for (const char *raw : {"a:b", "a\\b", "a\nb", "a\rb"})
            QVERIFY2(headerNeedsEscaping(raw), raw);
    }

    void escapesHeaderOctetsIn12() {
        Frame frame{Command::Message, {}, {}};
        frame.add("x", "a:b\nc\\d\re");
        QVERIFY(frame.serialize(Version::V1_2).contains("x:a\\cb\\nc\\\\d\\re\n"));
        // 1.1 has no \r escape; 1.0 has no escaping at all.
        QVERIFY(frame.serialize(Version::V1_1).contains("x:a\\cb\\nc\\\\d\re\n"));
        QVERIFY(frame.serialize(Version::V1_0).contains("x:a:b\nc\\d\re\n"));
    }

    void connectedHeadersAreNeverEscaped() {
        Frame frame{Command::Connected, {}, {}};
        frame.add("server", "gonggu:1");
        QVERIFY(frame.serialize().contains("server:gonggu:1\n"));
    }

    void firstRepeatedHeaderWins() {
        Frame frame;
        frame.add("a", "1").add("a", "2");
        QCOMPARE(frame.header("a"), QByteArray("1"));
        QVERIFY(!frame.header("b"));
        QCOMPARE(frame.headerOr("b", "fallback"), QByteArray("fallback"));
    }

    void roundTripsEveryCommand_data() {
        QTest::addColumn<int>("command");
        for (int c = int(Command::Connect); c <= int(Command::Error); ++c)
            QTest::newRow(toBytes(Command(c)).constData()) << c;
    }

    void roundTripsEveryCommand() {
        QFETCH(int, command);
        Frame frame{Command(command), {}, {}};
        // CONNECT/STOMP/CONNECTED cannot carry escaped octets, the others can.
        if (headersAreEscaped(Command(command), Version::V1_2))
            frame.add("id", "sub:0\n").add("receipt", "r\\1");
        else
            frame.add("id", "sub-0").add("receipt", "r1");
        if (command == int(Command::Send) || command == int(Command::Message) ||
            command == int(Command::Error))
            frame.body = bytes("with\0nul");
        Parser parser;
        parser.feed(frame.serialize());
        auto parsed = parser.next();
        QVERIFY(parsed.ok());
        QVERIFY(parsed->has_value());
        const Frame &back = **parsed;
        QCOMPARE(int(back.command), command);
        QCOMPARE(back.header("id"), frame.header("id"));
        QCOMPARE(back.header("receipt"), frame.header("receipt"));
        QCOMPARE(back.body, frame.body);
    }
};

QTEST_GUILESS_MAIN(TestStompFrame)
#include "tst_stompframe.moc"
