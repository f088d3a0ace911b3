#include "imageprobe.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>

using namespace Qt::StringLiterals;

namespace gonggu::thumbnailer {

namespace {

// QImageIOHandler's transformation as EXIF's orientation number.
int exifOrientation(QImageIOHandler::Transformations t) {
    switch (int(t)) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

std::optional<ImageProbe> fail(QString *error, const QString &why) {
    if (error)
        *error = why;
    return std::nullopt;
}

} // namespace

std::optional<ImageProbe> probeImage(const QByteArray &bytes, const ImageLimits &limits,
                                     QString *error) {
    QImageReader::setAllocationLimit(limits.allocationLimitMb);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return fail(error, u"not an image this server decodes"_s);
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return fail(error, u"the image has no size"_s);
    if (qint64(stored.width()) * stored.height() > limits.maxPixels)
        return fail(error, u"the image has more than %1 pixels"_s.arg(limits.maxPixels));
    ImageProbe probe;
    probe.orientation = exifOrientation(reader.transformation());
    const bool sideways = probe.orientation >= 5;
    probe.width = sideways ? stored.height() : stored.width();
    probe.height = sideways ? stored.width() : stored.height();
    // Decoding straight to the small size (JPEG scales in the DCT) costs a fraction.
    const QSize small =
        stored.scaled(limits.thumbnailEdge, limits.thumbnailEdge, Qt::KeepAspectRatio);
    if (small.width() < stored.width() && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(small.expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull())
        return fail(error, u"the image does not decode: "_s + reader.errorString());
    if (qMax(image.width(), image.height()) > limits.thumbnailEdge)
        image = image.scaled(limits.thumbnailEdge, limits.thumbnailEdge, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    const bool transparent = image.hasAlphaChannel();
    probe.thumbnailType = transparent ? "image/png" : "image/jpeg";
    QBuffer out(&probe.thumbnail);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, transparent ? "png" : "jpeg");
    if (!transparent)
        writer.setQuality(82);
    // A new file: none of the original's metadata comes along.
    if (!writer.write(transparent ? image : image.convertToFormat(QImage::Format_RGB888)))
        return fail(error, u"cannot write the thumbnail: "_s + writer.errorString());
    return probe;
}

} // namespace gonggu::thumbnailer
