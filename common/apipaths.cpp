#include "apipaths.h"

namespace gonggu::apipaths {

QString fill(QLatin1StringView pattern, qint64 id) {
    QString path = pattern;
    path.replace(QLatin1StringView("{}"), QString::number(id));
    return path;
}

} // namespace gonggu::apipaths
