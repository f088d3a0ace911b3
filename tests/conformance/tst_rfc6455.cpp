// RFC 6455 conformance of the real server, over raw sockets, organised like
// the Autobahn TestSuite's sections. The server is not an echo server: a data
// message is proven accepted by the STOMP answer it earns (a RECEIPT behind
// it), and refused by the Close code. Every frame the server sends is checked
// against the RFC by RawWebSocket (violations() must stay empty).
#include "rawwebsocket.h"
#include "serverprocess.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kVersion13 = "Sec-WebSocket-Version: 13\r\n";
const QByteArray kNul(1, '\0');

QByteArray closePayload(quint16 code, const QByteArray &reason = {}) {
    QByteArray payload;
    payload += char(code >> 8);
    payload += char(code & 0xFF);
    return payload + reason;
}

// A SUBSCRIBE and an UNSUBSCRIBE, each with a receipt: proof that everything
// before it was read and the session still works.
QByteArray probe(const QByteArray &id) {
    return "SUBSCRIBE\nid:" + id + "\ndestination:/user/queue/notifications\n\n" + kNul +
           "UNSUBSCRIBE\nid:" + id + "\nreceipt:" + id + "\n\n" + kNul;
}

bool isReceipt(const std::optional<QByteArray> &message, const QByteArray &id) {
    return message && message->startsWith("RECEIPT\n") &&
           message->contains(QByteArray("receipt-id:" + id));
}

} // namespace

class TestRfc6455 : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"100000"_s, u"--rate-burst"_s, u"100000"_s,
                          u"--cors-origins"_s, u"https://shop.example"_s}};

    QByteArray connectFrame() const {
        return "CONNECT\naccept-version:1.2\nhost:/\npasscode:" +
               server.token(uniqueUser("rfc"), u"RFC"_s).toUtf8() + "\n\n" + kNul;
    }

    // Open, CONNECTed, and ready for the test's frames.
    bool connected(RawWebSocket &client) {
        if (!client.open(server.port(), kVersion13) || client.status() != 101)
            return false;
        client.write(maskedFrame(0x81, connectFrame()));
        const auto answer = client.nextMessage();
        return answer && answer->startsWith("CONNECTED\n");
    }

    // The server failed the connection with `code` and closed TCP.
    void expectClose(RawWebSocket &client, int code) {
        const auto close = [&] {
            for (;;) {
                const auto frame = client.nextFrame();
                if (!frame || frame->opcode == 0x8)
                    return frame;
            }
        }();
        QVERIFY2(close, "no Close frame");
        QCOMPARE(int(close->closeCode()), code);
        QVERIFY(client.waitForEnd(8000));
        QVERIFY2(client.violations().isEmpty(), qPrintable(client.violations().join(u", ")));
    }

    void expectAlive(RawWebSocket &client, const QByteArray &id = "alive") {
        client.write(maskedFrame(0x81, probe(id)));
        QVERIFY(isReceipt(client.nextMessage(), id));
        QVERIFY2(client.violations().isEmpty(), qPrintable(client.violations().join(u", ")));
    }

    // A connected client sends `bytes`; the server fails the connection with `code`.
    void expectRefused(const QByteArray &bytes, int code) {
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(bytes);
        expectClose(client, code);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    // ---- 1 Framing: payload lengths at every encoding boundary ----
    void framing_data() {
        QTest::addColumn<int>("opcode");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("chunk"); // 0: one write
        for (const int opcode : {0x1, 0x2}) {
            for (const int length : {0, 125, 126, 127, 128, 65535, 65536, 100'000}) {
                for (const int chunk : {0, 997}) {
                    if (chunk && length < 1000)
                        continue;
                    QTest::addRow("1.%s len=%d chunk=%d", opcode == 1 ? "1 text" : "2 binary",
                                  length, chunk)
                        << opcode << length << chunk;
                }
            }
        }
    }
    void framing() {
        QFETCH(int, opcode);
        QFETCH(int, length);
        QFETCH(int, chunk);
        RawWebSocket client;
        QVERIFY(connected(client));
        // End-of-lines are STOMP heart-beats: any number is a valid message.
        const QByteArray frame = maskedFrame(quint8(0x80 | opcode), QByteArray(length, '\n'));
        if (chunk)
            client.writeChopped(frame, chunk);
        else
            client.write(frame);
        expectAlive(client);
    }

    // ---- 2 Pings and pongs ----
    void ping_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("2.1 empty") << QByteArray();
        QTest::newRow("2.2 text") << QByteArray("Hello, world!");
        QTest::newRow("2.3 binary") << QByteArray("\x00\xff\xfe\xfd\xfc\xfb\x00\xff", 8);
        QTest::newRow("2.4 125 bytes") << QByteArray(125, '\xfe');
    }
    void ping() {
        QFETCH(QByteArray, payload);
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x89, payload));
        const auto pong = client.nextFrame();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, quint8(0xA));
        QCOMPARE(pong->payload, payload);
        QVERIFY(client.violations().isEmpty());
    }

    void ping_126BytesIsAProtocolError() { // 2.5
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x89, QByteArray(126, 'p')));
        expectClose(client, 1002);
    }

    void ping_choppedByteByByte() { // 2.6
        RawWebSocket client;
        QVERIFY(connected(client));
        client.writeChopped(maskedFrame(0x89, "chopped"), 1);
        const auto pong = client.nextFrame();
        QVERIFY(pong && pong->opcode == 0xA && pong->payload == "chopped");
    }

    void ping_unsolicitedPongIsIgnored() { // 2.7, 2.8
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x8A, {}) + maskedFrame(0x8A, "unsolicited"));
        expectAlive(client);
    }

    void ping_tenPingsTenPongsInOrder() { // 2.10, 2.11
        RawWebSocket client;
        QVERIFY(connected(client));
        QByteArray pings;
        for (int i = 0; i < 10; ++i)
            pings += maskedFrame(0x89, "ping " + QByteArray::number(i));
        client.write(pings);
        for (int i = 0; i < 10; ++i) {
            const auto pong = client.nextFrame();
            QVERIFY(pong && pong->opcode == 0xA);
            QCOMPARE(pong->payload, "ping " + QByteArray::number(i));
        }
    }

    // ---- 3 Reserved bits (no extension was negotiated) ----
    void reservedBits_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("3.1 RSV1 text") << maskedFrame(0xC1, "\n");
        QTest::newRow("3.2 RSV2 text") << maskedFrame(0xA1, "\n");
        QTest::newRow("3.3 RSV3 text") << maskedFrame(0x91, "\n");
        QTest::newRow("3.4 RSV1+3 binary") << maskedFrame(0xD2, "\n");
        QTest::newRow("3.5 all RSV binary") << maskedFrame(0xF2, "\n");
        QTest::newRow("3.6 RSV on ping") << maskedFrame(0xD9, "p");
        QTest::newRow("3.7 RSV on close") << maskedFrame(0xF8, closePayload(1000));
    }
    void reservedBits() {
        QFETCH(QByteArray, bytes);
        expectRefused(bytes, 1002);
    }

    // ---- 4 Opcodes: reserved data (3-7) and control (B-F) opcodes ----
    void reservedOpcodes_data() {
        QTest::addColumn<int>("opcode");
        for (const int opcode : {3, 4, 5, 6, 7, 0xB, 0xC, 0xD, 0xE, 0xF})
            QTest::addRow("4.%d opcode %X", opcode, opcode) << opcode;
    }
    void reservedOpcodes() {
        QFETCH(int, opcode);
        expectRefused(maskedFrame(quint8(0x80 | opcode), "x"), 1002);
    }

    // ---- 5 Fragmentation ----
    void fragmentation_refusals_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("5.1 fragmented ping") << maskedFrame(0x09, "a") + maskedFrame(0x80, "b");
        QTest::newRow("5.2 fragmented pong") << maskedFrame(0x0A, "a") + maskedFrame(0x80, "b");
        QTest::newRow("5.9 continuation first") << maskedFrame(0x80, "\n");
        QTest::newRow("5.10 unfinished continuation first") << maskedFrame(0x00, "\n");
        QTest::newRow("5.18 text inside a fragmented text")
            << maskedFrame(0x01, "\n") + maskedFrame(0x81, "\n");
        QTest::newRow("5.19 binary inside a fragmented text")
            << maskedFrame(0x01, "\n") + maskedFrame(0x82, "\n");
    }
    void fragmentation_refusals() {
        QFETCH(QByteArray, bytes);
        expectRefused(bytes, 1002);
    }

    void fragmentation_messageInFragments_data() {
        QTest::addColumn<int>("fragments");
        QTest::addColumn<int>("chunk");
        QTest::newRow("5.3 two fragments") << 2 << 0;
        QTest::newRow("5.4 two fragments chopped") << 2 << 1;
        QTest::newRow("5.5 one byte per fragment") << -1 << 0;
    }
    void fragmentation_messageInFragments() {
        QFETCH(int, fragments);
        QFETCH(int, chunk);
        RawWebSocket client;
        QVERIFY(connected(client));
        const QByteArray message = probe("fragmented");
        const qsizetype size = fragments < 0 ? 1 : (message.size() + fragments - 1) / fragments;
        QByteArray bytes;
        for (qsizetype at = 0; at < message.size(); at += size) {
            const bool first = at == 0, last = at + size >= message.size();
            bytes +=
                maskedFrame(quint8((last ? 0x80 : 0) | (first ? 0x1 : 0x0)), message.mid(at, size));
        }
        if (chunk)
            client.writeChopped(bytes, chunk);
        else
            client.write(bytes);
        QVERIFY(isReceipt(client.nextMessage(), "fragmented"));
    }

    void fragmentation_controlFramesBetweenFragments() { // 5.6-5.8
        RawWebSocket client;
        QVERIFY(connected(client));
        const QByteArray message = probe("between");
        const qsizetype half = message.size() / 2;
        client.write(maskedFrame(0x01, message.left(half)) + maskedFrame(0x89, "in between") +
                     maskedFrame(0x8A, "unsolicited") + maskedFrame(0x80, message.mid(half)));
        const auto pong = client.nextFrame();
        QVERIFY(pong && pong->opcode == 0xA && pong->payload == "in between");
        QVERIFY(isReceipt(client.nextMessage(), "between"));
    }

    void fragmentation_emptyFragments() { // 5.20 (empty first, middle and last fragments)
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x01, {}) + maskedFrame(0x00, probe("empty")) +
                     maskedFrame(0x00, {}) + maskedFrame(0x80, {}));
        QVERIFY(isReceipt(client.nextMessage(), "empty"));
    }

    // ---- 6 UTF-8 handling ----
    void utf8_valid_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("6.1 Korean") << u"공동구매 감귤 10kg"_s.toUtf8();
        QTest::newRow("6.2 four-byte emoji") << u"🍊🎉"_s.toUtf8();
        QTest::newRow("6.3 U+10FFFF, U+FFFF, U+E000")
            << QByteArray("\xf4\x8f\xbf\xbf\xef\xbf\xbf\xee\x80\x80");
        QTest::newRow("6.4 U+0080, U+07FF, U+0800") << QByteArray("\xc2\x80\xdf\xbf\xe0\xa0\x80");
    }
    void utf8_valid() {
        QFETCH(QByteArray, text);
        RawWebSocket client;
        QVERIFY(connected(client));
        // A header carrying the text: accepted and the session goes on.
        client.write(maskedFrame(
            0x81, "SUBSCRIBE\nid:u\nx-note:" + text +
                      "\ndestination:/user/queue/notifications\nreceipt:utf8\n\n" + kNul));
        QVERIFY(isReceipt(client.nextMessage(), "utf8"));
    }

    void utf8_validSplitInsideACodePoint() { // 6.2.3, 6.2.4
        RawWebSocket client;
        QVERIFY(connected(client));
        const QByteArray message = "SUBSCRIBE\nid:s\nx-note:" + u"감귤🍊"_s.toUtf8() +
                                   "\ndestination:/user/queue/notifications\nreceipt:split\n\n" +
                                   kNul;
        const qsizetype cut = message.indexOf("\xea\xb0\x90") + 1; // inside 감
        client.write(maskedFrame(0x01, message.left(cut)) + maskedFrame(0x80, message.mid(cut)));
        QVERIFY(isReceipt(client.nextMessage(), "split"));
    }

    void utf8_invalid_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("6.3 lone continuation byte") << QByteArray("\x80");
        QTest::newRow("6.5 0xFE") << QByteArray("\xfe");
        QTest::newRow("6.6 0xFF") << QByteArray("\xff");
        QTest::newRow("6.8 5-byte sequence") << QByteArray("\xf8\x88\x80\x80\x80");
        QTest::newRow("6.9 overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("6.10 overlong 3-byte NUL") << QByteArray("\xe0\x80\x80");
        QTest::newRow("6.11 UTF-16 surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("6.12 above U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("6.13 truncated at the end") << QByteArray("ok \xe2\x82");
        QTest::newRow("6.14 missing continuation") << QByteArray("\xe2\x28\xa1");
    }
    void utf8_invalid() {
        QFETCH(QByteArray, bytes);
        expectRefused(maskedFrame(0x81, "\n" + bytes), 1007);
    }

    // 6.4.1/6.4.2: the fragment that makes the text invalid is refused at once,
    // though the message has not ended (the last fragment is never sent).
    void utf8_failFastAtTheBreakingFragment() {
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x01, "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5"));
        QVERIFY(!client.nextFrame(500)); // valid so far: nothing happens
        client.write(maskedFrame(0x00, "\xf4\x90\x80\x80"));
        expectClose(client, 1007);
    }

    // 6.4.3/6.4.4: within one frame still arriving, as soon as the bad bytes are in.
    void utf8_failFastWithinAFrame() {
        RawWebSocket client;
        QVERIFY(connected(client));
        const QByteArray frame = maskedFrame(0x81, "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5"
                                                   "\xf4\x90\x80\x80\x65\x64\x69\x74\x65\x64");
        client.write(frame.left(6 + 11));
        QVERIFY(!client.nextFrame(500));
        client.write(frame.mid(6 + 11, 4)); // the invalid code point; the rest never comes
        expectClose(client, 1007);
    }

    // ---- 7 Close handling ----
    void close_echoes_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("answer");
        QTest::newRow("7.1 no payload") << QByteArray() << 0;
        QTest::newRow("7.3 code 1000 and a reason") << closePayload(1000, "bye") << 1000;
        QTest::newRow("7.3 reason of 123 bytes")
            << closePayload(1000, QByteArray(123, 'r')) << 1000;
        QTest::newRow("7.5 reason in Korean") << closePayload(1000, u"안녕"_s.toUtf8()) << 1000;
        for (const int code : {1000, 1001, 1002, 1003, 1007, 1008, 1009, 1010, 1011, 1012, 1013,
                               1014, 3000, 3999, 4000, 4999})
            QTest::addRow("7.7 code %d", code) << closePayload(quint16(code)) << code;
    }
    void close_echoes() {
        QFETCH(QByteArray, payload);
        QFETCH(int, answer);
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x88, payload));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8);
        if (answer == 0)
            QVERIFY(close->payload.isEmpty() || close->closeCode() == 1000);
        else
            QCOMPARE(int(close->closeCode()), answer);
        QVERIFY(client.waitForEnd()); // the server closes TCP first (RFC 6455 7.1.1)
        QVERIFY(client.violations().isEmpty());
    }

    void close_invalid_data() {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("answer");
        QTest::newRow("7.3.2 one byte") << QByteArray("\x03") << 1002;
        for (const int code : {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535})
            QTest::addRow("7.9 code %d", code) << closePayload(quint16(code)) << 1002;
        QTest::newRow("7.5.1 reason not UTF-8")
            << closePayload(1000, "\xce\xba\xe1\xbd\xb9\xff") << 1007;
        QTest::newRow("7.3.6 payload of 126 bytes")
            << closePayload(1000, QByteArray(124, 'r')) << 1002;
    }
    void close_invalid() {
        QFETCH(QByteArray, payload);
        QFETCH(int, answer);
        expectRefused(maskedFrame(0x88, payload), answer);
    }

    void close_framesAfterCloseAreIgnored() { // 7.1.2-7.1.4
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x88, closePayload(1000)) + maskedFrame(0x89, "ignored") +
                     maskedFrame(0x81, probe("ignored")));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8);
        QVERIFY(client.waitForEnd());
        QVERIFY2(client.violations().isEmpty(), qPrintable(client.violations().join(u", ")));
    }

    void close_inTheMiddleOfAFragmentedMessage() { // 7.1.6
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x01, "\n") + maskedFrame(0x88, closePayload(1000)));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8 && close->closeCode() == 1000);
        QVERIFY(client.waitForEnd());
    }

    // Coalesced: the Close comes in the same read as a frame that earns an answer.
    void close_coalescedWithDisconnect() {
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x81, "DISCONNECT\nreceipt:bye\n\n" + kNul) +
                     maskedFrame(0x88, closePayload(1000)));
        QVERIFY(isReceipt(client.nextMessage(), "bye"));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8);
        QCOMPARE(close->closeCode(), quint16(1000));
        QVERIFY(client.waitForEnd());
        QVERIFY(client.violations().isEmpty());
    }

    void close_coalescedWithAFrameThatEarnsAnError() {
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x81, "BOGUS\n\n" + kNul) + maskedFrame(0x88, closePayload(1000)));
        const auto error = client.nextMessage();
        QVERIFY(error && error->startsWith("ERROR\n"));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8);
        QVERIFY(client.waitForEnd());
        QVERIFY(client.violations().isEmpty());
    }

    void close_twoClosesAtOnce() {
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x88, closePayload(1000)) + maskedFrame(0x88, closePayload(1001)));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8 && close->closeCode() == 1000);
        QVERIFY(client.waitForEnd());
        QVERIFY(client.violations().isEmpty()); // one Close, nothing after it
    }

    void close_disconnectThenTcpEndAtOnce() {
        // The client half-closes right after DISCONNECT and Close: the answers still come.
        RawWebSocket client;
        QVERIFY(client.connectTcp(server.port()));
        client.write("GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n" +
                     kVersion13 + "\r\n" + maskedFrame(0x81, connectFrame()) +
                     maskedFrame(0x81, "DISCONNECT\nreceipt:last\n\n" + kNul) +
                     maskedFrame(0x88, closePayload(1000)));
        QVERIFY(client.readResponseHead());
        QCOMPARE(client.status(), 101);
        QVERIFY(client.nextMessage()->startsWith("CONNECTED\n"));
        QVERIFY(isReceipt(client.nextMessage(), "last"));
        const auto close = client.nextFrame();
        QVERIFY(close && close->opcode == 0x8);
        QVERIFY(client.waitForEnd());
    }

    // What the server echoes is UTF-8 even when the client's frame was binary.
    void close_echoedHeaderBytesAreNeverInvalidUtf8() {
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(maskedFrame(0x82, QByteArray("DISCONNECT\nreceipt:\xff\xfe\n\n") + kNul));
        const auto error = client.nextMessage();
        QVERIFY(error && error->startsWith("ERROR\n"));
        expectClose(client, 1002);
    }

    // ---- 9 Limits ----
    void limits_messageOverTheLimitIsRefusedOnItsHeader() { // 9.1.6-like
        RawWebSocket client;
        QVERIFY(connected(client));
        // 16 MiB announced; only the header is sent.
        client.write(QByteArray("\x82\xff\x00\x00\x00\x00\x01\x00\x00\x00\x01\x02\x03\x04", 14));
        expectClose(client, 1009);
    }

    void limits_fragmentsOverTheLimit() {
        RawWebSocket client;
        QVERIFY(connected(client));
        QByteArray bytes;
        for (int i = 0; i < 3; ++i)
            bytes += maskedFrame(0x00 | (i == 0 ? 0x1 : 0x0), QByteArray(60'000, '\n'));
        client.write(bytes);
        expectClose(client, 1009);
    }

    void limits_manySmallMessages() { // 9.7-like: 1,000 messages in one write
        RawWebSocket client;
        QVERIFY(connected(client));
        QByteArray bytes;
        for (int i = 0; i < 1000; ++i)
            bytes += maskedFrame(0x81, "\n");
        client.write(bytes + maskedFrame(0x81, probe("after-many")));
        QVERIFY(isReceipt(client.nextMessage(10000), "after-many"));
    }

    void limits_unmaskedClientFrame() { // RFC 6455 5.1
        RawWebSocket client;
        QVERIFY(connected(client));
        client.write(QByteArray("\x81\x01\n", 3));
        expectClose(client, 1002);
    }

    // ---- Opening handshake (RFC 6455 4.2) ----
    void handshake_accepted_data() {
        QTest::addColumn<QByteArray>("headers");
        QTest::newRow("4.2.1 minimal") << kVersion13;
        QTest::newRow("4.2.1 Connection list")
            << "Connection: keep-alive, Upgrade\r\n" + kVersion13;
        QTest::newRow("4.2.1 header case") << QByteArray("sec-websocket-version: 13\r\n");
        // RFC 9110 5.3: repeated lines of a list field are one list.
        QTest::newRow("9110 5.3 two Connection lines") << "Connection: keep-alive\r\n" + kVersion13;
        QTest::newRow("9110 5.3 Upgrade: websocket, other") << "Upgrade: h2c\r\n" + kVersion13;
        QTest::newRow("10.2 an allowed Origin") << "Origin: https://shop.example\r\n" + kVersion13;
    }
    void handshake_accepted() {
        QFETCH(QByteArray, headers);
        RawWebSocket client;
        QVERIFY(client.open(server.port(), headers));
        QCOMPARE(client.status(), 101);
        QCOMPARE(client.header("Sec-WebSocket-Accept"), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        QCOMPARE(client.header("Upgrade").toLower(), QByteArray("websocket"));
    }

    void handshake_subprotocol() {
        RawWebSocket client;
        QVERIFY(client.open(server.port(), "Sec-WebSocket-Protocol: chat\r\n"
                                           "Sec-WebSocket-Protocol: v12.stomp, v11.stomp\r\n" +
                                               kVersion13));
        QCOMPARE(client.status(), 101);
        QCOMPARE(client.header("Sec-WebSocket-Protocol"), QByteArray("v12.stomp"));
        RawWebSocket none;
        QVERIFY(none.open(server.port(), "Sec-WebSocket-Protocol: mqtt\r\n" + kVersion13));
        QCOMPARE(none.status(), 101);
        QVERIFY(none.header("Sec-WebSocket-Protocol").isEmpty()); // none offered is ours
    }

    void handshake_refused_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray key = "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        const QByteArray upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\n";
        QTest::newRow("4.4 version 8") << "GET /ws HTTP/1.1\r\nHost: x\r\n" + upgrade + key +
                                              "Sec-WebSocket-Version: 8\r\n\r\n"
                                       << 426;
        QTest::newRow("4.2.1 no key")
            << "GET /ws HTTP/1.1\r\nHost: x\r\n" + upgrade + kVersion13 + "\r\n"
            << 400;
        QTest::newRow("4.2.1 short key")
            << "GET /ws HTTP/1.1\r\nHost: x\r\n" + upgrade + "Sec-WebSocket-Key: c2hvcnQ=\r\n" +
                   kVersion13 + "\r\n"
            << 400;
        QTest::newRow("4.2.1 POST") << "POST /ws HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n" +
                                           upgrade + key + kVersion13 + "\r\n"
                                    << 404; // no resource at POST /ws
        QTest::newRow("4.2.1 HTTP/1.0")
            << "GET /ws HTTP/1.0\r\nHost: x\r\n" + upgrade + key + kVersion13 + "\r\n"
            << 400;
        QTest::newRow("10.2 an Origin not on the list")
            << "GET /ws HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\n" + upgrade + key +
                   kVersion13 + "\r\n"
            << 403;
        QTest::newRow("4.2.1 other path")
            << "GET /elsewhere HTTP/1.1\r\nHost: x\r\n" + upgrade + key + kVersion13 + "\r\n"
            << 404;
    }
    void handshake_refused() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawWebSocket client;
        QVERIFY(client.connectTcp(server.port()));
        client.write(request);
        QVERIFY(client.readResponseHead());
        QCOMPARE(client.status(), status);
        if (status == 426)
            QCOMPARE(client.header("Sec-WebSocket-Version"), QByteArray("13"));
    }

    // After everything above, the server still serves.
    void serverIsStillFine() {
        RawWebSocket client;
        QVERIFY(connected(client));
        expectAlive(client, "still-fine");
    }
};

QTEST_GUILESS_MAIN(TestRfc6455)
#include "tst_rfc6455.moc"
