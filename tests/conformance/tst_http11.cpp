// HTTP/1.1 conformance of the real server (RFC 9110, 9112), over raw sockets.
// Each request-smuggling shape is refused with 400 and the connection closed,
// so that a request hidden behind it is never answered; what the RFCs say a
// server must accept is accepted; a refusal is read whole by the client.
#include "serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Response {
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray header(const QByteArray &name) const {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QString errorCode() const {
        return QJsonDocument::fromJson(body)
            .object()
            .value(u"error"_s)
            .toObject()
            .value(u"code"_s)
            .toString();
    }
};

// Everything the server sends on one connection until it closes it (or a
// quiet `timeoutMs`), cut into responses; `closed` tells which it was.
struct Exchange {
    QList<Response> responses;
    bool closed = false;
};

Exchange exchange(quint16 port, const QByteArray &bytes, bool headRequests = false,
                  int timeoutMs = 3000) {
    Exchange result;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(u"127.0.0.1"_s), port);
    if (!socket.waitForConnected(3000))
        return result;
    socket.write(bytes);
    QByteArray received;
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < timeoutMs) {
        if (socket.waitForReadyRead(100)) {
            received += socket.readAll();
            quiet.restart();
        }
        if (socket.state() == QAbstractSocket::UnconnectedState) {
            received += socket.readAll();
            result.closed = true;
            break;
        }
    }
    while (!received.isEmpty()) {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        Response response;
        response.head = received.left(end + 4);
        response.status = response.head.mid(9, 3).toInt();
        const qsizetype length = headRequests ? 0 : response.header("Content-Length").toLongLong();
        response.body = received.mid(end + 4, length);
        received.remove(0, end + 4 + length);
        result.responses.append(response);
    }
    return result;
}

const QByteArray kHealth = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";

} // namespace

class TestHttp11 : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--cors-origins"_s, u"https://shop.example, http://localhost:5173"_s}};

private Q_SLOTS:
    void initTestCase() { QVERIFY(server.start()); }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    // RFC 9112 2.2, 3, 5, 6; RFC 9110 5.1, 5.5, 7.2, 8.6: refuse and close.
    void smugglingShapesAreRefused_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray post = "POST /api/auth/login HTTP/1.1\r\nHost: x\r\n";
        QTest::newRow("9112 6.3 Content-Length with a plus sign")
            << post + "Content-Length: +2\r\n\r\n{}" << 400;
        QTest::newRow("9112 6.3 Content-Length as a list")
            << post + "Content-Length: 2, 2\r\n\r\n{}" << 400;
        QTest::newRow("9112 6.3 two different Content-Lengths")
            << post + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}" << 400;
        QTest::newRow("9112 6.3 Content-Length not a number")
            << post + "Content-Length: 0x2\r\n\r\n{}" << 400;
        QTest::newRow("9112 6.1 Transfer-Encoding and Content-Length")
            << post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"
            << 400;
        QTest::newRow("9112 5.1 space before the colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost : x\r\n\r\n") << 400;
        QTest::newRow("9110 5.1 space in a field name")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX Y: z\r\n\r\n") << 400;
        QTest::newRow("9112 5.2 obsolete line folding")
            << QByteArray(
                   "GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\r\n Content-Length: 9\r\n\r\n")
            << 400;
        QTest::newRow("9112 2.2 whitespace before the first field")
            << QByteArray("GET /healthz HTTP/1.1\r\n Host: x\r\n\r\n") << 400;
        QTest::newRow("9110 5.5 NUL in a field value")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a") + '\0' + "b\r\n\r\n"
            << 400;
        QTest::newRow("9110 5.5 bare CR in a field value")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n") << 400;
        QTest::newRow("9112 3.2 HTTP/1.1 without Host")
            << QByteArray("GET /healthz HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("9112 3.2 two Host fields")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
        QTest::newRow("9112 3 two spaces in the request line")
            << QByteArray("GET  /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("9112 3 lowercase version")
            << QByteArray("GET /healthz http/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("9112 5 field line without a colon")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\nNope\r\n\r\n") << 400;
        QTest::newRow("9110 9.1 method not a token")
            << QByteArray("G(T /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("9112 3.2 target neither origin- nor absolute-form")
            << QByteArray("GET healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
    }
    void smugglingShapesAreRefused() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        // A second request rides behind: it must never be answered.
        const Exchange result = exchange(server.port(), request + kHealth);
        QCOMPARE(result.responses.size(), 1);
        QCOMPARE(result.responses[0].status, status);
        QCOMPARE(result.responses[0].errorCode(), u"BAD_REQUEST"_s);
        QCOMPARE(result.responses[0].header("Connection").toLower(), QByteArray("close"));
        QVERIFY(result.closed);
    }

    void limits_data() {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("9110 15.5.14 body over 1 MiB (announced)")
            << QByteArray(
                   "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\n")
            << 413;
        QTest::newRow("6585 5 head over 16 KiB")
            << "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(20'000, 'a') + "\r\n\r\n"
            << 431;
        QTest::newRow("9112 6.1 a transfer coding other than chunked")
            << QByteArray("POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                          "Transfer-Encoding: gzip, chunked\r\n\r\n")
            << 501;
    }

    // RFC 9112 7.1: an HTTP/1.1 server must read chunked bodies; the next request
    // on the connection starts right after the trailers.
    void chunkedBodiesAreRead() {
        const QByteArray json =
            "{\"username\":\"chunky_" +
            QByteArray::number(QDateTime::currentMSecsSinceEpoch() % 100000000) +
            "\",\"password\":\"correct horse\",\"displayName\":\"청크\"}";
        const QByteArray body = QByteArray::number(10, 16) + ";ext=1\r\n" + json.left(10) + "\r\n" +
                                QByteArray::number(json.size() - 10, 16) + "\r\n" + json.mid(10) +
                                "\r\n0\r\nX-Trailer: ignored\r\n\r\n";
        const Exchange result =
            exchange(server.port(),
                     "POST /api/auth/register HTTP/1.1\r\nHost: x\r\nContent-Type: "
                     "application/json\r\nTransfer-Encoding: chunked\r\n\r\n" +
                         body + kHealth,
                     false, 1000);
        QCOMPARE(result.responses.size(), 2);
        QCOMPARE(result.responses[0].status, 201);
        QCOMPARE(result.responses[1].status, 200);
    }
    void limits() {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        const Exchange result = exchange(server.port(), request);
        QCOMPARE(result.responses.size(), 1);
        QCOMPARE(result.responses[0].status, status);
        QVERIFY(result.closed);
    }

    // The head and a too-large body written at once, as a plain client does
    // (blocking writes, reading only afterwards): it reads the 413 whole (a
    // lingering close), instead of a reset that destroys it unread.
    void tooLargeBodyWrittenAtOnceStillGetsThe413() {
        const QByteArray body(16 * 1024 * 1024, 'x');
        const QByteArray request = "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                   "application/json\r\nContent-Length: " +
                                   QByteArray::number(body.size()) + "\r\n\r\n" + body;
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(server.port());
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
        qsizetype sent = 0;
        while (sent < request.size()) {
            const ssize_t n =
                ::send(fd, request.constData() + sent, size_t(request.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        // A reset here is what most clients report instead of the answer.
        QCOMPARE(sent, request.size());
        QThread::msleep(300); // the answer waits in our kernel meanwhile
        QByteArray received;
        char chunk[4096];
        for (;;) {
            const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
            if (n <= 0)
                break;
            received.append(chunk, n);
        }
        ::close(fd);
        QVERIFY2(received.startsWith("HTTP/1.1 413 "), received.left(200).constData());
        QVERIFY(received.contains("\"code\":\"BAD_REQUEST\""));
    }

    // RFC 9112 3.2.2: a server MUST accept the absolute form.
    void absoluteFormTargetIsAccepted() {
        const Exchange result =
            exchange(server.port(), "GET http://127.0.0.1/healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    "Connection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 1);
        QCOMPARE(result.responses[0].status, 200);
    }

    // RFC 9110 9.3.2: HEAD is GET without the body, same headers.
    void headIsGetWithoutTheBody() {
        const Exchange get = exchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                                     "Connection: close\r\n\r\n");
        const Exchange head =
            exchange(server.port(), "HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n" + kHealth, true);
        QCOMPARE(get.responses.size(), 1);
        QVERIFY(head.responses.size() >= 1);
        QCOMPARE(head.responses[0].status, 200);
        QCOMPARE(head.responses[0].header("Content-Length"),
                 get.responses[0].header("Content-Length"));
        QCOMPARE(head.responses[0].header("Content-Type"), get.responses[0].header("Content-Type"));
        // No body: the next response on the connection starts right after the head.
        QCOMPARE(head.responses.size(), 2);
        QVERIFY(head.responses[1].head.startsWith("HTTP/1.1 200"));
    }

    // RFC 9112 9.3.2: pipelined requests are answered in order on one connection.
    void pipelinedRequestsAreAnsweredInOrder() {
        const Exchange result = exchange(
            server.port(), kHealth + "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n" + kHealth +
                               "GET /readyz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 4);
        QCOMPARE(result.responses[0].status, 200);
        QCOMPARE(result.responses[1].status, 404);
        QCOMPARE(result.responses[1].errorCode(), u"NOT_FOUND"_s);
        QCOMPARE(result.responses[2].status, 200);
        QCOMPARE(result.responses[3].status, 200);
        QVERIFY(result.closed); // Connection: close is honoured
    }

    // RFC 9112 9.3: HTTP/1.1 stays open; HTTP/1.0 closes unless asked otherwise.
    void persistence() {
        const Exchange open = exchange(server.port(), kHealth, false, 500);
        QCOMPARE(open.responses.size(), 1);
        QVERIFY(!open.closed);
        const Exchange old = exchange(server.port(), "GET /healthz HTTP/1.0\r\n\r\n");
        QCOMPARE(old.responses.size(), 1);
        QCOMPARE(old.responses[0].status, 200);
        QVERIFY(old.closed);
    }

    // RFC 9110 15.5.6: 405 names what is allowed; the body's code matches.
    void methodNotAllowedSaysWhatIs() {
        const Exchange result = exchange(server.port(), "DELETE /healthz HTTP/1.1\r\nHost: x\r\n"
                                                        "Connection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 1);
        QCOMPARE(result.responses[0].status, 405);
        QVERIFY(result.responses[0].header("Allow").contains("GET"));
    }

    // RFC 9110 9.3.7: OPTIONS says what a resource allows.
    void optionsSaysWhatIsAllowed() {
        const Exchange result =
            exchange(server.port(), "OPTIONS /api/chat/rooms HTTP/1.1\r\nHost: x\r\n"
                                    "Connection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 1);
        QCOMPARE(result.responses[0].status, 204);
        QVERIFY(result.responses[0].header("Allow").contains("POST"));
        QVERIFY(result.responses[0].header("Content-Length").isEmpty()); // RFC 9110 8.6
    }

    // The Fetch standard's CORS protocol, for the origins on the list only.
    void corsPreflightForAnAllowedOrigin() {
        const Exchange result = exchange(
            server.port(),
            "OPTIONS /api/chat/rooms HTTP/1.1\r\nHost: x\r\nOrigin: http://localhost:5173\r\n"
            "Access-Control-Request-Method: POST\r\n"
            "Access-Control-Request-Headers: authorization, content-type\r\n"
            "Connection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 1);
        const Response &answer = result.responses[0];
        QCOMPARE(answer.status, 204);
        QCOMPARE(answer.header("Access-Control-Allow-Origin"), QByteArray("http://localhost:5173"));
        QVERIFY(answer.header("Access-Control-Allow-Methods").contains("POST"));
        QVERIFY(answer.header("Access-Control-Allow-Headers").toLower().contains("authorization"));
        QVERIFY(answer.header("Access-Control-Allow-Headers").toLower().contains("content-type"));
        QVERIFY(answer.header("Access-Control-Allow-Credentials").isEmpty()); // bearer tokens only
    }

    void corsPreflightForAnotherOriginIsRefused() {
        const Exchange result = exchange(
            server.port(),
            "OPTIONS /api/chat/rooms HTTP/1.1\r\nHost: x\r\nOrigin: https://evil.example\r\n"
            "Access-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 1);
        QCOMPARE(result.responses[0].status, 403);
        QCOMPARE(result.responses[0].errorCode(), u"FORBIDDEN"_s);
        QVERIFY(result.responses[0].header("Access-Control-Allow-Origin").isEmpty());
    }

    void corsActualRequestIsReadableOnlyByTheListedOrigins() {
        const auto get = [&](const QByteArray &origin) {
            return exchange(server.port(), "GET /api/chat/rooms HTTP/1.1\r\nHost: x\r\nOrigin: " +
                                               origin + "\r\nConnection: close\r\n\r\n")
                .responses.value(0);
        };
        const Response allowed = get("https://shop.example");
        QCOMPARE(allowed.status, 401); // still needs a token; the page may read why
        QCOMPARE(allowed.header("Access-Control-Allow-Origin"), QByteArray("https://shop.example"));
        QVERIFY(allowed.header("Access-Control-Expose-Headers").contains("Retry-After"));
        QVERIFY(allowed.head.contains("Vary: Origin"));
        const Response other = get("https://evil.example");
        QCOMPARE(other.status, 401);
        QVERIFY(other.header("Access-Control-Allow-Origin").isEmpty());
        QVERIFY(other.head.contains("Vary: Origin"));
    }

    // Repeated list fields are one list (RFC 9110 5.3).
    void repeatedListFieldsAreCombined() {
        const Exchange result =
            exchange(server.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n"
                                    "Connection: keep-alive\r\nConnection: close\r\n\r\n");
        QCOMPARE(result.responses.size(), 1);
        QVERIFY(result.closed);
    }
};

QTEST_GUILESS_MAIN(TestHttp11)
#include "tst_http11.moc"
