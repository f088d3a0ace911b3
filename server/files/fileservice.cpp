#include "fileservice.h"

#include "metadatascrub.h"

#include "rooms/roomservice.h"
#include "storage/filerepository.h"
#include "storage/messagecipher.h"
#include "storage/storagethread.h"

#include "common/filetype.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBlobs)

namespace gonggu::server::files {

namespace {

// A blob's bytes as they were before sealing (`keyId` nullopt: stored plain). File
// system work: on a worker thread.
Result<QByteArray> openBlob(const MessageCipher *cipher, const BlobStore &blobs,
                            const QByteArray &ad, std::optional<int> keyId, const QString &blob) {
    auto bytes = blobs.get(blob);
    if (!bytes || !keyId)
        return bytes;
    if (!cipher)
        return Error{ErrorCode::Internal, u"a sealed file but no key file"_s};
    return cipher->openBytes(*keyId, *bytes, ad);
}

QString extensionOf(const QString &contentType) {
    if (contentType == u"image/jpeg")
        return u"jpg"_s;
    if (contentType == u"application/pdf")
        return u"pdf"_s;
    return contentType.section(u'/', 1);
}

} // namespace

FileService::FileService(FileSettings settings, RoomService &rooms, StorageThread &storage,
                         std::shared_ptr<const MessageCipher> cipher, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_rooms(rooms)
    , m_storage(storage)
    , m_cipher(std::move(cipher))
    , m_blobs(std::make_shared<BlobStore>(m_settings.directory)) {
    m_sweepTimer.setInterval(std::chrono::hours(1));
    connect(&m_sweepTimer, &QTimer::timeout, this, [this] { sweep(); });
}

Status FileService::open() {
    if (auto s = m_blobs->open(); !s)
        return s;
    if (m_thumbnails.helper().isEmpty())
        qCWarning(lcBlobs) << "gonggu-thumbnailer not found: photos are refused";
    return okStatus();
}

void FileService::startSweeping() {
    sweep();
    m_sweepTimer.start();
}

QString FileService::cleanFileName(const QByteArray &raw, const QString &fallback) {
    QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
    name = name.section(u'/', -1).section(u'\\', -1);
    QString clean;
    for (const QChar c : std::as_const(name))
        if (c.category() != QChar::Other_Control && c.category() != QChar::Other_Format &&
            c != QChar::ReplacementCharacter)
            clean.append(c);
    clean = clean.trimmed();
    while (clean.startsWith(u'.'))
        clean.remove(0, 1);
    if (clean.size() > 200) {
        clean.truncate(200);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
    }
    return clean.isEmpty() ? fallback : clean;
}

QByteArray FileService::associatedData(qint64 roomId) const {
    // A blob copied under another room's file does not open.
    return "gonggu-file:" + QByteArray::number(roomId);
}

QCoro::Task<Result<FileRecord>> FileService::upload(Identity caller, qint64 roomId,
                                                    QByteArray rawName, QByteArray bytes) {
    if (auto s = co_await m_rooms.mayUpload(caller, roomId); !s)
        co_return s.error();
    if (bytes.isEmpty())
        co_return Error{ErrorCode::BadRequest, u"the file is empty"_s};
    if (bytes.size() > m_settings.maxBytes)
        co_return Error{ErrorCode::ContentInvalid,
                        u"a file is at most %1 bytes"_s.arg(m_settings.maxBytes)};
    const auto type = sniffContentType(bytes);
    if (!type)
        co_return Error{ErrorCode::ContentInvalid,
                        u"only JPEG, PNG, WebP, GIF and PDF files can be shared"_s,
                        u"contentType"_s};
    FileRecord file;
    file.roomId = roomId;
    file.uploaderId = caller.userId;
    file.createdAt = QDateTime::currentDateTimeUtc();
    file.attachment.contentType = *type;
    file.attachment.name = cleanFileName(rawName, u"file."_s + extensionOf(*type));
    QByteArray thumbnail;
    if (file.attachment.isImage()) {
        auto probe = co_await m_thumbnails.probe(bytes);
        if (!probe)
            co_return probe.error();
        auto clean = withoutMetadata(bytes, *type, probe->orientation);
        if (!clean)
            co_return clean.error();
        bytes = std::move(*clean);
        file.attachment.width = probe->width;
        file.attachment.height = probe->height;
        thumbnail = std::move(probe->thumbnail);
    }
    file.attachment.size = bytes.size();
    file.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    // Sealing and the durable writes are file system work: off the event loop.
    const auto cipher = m_cipher;
    const auto blobs = m_blobs;
    const QByteArray ad = associatedData(roomId);
    auto written = co_await QtConcurrent::run([cipher, blobs, ad, bytes = std::move(bytes),
                                               thumbnail = std::move(thumbnail),
                                               file]() mutable -> Result<FileRecord> {
        std::optional<int> keyId;
        if (cipher) {
            auto sealed = cipher->sealBytes(bytes, ad);
            keyId = sealed.keyId;
            bytes = std::move(sealed.text);
            if (!thumbnail.isEmpty())
                thumbnail = cipher->sealBytes(thumbnail, ad, keyId).text;
        }
        file.keyId = keyId;
        auto blob = blobs->put(bytes);
        if (!blob)
            return blob.error();
        file.blob = *blob;
        if (!thumbnail.isEmpty()) {
            auto thumb = blobs->put(thumbnail);
            if (!thumb)
                return thumb.error();
            file.thumbnailBlob = *thumb;
        }
        return file;
    });
    if (!written)
        co_return written.error();
    file = *written;
    const auto id = co_await m_storage.run<qint64>(
        [file](QSqlDatabase &db) { return repository::insertFile(db, file); });
    if (!id)
        co_return id.error(); // the blobs stay until the sweep: no row names them
    file.attachment.fileId = *id;
    qCInfo(lcBlobs).noquote() << "file" << *id << "in room" << roomId << "by" << caller.userId
                              << file.attachment.contentType << file.attachment.size << "bytes";
    co_return file;
}

QCoro::Task<Result<QByteArray>> FileService::readBlob(const FileRecord &file, const QString &blob) {
    const auto cipher = m_cipher;
    const auto blobs = m_blobs;
    const QByteArray ad = associatedData(file.roomId);
    const std::optional<int> keyId = file.keyId;
    co_return co_await QtConcurrent::run([cipher, blobs, ad, keyId, blob] {
        return openBlob(cipher.get(), *blobs, ad, keyId, blob);
    });
}

QCoro::Task<Result<FileService::Download>> FileService::download(Identity caller, qint64 fileId,
                                                                 bool thumbnail) {
    auto found = co_await m_storage.run<std::optional<FileRecord>>(
        [fileId](QSqlDatabase &db) { return repository::findFile(db, fileId); });
    if (!found)
        co_return found.error();
    const Error missing{ErrorCode::NotFound, u"no such file"_s};
    if (!found->has_value())
        co_return missing;
    const FileRecord file = **found;
    if (auto s = co_await m_rooms.mayReadFile(caller, file.roomId, fileId); !s)
        co_return s.error();
    if (!file.messageId && file.uploaderId != caller.userId)
        co_return missing; // not sent yet: nobody else knows of it
    if (thumbnail && !file.thumbnailBlob)
        co_return Error{ErrorCode::NotFound, u"this file has no thumbnail"_s};
    auto bytes = co_await readBlob(file, thumbnail ? *file.thumbnailBlob : file.blob);
    if (!bytes) {
        qCWarning(lcBlobs).noquote() << "file" << fileId << bytes.error().message;
        co_return bytes.error();
    }
    QByteArray type = file.attachment.contentType.toLatin1();
    if (thumbnail)
        type = sniffContentType(*bytes).value_or(u"image/jpeg"_s).toLatin1();
    co_return Download{file, std::move(*bytes), type};
}

QCoro::Task<Result<int>> FileService::sweep() {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime unsentBefore = now.addMSecs(-kUnsentLifetimeMs);
    int forgotten = 0;
    for (;;) {
        auto batch = co_await m_storage.run<QList<repository::SweepableFile>>(
            [unsentBefore](QSqlDatabase &db) {
                return repository::sweepableFiles(db, unsentBefore, 200);
            });
        if (!batch) {
            qCWarning(lcBlobs).noquote() << "file sweep stopped:" << batch.error().message;
            co_return batch.error();
        }
        if (batch->isEmpty())
            break;
        // Bytes first, then the row: a crash in between leaves a row whose blob is
        // gone, which the next sweep forgets.
        const auto blobs = m_blobs;
        const auto files = *batch;
        co_await QtConcurrent::run([blobs, files] {
            for (const auto &f : files)
                for (const auto &blob : {std::optional(f.blob), f.thumbnailBlob})
                    if (blob)
                        if (auto s = blobs->remove(*blob); !s)
                            qCWarning(lcBlobs).noquote() << s.error().message;
        });
        QList<qint64> ids;
        for (const auto &f : files)
            ids.append(f.id);
        auto forgot = co_await m_storage.run<bool>([ids](QSqlDatabase &db) -> Result<bool> {
            if (auto s = repository::forgetFiles(db, ids); !s)
                return s.error();
            return true;
        });
        if (!forgot)
            co_return forgot.error();
        forgotten += int(ids.size());
    }
    auto referenced = co_await m_storage.run<QSet<QString>>(
        [](QSqlDatabase &db) { return repository::referencedBlobs(db); });
    if (!referenced)
        co_return referenced.error();
    const auto blobs = m_blobs;
    const QDateTime graceBefore = now.addMSecs(-kOrphanGraceMs);
    const int orphans = co_await QtConcurrent::run(
        [blobs, set = *referenced, graceBefore] { return blobs->sweep(set, graceBefore); });
    if (forgotten > 0 || orphans > 0)
        qCInfo(lcBlobs) << "file sweep: forgot" << forgotten << "files, removed" << orphans
                        << "unreferenced blobs";
    co_return forgotten;
}

QCoro::Task<Result<qint64>> FileService::resealAll() {
    if (!m_cipher)
        co_return qint64(0);
    qint64 moved = 0;
    qint64 afterId = 0;
    int unreadable = 0;
    constexpr int kBatch = 50;
    for (;;) {
        auto batch = co_await m_storage.run<repository::ResealBatch>(
            [afterId](QSqlDatabase &db) { return repository::filesToReseal(db, afterId, kBatch); });
        if (!batch)
            co_return batch.error();
        afterId = batch->lastId;
        unreadable += batch->unreadable;
        for (FileRecord file : std::as_const(batch->files)) {
            const auto cipher = m_cipher;
            const auto blobs = m_blobs;
            const QByteArray ad = associatedData(file.roomId);
            auto resealed = co_await QtConcurrent::run(
                [cipher, blobs, ad, file]() mutable -> Result<FileRecord> {
                    const int to = cipher->currentKeyId();
                    const auto move = [&](const QString &blob) -> Result<QString> {
                        auto plain = openBlob(cipher.get(), *blobs, ad, file.keyId, blob);
                        if (!plain)
                            return plain.error();
                        return blobs->put(cipher->sealBytes(*plain, ad, to).text);
                    };
                    auto blob = move(file.blob);
                    if (!blob)
                        return blob.error();
                    file.blob = *blob;
                    if (file.thumbnailBlob) {
                        auto thumb = move(*file.thumbnailBlob);
                        if (!thumb)
                            return thumb.error();
                        file.thumbnailBlob = *thumb;
                    }
                    file.keyId = to;
                    return file;
                });
            if (!resealed) {
                qCWarning(lcBlobs).noquote() << "file" << file.attachment.fileId
                                             << "not re-sealed:" << resealed.error().message;
                continue;
            }
            const FileRecord after = *resealed;
            auto updated = co_await m_storage.run<bool>(
                [after](QSqlDatabase &db) { return repository::resealFile(db, after); });
            if (!updated)
                co_return updated.error();
            // The old blobs are unreferenced now: the sweep takes them after its grace.
            ++moved;
        }
        if (batch->scanned < kBatch)
            break;
    }
    if (unreadable > 0)
        qCWarning(lcBlobs) << unreadable
                           << "files do not open with any key in the key file; left as is";
    co_return moved;
}

} // namespace gonggu::server::files
