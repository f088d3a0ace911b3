// The desktop notifier against a real D-Bus: a private session bus (dbus-daemon),
// and on it a notification server of the test's own that records each Notify and
// answers with ActionInvoked as a desktop would when the user clicks a notice.
#include "notify/freedesktopnotifier.h"

#include <QDBusConnection>
#include <QDBusError>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QVariantMap>

using namespace Qt::StringLiterals;
using namespace gonggu::client;

class NotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call {
        uint replaces = 0;
        QString summary, body;
        QStringList actions;
    };
    QList<Call> calls;
    uint lastId = 0;

public Q_SLOTS:
    uint Notify(const QString &, uint replaces, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &, int) {
        calls.append({replaces, summary, body, actions});
        return replaces ? replaces : ++lastId;
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action);
    void NotificationClosed(uint id, uint reason);
};

class TestFreedesktopNotifier : public QObject {
    Q_OBJECT
    QProcess bus;
    NotificationServer server;

private Q_SLOTS:
    void initTestCase() {
        bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(bus.waitForStarted(), "dbus-daemon (package dbus-daemon) is needed");
        QVERIFY(bus.waitForReadyRead(5000));
        const QByteArray address = bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        // The app's notifier uses the session bus: this one, not the machine's.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        QDBusConnection desktop =
            QDBusConnection::connectToBus(QString::fromUtf8(address), u"desktop"_s);
        QVERIFY(desktop.isConnected());
        QVERIFY(desktop.registerObject(u"/org/freedesktop/Notifications"_s, &server,
                                       QDBusConnection::ExportAllSlots |
                                           QDBusConnection::ExportAllSignals));
        QVERIFY(desktop.registerService(u"org.freedesktop.Notifications"_s));
    }

    void cleanupTestCase() {
        QDBusConnection::disconnectFromBus(u"desktop"_s);
        bus.terminate();
        bus.waitForFinished();
    }

    void aNoticeShowsAndAClickOpensItsRoom() {
        FreedesktopNotifier notifier;
        QSignalSpy opened(&notifier, &SystemNotifier::activated);
        const qint64 room = 1'764'000'000'123;
        notifier.show(room, u"제주 감귤 10kg"_s, u"Announcement: <b>pickup</b> at 6"_s);
        QTRY_COMPARE(server.calls.size(), 1);
        const auto first = server.calls.first();
        QCOMPARE(first.summary, u"제주 감귤 10kg"_s);
        // Servers may read markup: a user's text is escaped, never interpreted.
        QCOMPARE(first.body, u"Announcement: &lt;b&gt;pickup&lt;/b&gt; at 6"_s);
        QVERIFY(first.actions.contains(u"default"_s));
        QCOMPARE(first.replaces, 0u);

        // The same room again replaces its notice instead of piling up.
        QTest::qWait(100); // the id of the first has come back
        notifier.show(room, u"제주 감귤 10kg"_s, u"The group buy is complete."_s);
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).replaces, server.lastId);

        // The user clicks it: the app opens that room (a 64-bit id, exactly).
        Q_EMIT server.ActionInvoked(server.lastId, u"default"_s);
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), room);
        // A notice of someone else's (another app's id) opens nothing.
        Q_EMIT server.ActionInvoked(server.lastId + 100, u"default"_s);
        QTest::qWait(100);
        QCOMPARE(opened.size(), 1);
        // Closed: a new notice of the room is a new one.
        Q_EMIT server.NotificationClosed(server.lastId, 2);
        QTest::qWait(100);
        notifier.show(room, u"제주 감귤 10kg"_s, u"again"_s);
        QTRY_COMPARE(server.calls.size(), 3);
        QCOMPARE(server.calls.at(2).replaces, 0u);
    }
};

QTEST_GUILESS_MAIN(TestFreedesktopNotifier)
#include "tst_freedesktopnotifier.moc"
