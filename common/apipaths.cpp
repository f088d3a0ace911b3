#include "apipaths.h"

#include <QUrl>

namespace gonggu::apipaths {

QString fill(QLatin1StringView pattern, qint64 id) {
    QString path = pattern;
    path.replace(QLatin1StringView("{}"), QString::number(id));
    return path;
}

QString fill(QLatin1StringView pattern, qint64 roomId, qint64 messageId) {
    return fill(pattern, roomId, QString::number(messageId));
}

QString fill(QLatin1StringView pattern, qint64 roomId, const QString &segment) {
    QString path = pattern;
    const qsizetype first = path.indexOf(QLatin1StringView("{}"));
    path.replace(first, 2, QString::number(roomId));
    path.replace(QLatin1StringView("{}"), QString::fromLatin1(QUrl::toPercentEncoding(segment)));
    return path;
}

} // namespace gonggu::apipaths
