// libFuzzer target: the server's own readers of uploaded files, on raw bytes:
// the type sniffer, the metadata scrubber of JPEG, PNG and WebP (whatever the
// sniffer said, so each walker sees every input), the Range header and the
// thumbnailer's answer. A crash, or a scrub that grows a file by more than its
// orientation block or changes its signature, is a bug.
#include "common/filetype.h"
#include "files/fileservice.h"
#include "files/metadatascrub.h"
#include "http/byterange.h"
#include "thumbnailanswer.h"

#include <cstdint>
#include <cstdlib>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)sniffContentType(bytes);
    const int orientation = size > 0 ? data[size - 1] % 10 : 1;
    for (const QString type : {u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s}) {
        const auto clean = files::withoutMetadata(bytes, type, orientation);
        if (!clean)
            continue;
        // Its signature stays (a JPEG may get its orientation block right after SOI).
        if (clean->size() > bytes.size() + 64 || !clean->startsWith(bytes.first(2)))
            std::abort();
        // What comes out is well-formed and has nothing more to lose.
        const auto again = files::withoutMetadata(*clean, type, 1);
        if (!again)
            std::abort();
    }
    const qint64 fileSize = size > 2 ? data[0] * 256 + data[1] : 0;
    const ByteRange range = parseByteRange(bytes, fileSize);
    if (range.kind == ByteRange::Kind::Part &&
        (range.first < 0 || range.last < range.first || range.last >= fileSize))
        std::abort();
    if (const auto answer = gonggu::thumbnailer::decodeAnswer(bytes))
        if (answer->width <= 0 || answer->thumbnail.isEmpty())
            std::abort();
    const QString name = files::FileService::cleanFileName(bytes, u"file"_s);
    if (name.isEmpty() || name.contains(u'/') || name.size() > 200)
        std::abort();
    return 0;
}
