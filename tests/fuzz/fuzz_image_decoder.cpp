// libFuzzer target: what gonggu-thumbnailer runs on an uploaded image (Qt's
// decoders behind our limits). The server keeps this out of its own process;
// here a crash, a hang past -timeout or a probe that says nonsense is found
// before a crafted photo finds it.
#include "imageprobe.h"

#include <QCoreApplication>
#include <QImage>
#include <cstdint>
#include <cstdlib>

using namespace gonggu::thumbnailer;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    static QCoreApplication app(*argc, *argv); // finds the image format plugins
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImageLimits limits;
    limits.maxPixels = 4'000'000; // the fuzzer's memory, not a photo's
    limits.thumbnailEdge = 64;
    const auto probe = probeImage(bytes, limits);
    if (!probe)
        return 0;
    if (probe->width <= 0 || probe->height <= 0 || probe->orientation < 1 ||
        probe->orientation > 8 || probe->thumbnail.isEmpty())
        std::abort();
    const QImage thumbnail = QImage::fromData(probe->thumbnail);
    if (thumbnail.isNull() || qMax(thumbnail.width(), thumbnail.height()) > limits.thumbnailEdge)
        std::abort();
    return 0;
}
