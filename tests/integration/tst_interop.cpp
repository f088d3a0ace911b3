// Drives tests/interop (Node, @stomp/stompjs over ws) against the real server,
// while a QWebSocket STOMP client chats with it in the same room.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestInterop : public QObject {
    Q_OBJECT
    ServerProcess server;

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(QStringLiteral(GONGGU_INTEROP_DIR "/node_modules/@stomp/stompjs")))
            QFAIL("run 'npm ci --prefix tests/interop' first (scripts/test does)");
        QVERIFY(server.start());
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void stompjsAndQtClientsChat() {
        const QString sellerId = uniqueUser("seller");
        const QString seller = server.token(sellerId, u"Farm Kim"_s);
        const QString buyer = server.token(uniqueUser("js-buyer"), u"Node Buyer"_s);
        const qint64 room = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 5, 1)).status,
            201);

        StompTestClient qt;
        QVERIFY(qt.open(server.webSocketUrl()));
        QVERIFY(qt.connectWith(seller));
        const QString topic = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(qt.subscribe("chat", topic));

        QProcess node;
        node.setProcessChannelMode(QProcess::MergedChannels);
        node.setWorkingDirectory(QStringLiteral(GONGGU_INTEROP_DIR));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"GONGGU_WS_URL"_s, server.webSocketUrl().toString());
        environment.insert(u"GONGGU_TOKEN"_s, buyer);
        environment.insert(u"GONGGU_ROOM_ID"_s, QString::number(room));
        environment.insert(u"GONGGU_PEER_ID"_s, sellerId);
        node.setProcessEnvironment(environment);
        node.start(u"node"_s, {u"--test"_s, u"--test-reporter=spec"_s, u"interop.test.mjs"_s});
        QVERIFY(node.waitForStarted());

        // Answer the stompjs client once its message arrives.
        const auto fromNode = qt.waitFor(
            [](const Frame &f) {
                return f.command == Command::Message && f.body.contains("hello from stompjs");
            },
            15000);
        QVERIFY2(fromNode, qPrintable(QString::fromUtf8(node.readAll())));
        qt.sendChat(room, u"hello from Qt"_s, u"qt-0001"_s, "qt");
        QVERIFY(qt.waitForReceipt("qt"));

        QVERIFY(node.waitForFinished(30000));
        const QString output = QString::fromUtf8(node.readAll());
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0,
                 qPrintable(output));
        qInfo().noquote() << output;
    }

    // A trade service signing with Node's crypto: libjwt must agree on the JWS
    // encoding, ECDSA's raw r||s signature included.
    void externalIssuerTokensFromNode_data() {
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("RS256") << u"RS256"_s;
        QTest::newRow("ES256") << u"ES256"_s;
    }

    void externalIssuerTokensFromNode() {
        QFETCH(QString, algorithm);
        QTemporaryDir keys;
        const auto runNode = [](const QStringList &arguments, QByteArray *output) {
            QProcess node;
            node.setWorkingDirectory(QStringLiteral(GONGGU_INTEROP_DIR));
            node.start(u"node"_s, QStringList{u"external-token.mjs"_s} + arguments);
            const bool ok = node.waitForFinished(15000) && node.exitCode() == 0;
            *output = node.readAllStandardOutput() + node.readAllStandardError();
            return ok;
        };
        QByteArray output;
        QVERIFY2(runNode({u"keygen"_s, algorithm, keys.path()}, &output), output.constData());
        ServerProcess external{{u"--external-jwt-algorithm"_s, algorithm,
                                u"--external-jwt-public-key"_s,
                                keys.filePath(algorithm + u".pub.pem"_s),
                                u"--external-jwt-issuer"_s, u"market.example"_s}};
        QVERIFY(external.start());
        QByteArray token;
        QVERIFY2(runNode({u"sign"_s, algorithm, keys.path(), u"market.example"_s}, &token),
                 token.constData());
        // The trade service creates a room for a seller with its own token.
        QJsonObject body = roomBody(uniqueProductId(), 5, 1);
        body.insert(u"sellerId"_s, uniqueUser("seller"));
        body.insert(u"sellerName"_s, u"Farm Kim"_s);
        const auto created =
            httpJson(external, "POST", u"/api/chat/rooms"_s, QString::fromUtf8(token), body);
        QVERIFY2(created.status == 201, created.body.constData());
        // The same token against a server without the key is refused.
        const auto refused =
            httpJson(server, "POST", u"/api/chat/rooms"_s, QString::fromUtf8(token), body);
        QCOMPARE(refused.status, 401);
        QVERIFY(external.stop());
    }
};

QTEST_GUILESS_MAIN(TestInterop)
#include "tst_interop.moc"
