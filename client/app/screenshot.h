// --screenshot: render the window offscreen, save a PNG, quit (docs and review).
#pragma once

#include <QString>

class QQmlApplicationEngine;

namespace gonggu::client {
void scheduleScreenshot(QQmlApplicationEngine &engine, const QString &path, int delayMs);
}
