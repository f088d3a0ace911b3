// Three instances on one PostgreSQL database and one Redis, behind Debian's nginx
// running packaging/nginx/gonggu.conf: clients that reach them only through nginx
// see one ordered history, the places of a buy are not oversold, and nobody loses
// a message when an instance is killed, when Redis restarts or when PostgreSQL
// restarts.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include "common/jsonfields.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

namespace {

// nginx connects to the instances from this address, the one they trust: the
// clients (127.0.0.1) are told apart from the proxy as they would be in production.
const auto kProxyAddress = u"127.0.0.2"_s;

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Someone in the room, connected through nginx, keeping what they were shown.
struct Member {
    QString userId;
    QString token;
    std::unique_ptr<StompTestClient> stomp;
    QList<qint64> seen;               // ids, in the order they arrived
    QHash<QString, qint64> receipted; // clientMsgId -> when the RECEIPT came
    QSet<QString> unconfirmed;        // sent, no RECEIPT yet
};

} // namespace

class TestCluster : public QObject {
    Q_OBJECT
    const QString redis = qEnvironmentVariable("GONGGU_TEST_REDIS");
    std::vector<std::unique_ptr<ServerProcess>> instances;
    QTemporaryDir nginxDir;
    QProcess nginx;
    quint16 nginxPort = 0;
    QString seller;

    QUrl front(const QString &path) const {
        return QUrl(u"http://127.0.0.1:%1%2"_s.arg(nginxPort).arg(path));
    }
    HttpResult viaNginx(const QByteArray &method, const QString &path, const QString &token,
                        const QJsonObject &body = {}) const {
        return httpRequestAt(front(path), method, token,
                             body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    }

    bool writeNginxConfig() {
        QFile packaged(QStringLiteral(GONGGU_NGINX_CONF));
        if (!packaged.open(QIODevice::ReadOnly))
            return false;
        QString site = QString::fromUtf8(packaged.readAll());
        QString servers;
        for (const auto &instance : instances)
            servers +=
                u"    server 127.0.0.1:%1 max_fails=1 fail_timeout=5s;\n"_s.arg(instance->port());
        static const QRegularExpression upstream(
            u"# GONGGU-UPSTREAM-BEGIN\n.*# GONGGU-UPSTREAM-END"_s,
            QRegularExpression::DotMatchesEverythingOption);
        site.replace(upstream, servers);
        site.replace(u"listen 80; # GONGGU-LISTEN"_s, u"listen 127.0.0.1:%1;"_s.arg(nginxPort));
        const QDir dir(nginxDir.path());
        QFile siteFile(dir.filePath(u"gonggu.conf"_s));
        if (!siteFile.open(QIODevice::WriteOnly) || siteFile.write(site.toUtf8()) < 0)
            return false;
        siteFile.close();
        // What /etc/nginx/nginx.conf would say, with every path in the test's directory.
        const QString main = uR"(worker_processes 1;
error_log %1/error.log warn;
pid %1/nginx.pid;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path %1/body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    proxy_bind %2;
    include %1/gonggu.conf;
}
)"_s.arg(dir.path(), kProxyAddress);
        QFile mainFile(dir.filePath(u"nginx.conf"_s));
        return mainFile.open(QIODevice::WriteOnly) && mainFile.write(main.toUtf8()) > 0;
    }

    std::unique_ptr<Member> member(const QString &name) {
        auto m = std::make_unique<Member>();
        m->userId = uniqueUser(name.toLatin1().constData());
        m->token = instances.front()->token(m->userId, name);
        return m;
    }

    // Opens a STOMP session through nginx, subscribes, and fetches what was said
    // since the last message it saw (as the app does after a reconnect).
    bool connect(Member &m, qint64 room) {
        m.stomp = std::make_unique<StompTestClient>();
        const QUrl ws(u"ws://127.0.0.1:%1/ws"_s.arg(nginxPort));
        if (!m.stomp->open(ws) || !m.stomp->connectWith(m.token) ||
            !m.stomp->subscribe("errors", u"/user/queue/errors"_s) ||
            !m.stomp->subscribe("chat", u"/topic/chat/%1"_s.arg(room)))
            return false;
        return fillGap(m, room);
    }

    bool fillGap(Member &m, qint64 room) {
        for (;;) {
            const qint64 after = m.seen.isEmpty() ? 0 : m.seen.last();
            const auto page = viaNginx(
                "GET", u"/api/chat/rooms/%1/messages?limit=100&after=%2"_s.arg(room).arg(after),
                m.token);
            if (page.status != 200)
                return false;
            const auto messages = page.json[u"messages"_s].toArray();
            for (const auto &message : messages)
                m.seen.append(message[u"id"_s].toInteger());
            if (messages.isEmpty())
                return true;
        }
    }

    // Takes what arrived: chat messages seen (a repeat of one fetched already is
    // dropped, as the app's model does) and receipts.
    void collect(Member &m, const QString &chat) {
        for (const Frame &f : m.stomp->frames()) {
            if (f.command == Command::Receipt) {
                const QString id = QString::fromUtf8(f.headerOr("receipt-id"));
                m.unconfirmed.remove(id);
                m.receipted.insert(id, QDateTime::currentMSecsSinceEpoch());
            } else if (f.header("destination") == chat.toUtf8()) {
                const auto body = gonggu::parseJsonObject(f.body);
                const qint64 id = body ? body->value(u"id"_s).toInteger() : 0;
                if (id && !m.seen.contains(id))
                    m.seen.append(id);
            }
        }
        m.stomp->frames().clear();
    }

    void say(Member &m, qint64 room, const QString &clientMsgId) {
        m.unconfirmed.insert(clientMsgId);
        m.stomp->sendChat(room, clientMsgId, clientMsgId, clientMsgId.toUtf8());
    }

    // Until every member has the RECEIPT of everything they sent.
    bool allReceipted(std::vector<std::unique_ptr<Member>> &members, qint64 room) {
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000) {
            bool pending = false;
            for (auto &m : members) {
                collect(*m, chat);
                pending = pending || !m->unconfirmed.isEmpty();
            }
            if (!pending)
                return true;
            QTest::qWait(20);
        }
        return false;
    }

    QList<qint64> history(qint64 room) const {
        QList<qint64> ids;
        for (qint64 after = 0;;) {
            const auto page = viaNginx(
                "GET", u"/api/chat/rooms/%1/messages?limit=100&after=%2"_s.arg(room).arg(after),
                seller);
            const auto messages = page.json[u"messages"_s].toArray();
            for (const auto &message : messages)
                ids.append(message[u"id"_s].toInteger());
            if (messages.isEmpty())
                return ids;
            after = ids.last();
        }
    }

    QStringList contents(qint64 room) const {
        QStringList all;
        for (qint64 after = 0;;) {
            const auto page = viaNginx(
                "GET", u"/api/chat/rooms/%1/messages?limit=100&after=%2"_s.arg(room).arg(after),
                seller);
            const auto messages = page.json[u"messages"_s].toArray();
            for (const auto &message : messages) {
                all.append(message[u"content"_s].toString());
                after = message[u"id"_s].toInteger();
            }
            if (messages.isEmpty())
                return all;
        }
    }

    qint64 openRoom(int places) {
        const qint64 room = uniqueProductId();
        if (viaNginx("POST", u"/api/chat/rooms"_s, seller, roomBody(room, places, 1)).status != 201)
            return 0;
        return room;
    }

    // A room with `count` members who joined it and are connected through nginx.
    std::vector<std::unique_ptr<Member>> roomOf(qint64 room, int count) {
        std::vector<std::unique_ptr<Member>> members;
        for (int i = 0; i < count; ++i) {
            auto m = member(u"member-%1"_s.arg(i));
            if (viaNginx("POST", u"/api/chat/rooms/%1/participants"_s.arg(room), m->token).status !=
                    200 ||
                !connect(*m, room))
                return {};
            members.push_back(std::move(m));
        }
        return members;
    }

    int sessionsOn(const ServerProcess &instance) const {
        const auto metrics = httpRequest(instance, "GET", u"/metrics"_s).body;
        static const QRegularExpression line(u"^gonggu_websocket_connections (\\d+)"_s,
                                             QRegularExpression::MultilineOption);
        const auto match = line.match(QString::fromUtf8(metrics));
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    bool allReady() const {
        for (const auto &instance : instances) {
            if (instance->isRunning() && httpRequest(*instance, "GET", u"/readyz"_s).status != 200)
                return false;
        }
        return true;
    }

    // Every member ends with the room's whole history, each message once, in order.
    void checkEveryoneSawEverything(std::vector<std::unique_ptr<Member>> &members, qint64 room) {
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        const QList<qint64> truth = history(room);
        QVERIFY(std::is_sorted(truth.begin(), truth.end()));
        for (auto &m : members) {
            QTRY_COMPARE_WITH_TIMEOUT(
                [&] {
                    collect(*m, chat);
                    return m->seen.size();
                }(),
                truth.size(), 15000);
            QCOMPARE(m->seen, truth);
        }
    }

private Q_SLOTS:
    void initTestCase() {
        if (redis.isEmpty() || !ServerProcess::usingPostgres())
            QSKIP("needs PostgreSQL, Redis and nginx: ctest runs this as cluster_postgres");
        if (QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s, u"/usr/bin"_s}).isEmpty())
            QFAIL("nginx is not installed (scripts/install-deps test installs nginx-light)");
        const QStringList common{
            u"--redis"_s,      redis,     u"--rate-limit"_s,      u"1000"_s,
            u"--rate-burst"_s, u"1000"_s, u"--trusted-proxies"_s, kProxyAddress};
        instances.push_back(std::make_unique<ServerProcess>(common));
        QVERIFY(instances.front()->start());
        const QDir first(instances.front()->dataDir());
        for (int i = 1; i < 3; ++i) {
            instances.push_back(std::make_unique<ServerProcess>(
                QStringList{u"--jwt-secret-file"_s, first.filePath(u"jwt-secret"_s),
                            u"--encryption-key-file"_s, first.filePath(u"message-keys"_s),
                            u"--files-dir"_s, first.filePath(u"files"_s)} +
                common));
            QVERIFY(instances.back()->start());
        }
        QTRY_VERIFY_WITH_TIMEOUT(allReady(), 15000);
        nginxPort = freePort();
        QVERIFY(writeNginxConfig());
        nginx.setProcessChannelMode(QProcess::MergedChannels);
        nginx.start(QStandardPaths::findExecutable(u"nginx"_s, {u"/usr/sbin"_s}),
                    {u"-p"_s, nginxDir.path(), u"-e"_s, nginxDir.filePath(u"error.log"_s), u"-c"_s,
                     nginxDir.filePath(u"nginx.conf"_s), u"-g"_s, u"daemon off;"_s});
        QVERIFY(nginx.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(httpRequestAt(front(u"/healthz"_s), "GET").status == 200, 10000);
        seller = instances.front()->token(uniqueUser("seller"), u"Seller"_s);
    }

    void cleanupTestCase() {
        if (nginx.state() == QProcess::Running) {
            nginx.terminate();
            nginx.waitForFinished(5000);
        }
        for (auto &instance : instances) {
            if (instance->isRunning())
                QVERIFY(instance->stop());
        }
    }

    // Clients spread over the three instances chat at once; each sees the one
    // history, in order, live.
    void clientsSpreadOverInstancesSeeOneOrderedHistory() {
        const qint64 room = openRoom(20);
        QVERIFY(room);
        auto members = roomOf(room, 6);
        QCOMPARE(int(members.size()), 6);
        for (const auto &instance : instances)
            QVERIFY2(sessionsOn(*instance) >= 1,
                     "nginx spreads the WebSockets over every instance");
        for (int i = 0; i < 20; ++i)
            for (auto &m : members)
                say(*m, room, u"c-%1-%2"_s.arg(m->userId).arg(i));
        checkEveryoneSawEverything(members, room);
        QCOMPARE(history(room).size(), 6 + 6 * 20); // six JOINED lines and every message
    }

    // Sixty buyers join at once through nginx, spread over the instances, for ten
    // places: exactly ten get one.
    void sixtyConcurrentJoinsForTenPlacesGiveTen() {
        const qint64 room = openRoom(10);
        QVERIFY(room);
        QNetworkAccessManager network;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(front(u"/api/chat/rooms/%1/participants"_s.arg(room)));
            const QString token =
                instances.front()->token(uniqueUser("joiner"), u"Joiner %1"_s.arg(i));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            replies.append(network.post(request, QByteArray()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 30000);
        QMap<int, int> statuses;
        for (QNetworkReply *reply : replies) {
            ++statuses[reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()];
            reply->deleteLater();
        }
        QCOMPARE(statuses.value(200), 10);
        QCOMPARE(statuses.value(409), 50); // full, or complete by then: refused, none oversold
        const auto state = viaNginx("GET", u"/api/chat/rooms/%1"_s.arg(room), seller);
        QCOMPARE(state.json[u"participantCount"_s].toInt(), 10);
        QCOMPARE(state.json[u"status"_s].toString(), u"CLOSED"_s); // full: the buy is complete
    }

    // An instance dies (SIGKILL) mid-conversation: its clients reconnect through
    // nginx to the others, send again what got no RECEIPT, and miss nothing.
    void anInstanceKilledMidConversationLosesNobodyAnything() {
        const qint64 room = openRoom(20);
        QVERIFY(room);
        auto members = roomOf(room, 6);
        QCOMPARE(int(members.size()), 6);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        ServerProcess &victim = *instances[1];
        const int onVictim = sessionsOn(victim);
        QVERIFY(onVictim >= 1);
        int reconnected = 0;
        for (int i = 0; i < 30; ++i) {
            if (i == 15)
                victim.kill();
            for (auto &m : members) {
                collect(*m, chat);
                if (!m->stomp->isOpen()) { // the app reconnects, then sends its outbox again
                    QTRY_VERIFY_WITH_TIMEOUT(connect(*m, room), 15000);
                    ++reconnected;
                    for (const QString &id : QStringList(m->unconfirmed.values()))
                        say(*m, room, id);
                }
                say(*m, room, u"k-%1-%2"_s.arg(m->userId).arg(i));
            }
            QTest::qWait(20);
        }
        for (auto &m : members)
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    collect(*m, chat);
                    return m->unconfirmed.isEmpty();
                }(),
                15000);
        QCOMPARE(reconnected, onVictim); // each of the killed instance's clients, once
        checkEveryoneSawEverything(members, room);
        QCOMPARE(history(room).size(), 6 + 6 * 30); // each message once, the resent too
        QVERIFY(victim.start());                    // back, same port: nginx sends it clients again
        QTRY_VERIFY_WITH_TIMEOUT(allReady(), 15000);
    }

    // Redis restarts while they chat: every client catches up, live, once it is back.
    void everyoneCatchesUpAfterRedisRestarts() {
        const qint64 room = openRoom(20);
        QVERIFY(room);
        auto members = roomOf(room, 6);
        QCOMPARE(int(members.size()), 6);
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "pause"));
        QTRY_VERIFY_WITH_TIMEOUT(!allReady(), 10000);
        for (int i = 0; i < 5; ++i)
            for (auto &m : members)
                say(*m, room, u"r-%1-%2"_s.arg(m->userId).arg(i));
        QVERIFY(allReceipted(members, room)); // committed while Redis is away
        QVERIFY(controlService("GONGGU_TEST_REDIS_CONTROL", "resume"));
        QTRY_VERIFY_WITH_TIMEOUT(allReady(), 15000);
        checkEveryoneSawEverything(members, room);
        QCOMPARE(history(room).size(), 6 + 6 * 5);
    }

    // PostgreSQL restarts under them: sends are refused meanwhile and sent again
    // (the app's outbox); every message that got a RECEIPT is there, once.
    void everyReceiptedMessageIsThereOnceAfterPostgresRestarts() {
        const qint64 room = openRoom(20);
        QVERIFY(room);
        auto members = roomOf(room, 3);
        QCOMPARE(int(members.size()), 3);
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        for (int i = 0; i < 10; ++i)
            for (auto &m : members)
                say(*m, room, u"p-%1-%2"_s.arg(m->userId).arg(i));
        QVERIFY(allReceipted(members, room));
        QVERIFY(controlService("GONGGU_TEST_PG_CONTROL", "pause"));
        for (int i = 10; i < 20; ++i)
            for (auto &m : members)
                say(*m, room, u"p-%1-%2"_s.arg(m->userId).arg(i));
        QTest::qWait(1000); // sent, and refused: the database is down
        QVERIFY(controlService("GONGGU_TEST_PG_CONTROL", "resume"));
        // Refused while it was down: sent again until each has its RECEIPT.
        QElapsedTimer clock;
        clock.start();
        int resent = 0;
        while (clock.elapsed() < 30000) {
            bool pending = false;
            for (auto &m : members) {
                collect(*m, chat);
                if (!m->stomp->isOpen())
                    QVERIFY(connect(*m, room));
                for (const QString &id : QStringList(m->unconfirmed.values())) {
                    pending = true;
                    ++resent;
                    say(*m, room, id);
                }
            }
            if (!pending)
                break;
            QTest::qWait(500);
        }
        qInfo() << "sent again after the restart:" << resent;
        QVERIFY2(resent >= 30, "the sends met the database down");
        QStringList receipted;
        for (auto &m : members) {
            QVERIFY(m->unconfirmed.isEmpty());
            receipted += m->receipted.keys();
        }
        QCOMPARE(receipted.size(), 3 * 20);
        const QStringList stored = contents(room);
        for (const QString &id : receipted)
            QCOMPARE(stored.count(id), 1);
        QTRY_VERIFY_WITH_TIMEOUT(allReady(), 15000);
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
