// The HTTP/1.1 request parser on its own: limits, smuggling shapes, pipelining.
#include "http/httprequestparser.h"

#include <QTest>

using namespace gonggu::server;
using Kind = ParsedHttpRequest::Kind;

class TestHttpParser : public QObject {
    Q_OBJECT
    HttpLimits limits;

private Q_SLOTS:
    void refusals_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("head over 16 KiB")
            << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n"
            << 431;
        QTest::newRow("head over 16 KiB, still unterminated")
            << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(17 * 1024, 'a') << 431;
        QTest::newRow("conflicting Content-Length")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
            << 400;
        QTest::newRow("negative Content-Length")
            << QByteArray("POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("body over the limit")
            << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 1048577\r\n\r\n") << 413;
        const QByteArray chunked =
            "POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
        QTest::newRow("a coding other than chunked")
            << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
            << 501;
        QTest::newRow("chunk size not hex") << chunked + "zz\r\nab\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size with a sign") << chunked + "+2\r\nab\r\n0\r\n\r\n" << 400;
        QTest::newRow("chunk size overflowing") << chunked + "ffffffffffffffff1\r\n" << 400;
        QTest::newRow("chunk longer than its size") << chunked + "2\r\nabc\r\n0\r\n\r\n" << 400;
        QTest::newRow("malformed trailer") << chunked + "2\r\nab\r\n0\r\nno colon\r\n\r\n" << 400;
        QTest::newRow("chunks over the body limit")
            << chunked + "80000\r\n" + QByteArray(0x80000, 'a') + "\r\n80001\r\n"
            << 413;
        QTest::newRow("Transfer-Encoding and Content-Length")
            << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
            << 400;
        QTest::newRow("WebSocket handshake in HTTP/1.0")
            << QByteArray("GET /ws HTTP/1.0\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
            << 400;
        QTest::newRow("not HTTP/1.x") << QByteArray("GET / HTTP/2.0\r\n\r\n") << 400;
        QTest::newRow("target neither origin- nor absolute-form")
            << QByteArray("GET x/y HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        // RFC 9112/9110: each of these a proxy may read differently (request smuggling).
        QTest::newRow("Content-Length with a sign")
            << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: +3\r\n\r\nabc") << 400;
        QTest::newRow("Content-Length as a list")
            << QByteArray("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc") << 400;
        QTest::newRow("space before the colon")
            << QByteArray("GET / HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("space in a field name")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX Y: z\r\n\r\n") << 400;
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n")
                                  << 400;
        QTest::newRow("whitespace before the first field")
            << QByteArray("GET / HTTP/1.1\r\n Host: x\r\n\r\n") << 400;
        QTest::newRow("NUL in a field value")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nX-A: a") + '\0' + QByteArray("b\r\n\r\n")
            << 400;
        QTest::newRow("bare LF") << QByteArray("GET / HTTP/1.1\nHost: x\r\n\r\n") << 400;
        QTest::newRow("bare CR") << QByteArray("GET / HTTP/1.1\r\nHost: x\ry\r\n\r\n") << 400;
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("two spaces in the request line")
            << QByteArray("GET  / HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nNope\r\n\r\n") << 400;
        QTest::newRow("upgrade elsewhere than /ws")
            << QByteArray("GET /x HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
                          "Upgrade\r\n\r\n")
            << 404;
    }

    void refusals() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        const ParsedHttpRequest parsed = parseHttpRequest(bytes, limits);
        QCOMPARE(int(parsed.kind), int(Kind::Invalid));
        QCOMPARE(parsed.status, status);
        QVERIFY(!parsed.error.isEmpty());
    }

    void incompleteWaitsForMore() {
        QCOMPARE(int(parseHttpRequest("GET / HTTP/1.1\r\nHost: x\r\n", limits).kind),
                 int(Kind::Incomplete));
        QCOMPARE(int(parseHttpRequest("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nab",
                                      limits)
                         .kind),
                 int(Kind::Incomplete));
    }

    void pipelinedRequestsAreTakenOneAtATime() {
        const QByteArray first = "POST /a?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray second = "GET /b HTTP/1.0\r\n\r\n";
        const QByteArray both = first + second;
        const ParsedHttpRequest parsed = parseHttpRequest(both, limits);
        QCOMPARE(int(parsed.kind), int(Kind::Complete));
        QCOMPARE(parsed.consumed, first.size());
        QCOMPARE(parsed.request.method, QByteArray("POST"));
        QCOMPARE(parsed.request.path, QStringLiteral("/a"));
        QCOMPARE(parsed.request.queryValue(QStringLiteral("x")),
                 std::optional<QString>(QStringLiteral("1")));
        QCOMPARE(parsed.request.body, QByteArray("abc"));
        QVERIFY(parsed.keepAlive);
        const ParsedHttpRequest next = parseHttpRequest(second, limits);
        QCOMPARE(int(next.kind), int(Kind::Complete));
        QVERIFY(!next.keepAlive); // HTTP/1.0 without keep-alive
    }

    void webSocketUpgradeIsHandedOver() {
        const QByteArray upgrade =
            "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
            "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: k\r\n\r\n";
        QCOMPARE(int(parseHttpRequest(upgrade, limits).kind), int(Kind::Upgrade));
    }

    // Repeated field lines are one list (RFC 9110 5.3): two Sec-WebSocket-Protocol or
    // Connection lines, and Upgrade naming more than websocket, still upgrade.
    void repeatedFieldLinesAreOneList() {
        const QByteArray upgrade = "GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket, other\r\n"
                                   "Connection: keep-alive\r\nConnection: Upgrade\r\n"
                                   "Sec-WebSocket-Protocol: v10.stomp\r\n"
                                   "Sec-WebSocket-Protocol: v12.stomp\r\n\r\n";
        const ParsedHttpRequest parsed = parseHttpRequest(upgrade, limits);
        QCOMPARE(int(parsed.kind), int(Kind::Upgrade));
        QCOMPARE(parsed.request.headers.value("sec-websocket-protocol"),
                 QByteArray("v10.stomp, v12.stomp"));
        // The same length twice is one length.
        const QByteArray twice =
            "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab";
        QCOMPARE(int(parseHttpRequest(twice, limits).kind), int(Kind::Complete));
    }

    // Every HTTP/1.1 server reads chunked bodies (RFC 9112 7.1), split anywhere.
    void chunkedBodiesAreDecoded() {
        const QByteArray request = "POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                                   "Transfer-Encoding: Chunked\r\n\r\n"
                                   "5;name=value\r\n{\"use\r\n"
                                   "A\r\nrname\":\"mi\r\n"
                                   "0004\r\nnsu\"\r\n1\r\n}\r\n"
                                   "0\r\nX-Checksum: 1\r\n\r\n";
        const QByteArray next = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
        for (qsizetype cut = 0; cut < request.size(); ++cut)
            QCOMPARE(int(parseHttpRequest(QByteArrayView(request).first(cut), limits).kind),
                     int(Kind::Incomplete));
        const ParsedHttpRequest parsed = parseHttpRequest(QByteArray(request + next), limits);
        QCOMPARE(int(parsed.kind), int(Kind::Complete));
        QCOMPARE(parsed.request.body, QByteArray("{\"username\":\"minsu\"}"));
        QCOMPARE(parsed.consumed, request.size()); // the next request starts after the trailers
    }

    // A server must accept the absolute form of the target (RFC 9112 3.2.2).
    void absoluteFormTargetsAreAccepted() {
        const ParsedHttpRequest parsed =
            parseHttpRequest("GET http://gonggu.example/api/chat/rooms?limit=2 HTTP/1.1\r\nHost: "
                             "gonggu.example\r\n\r\n",
                             limits);
        QCOMPARE(int(parsed.kind), int(Kind::Complete));
        QCOMPARE(parsed.request.path, QStringLiteral("/api/chat/rooms"));
        QCOMPARE(parsed.request.queryValue(QStringLiteral("limit")),
                 std::optional<QString>(QStringLiteral("2")));
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
