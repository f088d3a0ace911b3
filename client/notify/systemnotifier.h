// Tells the user when they are not looking at the app: the platform's notification
// centre. One small interface so that the app stays portable; a tap on a notice
// says which room to open. On Linux the freedesktop service (D-Bus); Android
// (NotificationManager through JNI) and iOS (UNUserNotificationCenter) are
// described in docs/mobile.md and fall back to no notices until they are built.
#pragma once

#include <QObject>
#include <memory>

namespace gonggu::client {

class SystemNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // The platform's notifier, or one that shows nothing where there is none.
    static std::unique_ptr<SystemNotifier> create();

    // Replaces the room's earlier notice, if it is still shown.
    virtual void show(qint64 roomId, const QString &title, const QString &text) = 0;

Q_SIGNALS:
    void activated(qint64 roomId); // the user tapped the notice
};

} // namespace gonggu::client
