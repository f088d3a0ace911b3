// What a file is, decided from its first bytes, never from its name or the
// Content-Type a client sent (a "photo.jpg" that is HTML stays out).
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace gonggu::server::files {

// One of allowedFileTypes() (common/attachment.h), or nullopt.
std::optional<QString> sniffContentType(QByteArrayView bytes);

} // namespace gonggu::server::files
