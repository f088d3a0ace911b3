#include "filetype.h"

using namespace Qt::StringLiterals;

namespace gonggu {

std::optional<QString> sniffContentType(QByteArrayView bytes) {
    // The signatures of the WHATWG MIME Sniffing standard, section 6.1.
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return u"image/webp"_s;
    if (bytes.startsWith("%PDF-"))
        return u"application/pdf"_s;
    return std::nullopt;
}

} // namespace gonggu
