#include "metadatascrub.h"

#include <QtEndian>
#include <zlib.h>

using namespace Qt::StringLiterals;

namespace gonggu::server::files {

namespace {

Error malformed(const char *what) {
    return Error{ErrorCode::ContentInvalid,
                 u"the file is not a well-formed "_s + QLatin1StringView(what)};
}

quint16 be16(const char *p) {
    return qFromBigEndian<quint16>(p);
}

quint32 be32(const char *p) {
    return qFromBigEndian<quint32>(p);
}

quint32 le32(const char *p) {
    return qFromLittleEndian<quint32>(p);
}

// A TIFF structure of one IFD with one entry: Orientation (0x0112, SHORT).
QByteArray orientationTiff(int orientation) {
    QByteArray tiff("MM\0\x2A\0\0\0\x08", 8);                         // big-endian, first IFD at 8
    tiff.append("\0\x01", 2);                                         // one entry
    tiff.append("\x01\x12\0\x03\0\0\0\x01", 8);                       // tag, type SHORT, count 1
    tiff.append(char(0)).append(char(orientation)).append("\0\0", 2); // value, padded
    tiff.append("\0\0\0\0", 4);                                       // no next IFD
    return tiff;
}

Result<QByteArray> scrubJpeg(const QByteArray &in, int orientation) {
    const qsizetype n = in.size();
    const char *d = in.constData();
    if (n < 4 || quint8(d[0]) != 0xFF || quint8(d[1]) != 0xD8) // SOI and a marker, at least
        return malformed("JPEG");
    QByteArray out;
    out.reserve(n);
    out.append(d, 2); // SOI
    bool orientationWritten = orientation <= 1;
    const auto writeOrientation = [&] {
        const QByteArray exif = "Exif" + QByteArray(2, '\0') + orientationTiff(orientation);
        out.append("\xFF\xE1", 2);
        char length[2];
        qToBigEndian<quint16>(quint16(exif.size() + 2), length);
        out.append(length, 2).append(exif);
        orientationWritten = true;
    };
    qsizetype pos = 2;
    while (pos < n) {
        if (quint8(d[pos]) != 0xFF)
            return malformed("JPEG");
        qsizetype markerAt = pos;
        while (pos < n && quint8(d[pos]) == 0xFF) // fill bytes
            ++pos;
        if (pos >= n)
            return malformed("JPEG");
        const quint8 marker = quint8(d[pos++]);
        if (marker == 0xD9 || marker == 0xDA) { // EOI, or the scan: the rest is image data
            if (!orientationWritten)
                writeOrientation();
            out.append(d + markerAt, n - markerAt);
            return out;
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) // no length
            continue;
        if (pos + 2 > n)
            return malformed("JPEG");
        const qsizetype length = be16(d + pos);
        if (length < 2 || pos + length > n)
            return malformed("JPEG");
        const QByteArrayView payload(d + pos + 2, length - 2);
        const bool app = marker >= 0xE0 && marker <= 0xEF;
        const bool keep = (!app && marker != 0xFE) // COM
                          || marker == 0xE0        // JFIF
                          || marker == 0xEE        // Adobe: colour transform
                          || (marker == 0xE2 && payload.startsWith("ICC_PROFILE"));
        if (!orientationWritten && marker != 0xE0)
            writeOrientation(); // after JFIF, which must come first
        if (keep)
            out.append(d + markerAt, pos + length - markerAt);
        pos += length;
    }
    return malformed("JPEG"); // no scan and no end
}

Result<QByteArray> scrubPng(const QByteArray &in, int orientation) {
    const qsizetype n = in.size();
    const char *d = in.constData();
    if (!in.startsWith("\x89PNG\r\n\x1A\n"))
        return malformed("PNG");
    QByteArray out;
    out.reserve(n);
    out.append(d, 8); // signature
    qsizetype pos = 8;
    bool orientationWritten = orientation <= 1;
    while (pos + 12 <= n) {
        const quint32 length = be32(d + pos);
        if (length > 0x7FFFFFFF || qsizetype(length) > n - pos - 12)
            return malformed("PNG");
        const QByteArrayView type(d + pos + 4, 4);
        const qsizetype chunkSize = 12 + qsizetype(length);
        const bool drop =
            type == "eXIf" || type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "tIME";
        if (!orientationWritten && (type == "IDAT" || type == "IEND")) {
            // PNG 1.6's eXIf, with the orientation alone; before the image data.
            const QByteArray body = "eXIf" + orientationTiff(orientation);
            char head[4], crc[4];
            qToBigEndian<quint32>(quint32(body.size() - 4), head);
            qToBigEndian<quint32>(
                quint32(
                    crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))),
                crc);
            out.append(head, 4).append(body).append(crc, 4);
            orientationWritten = true;
        }
        if (!drop)
            out.append(d + pos, chunkSize);
        pos += chunkSize;
        if (type == "IEND")
            return out;
    }
    return malformed("PNG");
}

Result<QByteArray> scrubWebp(const QByteArray &in) {
    const qsizetype n = in.size();
    const char *d = in.constData();
    if (n < 12 || !in.startsWith("RIFF") || QByteArrayView(d + 8, 4) != "WEBP" ||
        qsizetype(le32(d + 4)) > n - 8)
        return malformed("WebP");
    const qsizetype end = 8 + qsizetype(le32(d + 4));
    QByteArray out(d, 12);
    qsizetype pos = 12;
    qsizetype vp8xAt = -1;
    while (pos + 8 <= end) {
        const QByteArrayView type(d + pos, 4);
        const qsizetype length = le32(d + pos + 4);
        const qsizetype padded = length + (length & 1);
        if (length > end - pos - 8)
            return malformed("WebP");
        const qsizetype chunkSize = 8 + qMin(padded, end - pos - 8);
        if (type == "VP8X" && length >= 1)
            vp8xAt = out.size();
        if (type != "EXIF" && type != "XMP ")
            out.append(d + pos, chunkSize);
        pos += chunkSize;
    }
    if (pos != end)
        return malformed("WebP");
    if (vp8xAt >= 0)
        out[vp8xAt + 8] = char(quint8(out[vp8xAt + 8]) & ~0x0C); // no EXIF, no XMP
    char size[4];
    qToLittleEndian<quint32>(quint32(out.size() - 8), size);
    out.replace(4, 4, size, 4);
    return out;
}

} // namespace

Result<QByteArray> withoutMetadata(const QByteArray &bytes, const QString &contentType,
                                   int orientation) {
    orientation = orientation >= 1 && orientation <= 8 ? orientation : 1;
    if (contentType == u"image/jpeg")
        return scrubJpeg(bytes, orientation);
    if (contentType == u"image/png")
        return scrubPng(bytes, orientation);
    if (contentType == u"image/webp")
        return scrubWebp(bytes);
    return bytes;
}

} // namespace gonggu::server::files
