#include "blobstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBlobs, "gonggu.files")

namespace gonggu::server::files {

namespace {

constexpr auto kTemporary = "tmp"_L1;

Error ioError(const QString &what) {
    return Error{ErrorCode::Unavailable, what + u": "_s + QString::fromLocal8Bit(strerror(errno))};
}

bool syncPath(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

BlobStore::BlobStore(QString directory)
    : m_directory(std::move(directory)) {
}

bool BlobStore::isBlobName(QStringView name) {
    if (name.size() != 64)
        return false;
    for (const QChar c : name)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString BlobStore::pathOf(const QString &name) const {
    return m_directory + u'/' + name.left(2) + u'/' + name;
}

Status BlobStore::open() {
    if (!QDir().mkpath(m_directory + u'/' + kTemporary))
        return ioError(u"cannot create the file store "_s + m_directory);
    ::chmod(QFile::encodeName(m_directory).constData(), 0700);
    return okStatus();
}

Result<QString> BlobStore::put(const QByteArray &bytes) const {
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString final = pathOf(name);
    if (QFileInfo::exists(final))
        return name; // the same bytes, stored before
    const QString temporary = m_directory + u'/' + kTemporary + u'/' + name + u'.' +
                              QString::number(QRandomGenerator::global()->generate64(), 16);
    const int fd = ::open(QFile::encodeName(temporary).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(u"cannot create a file in the store"_s);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const Error error = ioError(u"cannot write a file in the store"_s);
            ::close(fd);
            ::unlink(QFile::encodeName(temporary).constData());
            return error;
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const Error error = ioError(u"cannot flush a file in the store"_s);
        ::close(fd);
        ::unlink(QFile::encodeName(temporary).constData());
        return error;
    }
    ::close(fd);
    const QString shard = m_directory + u'/' + name.left(2);
    if (!QDir().mkpath(shard) || ::rename(QFile::encodeName(temporary).constData(),
                                          QFile::encodeName(final).constData()) != 0) {
        const Error error = ioError(u"cannot place a file in the store"_s);
        ::unlink(QFile::encodeName(temporary).constData());
        return error;
    }
    // The rename is durable once the directory entry is (and a new shard's in the root).
    if (!syncPath(shard) || !syncPath(m_directory))
        return ioError(u"cannot flush the file store's directory"_s);
    return name;
}

Result<QByteArray> BlobStore::get(const QString &name) const {
    if (!isBlobName(name))
        return Error{ErrorCode::Internal, u"not a blob name"_s};
    QFile file(pathOf(name));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Internal, u"a stored file is missing: "_s + name};
    const QByteArray bytes = file.readAll();
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() != name.toLatin1())
        return Error{ErrorCode::Internal, u"a stored file is damaged: "_s + name};
    return bytes;
}

Status BlobStore::remove(const QString &name) const {
    if (!isBlobName(name))
        return okStatus();
    if (::unlink(QFile::encodeName(pathOf(name)).constData()) != 0 && errno != ENOENT)
        return ioError(u"cannot remove a stored file"_s);
    return okStatus();
}

int BlobStore::sweep(const QSet<QString> &referenced, const QDateTime &before) const {
    int removed = 0;
    QDirIterator it(m_directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const bool temporary = info.dir().dirName() == kTemporary;
        if (!temporary && (!isBlobName(info.fileName()) || referenced.contains(info.fileName())))
            continue;
        if (info.lastModified() >= before)
            continue;
        if (QFile::remove(info.filePath()))
            ++removed;
        else
            qCWarning(lcBlobs) << "cannot remove" << info.filePath();
    }
    return removed;
}

} // namespace gonggu::server::files
