// Small helpers shared by the integration suites.
#pragma once

#include <QDateTime>
#include <QProcess>
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

// Runs "<script> <action> <dir> <port>" where the environment variable `control`
// holds "<script> <dir> <port>" (ctest sets it for the suites that stop and
// restart PostgreSQL or Redis). True if it exited 0.
inline bool controlService(const char *control, const char *action) {
    const QStringList parts = qEnvironmentVariable(control).split(u' ', Qt::SkipEmptyParts);
    QStringList arguments = parts.mid(1);
    arguments.insert(0, QString::fromLatin1(action));
    return !parts.isEmpty() && QProcess::execute(parts.first(), arguments) == 0;
}
