// Files and photos against the real server on loopback: an upload is judged by
// its bytes, loses its EXIF but keeps its orientation, gets a thumbnail, and is
// readable by the room's readers once it is sent (its uploader's alone before);
// validators and ranges; a message carries its files and takes them when it is
// deleted; a broken image costs nothing; a crash mid-upload loses nothing that
// was committed, and the sweep clears what no row names.
#include "serverprocess.h"
#include "stompclient.h"
#include "testimages.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

class TestFiles : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString seller, buyer, other, outsider;
    QString buyerId;

    static QString path(qint64 room, const QString &rest) {
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    // A room with the buyer and `other` in it; CLOSED when it is full (max 2).
    qint64 openRoom(int max = 10) {
        const qint64 id = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, 1)).status !=
                201 ||
            httpRequest(server, "POST", path(id, u"/participants"_s), buyer).status != 200 ||
            httpRequest(server, "POST", path(id, u"/participants"_s), other).status != 200)
            return 0;
        return id;
    }
    HttpResult upload(const QString &token, qint64 room, const QByteArray &bytes,
                      const QByteArray &name, const QByteArray &declaredType = "image/jpeg") {
        return httpRequest(server, "POST", path(room, u"/files"_s), token, bytes,
                           {{"Content-Type", declaredType},
                            {"X-File-Name", QUrl::toPercentEncoding(QString::fromUtf8(name))}});
    }
    HttpResult file(const QString &token, qint64 fileId, const QString &rest = {},
                    const HttpHeaders &headers = {}) {
        return httpRequest(server, "GET", u"/api/files/%1"_s.arg(fileId) + rest, token, {},
                           headers);
    }
    // SEND with attachments over STOMP: the MESSAGE, or the refusal.
    QJsonObject send(const QString &token, qint64 room, const QString &content,
                     const QList<qint64> &fileIds, bool expectRefusal = false) {
        StompTestClient client;
        if (!client.open(server.webSocketUrl()) || !client.connectWith(token) ||
            !client.subscribe("chat", u"/topic/chat/%1"_s.arg(room)) ||
            !client.subscribe("errors", u"/user/queue/errors"_s))
            return {};
        QJsonArray files;
        for (const qint64 id : fileIds)
            files.append(QJsonObject{{u"fileId"_s, id}});
        const QJsonObject body{
            {u"type"_s, u"CHAT"_s}, {u"content"_s, content}, {u"attachments"_s, files}};
        Frame frame{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
        frame.add("destination", "/app/chat/" + QByteArray::number(room))
            .add("content-type", "application/json");
        client.sendFrame(frame);
        if (expectRefusal)
            return client.waitForRefusal().value_or(QJsonObject());
        return client.waitForMessage(u"/topic/chat/%1"_s.arg(room)).value_or(QJsonObject());
    }
    QStringList blobsOnDisk() const {
        QStringList blobs;
        QDirIterator it(server.dataDir() + u"/files"_s, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(u"/tmp/"_s))
                blobs.append(QFileInfo(path).fileName());
        }
        return blobs;
    }

private Q_SLOTS:
    void initTestCase() {
        server.setExtraArguments({u"--max-file-size"_s, u"2"_s});
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyerId = uniqueUser("buyer");
        buyer = server.token(buyerId, u"민수"_s);
        other = server.token(uniqueUser("other"), u"Jiwoo"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void aPhotoLosesItsExifButStaysUpright() {
        const qint64 room = openRoom();
        QVERIFY(room);
        const QByteArray photo = testimages::jpegWithExif(640, 480, 6);
        QVERIFY(photo.contains(testimages::kCameraMake));
        // The declared type is ignored: the bytes say JPEG.
        const auto uploaded = upload(buyer, room, photo, "사과 상자.jpg", "text/plain");
        QCOMPARE(uploaded.status, 201);
        const QJsonObject json = uploaded.json;
        QCOMPARE(json.value(u"contentType"_s).toString(), u"image/jpeg"_s);
        QCOMPARE(json.value(u"name"_s).toString(), u"사과 상자.jpg"_s);
        // Held sideways: shown 480 wide and 640 high.
        QCOMPARE(json.value(u"width"_s).toInt(), 480);
        QCOMPARE(json.value(u"height"_s).toInt(), 640);
        const qint64 fileId = json.value(u"fileId"_s).toInteger();
        QVERIFY(fileId > 0);
        QCOMPARE(uploaded.headers.value("location"), "/api/files/" + QByteArray::number(fileId));

        const auto served = file(buyer, fileId);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.headers.value("content-type"), "image/jpeg");
        QCOMPARE(json.value(u"size"_s).toInteger(), served.body.size());
        QCOMPARE(json.value(u"sha256"_s).toString().toLatin1(),
                 QCryptographicHash::hash(served.body, QCryptographicHash::Sha256).toHex());
        QVERIFY(!served.body.contains(testimages::kCameraMake)); // no camera, no GPS
        QVERIFY(!served.body.contains("N\0\0\0"_ba));
        QVERIFY(served.headers.value("cache-control").startsWith("private"));
        QVERIFY(served.headers.value("content-disposition").contains("UTF-8''"));
        QBuffer buffer;
        buffer.setData(served.body);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        QCOMPARE(reader.read().size(), QSize(480, 640)); // and still upright

        const auto thumbnail = file(buyer, fileId, u"/thumbnail"_s);
        QCOMPARE(thumbnail.status, 200);
        QCOMPARE(thumbnail.headers.value("content-type"), "image/jpeg");
        QCOMPARE(QImage::fromData(thumbnail.body).size(), QSize(240, 320));
        QVERIFY(!thumbnail.body.contains(testimages::kCameraMake));
    }

    void aPngKeepsItsTransparencyAndLosesItsText() {
        const qint64 room = openRoom();
        const auto uploaded = upload(buyer, room, testimages::pngWithText(400, 100), "logo.png");
        QCOMPARE(uploaded.status, 201);
        QCOMPARE(uploaded.json.value(u"contentType"_s).toString(), u"image/png"_s);
        const qint64 fileId = uploaded.json.value(u"fileId"_s).toInteger();
        const auto served = file(buyer, fileId);
        QVERIFY(!served.body.contains(testimages::kPngComment));
        QCOMPARE(QImage::fromData(served.body).size(), QSize(400, 100));
        const auto thumbnail = file(buyer, fileId, u"/thumbnail"_s);
        QCOMPARE(thumbnail.headers.value("content-type"), "image/png");
        const QImage small = QImage::fromData(thumbnail.body);
        QCOMPARE(small.size(), QSize(320, 80));
        QVERIFY(small.hasAlphaChannel());
    }

    void onlyPhotosAndPdfsOfAllowedSizeAreTaken() {
        const qint64 room = openRoom();
        const auto html = upload(buyer, room, "<html><script>alert(1)</script></html>", "a.jpg");
        QCOMPARE(html.status, 415);
        QCOMPARE(html.errorCode(), u"CONTENT_INVALID"_s);
        QCOMPARE(upload(buyer, room, {}, "empty.jpg").status, 400);
        const auto big = upload(buyer, room, testimages::pdf(QByteArray(3 << 20, 'x')), "big.pdf",
                                "application/pdf");
        QCOMPARE(big.status, 413); // --max-file-size 2 (MiB)
        const auto pdf =
            upload(buyer, room, testimages::pdf("order list"), "주문서.pdf", "application/pdf");
        QCOMPARE(pdf.status, 201);
        QCOMPARE(pdf.json.value(u"contentType"_s).toString(), u"application/pdf"_s);
        QVERIFY(!pdf.json.contains(u"width"_s));
        const qint64 fileId = pdf.json.value(u"fileId"_s).toInteger();
        QCOMPARE(file(buyer, fileId, u"/thumbnail"_s).status, 404);
        const auto served = file(buyer, fileId);
        QVERIFY(served.headers.value("content-disposition").startsWith("attachment"));
        QVERIFY(served.headers.value("content-security-policy").contains("sandbox"));
        // A name is a name, not a path.
        const auto sneaky = upload(buyer, room, testimages::pdf("x"), "../../etc/passwd\x01.pdf",
                                   "application/pdf");
        QCOMPARE(sneaky.json.value(u"name"_s).toString(), u"passwd.pdf"_s);
    }

    void aBrokenImageIsRefusedAndTheServerGoesOn() {
        const qint64 room = openRoom();
        QByteArray broken = testimages::jpegWithExif(64, 64).first(300);
        broken += QByteArray(2000, '\xAB');
        const auto refused = upload(buyer, room, broken, "broken.jpg");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.errorCode(), u"CONTENT_INVALID"_s);
        // A "decompression bomb": a PNG that says it is 100,000 x 100,000.
        QByteArray bomb = testimages::encoded(testimages::picture(8, 8), "PNG");
        bomb.replace(16, 8, QByteArray::fromHex("000186a0000186a0"));
        QCOMPARE(upload(buyer, room, bomb, "bomb.png").errorCode(), u"CONTENT_INVALID"_s);
        // 527 bytes whose text chunk makes libpng, through Qt, take 1.7 GB when
        // nothing limits it (fuzz_image_decoder found it): refused, and the server
        // goes on (its decoder process has 1 GiB of address space).
        QFile textBomb(QStringLiteral(GONGGU_TEST_DATA "/png-text-bomb.png"));
        QVERIFY(textBomb.open(QIODevice::ReadOnly));
        QCOMPARE(upload(buyer, room, textBomb.readAll(), "text-bomb.png").errorCode(),
                 u"CONTENT_INVALID"_s);
        QCOMPARE(httpRequest(server, "GET", u"/healthz"_s).status, 200);
        QCOMPARE(upload(buyer, room, testimages::jpegWithExif(64, 64), "ok.jpg").status, 201);
    }

    void aFileIsItsUploadersUntilSentThenTheRoomsReaders() {
        const qint64 room = openRoom(3); // seller + buyer + other: CLOSED when one more joins
        const auto uploaded = upload(buyer, room, testimages::jpegWithExif(300, 200, 1), "a.jpg");
        const qint64 fileId = uploaded.json.value(u"fileId"_s).toInteger();
        QCOMPARE(file(other, fileId).status, 404); // not sent: nobody else knows of it
        QCOMPARE(file(buyer, fileId).status, 200);
        // Others cannot send it, nor can it go to another room.
        const qint64 elsewhere = openRoom();
        QCOMPARE(
            send(buyer, elsewhere, u"wrong room"_s, {fileId}, true).value(u"field"_s).toString(),
            u"attachments"_s);
        QCOMPARE(send(other, room, u"not mine"_s, {fileId}, true).value(u"field"_s).toString(),
                 u"attachments"_s);
        // A photo needs no words.
        const QJsonObject message = send(buyer, room, {}, {fileId});
        QCOMPARE(message.value(u"content"_s).toString(), QString());
        const QJsonArray attachments = message.value(u"attachments"_s).toArray();
        QCOMPARE(attachments.size(), 1);
        const QJsonObject a = attachments.first().toObject();
        QCOMPARE(a.value(u"fileId"_s).toInteger(), fileId);
        QCOMPARE(a.value(u"name"_s).toString(), u"a.jpg"_s);
        QCOMPARE(a.value(u"width"_s).toInt(), 300);
        QCOMPARE(a.value(u"height"_s).toInt(), 200);
        QCOMPARE(file(other, fileId).status, 200);
        QCOMPARE(file(seller, fileId).status, 200);
        // Once only.
        QCOMPARE(send(buyer, room, u"again"_s, {fileId}, true).value(u"field"_s).toString(),
                 u"attachments"_s);
        // History has it too.
        const auto history = httpRequest(server, "GET", path(room, u"/messages"_s), other);
        bool found = false;
        for (const QJsonValue &m : history.json.value(u"messages"_s).toArray())
            found |= m.toObject().value(u"attachments"_s).toArray().size() == 1;
        QVERIFY(found);
        // A CLOSED room: an outsider reads nothing of it.
        QCOMPARE(httpRequest(server, "POST", path(room, u"/participants"_s), outsider).status, 200);
        const auto closed = httpRequest(server, "GET", path(room, QString()), seller);
        QCOMPARE(closed.json.value(u"status"_s).toString(), u"CLOSED"_s);
        const QString stranger = server.token(uniqueUser("stranger"), u"Stranger"_s);
        QCOMPARE(file(stranger, fileId).errorCode(), u"NOT_A_MEMBER"_s);
        QCOMPARE(upload(stranger, room, testimages::pdf("x"), "x.pdf").status, 403);
        QCOMPARE(file({}, fileId).status, 401);
        QCOMPARE(file(buyer, 987654321987).status, 404);
    }

    void validatorsAndRanges() {
        const qint64 room = openRoom();
        const QByteArray document = testimages::pdf(QByteArray(5000, 'r'));
        const auto uploaded = upload(buyer, room, document, "big.pdf", "application/pdf");
        const qint64 fileId = uploaded.json.value(u"fileId"_s).toInteger();
        const auto whole = file(buyer, fileId);
        const QByteArray etag = whole.headers.value("etag");
        QVERIFY(etag.startsWith('"'));
        QCOMPARE(whole.headers.value("accept-ranges"), "bytes");
        const auto again = file(buyer, fileId, {}, {{"If-None-Match", etag}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        const auto part = file(buyer, fileId, {}, {{"Range", "bytes=0-9"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, document.first(10));
        QCOMPARE(part.headers.value("content-range"),
                 "bytes 0-9/" + QByteArray::number(document.size()));
        const auto tail = file(buyer, fileId, {}, {{"Range", "bytes=-6"}});
        QCOMPARE(tail.body, document.last(6));
        const auto past = file(buyer, fileId, {}, {{"Range", "bytes=999999-"}});
        QCOMPARE(past.status, 416);
        QCOMPARE(past.headers.value("content-range"),
                 "bytes */" + QByteArray::number(document.size()));
        // If-Range with another validator: the whole file, not a part of a changed one.
        const auto changed =
            file(buyer, fileId, {}, {{"Range", "bytes=0-9"}, {"If-Range", "\"other\""}});
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.body, document);
    }

    void aDeletedMessageTakesItsFiles() {
        const qint64 room = openRoom();
        const qint64 fileId = upload(buyer, room, testimages::jpegWithExif(100, 100), "d.jpg")
                                  .json.value(u"fileId"_s)
                                  .toInteger();
        const QJsonObject message = send(buyer, room, u"오늘 도착한 사과"_s, {fileId});
        const qint64 messageId = message.value(u"id"_s).toInteger();
        QVERIFY(messageId > 0);
        QCOMPARE(file(other, fileId).status, 200);
        QCOMPARE(httpRequest(server, "DELETE",
                             u"/api/chat/rooms/%1/messages/%2"_s.arg(room).arg(messageId), buyer)
                     .status,
                 200);
        QCOMPARE(file(other, fileId).status, 404);
        QCOMPARE(file(buyer, fileId, u"/thumbnail"_s).status, 404);
    }

    void aCrashMidUploadLosesNothingCommittedAndTheSweepClearsLeftovers() {
        const qint64 room = openRoom();
        const QByteArray photo = testimages::jpegWithExif(200, 100, 1);
        const auto kept = upload(buyer, room, photo, "kept.jpg");
        QCOMPARE(kept.status, 201);
        const qint64 fileId = kept.json.value(u"fileId"_s).toInteger();
        QVERIFY(!send(buyer, room, u"kept"_s, {fileId}).isEmpty());
        const QStringList before = blobsOnDisk();
        // Half an upload, then the power goes.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(socket.waitForConnected());
        socket.write("POST " + path(room, u"/files"_s).toLatin1() +
                     " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + buyer.toLatin1() +
                     "\r\nContent-Length: 100000\r\n\r\n" + photo.first(photo.size() / 2));
        QVERIFY(socket.waitForBytesWritten());
        QTest::qWait(200);
        server.kill();
        // What an interrupted write and an upload that never got its row leave.
        const QString store = server.dataDir() + u"/files"_s;
        const QString stale = store + u"/tmp/"_s + QString(64, u'a') + u".1"_s;
        const QString orphan = store + u"/ab/ab"_s + QString(62, u'0');
        const QString fresh = store + u"/cd/cd"_s + QString(62, u'1');
        QDir().mkpath(store + u"/ab"_s);
        QDir().mkpath(store + u"/cd"_s);
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
        for (const QString &path : {stale, orphan, fresh}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("leftover");
            f.close();
            if (path != fresh) {
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.setFileTime(old, QFileDevice::FileModificationTime));
            }
        }
        QVERIFY(server.start());
        QTRY_VERIFY(!QFile::exists(orphan)); // the sweep at start
        QVERIFY(!QFile::exists(stale));
        QVERIFY(QFile::exists(fresh)); // maybe an upload about to commit: kept an hour
        QFile::remove(fresh);
        QCOMPARE(blobsOnDisk(), before);
        const auto served = file(other, fileId);
        QCOMPARE(served.status, 200);
        QCOMPARE(served.json.isEmpty(), true);
        QCOMPARE(QCryptographicHash::hash(served.body, QCryptographicHash::Sha256).toHex(),
                 kept.json.value(u"sha256"_s).toString().toLatin1());
    }
};

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
