// What gonggu-thumbnailer answers about an image, and how it travels on its
// stdout; QtCore only, so that the server reads it without linking QtGui.
#pragma once

#include <QByteArray>
#include <optional>

namespace gonggu::thumbnailer {

struct ImageProbe {
    int width = 0; // as shown: EXIF orientation applied
    int height = 0;
    int orientation = 1; // EXIF's 1-8 as read from the file
    QByteArray thumbnail;
    QByteArray thumbnailType; // image/jpeg, or image/png when it has transparency
};

// The helper's answer on stdout: "<width> <height> <orientation> <type>\n" + thumbnail.
QByteArray encodeAnswer(const ImageProbe &probe);
std::optional<ImageProbe> decodeAnswer(const QByteArray &answer);

} // namespace gonggu::thumbnailer
