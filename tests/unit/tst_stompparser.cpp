#include "common/stomp/stompparser.h"

#include <QTest>

using namespace gonggu::stomp;
using namespace Qt::StringLiterals;

namespace {
// A literal with embedded NULs, all of it (QByteArray(const char*) stops at the first NUL).
template <std::size_t N> QByteArray bytes(const char (&literal)[N]) {
    return QByteArray(literal, N - 1);
}

// Feeds everything, collects frames until the parser needs more or fails.
struct Outcome {
    QList<Frame> frames;
    std::optional<QString> error;
};

Outcome parseAll(Parser &parser, const QByteArray &bytes) {
    parser.feed(bytes);
    Outcome outcome;
    for (;;) {
        auto next = parser.next();
        if (!next) {
            outcome.error = next.error().message;
            return outcome;
        }
        if (!next->has_value())
            return outcome;
        outcome.frames.append(std::move(**next));
    }
}

Outcome parseAll(const QByteArray &bytes, ParserLimits limits = {}) {
    Parser parser(limits);
    return parseAll(parser, bytes);
}

const QByteArray kSend =
    bytes("SEND\ndestination:/app/chat/42\nreceipt:r-1\n\n{\"content\":\"hi\"}\0");
} // namespace

class TestStompParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesFrameWithoutContentLength() {
        const auto outcome = parseAll(kSend);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.frames.size(), 1);
        const Frame &frame = outcome.frames.first();
        QVERIFY(frame.command == Command::Send);
        QCOMPARE(frame.header("destination"), QByteArray("/app/chat/42"));
        QCOMPARE(frame.header("receipt"), QByteArray("r-1"));
        QCOMPARE(frame.body, QByteArray("{\"content\":\"hi\"}"));
    }

    void contentLengthAllowsNulInBody() {
        const QByteArray wire("SEND\ndestination:/q\ncontent-length:5\n\na\0b\0c\0", 44);
        const auto outcome = parseAll(wire);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.value_or(QString())));
        QCOMPARE(outcome.frames.size(), 1);
        QCOMPARE(outcome.frames.first().body, bytes("a\0b\0c"));
    }

    void acceptsCrLfLineEndings() {
        const QByteArray wire("CONNECT\r\naccept-version:1.2\r\nhost:gonggu\r\n\r\n\0", 46);
        const auto outcome = parseAll(wire);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.frames.size(), 1);
        QCOMPARE(outcome.frames.first().header("host"), QByteArray("gonggu"));
    }

    void countsHeartbeatsBetweenFrames() {
        Parser parser;
        const auto outcome = parseAll(parser, "\n\r\n\n" + kSend + "\n\n" + kSend);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.frames.size(), 2);
        QCOMPARE(parser.heartbeats(), 5);
    }

    void repeatedHeaderFirstWins() {
        const auto outcome = parseAll(bytes("MESSAGE\nfoo:first\nfoo:second\n\n\0"));
        QCOMPARE(outcome.frames.size(), 1);
        QCOMPARE(outcome.frames.first().header("foo"), QByteArray("first"));
        QCOMPARE(outcome.frames.first().headers.size(), 2);
    }

    void unescapesHeadersPerVersion() {
        const QByteArray wire("MESSAGE\nk\\cey:a\\nb\\\\c\\cd\\re\n\n\0", 31);
        auto outcome = parseAll(wire);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.frames.first().header("k:ey"), QByteArray("a\nb\\c:d\re"));

        Parser v11;
        v11.setVersion(Version::V1_1);
        outcome = parseAll(v11, wire);
        QVERIFY2(outcome.error, "\\r is undefined in STOMP 1.1");

        Parser v10;
        v10.setVersion(Version::V1_0);
        outcome = parseAll(v10, wire);
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.frames.first().header("k\\cey"), QByteArray("a\\nb\\\\c\\cd\\re"));
    }

    void connectHeadersAreTakenLiterally() {
        const auto outcome = parseAll(bytes("CONNECT\npasscode:a\\b\n\n\0"));
        QVERIFY(!outcome.error);
        QCOMPARE(outcome.frames.first().header("passcode"), QByteArray("a\\b"));
    }

    void acceptsFrameSplitAtEveryByte() {
        const QByteArray wire =
            kSend + QByteArray("\n") + bytes("SEND\ncontent-length:3\n\n\0\0\0\0") + kSend;
        for (qsizetype split = 0; split <= wire.size(); ++split) {
            Parser parser;
            auto first = parseAll(parser, QByteArrayView(wire).first(split).toByteArray());
            auto rest = parseAll(parser, QByteArrayView(wire).sliced(split).toByteArray());
            QVERIFY(!first.error && !rest.error);
            QCOMPARE(first.frames.size() + rest.frames.size(), 3);
        }
        // And one byte at a time.
        Parser parser;
        int frames = 0;
        for (const char c : wire)
            frames += int(parseAll(parser, QByteArray(1, c)).frames.size());
        QCOMPARE(frames, 3);
    }

    void largeBodyByteByByteStaysLinear() {
        QByteArray body(60 * 1024, 'x');
        const QByteArray wire = "SEND\ndestination:/q\n\n" + body + QByteArray(1, '\0');
        Parser parser;
        int frames = 0;
        for (qsizetype i = 0; i < wire.size(); ++i)
            frames += int(parseAll(parser, wire.sliced(i, 1)).frames.size());
        QCOMPARE(frames, 1);
    }

    void rejectsMalformedInput_data() {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown command") << bytes("HELLO\n\n\0") << u"unknown command"_s;
        QTest::newRow("lowercase command") << bytes("send\n\n\0") << u"unknown command"_s;
        QTest::newRow("header without colon")
            << bytes("SEND\nnocolon\n\n\0") << u"without a name"_s;
        QTest::newRow("empty header name") << bytes("SEND\n:value\n\n\0") << u"without a name"_s;
        QTest::newRow("undefined escape") << bytes("SEND\na:\\t\n\n\0") << u"undefined escape"_s;
        QTest::newRow("trailing backslash") << bytes("SEND\na:b\\\n\n\0") << u"lone backslash"_s;
        QTest::newRow("negative content-length")
            << bytes("SEND\ncontent-length:-1\n\n\0") << u"not a number"_s;
        QTest::newRow("garbage content-length")
            << bytes("SEND\ncontent-length:12abc\n\n\0") << u"not a number"_s;
        QTest::newRow("content-length beyond NUL")
            << bytes("SEND\ncontent-length:1\n\nab\0") << u"not followed by NUL"_s;
        QTest::newRow("NUL in header") << bytes("SEND\na:b\0c\n\n\0") << u"NUL"_s;
        QTest::newRow("header value not UTF-8")
            << bytes("SEND\ndestination:/app/chat/1\nreceipt:\xff\xfe\n\n\0") << u"not UTF-8"_s;
        QTest::newRow("header name not UTF-8") << bytes("SEND\n\xc0\xaf:x\n\n\0") << u"not UTF-8"_s;
        QTest::newRow("body on SUBSCRIBE")
            << bytes("SUBSCRIBE\nid:1\n\nbody\0") << u"carry no body"_s;
    }

    void rejectsMalformedInput() {
        QFETCH(QByteArray, wire);
        QFETCH(QString, reason);
        Parser parser;
        const auto outcome = parseAll(parser, wire);
        QVERIFY2(outcome.error, "malformed input must be refused");
        QVERIFY2(outcome.error->contains(reason), qPrintable(*outcome.error));
        QVERIFY(parser.failed());
        // The stream stays broken: nothing more is parsed from it.
        QVERIFY(parseAll(parser, kSend).error);
    }

    void enforcesLimits() {
        ParserLimits limits;
        limits.maxHeaders = 3;
        QByteArray many("SEND\na:1\nb:2\nc:3\nd:4\n\n\0", 23);
        QVERIFY(parseAll(many, limits).error->contains(u"more than 3 headers"_s));

        limits = {};
        limits.maxLineBytes = 16;
        QVERIFY(parseAll("SEND\nlong:" + QByteArray(40, 'v') + "\n\n" + QByteArray(1, '\0'), limits)
                    .error);

        limits = {};
        limits.maxFrameBytes = 1024;
        const QByteArray bigBody = "SEND\n\n" + QByteArray(2000, 'b') + QByteArray(1, '\0');
        QVERIFY(parseAll(bigBody, limits).error->contains(u"too large"_s));
        const QByteArray declared("SEND\ncontent-length:5000\n\n", 26);
        QVERIFY(parseAll(declared, limits).error->contains(u"larger than"_s));
        // Without a NUL the parser refuses once the limit is passed, not at the end.
        Parser endless(limits);
        QVERIFY(parseAll(endless, "SEND\n\n" + QByteArray(1100, 'x')).error);
        // Exactly at the limit is fine.
        const QByteArray head("SEND\n\n");
        const QByteArray fits =
            head + QByteArray(1024 - head.size() - 1, 'y') + QByteArray(1, '\0');
        QCOMPARE(fits.size(), 1024);
        QVERIFY(!parseAll(fits, limits).error);
    }

    void incompleteFrameWaitsForMore() {
        Parser parser;
        auto outcome = parseAll(parser, kSend.first(20));
        QVERIFY(!outcome.error);
        QVERIFY(outcome.frames.isEmpty());
        QVERIFY(parser.pendingBytes() > 0);
    }
};

QTEST_GUILESS_MAIN(TestStompParser)
#include "tst_stompparser.moc"
