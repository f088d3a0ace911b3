// Removes what a photo says beyond its pixels before anyone downloads it: EXIF
// (the camera, the time, GPS), XMP and IPTC, comments. Lossless: segments and
// chunks are dropped, pixels are not decoded. A JPEG keeps its orientation in a
// minimal EXIF block of its own, so that it still shows upright.
#pragma once

#include "common/result.h"

#include <QByteArray>

namespace gonggu::server::files {

// `orientation` is EXIF's (1-8, 1 = upright), as the decoder read it. Other
// types than JPEG, PNG and WebP come back as they are. Malformed structure
// (a segment or chunk running past the end) is an error: such a file is refused.
Result<QByteArray> withoutMetadata(const QByteArray &bytes, const QString &contentType,
                                   int orientation);

} // namespace gonggu::server::files
