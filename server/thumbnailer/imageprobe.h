// Decodes an uploaded image with limits and makes its thumbnail. It runs in
// gonggu-thumbnailer, a process of its own (and in a fuzzer), never in the
// server: an image decoder that crashes or hangs on a crafted file takes down
// only that process.
#pragma once

#include "thumbnailanswer.h"

#include <QString>

namespace gonggu::thumbnailer {

struct ImageLimits {
    qint64 maxPixels = 50'000'000; // a 50 MP photo; a "decompression bomb" is bigger
    int allocationLimitMb = 512;   // Qt's own guard in QImageReader
    int thumbnailEdge = 320;       // the long side of a thumbnail, in pixels
};

// nullopt with `error` set when the bytes do not decode within the limits.
std::optional<ImageProbe> probeImage(const QByteArray &bytes, const ImageLimits &limits,
                                     QString *error = nullptr);

} // namespace gonggu::thumbnailer
