// What an operator relies on: /metrics that add up, JSON log lines that a log
// shipper can read and that never hold message text or tokens, and
// configuration with one precedence and errors that point at the line.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {

// Samples of a Prometheus text page by "name{labels}" (labels as written).
QHash<QString, double> parseMetrics(const QByteArray &page, QStringList *problems) {
    static const QRegularExpression sample(
        u"^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{[a-zA-Z_]+=\"[^\"]*\"\\})?) (-?[0-9.e+]+|\\+Inf|NaN)$"_s);
    QHash<QString, double> samples;
    QSet<QString> typed;
    for (const QByteArray &raw : page.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"# TYPE ")) {
            typed.insert(line.section(u' ', 2, 2));
            continue;
        }
        if (line.startsWith(u"# HELP "))
            continue;
        const auto match = sample.match(line);
        if (!match.hasMatch()) {
            problems->append(u"not a sample: "_s + line);
            continue;
        }
        const QString key = match.captured(1);
        QString family = key.section(u'{', 0, 0);
        for (const char *suffix : {"_bucket", "_sum", "_count"}) {
            if (!typed.contains(family) && family.endsWith(QLatin1StringView(suffix)))
                family.chop(qsizetype(strlen(suffix)));
        }
        if (!typed.contains(family))
            problems->append(u"no # TYPE before "_s + key);
        samples.insert(key, match.captured(2).toDouble());
    }
    return samples;
}

QString runServer(const QStringList &arguments, const QStringList &environment, int *exitCode) {
    QProcess process;
    process.setProgram(serverBinary());
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start();
    process.waitForFinished(10000);
    *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
}

} // namespace

class TestOperations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The data directory holds the JWT secret, the message keys and the
    // password hashes: 0700 and 0600 even under a permissive umask.
    void dataDirectoryIsTheServersAlone() {
        QTemporaryDir parent;
        const QString dataDir = parent.filePath(u"fresh/data"_s);
        const mode_t previous = ::umask(0002);
        ServerProcess server{{u"--data-dir"_s, dataDir}};
        const bool started = server.start();
        ::umask(previous);
        QVERIFY(started);
        const QFileDevice::Permissions kModeBits(0x7077); // owner, group, other
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFileInfo(dataDir).permissions() & kModeBits,
                 QFileDevice::Permissions(ownerOnly | QFileDevice::ExeOwner));
        QVERIFY(!QDir(dataDir).isEmpty());
        const QStringList files = QDir(dataDir).entryList(QDir::Files);
        for (const QString &name : files) {
            QCOMPARE(QFileInfo(QDir(dataDir).filePath(name)).permissions() & kModeBits,
                     QFileDevice::Permissions(ownerOnly));
        }
        if (!ServerProcess::usingPostgres())
            QVERIFY(files.contains(u"gonggu.sqlite"_s));
        QVERIFY(files.contains(u"jwt-secret"_s));
        QVERIFY2(server.stop(), qPrintable(server.output()));
    }

    void metricsCountWhatHappened() {
        ServerProcess server;
        QVERIFY(server.start());
        const QString sellerId = uniqueUser("seller");
        const QString seller = server.token(sellerId, u"Seller"_s);
        const qint64 roomId = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(roomId, 5, 1)).status,
            201);

        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        QVERIFY(client.connectWith(seller));
        const QString topic = u"/topic/chat/%1"_s.arg(roomId);
        QVERIFY(client.subscribe("chat", topic));
        QVERIFY(client.subscribe("errors", u"/user/queue/errors"_s));
        for (int i = 0; i < 3; ++i) {
            client.sendChat(roomId, u"hello %1"_s.arg(i), u"m-%1-%2"_s.arg(roomId).arg(i),
                            "r" + QByteArray::number(i));
            QVERIFY(client.waitForReceipt("r" + QByteArray::number(i)));
        }
        client.sendRaw("SEND\ndestination:/app/chat/" + QByteArray::number(roomId) +
                       "\n\n{\"type\":\"CHAT\",\"content\":\"bad\\u0007bell\"}" + '\0');
        const auto refusal = client.waitForRefusal();
        QVERIFY(refusal);

        const auto page = httpRequest(server, "GET", u"/metrics"_s);
        QCOMPARE(page.status, 200);
        QStringList problems;
        const auto metrics = parseMetrics(page.body, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        QCOMPARE(metrics.value(u"gonggu_messages_committed_total"_s), 3.0);
        QCOMPARE(metrics.value(u"gonggu_messages_received_total"_s), 4.0);
        QCOMPARE(metrics.value(u"gonggu_messages_refused_total{reason=\"CONTENT_INVALID\"}"_s),
                 1.0);
        QCOMPARE(metrics.value(u"gonggu_messages_refused_total{reason=\"RATE_LIMITED\"}"_s), 0.0);
        // The only subscriber is the sender itself: one delivery per message.
        QCOMPARE(metrics.value(u"gonggu_messages_delivered_total"_s), 3.0);
        QCOMPARE(metrics.value(u"gonggu_message_commit_seconds_count"_s), 3.0);
        QCOMPARE(metrics.value(u"gonggu_message_fanout_seconds_bucket{le=\"+Inf\"}"_s), 3.0);
        QVERIFY(metrics.value(u"gonggu_message_commit_seconds_sum"_s) > 0);
        QCOMPARE(metrics.value(u"gonggu_websocket_connections"_s), 1.0);
        QCOMPARE(metrics.value(u"gonggu_subscriptions"_s), 1.0);
        QCOMPARE(metrics.value(u"gonggu_rooms{status=\"ACTIVE\"}"_s), 1.0);
        QCOMPARE(metrics.value(u"gonggu_rooms{status=\"CLOSED\"}"_s), 0.0);
        QCOMPARE(metrics.value(u"gonggu_writer_queue_depth"_s), 0.0);
        QVERIFY(metrics.value(u"process_resident_memory_bytes"_s) > 1e6);
        QVERIFY(metrics.value(u"process_start_time_seconds"_s) > 1.7e9);

        // History queries are timed; a closed room shows under CLOSED.
        QCOMPARE(
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(roomId), seller).status,
            200);
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/close"_s.arg(roomId), seller).status,
            200);
        client.socket().close();
        QVERIFY(client.waitForClosed());
        QTRY_COMPARE(parseMetrics(httpRequest(server, "GET", u"/metrics"_s).body, &problems)
                         .value(u"gonggu_websocket_connections"_s),
                     0.0);
        const auto after = parseMetrics(httpRequest(server, "GET", u"/metrics"_s).body, &problems);
        QCOMPARE(after.value(u"gonggu_history_query_seconds_count"_s), 1.0);
        QCOMPARE(after.value(u"gonggu_rooms{status=\"CLOSED\"}"_s), 1.0);
        QCOMPARE(after.value(u"gonggu_rooms{status=\"ACTIVE\"}"_s), 0.0);
        QVERIFY(server.stop());
    }

    void jsonLogsHoldEventsButNoSecrets() {
        ServerProcess server{{u"--log-format"_s, u"json"_s}};
        QVERIFY(server.start());
        const QString seller = server.token(uniqueUser("seller"), u"Seller"_s);
        const qint64 roomId = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(roomId, 5, 1)).status,
            201);
        const QString secret = u"meet me at 12 Secret Lane"_s;
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        QVERIFY(client.connectWith(seller));
        client.sendChat(roomId, secret, u"secret-%1"_s.arg(roomId), "r1");
        QVERIFY(client.waitForReceipt("r1"));
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/cancel"_s.arg(roomId), seller).status,
            200);
        QVERIFY(server.stop());

        bool sawCreated = false;
        bool sawCancelled = false;
        int lines = 0;
        for (const QString &line : server.output().split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(u"gonggu-server listening"))
                continue; // stdout, for scripts
            ++lines;
            QJsonParseError error;
            const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8(), &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            for (const char *field : {"time", "level", "category", "message"})
                QVERIFY2(entry.value(QLatin1StringView(field)).isString(), qPrintable(line));
            const QString message = entry.value(u"message"_s).toString();
            sawCreated |= entry.value(u"category"_s) == u"gonggu.rooms"_s &&
                          message.contains(u"room %1 created"_s.arg(roomId));
            sawCancelled |= message.contains(u"room %1 is now CANCELLED"_s.arg(roomId));
            QVERIFY2(!line.contains(u"Secret Lane"_s), qPrintable(line));
            QVERIFY2(!line.contains(seller.section(u'.', 2)), qPrintable(line)); // signature
        }
        QVERIFY(lines >= 3);
        QVERIFY(sawCreated);
        QVERIFY(sawCancelled);
    }

    void configPrecedenceIsCommandLineEnvironmentFile() {
        QTemporaryDir dir;
        const QString ini = dir.filePath(u"server.ini"_s);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("; test configuration\n[server]\nport = 1111\nrate-burst = 7\n"
                   "database = postgresql://gonggu:hunter2@db.internal/gonggu\n");
        file.close();
        const QStringList base{u"--config"_s, ini, u"--data-dir"_s, dir.path(),
                               u"--check-config"_s};
        int exitCode = -1;
        QString out = runServer(base + QStringList{u"--port"_s, u"3333"_s}, {u"GONGGU_PORT=2222"_s},
                                &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(out.contains(u"port = 3333"_s), qPrintable(out));
        QVERIFY(out.contains(u"rate-burst = 7"_s));
        QVERIFY2(!out.contains(u"hunter2"_s), "the database password is masked");
        out = runServer(base, {u"GONGGU_PORT=2222"_s}, &exitCode);
        QVERIFY2(out.contains(u"port = 2222"_s), qPrintable(out));
        out = runServer(base, {}, &exitCode);
        QVERIFY2(out.contains(u"port = 1111"_s), qPrintable(out));
        // Origins are written as browsers send them.
        out = runServer(base + QStringList{u"--cors-origins"_s,
                                           u"https://Shop.Example:443/, http://localhost:5173"_s},
                        {}, &exitCode);
        QVERIFY2(out.contains(u"cors-origins = https://shop.example, http://localhost:5173"_s),
                 qPrintable(out));
        out = runServer(base + QStringList{u"--cors-origins"_s, u"https://shop.example/app"_s}, {},
                        &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(out.contains(u"cors-origins"_s), qPrintable(out));
    }

    void configErrorsNameTheLineAtFault_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad value") << QByteArray("[server]\nport = 80\n\nrate-limit = fast\n")
                                   << u"server.ini:4: invalid value 'fast' for rate-limit"_s;
        QTest::newRow("unknown key")
            << QByteArray("[server]\nprot = 8080\n") << u"server.ini:2: unknown key 'prot'"_s;
        QTest::newRow("no section") << QByteArray("port = 8080\n")
                                    << u"server.ini:1: setting outside the [server] section"_s;
        QTest::newRow("not key=value")
            << QByteArray("[server]\n# fine\nport\n") << u"server.ini:3: expected key = value"_s;
        QTest::newRow("twice") << QByteArray("[server]\nport = 1\nport = 2\n")
                               << u"server.ini:3: 'port' is already set on line 2"_s;
        // Webhooks: an http(s) URL, and never unsigned.
        QTest::newRow("webhook not http")
            << QByteArray("[server]\nwebhook-url = ftp://market.example/x\n")
            << u"invalid value 'ftp://market.example/x' for webhook-url"_s;
        QTest::newRow("webhook without a key")
            << QByteArray("[server]\nwebhook-url = https://market.example/x\n")
            << u"for webhook-secret-file: expected a file with the signing key"_s;
    }

    void configErrorsNameTheLineAtFault() {
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"server.ini"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        int exitCode = 0;
        const QString out =
            runServer({u"--config"_s, file.fileName(), u"--check-config"_s}, {}, &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void environmentErrorsNameTheVariable() {
        int exitCode = 0;
        const QString out =
            runServer({u"--check-config"_s}, {u"GONGGU_HEARTBEAT=often"_s}, &exitCode);
        QVERIFY(exitCode != 0);
        QVERIFY2(out.contains(u"GONGGU_HEARTBEAT: invalid value 'often' for heartbeat"_s),
                 qPrintable(out));
    }
};

QTEST_MAIN(TestOperations)
#include "tst_operations.moc"
