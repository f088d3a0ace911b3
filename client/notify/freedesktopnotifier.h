// org.freedesktop.Notifications over the session bus (the Desktop Notifications
// Specification 1.2): Notify with a "default" action, and ActionInvoked back.
#pragma once

#include "systemnotifier.h"

#include <QHash>

namespace gonggu::client {

class FreedesktopNotifier final : public SystemNotifier {
    Q_OBJECT
public:
    FreedesktopNotifier();
    void show(qint64 roomId, const QString &title, const QString &text) override;

private Q_SLOTS: // connected by name to the bus's signals
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<qint64, uint> m_noticeOfRoom; // so that a newer notice replaces the older
    QHash<uint, qint64> m_roomOfNotice;
};

} // namespace gonggu::client
