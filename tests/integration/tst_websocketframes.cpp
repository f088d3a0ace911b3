// The server's WebSocket framing and opening handshake on their own (RFC 6455):
// what a client may send, what it must not, and the bytes the server answers.
#include "rawwebsocket.h" // maskedFrame: what clients send
#include "websocket/websocketframes.h"
#include "websocket/websockethandshake.h"

#include <QTest>

using namespace gonggu::server::websocket;
using gonggu::isValidUtf8;
using gonggu::Utf8Validator;

namespace {

QByteArray unmasked(quint8 firstByte, const QByteArray &payload) {
    QByteArray frame = maskedFrame(firstByte, payload, QByteArray(4, '\0'));
    frame[1] = char(frame[1] & 0x7F);
    return frame.remove(2 + (payload.size() >= 126 ? 2 : 0), 4);
}

Message expectMessage(FrameReader &reader) {
    ReadResult result = reader.next();
    if (!std::holds_alternative<Message>(result)) {
        if (auto *failure = std::get_if<Failure>(&result))
            qWarning() << "failure" << failure->closeCode << failure->reason;
        return Message{Opcode::Continuation, "NO MESSAGE"};
    }
    return std::get<Message>(result);
}

} // namespace

class TestWebSocketFrames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void textMessageSplitAnywhere() {
        const QByteArray stomp =
            "SEND\ndestination:/app/chat/1\n\n{\"content\":\"안녕 <b>hi</b>\"}";
        const QByteArray bytes = maskedFrame(0x81, stomp) + maskedFrame(0x81, "\n");
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            FrameReader reader(1024);
            reader.feed(QByteArrayView(bytes).first(cut));
            reader.feed(QByteArrayView(bytes).sliced(cut));
            const Message first = expectMessage(reader);
            QCOMPARE(first.opcode, Opcode::Text);
            QCOMPARE(first.payload, stomp);
            QCOMPARE(expectMessage(reader).payload, QByteArray("\n"));
            QVERIFY(std::holds_alternative<NeedMore>(reader.next()));
            QCOMPARE(reader.bufferedBytes(), 0); // nothing held between messages
        }
    }

    void lengthsOf16And64Bits() {
        for (qsizetype size : {125, 126, 65535, 65536, 200'000}) {
            const QByteArray payload(size, 'x');
            FrameReader reader(256 * 1024);
            reader.feed(maskedFrame(0x82, payload));
            const Message message = expectMessage(reader);
            QCOMPARE(message.opcode, Opcode::Binary);
            QCOMPARE(message.payload.size(), size);
        }
    }

    void fragmentsJoinAroundControlFrames() {
        FrameReader reader(1024);
        reader.feed(QByteArray(maskedFrame(0x01, "hel") + maskedFrame(0x89, "ping?") +
                               maskedFrame(0x00, "lo ") + maskedFrame(0x80, "there")));
        const Message ping = expectMessage(reader);
        QCOMPARE(ping.opcode, Opcode::Ping);
        QCOMPARE(ping.payload, QByteArray("ping?"));
        const Message text = expectMessage(reader);
        QCOMPARE(text.opcode, Opcode::Text);
        QCOMPARE(text.payload, QByteArray("hello there"));
    }

    void closeFrameCarriesCodeAndReason() {
        FrameReader reader(1024);
        reader.feed(maskedFrame(0x88, QByteArray("\x03\xe8"
                                                 "bye",
                                                 5)));
        const Message close = expectMessage(reader);
        QCOMPARE(close.opcode, Opcode::Close);
        QCOMPARE(close.payload, QByteArray("\x03\xe8"
                                           "bye",
                                           5));
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("unmasked") << unmasked(0x81, "hi") << 1002;
        QTest::newRow("reserved bit") << maskedFrame(0xC1, "hi") << 1002;
        QTest::newRow("unknown opcode") << maskedFrame(0x83, "hi") << 1002;
        QTest::newRow("fragmented ping") << maskedFrame(0x09, "p") << 1002;
        QTest::newRow("long ping") << maskedFrame(0x89, QByteArray(126, 'p')) << 1002;
        QTest::newRow("continuation first") << maskedFrame(0x80, "x") << 1002;
        QTest::newRow("text inside a fragmented message")
            << maskedFrame(0x01, "a") + maskedFrame(0x81, "b") << 1002;
        QTest::newRow("invalid UTF-8") << maskedFrame(0x81, "\xc3\x28") << 1007;
        QTest::newRow("overlong UTF-8") << maskedFrame(0x81, "\xc0\xaf") << 1007;
        QTest::newRow("UTF-16 surrogate") << maskedFrame(0x81, "\xed\xa0\x80") << 1007;
        QTest::newRow("above U+10FFFF") << maskedFrame(0x81, "\xf4\x90\x80\x80") << 1007;
        QTest::newRow("truncated sequence") << maskedFrame(0x81, "ok\xe2\x82") << 1007;
        QTest::newRow("message over the limit") << maskedFrame(0x81, QByteArray(1025, 'a')) << 1009;
        QTest::newRow("fragments over the limit")
            << maskedFrame(0x01, QByteArray(600, 'a')) + maskedFrame(0x80, QByteArray(600, 'a'))
            << 1009;
        QTest::newRow("close with one byte") << maskedFrame(0x88, "\x03") << 1002;
        QTest::newRow("close code 1005") << maskedFrame(0x88, QByteArray("\x03\xed", 2)) << 1002;
        QTest::newRow("close reason not UTF-8")
            << maskedFrame(0x88, QByteArray("\x03\xe8\xff", 3)) << 1007;
        QTest::newRow("close code 1015") << maskedFrame(0x88, QByteArray("\x03\xf7", 2)) << 1002;
        QTest::newRow("close code 2999") << maskedFrame(0x88, QByteArray("\x0b\xb7", 2)) << 1002;
        QTest::newRow("close code 5000") << maskedFrame(0x88, QByteArray("\x13\x88", 2)) << 1002;
    }

    // 1012-1014 joined the IANA registry after RFC 6455; a peer may send them.
    void registeredCloseCodesAreAccepted() {
        for (const quint16 code :
             {1000, 1001, 1002, 1003, 1007, 1011, 1012, 1013, 1014, 3000, 4999}) {
            FrameReader reader(1024);
            reader.feed(maskedFrame(0x88, closePayload(code, "bye")));
            QCOMPARE(expectMessage(reader).opcode, Opcode::Close);
        }
    }

    // Autobahn 6.4: invalid UTF-8 is refused at the fragment that makes it
    // invalid, before the message (or even that frame) has ended.
    void invalidUtf8FailsAtTheFragmentThatBreaksIt() {
        FrameReader reader(1024);
        reader.feed(maskedFrame(0x01, "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5"));
        QVERIFY(std::holds_alternative<NeedMore>(reader.next())); // valid so far
        reader.feed(maskedFrame(0x00, "\xf4\x90\x80\x80"));       // U+110000: never valid
        const ReadResult result = reader.next();
        QVERIFY(std::holds_alternative<Failure>(result));
        QCOMPARE(std::get<Failure>(result).closeCode, 1007);
    }

    void invalidUtf8FailsWithinAFrameStillArriving() {
        const QByteArray frame = maskedFrame(0x81, "valid \xed\xa0\x80 then more that never comes");
        FrameReader reader(1024);
        reader.feed(QByteArrayView(frame).first(2 + 4 + 6)); // header, mask, "valid "
        QVERIFY(std::holds_alternative<NeedMore>(reader.next()));
        reader.feed(QByteArrayView(frame).sliced(12, 3)); // the surrogate
        const ReadResult result = reader.next();
        QVERIFY(std::holds_alternative<Failure>(result));
        QCOMPARE(std::get<Failure>(result).closeCode, 1007);
    }

    void validUtf8SplitInsideACharacterAcrossFragments() {
        const QByteArray text = u"공동구매 🍊"_qs.toUtf8();
        for (qsizetype cut = 1; cut < text.size(); ++cut) {
            FrameReader reader(1024);
            const QByteArray bytes =
                maskedFrame(0x01, text.first(cut)) + maskedFrame(0x80, text.sliced(cut));
            for (qsizetype i = 0; i < bytes.size(); ++i) { // and every frame chopped byte by byte
                reader.feed(QByteArrayView(bytes).sliced(i, 1));
                if (i + 1 < bytes.size())
                    QVERIFY(std::holds_alternative<NeedMore>(reader.next()));
            }
            QCOMPARE(expectMessage(reader).payload, text);
        }
    }

    void refusals() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, closeCode);
        FrameReader reader(1024);
        reader.feed(bytes);
        ReadResult result = reader.next();
        while (std::holds_alternative<Message>(result))
            result = reader.next(); // complete frames before the bad one are fine
        QVERIFY(std::holds_alternative<Failure>(result));
        QCOMPARE(std::get<Failure>(result).closeCode, closeCode);
        QVERIFY(std::get<Failure>(result).reason.size() <= 123);
        // And it stays failed: nothing after a broken frame is trusted.
        reader.feed(maskedFrame(0x81, "later"));
        QVERIFY(std::holds_alternative<Failure>(reader.next()));
    }

    void oversizeIsRefusedBeforeItArrives() {
        // The length alone is enough: a client cannot make us buffer a huge frame.
        FrameReader reader(1024);
        reader.feed(maskedFrame(0x82, QByteArray(70'000, 'z')).first(14));
        QVERIFY(std::holds_alternative<Failure>(reader.next()));
    }

    void serverFramesAreUnmaskedAndSized() {
        QByteArray out;
        appendFrame(out, Opcode::Text, "hi");
        QCOMPARE(out, QByteArray("\x81\x02hi", 4));
        out.clear();
        appendFrame(out, Opcode::Text, QByteArray(300, 'a'));
        QCOMPARE(out.left(4), QByteArray("\x81\x7e\x01\x2c", 4));
        QCOMPARE(out.size(), 304);
        out.clear();
        appendFrame(out, Opcode::Binary, QByteArray(70'000, 'a'));
        QCOMPARE(out.left(10), QByteArray("\x82\x7f\x00\x00\x00\x00\x00\x01\x11\x70", 10));
    }

    void closeReasonIsCutOnACharacterBoundary() {
        const QByteArray reason = QString(70, QChar(0xAC00)).toUtf8(); // 210 bytes of 가
        const QByteArray payload = closePayload(1002, reason);
        QVERIFY(payload.size() <= 125);
        QVERIFY(isValidUtf8(QByteArrayView(payload).sliced(2)));
        QCOMPARE(payload.size(), 2 + 123);
    }

    void utf8Validation() {
        QVERIFY(isValidUtf8("plain ascii that is longer than eight bytes"));
        QVERIFY(isValidUtf8(u"공동구매 🍊 감귤"_qs.toUtf8()));
        QVERIFY(isValidUtf8("\xf4\x8f\xbf\xbf")); // U+10FFFF
        QVERIFY(!isValidUtf8("\xf8\x88\x80\x80\x80"));
        QVERIFY(!isValidUtf8("\x80"));
        QVERIFY(!isValidUtf8("\xe2\x82")); // unfinished

        Utf8Validator validator; // the same bytes in pieces
        QVERIFY(validator.feed("\xf0\x9f"));
        QVERIFY(!validator.complete());
        QVERIFY(validator.feed("\x8d\x8a ok"));
        QVERIFY(validator.complete());
        QVERIFY(!validator.feed("\xf0\x8f")); // overlong: refused at its second byte
    }

    void handshakeAnswer() {
        // The example from RFC 6455, section 1.3.
        const QHash<QByteArray, QByteArray> headers{
            {"sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="},
            {"sec-websocket-version", "13"},
            {"sec-websocket-protocol", "v10.stomp, v12.stomp"},
        };
        const HandshakeAnswer answer =
            answerHandshake(headers, {"v12.stomp", "v11.stomp", "v10.stomp"}, "gonggu/test");
        QVERIFY(answer.accepted);
        QCOMPARE(answer.subprotocol, QByteArray("v12.stomp")); // our preference wins
        QVERIFY(answer.response.startsWith("HTTP/1.1 101 Switching Protocols\r\n"));
        QVERIFY(answer.response.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
        QVERIFY(answer.response.contains("Sec-WebSocket-Protocol: v12.stomp\r\n"));
        QVERIFY(answer.response.endsWith("\r\n\r\n"));

        auto without = headers;
        without.remove("sec-websocket-protocol");
        const HandshakeAnswer plain = answerHandshake(without, {"v12.stomp"}, "gonggu/test");
        QVERIFY(plain.accepted);
        QVERIFY(!plain.response.contains("Sec-WebSocket-Protocol"));
    }

    void handshakeRefusals() {
        QHash<QByteArray, QByteArray> headers{{"sec-websocket-key", "dGhlIHNhbXBsZSBub25jZQ=="},
                                              {"sec-websocket-version", "8"}};
        QCOMPARE(answerHandshake(headers, {}, "x").status, 426);
        headers["sec-websocket-version"] = "13";
        headers["sec-websocket-key"] = "c2hvcnQ="; // 5 bytes
        QCOMPARE(answerHandshake(headers, {}, "x").status, 400);
        headers.remove("sec-websocket-key");
        QCOMPARE(answerHandshake(headers, {}, "x").status, 400);
    }
};

QTEST_GUILESS_MAIN(TestWebSocketFrames)
#include "tst_websocketframes.moc"
