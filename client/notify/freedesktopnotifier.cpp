#include "freedesktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNotify, "gonggu.notify")

namespace gonggu::client {

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
} // namespace

FreedesktopNotifier::FreedesktopNotifier() {
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint, uint)));
}

void FreedesktopNotifier::show(qint64 roomId, const QString &title, const QString &text) {
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    const uint replaces = m_noticeOfRoom.value(roomId, 0);
    // The body is plain text: servers may read markup, so what a user wrote is escaped.
    call << QCoreApplication::applicationName() << replaces << u"gonggu"_s << title
         << text.toHtmlEscaped() << QStringList{u"default"_s, tr("Open")}
         << QVariantMap{{u"category"_s, u"im.received"_s}} << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, roomId](auto *done) {
        done->deleteLater();
        const QDBusPendingReply<uint> reply = *done;
        if (reply.isError()) { // no notification service (a bare X server, a container)
            qCInfo(lcNotify) << "no desktop notification:" << reply.error().message();
            return;
        }
        m_roomOfNotice.remove(m_noticeOfRoom.value(roomId));
        m_noticeOfRoom.insert(roomId, reply.value());
        m_roomOfNotice.insert(reply.value(), roomId);
    });
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action) {
    const auto it = m_roomOfNotice.constFind(id);
    if (it != m_roomOfNotice.constEnd() && action == u"default")
        Q_EMIT activated(*it);
}

void FreedesktopNotifier::onClosed(uint id, uint) {
    if (const auto room = m_roomOfNotice.take(id))
        m_noticeOfRoom.remove(room);
}

} // namespace gonggu::client
