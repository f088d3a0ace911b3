// The bytes of uploaded files, in a directory apart from the database. Blobs
// are content-addressed: the name is the SHA-256 of what is stored (sealed
// bytes), so a read checks that the disk gave back what was written. A write is
// atomic and durable (a temporary file, fsync, rename, fsync of the directory)
// before its row is committed, so a crash never leaves a committed file
// without its bytes, only, at worst, bytes without a row, which sweep() takes.
// Thread-safe: every call is file system work, run off the event loop.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace gonggu::server::files {

class BlobStore {
public:
    explicit BlobStore(QString directory);

    // Creates the directory (mode 0700) if missing.
    Status open();
    // The blob's name.
    Result<QString> put(const QByteArray &bytes) const;
    Result<QByteArray> get(const QString &name) const;
    // Gone already is fine.
    Status remove(const QString &name) const;
    // Removes temporary files and blobs that no row names, when older than
    // `before` (an upload in flight has written its blob but not its row yet);
    // how many went.
    int sweep(const QSet<QString> &referenced, const QDateTime &before) const;

    static bool isBlobName(QStringView name);

private:
    QString pathOf(const QString &name) const;

    QString m_directory;
};

} // namespace gonggu::server::files
