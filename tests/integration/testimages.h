// Files as phones make them, for the file tests: a JPEG photo with EXIF that
// names the camera, says where it was taken and that it was held sideways; a
// PNG with text chunks; a small PDF.
#pragma once

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QtEndian>

namespace testimages {

inline constexpr char kCameraMake[] = "GONGGU-CAMERA-X"; // 15 characters and a NUL
inline constexpr char kPngComment[] = "GONGGU-PNG-COMMENT";

inline QImage picture(int width, int height, bool alpha = false) {
    QImage image(width, height, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    image.fill(alpha ? Qt::transparent : Qt::white);
    QPainter p(&image);
    p.fillRect(0, 0, width / 2, height, QColor(0xF0, 0x8A, 0x24)); // left half tangerine
    p.fillRect(width / 2, 0, width / 2, height / 3, QColor(0x2E, 0x7D, 0x32));
    return image;
}

inline QByteArray encoded(const QImage &image, const char *format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, 90);
    return bytes;
}

// TIFF (big-endian) with IFD0 {Make, Orientation, GPS pointer} and a GPS IFD.
inline QByteArray exifBlock(int orientation) {
    QByteArray t("MM\0\x2A\0\0\0\x08", 8);
    const auto u16 = [&](quint16 v) {
        char b[2];
        qToBigEndian(v, b);
        t.append(b, 2);
    };
    const auto u32 = [&](quint32 v) {
        char b[4];
        qToBigEndian(v, b);
        t.append(b, 4);
    };
    u16(3);
    // tag, type, count, value or offset
    u16(0x010F);
    u16(2);
    u32(16);
    u32(50); // Make, at 50
    u16(0x0112);
    u16(3);
    u32(1);
    u16(quint16(orientation));
    u16(0);
    u16(0x8825);
    u16(4);
    u32(1);
    u32(66); // the GPS IFD, at 66
    u32(0);
    t.append(kCameraMake, 16);
    u16(1);
    u16(0x0001);
    u16(2);
    u32(2);
    t.append("N\0\0\0", 4); // GPSLatitudeRef
    u32(0);
    return "Exif" + QByteArray(2, '\0') + t;
}

// A width x height photo whose EXIF says to turn it (6: 90 degrees clockwise).
inline QByteArray jpegWithExif(int width, int height, int orientation = 6) {
    const QByteArray plain = encoded(picture(width, height), "JPEG");
    const QByteArray exif = exifBlock(orientation);
    char length[2];
    qToBigEndian(quint16(exif.size() + 2), length);
    return plain.first(2) + "\xFF\xE1" + QByteArray(length, 2) + exif + plain.sliced(2);
}

// A PNG with a tEXt chunk (a comment a photo editor left).
inline QByteArray pngWithText(int width, int height) {
    QImage image = picture(width, height, true);
    image.setText(QStringLiteral("Comment"), QString::fromLatin1(kPngComment));
    return encoded(image, "PNG");
}

inline QByteArray pdf(const QByteArray &text) {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << >>\n%%EOF\n";
}

} // namespace testimages
