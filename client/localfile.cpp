#include "localfile.h"

#include "common/filetype.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {

// A content:// URL of Android's picker opens as it is; a file:// URL as its path.
QString pathOf(const QUrl &url) {
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

} // namespace

LocalFile LocalFile::inspect(const QUrl &url) {
    LocalFile file;
    file.url = url;
    const QString path = pathOf(url);
    const QFileInfo info(path);
    file.name = info.fileName();
    file.size = info.size();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.size = -1;
        return file;
    }
    file.size = in.size();
    file.contentType = sniffContentType(in.peek(64)).value_or(QString());
    if (file.isImage()) {
        QImageReader reader(&in);
        const QSize stored = reader.size();
        const bool sideways = reader.transformation() & QImageIOHandler::TransformationRotate90;
        file.shownSize = sideways ? stored.transposed() : stored;
    }
    return file;
}

Status LocalFile::sendable() const {
    if (size < 0)
        return Error{ErrorCode::ContentInvalid, u"cannot read "_s + name, u"file"_s};
    if (contentType.isEmpty())
        return Error{ErrorCode::ContentInvalid, u"not a photo or PDF"_s, u"contentType"_s};
    if (size == 0 || size > kMaxBytes)
        return Error{ErrorCode::ContentInvalid, u"empty or over 10 MiB"_s, u"size"_s};
    return okStatus();
}

Result<QByteArray> LocalFile::read() const {
    QFile in(pathOf(url));
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::ContentInvalid, in.errorString(), u"file"_s};
    return in.readAll();
}

} // namespace gonggu::client
