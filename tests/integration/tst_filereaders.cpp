// The server's readers of uploaded files, without a server: what the bytes are,
// what the scrubber keeps and drops in JPEG, PNG and WebP, the Range header, a
// file name as a client sends it, and the blob store's promises.
#include "common/filetype.h"
#include "files/blobstore.h"
#include "files/fileservice.h"
#include "files/metadatascrub.h"
#include "http/byterange.h"
#include "testimages.h"

#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {

QByteArray le32(quint32 v) {
    char b[4];
    qToLittleEndian(v, b);
    return QByteArray(b, 4);
}

// RIFF/WEBP with VP8X (EXIF and XMP flagged), the image, then EXIF and XMP chunks.
QByteArray webpWithMetadata() {
    const QByteArray simple = testimages::encoded(testimages::picture(8, 8), "WEBP");
    const QByteArray image = simple.sliced(12); // its VP8 or VP8L chunk
    QByteArray vp8x = "VP8X" + le32(10) + QByteArray(1, '\x0C') + QByteArray(3, '\0') +
                      QByteArray("\x07\0\0\x07\0\0", 6);
    const QByteArray exif = "EXIF" + le32(5) + "GPSXY" + QByteArray(1, '\0');
    const QByteArray xmp = "XMP " + le32(4) + "<x/>";
    const QByteArray body = "WEBP" + vp8x + image + exif + xmp;
    return "RIFF" + le32(quint32(body.size())) + body;
}

} // namespace

class TestFileReaders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typesComeFromTheBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("type");
        QTest::newRow("jpeg") << testimages::jpegWithExif(8, 8) << u"image/jpeg"_s;
        QTest::newRow("png") << testimages::pngWithText(8, 8) << u"image/png"_s;
        QTest::newRow("gif") << QByteArray("GIF89a\x01\0\x01\0") << u"image/gif"_s;
        QTest::newRow("webp") << webpWithMetadata() << u"image/webp"_s;
        QTest::newRow("pdf") << testimages::pdf("x") << u"application/pdf"_s;
        QTest::newRow("html") << QByteArray("<!doctype html>") << QString();
        QTest::newRow("riff but wave") << QByteArray("RIFF\x10\0\0\0WAVEfmt ") << QString();
        QTest::newRow("svg") << QByteArray("<svg xmlns=") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void typesComeFromTheBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, type);
        QCOMPARE(sniffContentType(bytes).value_or(QString()), type);
    }

    void aJpegKeepsItsPixelsAndOrientationOnly() {
        const QByteArray photo = testimages::jpegWithExif(40, 20, 8);
        const auto clean = files::withoutMetadata(photo, u"image/jpeg"_s, 8);
        QVERIFY(clean);
        QVERIFY(!clean->contains(testimages::kCameraMake));
        QVERIFY(clean->size() < photo.size());
        QBuffer buffer;
        buffer.setData(*clean);
        QImageReader reader(&buffer);
        QCOMPARE(reader.transformation(), QImageIOHandler::TransformationRotate270);
        reader.setAutoTransform(true);
        QCOMPARE(reader.read().size(), QSize(20, 40));
        // Upright: no EXIF at all, and the scan is byte for byte the same.
        const auto upright = files::withoutMetadata(photo, u"image/jpeg"_s, 1);
        QVERIFY(upright && !upright->contains("Exif"));
        QVERIFY(photo.endsWith(upright->sliced(upright->indexOf("\xFF\xDA"))));
    }

    void aPngLosesItsTextAndKeepsItsImage() {
        const QByteArray png = testimages::pngWithText(30, 10);
        QVERIFY(png.contains("tEXt"));
        const auto clean = files::withoutMetadata(png, u"image/png"_s, 1);
        QVERIFY(clean);
        QVERIFY(!clean->contains("tEXt") && !clean->contains(testimages::kPngComment));
        QCOMPARE(QImage::fromData(*clean), QImage::fromData(png));
        // A turned PNG gets a minimal eXIf with a valid CRC: Qt still reads it.
        const auto turned = files::withoutMetadata(png, u"image/png"_s, 6);
        QVERIFY(turned && turned->contains("eXIf"));
        QVERIFY(!QImage::fromData(*turned).isNull());
    }

    void aWebpLosesItsExifAndXmp() {
        const QByteArray webp = webpWithMetadata();
        QVERIFY(!QImage::fromData(webp).isNull());
        const auto clean = files::withoutMetadata(webp, u"image/webp"_s, 1);
        QVERIFY(clean);
        QVERIFY(!clean->contains("GPSXY") && !clean->contains("<x/>"));
        QCOMPARE(quint8(clean->at(20)) & 0x0C, 0); // VP8X no longer says it has them
        QCOMPARE(qFromLittleEndian<quint32>(clean->constData() + 4), quint32(clean->size() - 8));
        QVERIFY(!QImage::fromData(*clean).isNull());
    }

    void truncatedStructureIsRefused_data() {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray jpeg = testimages::jpegWithExif(8, 8);
        QTest::newRow("jpeg cut in its EXIF") << u"image/jpeg"_s << jpeg.first(30);
        QTest::newRow("jpeg without scan")
            << u"image/jpeg"_s << QByteArray("\xFF\xD8\xFF\xE0\0\x02");
        QTest::newRow("png cut") << u"image/png"_s << testimages::pngWithText(8, 8).first(40);
        // Shorter than their signature (fuzz_file_decoders found the PNG one).
        QTest::newRow("one byte as a png") << u"image/png"_s << QByteArray("\x89");
        QTest::newRow("one byte as a jpeg") << u"image/jpeg"_s << QByteArray("\xFF");
        QTest::newRow("nothing as a webp") << u"image/webp"_s << QByteArray();
        // Not what they are said to be (the server sniffs first; the scrubber checks too).
        QTest::newRow("text as a jpeg") << u"image/jpeg"_s << QByteArray("I\xFF\xFF\xDA rest");
        QTest::newRow("text as a png") << u"image/png"_s << QByteArray("not a png at all");
        QTest::newRow("wave as a webp") << u"image/webp"_s << QByteArray("RIFF\x04\0\0\0WAVE");
        QTest::newRow("webp with a chunk past the end")
            << u"image/webp"_s << QByteArray("RIFF\x0C\0\0\0WEBPVP8 \xFF\0\0\0");
    }
    void truncatedStructureIsRefused() {
        QFETCH(QString, type);
        QFETCH(QByteArray, bytes);
        const auto clean = files::withoutMetadata(bytes, type, 1);
        QVERIFY(!clean);
        QCOMPARE(gonggu::toString(clean.error().code), u"CONTENT_INVALID"_s);
    }

    void ranges_data() {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        using K = ByteRange::Kind;
        QTest::newRow("first ten") << "bytes=0-9"_ba << int(K::Part) << 0ll << 9ll;
        QTest::newRow("open end") << "bytes=90-"_ba << int(K::Part) << 90ll << 99ll;
        QTest::newRow("past end clipped") << "bytes=95-200"_ba << int(K::Part) << 95ll << 99ll;
        QTest::newRow("suffix") << "bytes=-5"_ba << int(K::Part) << 95ll << 99ll;
        QTest::newRow("suffix longer") << "bytes=-500"_ba << int(K::Part) << 0ll << 99ll;
        QTest::newRow("past the end") << "bytes=100-"_ba << int(K::Unsatisfiable) << 0ll << 0ll;
        QTest::newRow("zero suffix") << "bytes=-0"_ba << int(K::Unsatisfiable) << 0ll << 0ll;
        QTest::newRow("several") << "bytes=0-1,5-6"_ba << int(K::Whole) << 0ll << 0ll;
        QTest::newRow("backwards") << "bytes=9-1"_ba << int(K::Whole) << 0ll << 0ll;
        QTest::newRow("other unit") << "items=0-1"_ba << int(K::Whole) << 0ll << 0ll;
        QTest::newRow("sign") << "bytes=+1-2"_ba << int(K::Whole) << 0ll << 0ll;
    }
    void ranges() {
        QFETCH(QByteArray, header);
        QFETCH(int, kind);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const ByteRange range = parseByteRange(header, 100);
        QCOMPARE(int(range.kind), kind);
        if (range.kind == ByteRange::Kind::Part) {
            QCOMPARE(range.first, first);
            QCOMPARE(range.last, last);
        }
    }

    void fileNamesAreNamesOnly_data() {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("name");
        QTest::newRow("korean, percent-encoded")
            << QUrl::toPercentEncoding(u"사과 사진.jpg"_s) << u"사과 사진.jpg"_s;
        QTest::newRow("a path") << "..%2F..%2Fetc%2Fpasswd"_ba << u"passwd"_s;
        QTest::newRow("windows path") << "C:\\Users\\me\\a.pdf"_ba << u"a.pdf"_s;
        QTest::newRow("control characters") << "a%00b%0A%E2%80%AEc.pdf"_ba << u"abc.pdf"_s;
        QTest::newRow("hidden") << ".bashrc"_ba << u"bashrc"_s;
        QTest::newRow("nothing left") << "%2F"_ba << u"file.jpg"_s;
        QTest::newRow("not utf-8") << "%FF%FE"_ba << u"file.jpg"_s;
    }
    void fileNamesAreNamesOnly() {
        QFETCH(QByteArray, raw);
        QFETCH(QString, name);
        QCOMPARE(files::FileService::cleanFileName(raw, u"file.jpg"_s), name);
    }

    void theBlobStoreChecksWhatItReads() {
        QTemporaryDir dir;
        files::BlobStore store(dir.path() + u"/files"_s);
        QVERIFY(store.open());
        const auto name = store.put("sealed bytes");
        QVERIFY(name);
        QCOMPARE(*store.get(*name), "sealed bytes"_ba);
        QCOMPARE(*store.put("sealed bytes"), *name); // content-addressed
        QFile file(dir.path() + u"/files/"_s + name->left(2) + u'/' + *name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("rotten bytes"); // the disk gave back something else
        file.close();
        QVERIFY(!store.get(*name));
        QVERIFY(store.remove(*name));
        QVERIFY(store.remove(*name)); // gone already is fine
        QVERIFY(!store.get(u"../../etc/passwd"_s));
    }
};

QTEST_GUILESS_MAIN(TestFileReaders)
#include "tst_filereaders.moc"
