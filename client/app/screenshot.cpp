#include "screenshot.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

namespace gonggu::client {

void scheduleScreenshot(QQmlApplicationEngine &engine, const QString &path, int delayMs) {
    QTimer::singleShot(delayMs, &engine, [&engine, path] {
        const auto roots = engine.rootObjects();
        auto *window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(roots.first());
        const bool saved = window && window->grabWindow().save(path);
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace gonggu::client
