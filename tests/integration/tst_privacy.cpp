// Encryption at rest: the database alone reveals no message text and no delivery
// address (SQLite file and WAL, or a PostgreSQL dump), and `gonggu-server rotate-key` moves every
// row to a new key while the server keeps serving.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestPrivacy : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller;
    qint64 roomId = 0;
    qint64 fileId = 0;
    const QByteArray fileSecret = "Invoice of the door code 4512, kept in a PDF";
    const QString title = u"Jeju tangerines %1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString secret =
        u"Pick-up is at Gangnam station exit 7, door code 4512 #%1"_s.arg(uniqueProductId());

    // Every byte the database holds: the SQLite files, or a PostgreSQL dump.
    QByteArray databaseBytes() {
        if (!ServerProcess::usingPostgres()) {
            QByteArray all;
            const QDir dir(server.dataDir());
            for (const QString &name : dir.entryList({u"gonggu.sqlite*"_s}, QDir::Files)) {
                QFile file(dir.filePath(name));
                if (file.open(QIODevice::ReadOnly))
                    all += file.readAll();
            }
            return all;
        }
        QProcess dump;
        dump.start(u"pg_dump"_s, {u"--data-only"_s, qEnvironmentVariable("GONGGU_TEST_DATABASE")});
        dump.waitForFinished(30000);
        return dump.readAllStandardOutput();
    }

    QSqlDatabase openDatabase() {
        const QString name = u"privacy-check"_s;
        if (QSqlDatabase::contains(name))
            return QSqlDatabase::database(name);
        QSqlDatabase db;
        if (ServerProcess::usingPostgres()) {
            const QUrl url(qEnvironmentVariable("GONGGU_TEST_DATABASE"));
            db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(QDir(server.dataDir()).filePath(u"gonggu.sqlite"_s));
        }
        db.open();
        return db;
    }

    void closeDatabase() {
        QSqlDatabase::database(u"privacy-check"_s, false).close();
        QSqlDatabase::removeDatabase(u"privacy-check"_s);
    }

    // Rows of this room not under `keyId` (plaintext rows count too).
    // Every byte the file store holds.
    QByteArray storedFileBytes() {
        QByteArray all;
        QDirIterator it(server.dataDir() + u"/files"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }
    int filesNotUnderKey(int keyId) {
        QSqlQuery q(openDatabase());
        q.prepare(u"SELECT COUNT(*) FROM files WHERE room_id = ? AND "
                  "(key_id IS NULL OR key_id <> ?)"_s);
        q.addBindValue(roomId);
        q.addBindValue(keyId);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }
    QByteArray downloadFile() {
        return httpRequest(server, "GET", u"/api/files/%1"_s.arg(fileId), seller).body;
    }

    int rowsNotUnderKey(int keyId) {
        QSqlQuery q(openDatabase());
        q.prepare(u"SELECT COUNT(*) FROM messages WHERE room_id = ? AND "
                  "(key_id IS NULL OR key_id <> ?)"_s);
        q.addBindValue(roomId);
        q.addBindValue(keyId);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    QStringList historyContents() {
        const auto page = httpRequest(
            server, "GET", u"/api/chat/rooms/%1/messages?limit=100"_s.arg(roomId), seller);
        QStringList contents;
        for (const QJsonValue &m : page.json.value(u"messages"_s).toArray())
            contents << m.toObject().value(u"content"_s).toString();
        return contents;
    }

    QString runServerCommand(const QStringList &arguments, int *exitCode) {
        QStringList all = arguments + QStringList{u"--data-dir"_s, server.dataDir()};
        if (ServerProcess::usingPostgres())
            all << u"--database"_s << qEnvironmentVariable("GONGGU_TEST_DATABASE");
        QProcess process;
        process.start(serverBinary(), all);
        process.waitForFinished(30000);
        *exitCode = process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Seller"_s);
        roomId = uniqueProductId();
        QJsonObject body = roomBody(roomId, 5, 1);
        body.insert(u"title"_s, title);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, seller, body).status, 201);
    }

    void cleanupTestCase() {
        closeDatabase();
        QVERIFY(server.stop());
    }

    // Delivery addresses are sealed too, and so are notifications (an announcement's
    // text is in them).
    void databaseHoldsNoAddress() {
        const QString buyer = server.token(uniqueUser("buyer"), u"Buyer"_s);
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(roomId), buyer)
                .status,
            200);
        const QString street = u"테헤란로 %1길 7, 비밀동 3호"_s.arg(uniqueProductId() % 1000);
        QCOMPARE(httpJson(server, "PUT",
                          u"/api/chat/rooms/%1/participants/me/address"_s.arg(roomId), buyer,
                          {{u"recipient"_s, u"Hidden Recipient"_s},
                           {u"phone"_s, u"010-9876-5432"_s},
                           {u"address"_s, street}})
                     .status,
                 200);
        const QByteArray stored = databaseBytes();
        QVERIFY2(stored.contains(title.toUtf8()), "the dump works: room titles are not encrypted");
        QVERIFY(!stored.contains(street.toUtf8()));
        QVERIFY(!stored.contains("Hidden Recipient"));
        QVERIFY(!stored.contains("010-9876-5432")); // as stored (digits alone occur by chance)
    }

    void databaseHoldsNoMessageText() {
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        QVERIFY(client.connectWith(seller));
        client.sendChat(roomId, secret, u"privacy-%1"_s.arg(roomId), "r1");
        QVERIFY(client.waitForReceipt("r1"));
        const QString notice = u"Notice: "_s + secret;
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(roomId), seller,
                          {{u"content"_s, notice}})
                     .status,
                 201);
        QVERIFY(historyContents().contains(secret));
        QVERIFY(historyContents().contains(notice));

        const QByteArray stored = databaseBytes();
        QVERIFY2(stored.contains(title.toUtf8()), "the dump works: room titles are not encrypted");
        QVERIFY(!stored.contains(secret.toUtf8()));
        QVERIFY(!stored.contains("door code"));
        QCOMPARE(rowsNotUnderKey(1), 0); // every row of the room is sealed under key 1

        // The key file is private to the server's user.
        const QFile::Permissions permissions =
            QFile::permissions(QDir(server.dataDir()).filePath(u"message-keys"_s));
        QCOMPARE(permissions & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }

    // A file's bytes and its name are sealed in the store and the database.
    void filesAreSealedAtRest() {
        // Files sealed with keys this key file lacks (another deployment's, or a key
        // dropped from the file): more than a re-sealing batch, before the real one.
        for (int i = 0; i < 60; ++i) {
            QSqlQuery q(openDatabase());
            q.prepare(u"INSERT INTO files (room_id, uploader_id, key_id, name, content_type, size, "
                      "sha256, width, height, blob, created_at) "
                      "VALUES (?, 'someone', 1, 'AAAA', 'application/pdf', 1, '00', 0, 0, ?, ?)"_s);
            q.addBindValue(roomId + 1);
            q.addBindValue(QString(64, u'e'));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QByteArray pdf = "%PDF-1.4\n% " + fileSecret + "\n%%EOF\n";
        const auto uploaded = httpRequest(
            server, "POST", u"/api/chat/rooms/%1/files"_s.arg(roomId), seller, pdf,
            {{"Content-Type", "application/pdf"}, {"X-File-Name", "secret-invoice-name.pdf"}});
        QCOMPARE(uploaded.status, 201);
        fileId = uploaded.json.value(u"fileId"_s).toInteger();
        QCOMPARE(downloadFile(), pdf);
        QVERIFY(!storedFileBytes().isEmpty());
        QVERIFY(!storedFileBytes().contains(fileSecret));
        QVERIFY(!databaseBytes().contains("secret-invoice-name"));
        QCOMPARE(filesNotUnderKey(1), 0);
    }

    void rotateKeyReencryptsWhileServing() {
        int exitCode = -1;
        const QString out = runServerCommand({u"rotate-key"_s}, &exitCode);
        QVERIFY2(exitCode == 0, qPrintable(out));
        QVERIFY2(out.contains(u"message key 2 is now current"_s), qPrintable(out));
        QCOMPARE(rowsNotUnderKey(2), 0);
        // Files move with the messages (the running server may be re-sealing them too).
        QTRY_VERIFY2(filesNotUnderKey(2) == 0,
                     qPrintable(out + u"\nserver: "_s + (server.readOutput(), server.output())));
        QVERIFY(downloadFile().contains(fileSecret));
        QVERIFY(!storedFileBytes().contains(fileSecret));
        // The running server reloads the key file: it reads old rows and seals new ones under 2.
        QTRY_VERIFY(historyContents().contains(secret));
        StompTestClient client;
        QVERIFY(client.open(server.webSocketUrl()));
        QVERIFY(client.connectWith(seller));
        const QString after = u"after the rotation: "_s + secret;
        client.sendChat(roomId, after, u"privacy-after-%1"_s.arg(roomId), "r2");
        QVERIFY(client.waitForReceipt("r2"));
        QTRY_COMPARE(rowsNotUnderKey(2), 0);
        QVERIFY(historyContents().contains(after));
        QVERIFY(!databaseBytes().contains(after.toUtf8()));

        // And after a restart, with both keys in the file.
        closeDatabase();
        QVERIFY(server.stop());
        QVERIFY(server.start());
        const QStringList contents = historyContents();
        QVERIFY(contents.contains(secret));
        QVERIFY(contents.contains(after));
    }

    void damagedCiphertextIsAnErrorNotGarbage() {
        {
            QSqlQuery q(openDatabase());
            q.prepare(u"UPDATE messages SET content = ? WHERE room_id = ? AND type = 'CHAT'"_s);
            q.addBindValue(QByteArray(64, 'A').toBase64());
            q.addBindValue(roomId);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QCOMPARE(q.numRowsAffected(), 2);
        } // SQLite commits an autocommit write when its statement is done
        // A running server answers this room's newest page from what it committed;
        // restarted, it has to read the damaged rows.
        closeDatabase();
        QVERIFY(server.stop());
        QVERIFY(server.start());
        for (int attempt = 0; attempt < 2; ++attempt) { // a failed read is not cached either
            const auto page =
                httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(roomId), seller);
            QVERIFY2(page.status == 500, page.body.constData());
            QVERIFY(!page.body.contains("AAAA"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
