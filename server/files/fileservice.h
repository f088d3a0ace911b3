// Files and photos of PROTOCOL.md: an upload is checked (who, how big, what it
// is from its bytes), stripped of metadata, thumbnailed out of process, sealed
// with the message keys, written to the BlobStore and then recorded; a download
// is authorised against the file's room. A sweep removes what no message keeps.
#pragma once

#include "blobstore.h"
#include "thumbnailjobs.h"

#include "auth/identity.h"
#include "storage/records.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class MessageCipher;
class RoomService;
class StorageThread;

namespace files {

struct FileSettings {
    QString directory;                  // the blob store
    qint64 maxBytes = 10 * 1024 * 1024; // per file
};

class FileService : public QObject {
    Q_OBJECT
public:
    FileService(FileSettings settings, RoomService &rooms, StorageThread &storage,
                std::shared_ptr<const MessageCipher> cipher, QObject *parent = nullptr);

    // Opens the store (also for seed-demo and rotate-key, which serve nothing).
    Status open();
    // Sweeps once now, then hourly (a serving server).
    void startSweeping();
    qint64 maxBytes() const { return m_settings.maxBytes; }

    // `name` as the client sent it (X-File-Name, percent-encoded UTF-8 allowed).
    QCoro::Task<Result<FileRecord>> upload(Identity caller, qint64 roomId, QByteArray rawName,
                                           QByteArray bytes);

    struct Download {
        FileRecord file;
        QByteArray bytes;
        QByteArray contentType;
    };
    // The file (or its thumbnail) for a reader of its room. Before it is sent in a
    // message, a file is its uploader's alone.
    QCoro::Task<Result<Download>> download(Identity caller, qint64 fileId, bool thumbnail);

    // Deleted files and uploads never sent within kUnsentLifetimeMs, then blobs
    // that no row names; how many files went.
    QCoro::Task<Result<int>> sweep();
    // Seals files under an older key again under the current one; how many.
    QCoro::Task<Result<qint64>> resealAll();

    static constexpr qint64 kUnsentLifetimeMs = 24 * 3600 * 1000;
    // A blob without a row younger than this may be an upload about to commit.
    static constexpr qint64 kOrphanGraceMs = 3600 * 1000;

    // What X-File-Name becomes: percent-decoded, no directories or control
    // characters, at most 200 characters; `fallback` when nothing is left.
    static QString cleanFileName(const QByteArray &raw, const QString &fallback);

private:
    QByteArray associatedData(qint64 roomId) const;
    QCoro::Task<Result<QByteArray>> readBlob(const FileRecord &file, const QString &blob);

    FileSettings m_settings;
    RoomService &m_rooms;
    StorageThread &m_storage;
    std::shared_ptr<const MessageCipher> m_cipher;
    std::shared_ptr<BlobStore> m_blobs;
    ThumbnailJobs m_thumbnails;
    QTimer m_sweepTimer;
};

} // namespace files
} // namespace gonggu::server
