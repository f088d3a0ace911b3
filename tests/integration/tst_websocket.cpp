// The WebSocket layer of a real server, spoken byte by byte over a plain TCP
// socket: the handshake, control frames, the close handshake, and what a
// broken client gets (RFC 6455). STOMP clients are tested in tst_stomp.
#include "rawwebsocket.h"
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using RawClient = RawWebSocket;

const QByteArray kVersion13 = "Sec-WebSocket-Version: 13\r\n";

} // namespace

class TestWebSocket : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"100000"_s, u"--rate-burst"_s, u"100000"_s}};

    QByteArray connectFrame() const {
        return "CONNECT\naccept-version:1.2\nhost:/\npasscode:" +
               server.token(uniqueUser("ws"), u"Raw"_s).toUtf8() + "\n\n" + QByteArray(1, '\0');
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    void acceptKeyAndSubprotocol() {
        RawClient client;
        QVERIFY(client.open(server.port(),
                            kVersion13 + "Sec-WebSocket-Protocol: v11.stomp, v12.stomp\r\n"));
        const QByteArray head = client.responseHead();
        QVERIFY2(head.startsWith("HTTP/1.1 101 "), head.constData());
        QVERIFY(head.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));
        QVERIFY(head.contains("Sec-WebSocket-Protocol: v12.stomp\r\n"));
    }

    void wrongVersionGets426() {
        RawClient client;
        QVERIFY(client.open(server.port(), "Sec-WebSocket-Version: 8\r\n"));
        QVERIFY2(client.responseHead().startsWith("HTTP/1.1 426 "),
                 client.responseHead().constData());
        QVERIFY(client.responseHead().contains("Sec-WebSocket-Version: 13\r\n"));
    }

    void framesSentWithTheRequestAreRead() {
        // CONNECT in the same TCP segment as the upgrade request, split in fragments.
        const QByteArray stomp = connectFrame();
        const QByteArray fragments = maskedFrame(0x01, stomp.left(10)) +
                                     maskedFrame(0x00, stomp.mid(10, 20)) +
                                     maskedFrame(0x80, stomp.mid(30));
        RawClient client;
        QVERIFY(client.open(server.port(), kVersion13, fragments));
        const auto connected = client.nextFrame();
        QVERIFY(connected);
        QCOMPARE(connected->opcode, quint8(0x1));
        QVERIFY2(connected->payload.startsWith("CONNECTED\n"), connected->payload.constData());
    }

    void pingIsAnsweredWithItsPayload() {
        RawClient client;
        QVERIFY(client.open(server.port(), kVersion13));
        client.write(maskedFrame(0x89, "are you there?"));
        const auto pong = client.nextFrame();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, quint8(0xA));
        QCOMPARE(pong->payload, QByteArray("are you there?"));
    }

    void closeHandshakeIsEchoed() {
        RawClient client;
        QVERIFY(client.open(server.port(), kVersion13));
        client.write(maskedFrame(0x88, QByteArray("\x03\xe8", 2) + "done"));
        const auto close = client.nextFrame();
        QVERIFY(close);
        QCOMPARE(close->opcode, quint8(0x8));
        QCOMPARE(close->closeCode(), quint16(1000));
        QVERIFY(client.waitForEnd()); // and the server closes the TCP connection
    }

    void brokenFramesCloseWithTheRightCode_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("closeCode");
        QTest::newRow("unmasked") << QByteArray("\x81\x02hi", 4) << 1002;
        QTest::newRow("invalid UTF-8 in text") << maskedFrame(0x81, "SEND\n\xc3\x28") << 1007;
        // A 64-bit length of 1 MiB, over the 128 KiB limit: refused on the header alone.
        QTest::newRow("message over 2 x max-frame")
            << QByteArray("\x82\xff\x00\x00\x00\x00\x00\x10\x00\x00\x01\x01\x01\x01", 14) << 1009;
    }

    void brokenFramesCloseWithTheRightCode() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, closeCode);
        RawClient client;
        QVERIFY(client.open(server.port(), kVersion13));
        client.write(bytes);
        const auto close = client.nextFrame();
        QVERIFY(close);
        QCOMPARE(close->opcode, quint8(0x8));
        QCOMPARE(int(close->closeCode()), closeCode);
        QVERIFY(client.waitForEnd(8000));
        // The server is fine: a new client connects and speaks STOMP.
        RawClient next;
        QVERIFY(next.open(server.port(), kVersion13, maskedFrame(0x81, connectFrame())));
        const auto connected = next.nextFrame();
        QVERIFY(connected && connected->payload.startsWith("CONNECTED\n"));
    }

    void aPeerThatStopsReadingIsDroppedAndNobodyElseWaits() {
        const QString sellerId = uniqueUser("slow-seller");
        const QString seller = server.token(sellerId, u"Farm Kim"_s);
        const qint64 room = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 10, 1)).status,
            201);
        const QString topic = u"/topic/chat/%1"_s.arg(room);

        RawClient stalled;
        const QByteArray subscribe = "SUBSCRIBE\nid:0\ndestination:" + topic.toUtf8() +
                                     "\nreceipt:s\n\n" + QByteArray(1, '\0');
        QVERIFY(stalled.open(server.port(), kVersion13,
                             maskedFrame(0x81, "CONNECT\naccept-version:1.2\nhost:/\npasscode:" +
                                                   seller.toUtf8() + "\n\n" + QByteArray(1, '\0')) +
                                 maskedFrame(0x81, subscribe)));
        const auto connected = stalled.nextFrame();
        QVERIFY(connected && connected->payload.startsWith("CONNECTED\n"));
        const auto receipt = stalled.nextFrame();
        QVERIFY(receipt && receipt->payload.startsWith("RECEIPT\n"));
        stalled.stopReading();

        StompTestClient sender;
        QVERIFY(sender.open(server.webSocketUrl()) && sender.connectWith(seller));
        QVERIFY(sender.subscribe("room", topic));
        // 3,000 messages of 6 KB: 18 MB for the stalled peer, past the kernel's
        // buffers on both ends and the server's 8 MiB cap for unsent output.
        const QString content = QString(2000, QChar(u'감'));
        constexpr int kMessages = 3000;
        for (int i = 0; i < kMessages; ++i) {
            const bool lastOfWindow = i % 100 == 99;
            sender.sendChat(room, content, u"slow-%1"_s.arg(i),
                            lastOfWindow ? QByteArray::number(i) : QByteArray());
            if (lastOfWindow)
                QVERIFY2(sender.waitForReceipt(QByteArray::number(i), 20000), "no receipt");
        }
        // The sender's own subscription got every message, in the order sent
        // (which is commit order: ids ascend).
        qint64 lastId = 0;
        for (int i = 0; i < kMessages; ++i) {
            const auto message = sender.waitForMessage(topic, 20000);
            QVERIFY2(message, qPrintable(u"message %1 missing"_s.arg(i)));
            QCOMPARE(message->value(u"clientMsgId"_s).toString(), u"slow-%1"_s.arg(i));
            const qint64 id = message->value(u"id"_s).toInteger();
            QVERIFY(id > lastId);
            lastId = id;
        }
        // The stalled peer gets what the kernel already held, then the end:
        // the server dropped it instead of buffering without bound.
        stalled.resumeReading();
        int delivered = 0;
        while (const auto frame = stalled.nextFrame(3000)) {
            if (frame->opcode == 0x1 && frame->payload.startsWith("MESSAGE\n"))
                ++delivered;
        }
        QVERIFY(stalled.waitForEnd(5000));
        QVERIFY2(delivered > 0 && delivered < kMessages, qPrintable(QString::number(delivered)));
    }
};

QTEST_GUILESS_MAIN(TestWebSocket)
#include "tst_websocket.moc"
