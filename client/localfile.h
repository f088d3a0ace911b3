// A file the user picked to send (a file dialog, the phone's picker, a drop):
// what it is by its bytes, as the server will judge it, so that the app refuses
// before uploading what the server would refuse after.
#pragma once

#include "common/result.h"

#include <QSize>
#include <QUrl>

namespace gonggu::client {

struct LocalFile {
    QUrl url;
    QString name;
    QString contentType; // empty: not a type the server takes
    qint64 size = 0;
    QSize shownSize; // images: as shown, EXIF orientation applied

    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024; // the server's default
    static LocalFile inspect(const QUrl &url);
    // Why it cannot be sent (field `contentType` or `size`), or ok.
    Status sendable() const;
    bool isImage() const { return contentType.startsWith(u"image/"); }
    Result<QByteArray> read() const;
};

} // namespace gonggu::client
