#include "thumbnailanswer.h"

#include <QList>

namespace gonggu::thumbnailer {

QByteArray encodeAnswer(const ImageProbe &probe) {
    return QByteArray::number(probe.width) + ' ' + QByteArray::number(probe.height) + ' ' +
           QByteArray::number(probe.orientation) + ' ' + probe.thumbnailType + '\n' +
           probe.thumbnail;
}

std::optional<ImageProbe> decodeAnswer(const QByteArray &answer) {
    const qsizetype newline = answer.indexOf('\n');
    if (newline < 0 || newline > 100)
        return std::nullopt;
    const QList<QByteArray> head = answer.first(newline).split(' ');
    if (head.size() != 4)
        return std::nullopt;
    ImageProbe probe;
    bool ok[3] = {};
    probe.width = head[0].toInt(&ok[0]);
    probe.height = head[1].toInt(&ok[1]);
    probe.orientation = head[2].toInt(&ok[2]);
    probe.thumbnailType = head[3];
    probe.thumbnail = answer.sliced(newline + 1);
    if (!ok[0] || !ok[1] || !ok[2] || probe.width <= 0 || probe.height <= 0 ||
        probe.orientation < 1 || probe.orientation > 8 ||
        (probe.thumbnailType != "image/jpeg" && probe.thumbnailType != "image/png") ||
        probe.thumbnail.isEmpty())
        return std::nullopt;
    return probe;
}

} // namespace gonggu::thumbnailer
