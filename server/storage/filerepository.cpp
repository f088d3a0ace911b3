#include "filerepository.h"

#include "database.h"
#include "messagecipher.h"
#include "messagerow.h"
#include "sqlexec.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace gonggu::server::repository {

namespace {

constexpr auto kColumns = "id, room_id, uploader_id, key_id, name, content_type, size, sha256, "
                          "width, height, blob, thumbnail_blob, message_id, created_at"_L1;

QVariant orNull(const std::optional<QString> &text) {
    return text ? QVariant(*text) : QVariant();
}

QVariant orNull(const std::optional<int> &number) {
    return number ? QVariant(*number) : QVariant();
}

Result<FileRecord> readFile(QSqlDatabase &db, const QSqlQuery &q) {
    FileRecord f;
    f.attachment.fileId = q.value(0).toLongLong();
    f.roomId = q.value(1).toLongLong();
    f.uploaderId = q.value(2).toString();
    if (!q.value(3).isNull())
        f.keyId = q.value(3).toInt();
    auto name = messagerow::open(cipherOf(db), q.value(4), q.value(3), f.roomId);
    if (!name)
        return name.error();
    f.attachment.name = *name;
    f.attachment.contentType = q.value(5).toString();
    f.attachment.size = q.value(6).toLongLong();
    f.sha256 = q.value(7).toString().toLatin1();
    f.attachment.width = q.value(8).toInt();
    f.attachment.height = q.value(9).toInt();
    f.blob = q.value(10).toString();
    if (!q.value(11).isNull())
        f.thumbnailBlob = q.value(11).toString();
    if (!q.value(12).isNull())
        f.messageId = q.value(12).toLongLong();
    f.createdAt = fromMs(q.value(13).toLongLong());
    return f;
}

// "?, ?, ?" for `n` values.
QString placeholders(qsizetype n) {
    QString list;
    for (qsizetype i = 0; i < n; ++i)
        list += i == 0 ? u"?"_s : u", ?"_s;
    return list;
}

QVariantList idValues(const QList<qint64> &ids) {
    QVariantList values;
    for (const qint64 id : ids)
        values << id;
    return values;
}

} // namespace

Result<qint64> insertFile(QSqlDatabase &db, const FileRecord &file) {
    const auto name = messagerow::seal(cipherOf(db), file.attachment.name, file.roomId, file.keyId);
    auto q = execute(
        db,
        u"INSERT INTO files (room_id, uploader_id, key_id, name, content_type, size, sha256, "
        "width, height, blob, thumbnail_blob, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {file.roomId, file.uploaderId, orNull(file.keyId), QString::fromUtf8(name.text),
         file.attachment.contentType, file.attachment.size, QString::fromLatin1(file.sha256),
         file.attachment.width, file.attachment.height, file.blob, orNull(file.thumbnailBlob),
         ms(file.createdAt)},
        "insert file");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return sqlError(u"insert file returned no id"_s, (*q)->lastError());
    return (*q)->value(0).toLongLong();
}

Result<std::optional<FileRecord>> findFile(QSqlDatabase &db, qint64 fileId) {
    auto q =
        execute(db, u"SELECT "_s + kColumns + u" FROM files WHERE id = ? AND deleted_at IS NULL"_s,
                {fileId}, "find file");
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<FileRecord>();
    auto file = readFile(db, **q);
    if (!file)
        return file.error();
    return std::optional(*file);
}

Result<QList<Attachment>> unsentFiles(QSqlDatabase &db, qint64 roomId, const QString &uploaderId,
                                      const QList<qint64> &fileIds) {
    QVariantList values{roomId, uploaderId};
    values += idValues(fileIds);
    auto q = execute(db,
                     u"SELECT "_s + kColumns +
                         u" FROM files WHERE room_id = ? AND uploader_id = ? AND "
                         "message_id IS NULL AND deleted_at IS NULL AND id IN ("_s +
                         placeholders(fileIds.size()) + u')',
                     values, "find files to send");
    if (!q)
        return q.error();
    QHash<qint64, Attachment> found;
    while ((*q)->next()) {
        auto file = readFile(db, **q);
        if (!file)
            return file.error();
        found.insert(file->attachment.fileId, file->attachment);
    }
    QList<Attachment> ordered;
    for (const qint64 id : fileIds)
        if (const auto it = found.constFind(id); it != found.constEnd())
            ordered.append(*it);
    return ordered;
}

Result<int> markFilesSent(QSqlDatabase &db, qint64 messageId, const QList<qint64> &fileIds) {
    QVariantList values{messageId};
    values += idValues(fileIds);
    auto q = execute(db,
                     u"UPDATE files SET message_id = ? WHERE message_id IS NULL AND "
                     "deleted_at IS NULL AND id IN ("_s +
                         placeholders(fileIds.size()) + u')',
                     values, "mark files sent");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<int> deleteFilesOf(QSqlDatabase &db, qint64 messageId, const QDateTime &now) {
    auto q = execute(
        db, u"UPDATE files SET deleted_at = ? WHERE message_id = ? AND deleted_at IS NULL"_s,
        {ms(now), messageId}, "delete files of a message");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected();
}

Result<QList<SweepableFile>> sweepableFiles(QSqlDatabase &db, const QDateTime &unsentBefore,
                                            int limit) {
    auto q = execute(db,
                     u"SELECT id, blob, thumbnail_blob FROM files WHERE deleted_at IS NOT NULL "
                     "UNION ALL SELECT id, blob, thumbnail_blob FROM files "
                     "WHERE message_id IS NULL AND deleted_at IS NULL AND created_at < ? LIMIT ?"_s,
                     {ms(unsentBefore), limit}, "find files to sweep");
    if (!q)
        return q.error();
    QList<SweepableFile> files;
    while ((*q)->next()) {
        SweepableFile f{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), std::nullopt};
        if (!(*q)->value(2).isNull())
            f.thumbnailBlob = (*q)->value(2).toString();
        files.append(f);
    }
    return files;
}

Status forgetFiles(QSqlDatabase &db, const QList<qint64> &fileIds) {
    if (fileIds.isEmpty())
        return okStatus();
    auto q = execute(db, u"DELETE FROM files WHERE id IN ("_s + placeholders(fileIds.size()) + u')',
                     idValues(fileIds), "forget files");
    if (!q)
        return q.error();
    return okStatus();
}

Result<QSet<QString>> referencedBlobs(QSqlDatabase &db) {
    auto q = execute(db, u"SELECT blob, thumbnail_blob FROM files"_s, {}, "list blobs");
    if (!q)
        return q.error();
    QSet<QString> blobs;
    while ((*q)->next()) {
        blobs.insert((*q)->value(0).toString());
        if (!(*q)->value(1).isNull())
            blobs.insert((*q)->value(1).toString());
    }
    return blobs;
}

Result<ResealBatch> filesToReseal(QSqlDatabase &db, qint64 afterId, int limit) {
    ResealBatch batch;
    batch.lastId = afterId;
    const MessageCipher *cipher = cipherOf(db);
    if (!cipher)
        return batch;
    auto q = execute(db,
                     u"SELECT "_s + kColumns +
                         u" FROM files WHERE id > ? AND deleted_at IS NULL AND "
                         "(key_id IS NULL OR key_id <> ?) ORDER BY id LIMIT ?"_s,
                     {afterId, cipher->currentKeyId(), limit}, "find files to re-seal");
    if (!q)
        return q.error();
    while ((*q)->next()) {
        ++batch.scanned;
        batch.lastId = (*q)->value(0).toLongLong();
        auto file = readFile(db, **q);
        if (file)
            batch.files.append(*file);
        else
            ++batch.unreadable; // sealed with a key this file lacks: left as it is
    }
    return batch;
}

Result<bool> resealFile(QSqlDatabase &db, const FileRecord &file) {
    const auto name = messagerow::seal(cipherOf(db), file.attachment.name, file.roomId, file.keyId);
    auto q = execute(db,
                     u"UPDATE files SET key_id = ?, name = ?, blob = ?, thumbnail_blob = ? "
                     "WHERE id = ? AND deleted_at IS NULL"_s,
                     {orNull(file.keyId), QString::fromUtf8(name.text), file.blob,
                      orNull(file.thumbnailBlob), file.attachment.fileId},
                     "re-seal file");
    if (!q)
        return q.error();
    return (*q)->numRowsAffected() == 1;
}

} // namespace gonggu::server::repository
