#include "apipaths.h"

namespace gonggu::apipaths {

QString fill(QLatin1StringView pattern, qint64 id) {
    QString path = pattern;
    path.replace(QLatin1StringView("{}"), QString::number(id));
    return path;
}

QString fill(QLatin1StringView pattern, qint64 roomId, qint64 messageId) {
    QString path = pattern;
    const qsizetype first = path.indexOf(QLatin1StringView("{}"));
    path.replace(first, 2, QString::number(roomId));
    path.replace(QLatin1StringView("{}"), QString::number(messageId));
    return path;
}

} // namespace gonggu::apipaths
