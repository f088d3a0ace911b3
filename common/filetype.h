// What a file is, decided from its first bytes, never from its name or the
// Content-Type a client sent (a "photo.jpg" that is HTML stays out).
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace gonggu {

// One of allowedFileTypes() (attachment.h), or nullopt. Shared: the app refuses
// what the server would, before it uploads anything.
std::optional<QString> sniffContentType(QByteArrayView bytes);

} // namespace gonggu
