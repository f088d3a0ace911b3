// SQL of the files table (the bytes are in the BlobStore, server/files/).
#pragma once

#include "records.h"

#include "common/result.h"

#include <QSqlDatabase>

namespace gonggu::server::repository {

// Seals the name under the cipher's key that sealed the blobs (`file.keyId`); the id.
Result<qint64> insertFile(QSqlDatabase &db, const FileRecord &file);
// A file not deleted, by id.
Result<std::optional<FileRecord>> findFile(QSqlDatabase &db, qint64 fileId);
// The files `uploaderId` put into `roomId` that no message carries yet, in the
// order of `fileIds`; those that are not so are missing from the answer.
Result<QList<Attachment>> unsentFiles(QSqlDatabase &db, qint64 roomId, const QString &uploaderId,
                                      const QList<qint64> &fileIds);
// Marks the files as carried by `messageId`; how many were still unsent.
Result<int> markFilesSent(QSqlDatabase &db, qint64 messageId, const QList<qint64> &fileIds);
// The files of a deleted message go with it; how many.
Result<int> deleteFilesOf(QSqlDatabase &db, qint64 messageId, const QDateTime &now);

// What the sweep removes: deleted files, and uploads never sent before `unsentBefore`.
struct SweepableFile {
    qint64 id = 0;
    QString blob;
    std::optional<QString> thumbnailBlob;
};
Result<QList<SweepableFile>> sweepableFiles(QSqlDatabase &db, const QDateTime &unsentBefore,
                                            int limit);
Status forgetFiles(QSqlDatabase &db, const QList<qint64> &fileIds);
// Every blob a row names (the sweep keeps these on disk).
Result<QSet<QString>> referencedBlobs(QSqlDatabase &db);

// Up to `limit` files after `afterId` under a key other than the current one (key
// rotation). A row whose name does not open (its key is not in the key file) is
// counted and left as it is; `lastId` is where the next batch starts.
struct ResealBatch {
    QList<FileRecord> files;
    int scanned = 0;
    int unreadable = 0;
    qint64 lastId = 0;
};
Result<ResealBatch> filesToReseal(QSqlDatabase &db, qint64 afterId, int limit);
// The file now under `keyId` in new blobs (its name sealed again); false if it went.
Result<bool> resealFile(QSqlDatabase &db, const FileRecord &file);

} // namespace gonggu::server::repository
