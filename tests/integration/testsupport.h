// Small helpers shared by the integration suites.
#pragma once

#include <QDateTime>
#include <QtGlobal>

// Product ids unique across runs: PostgreSQL keeps its tables between suites.
inline qint64 uniqueProductId() {
    static qint64 next = (QDateTime::currentMSecsSinceEpoch() % 100'000'000) * 1000;
    return ++next;
}

inline QString uniqueUser(const char *prefix) {
    static int counter = 0;
    return QStringLiteral("%1-%2-%3")
        .arg(QLatin1StringView(prefix))
        .arg(QDateTime::currentMSecsSinceEpoch())
        .arg(++counter);
}
