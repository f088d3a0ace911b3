// Abuse limits against the real server: each limit holds, and the connection
// that hit it (where it survives) and other users are unaffected.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using gonggu::stomp::Command;
using gonggu::stomp::Frame;

namespace {

// A raw request from `source` (a loopback address); the status, or 0.
int requestFrom(const ServerProcess &server, const QHostAddress &source, const QByteArray &method,
                const QByteArray &path, const QJsonObject &body = {}) {
    QTcpSocket socket;
    if (!socket.bind(source))
        return -1;
    socket.connectToHost(QHostAddress(u"127.0.0.1"_s), server.port());
    if (!socket.waitForConnected(3000))
        return 0;
    const QByteArray json = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson();
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" +
                 (json.isEmpty() ? QByteArray()
                                 : "Content-Type: application/json\r\nContent-Length: " +
                                       QByteArray::number(json.size()) + "\r\n") +
                 "\r\n" + json);
    QByteArray answer;
    while (socket.waitForReadyRead(3000))
        answer += socket.readAll();
    return answer.mid(9, 3).toInt();
}

int healthFrom(const ServerProcess &server, const QHostAddress &source) {
    return requestFrom(server, source, "GET", "/healthz");
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--max-connections-per-address"_s, u"4"_s, u"--max-subscriptions"_s,
                          u"3"_s, u"--login-attempts"_s, u"3"_s}};
    QString seller;

    std::unique_ptr<StompTestClient> connected(const QString &token) {
        auto client = std::make_unique<StompTestClient>();
        if (!client->open(server.webSocketUrl()) || !client->connectWith(token))
            return nullptr;
        return client;
    }

    qint64 createRoom() {
        const qint64 id = uniqueProductId();
        return httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, 10, 1)).status ==
                       201
                   ? id
                   : 0;
    }

    // A registered account (password "the right one"); its register body.
    QJsonObject registered(const QString &prefix) {
        const QString name = prefix + u"_%1"_s.arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        if (registerAccount(server, name, u"the right one"_s, prefix).status != 201)
            qWarning() << "could not register" << name;
        return {
            {u"username"_s, name}, {u"password"_s, u"the right one"_s}, {u"displayName"_s, prefix}};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Seller"_s);
    }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    void connectionsPerAddress() {
        const qint64 room = createRoom();
        QVERIFY(room);
        // Open connections until one is refused. The test's own HTTP client keeps
        // its keep-alive connection(s) open, and those count too.
        std::vector<std::unique_ptr<StompTestClient>> clients;
        while (clients.size() < 10) {
            auto client = connected(server.token(uniqueUser("c"), u"C"_s));
            if (!client)
                break;
            clients.push_back(std::move(client));
        }
        QVERIFY2(clients.size() >= 2 && clients.size() <= 4,
                 qPrintable(QString::number(clients.size())));
        // At the limit: a plain request from 127.0.0.1 is refused with a reason.
        QCOMPARE(healthFrom(server, QHostAddress(u"127.0.0.1"_s)), 429);
        // Another address is not affected.
        QCOMPARE(healthFrom(server, QHostAddress(u"127.0.0.2"_s)), 200);
        // Nor are the open connections.
        QVERIFY(clients[0]->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        clients[0]->sendChat(room, u"still here"_s, u"lim-%1"_s.arg(room), "r");
        QVERIFY(clients[0]->waitForReceipt("r"));
        // Closing one frees its place (the count follows the socket past the upgrade).
        clients.back()->socket().close();
        QVERIFY(clients.back()->waitForClosed());
        QTRY_COMPARE(healthFrom(server, QHostAddress(u"127.0.0.1"_s)), 200);
        auto replacement = connected(seller);
        QVERIFY(replacement);
        clients.clear();
        QTRY_COMPARE(healthFrom(server, QHostAddress(u"127.0.0.1"_s)), 200);
    }

    void subscriptionsPerConnection() {
        const qint64 room = createRoom();
        auto client = connected(seller);
        QVERIFY(client);
        QVERIFY(client->subscribe("errors", u"/user/queue/errors"_s));
        QVERIFY(client->subscribe("chat", u"/topic/chat/%1"_s.arg(room)));
        QVERIFY(client->subscribe("state", u"/topic/room/%1"_s.arg(room)));
        QVERIFY(!client->subscribe("one-too-many", u"/user/queue/notifications"_s));
        const auto refusal = client->waitForRefusal();
        QVERIFY(refusal);
        QCOMPARE(refusal->value(u"code"_s).toString(), u"BAD_REQUEST"_s);
        QVERIFY(refusal->value(u"message"_s).toString().contains(u"subscriptions"_s));
        // The connection keeps working; unsubscribing frees a place.
        client->sendChat(room, u"after the refusal"_s, u"sub-%1"_s.arg(room), "r1");
        QVERIFY(client->waitForReceipt("r1"));
        client->sendFrame(Frame{Command::Unsubscribe, {{"id", "state"}, {"receipt", "u1"}}, {}});
        QVERIFY(client->waitForReceipt("u1"));
        QVERIFY(client->subscribe("notifications", u"/user/queue/notifications"_s));
    }

    void loginThrottlePerAccount() {
        const QJsonObject account = registered(u"victim"_s);
        const QString name = account.value(u"username"_s).toString();
        QJsonObject wrong = account;
        wrong.insert(u"password"_s, u"guess"_s);
        wrong.remove(u"displayName"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(httpJson(server, "POST", u"/api/auth/login"_s, {}, wrong).status, 401);
        // Now even the right password is refused, without checking it.
        QJsonObject right = account;
        right.remove(u"displayName"_s);
        const auto throttled = httpJson(server, "POST", u"/api/auth/login"_s, {}, right);
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), u"RATE_LIMITED"_s);
        // Another account from the same address still logs in (address limit is 5x).
        const QString other = name + u"_b"_s;
        QJsonObject otherAccount = account;
        otherAccount.insert(u"username"_s, other);
        QCOMPARE(httpJson(server, "POST", u"/api/auth/register"_s, {}, otherAccount).status, 201);
        otherAccount.remove(u"displayName"_s);
        QCOMPARE(httpJson(server, "POST", u"/api/auth/login"_s, {}, otherAccount).status, 200);
    }

    // Someone guessing another user's password locks out only themselves.
    void aGuesserCannotLockTheOwnerOut() {
        const QString name = registered(u"owner"_s).value(u"username"_s).toString();
        const QHostAddress attacker(u"127.0.0.66"_s), owner(u"127.0.0.77"_s);
        const QJsonObject wrong{{u"username"_s, name}, {u"password"_s, u"guess"_s}};
        for (int i = 0; i < 10; ++i) {
            const int status = requestFrom(server, attacker, "POST", "/api/auth/login", wrong);
            QVERIFY2(status == 401 || status == 429, qPrintable(QString::number(status)));
        }
        QCOMPARE(requestFrom(server, attacker, "POST", "/api/auth/login", wrong), 429);
        const QJsonObject right{{u"username"_s, name}, {u"password"_s, u"the right one"_s}};
        QCOMPARE(requestFrom(server, owner, "POST", "/api/auth/login", right), 200);
    }
};

QTEST_MAIN(TestLimits)
#include "tst_limits.moc"
