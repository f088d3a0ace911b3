// When and how the app tells the user of a notification (ChatClient::noticeWay,
// noticeText) and the per-room mute that keeps a room quiet across restarts.
#include "chatclient.h"
#include "preferences.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu;
using namespace gonggu::client;

class TestNotices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void theWayFollowsWhereTheUserIs_data() {
        QTest::addColumn<bool>("muted");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("open");
        QTest::addColumn<QString>("way");
        // muted, app in front, the room open: what reaches them
        QTest::newRow("another room, app in front") << false << true << false << u"Banner"_s;
        QTest::newRow("the room they read") << false << true << true << u"None"_s;
        QTest::newRow("app in the background") << false << false << false << u"System"_s;
        QTest::newRow("open room, window in the background")
            << false << false << true << u"System"_s;
        QTest::newRow("muted, in front") << true << true << false << u"None"_s;
        QTest::newRow("muted, in the background") << true << false << false << u"None"_s;
    }
    void theWayFollowsWhereTheUserIs() {
        QFETCH(bool, muted);
        QFETCH(bool, active);
        QFETCH(bool, open);
        QFETCH(QString, way);
        const auto meta = QMetaEnum::fromType<ChatClient::NoticeWay>();
        QCOMPARE(
            QString::fromLatin1(meta.valueToKey(int(ChatClient::noticeWay(muted, active, open)))),
            way);
    }

    void eachTypeSaysWhatHappened() {
        UserNotification n;
        n.roomId = 1042;
        n.roomTitle = u"제주 감귤"_s;
        n.type = UserNotification::Type::RoomStatus;
        n.status = RoomStatus::Closed;
        QCOMPARE(ChatClient::noticeText(n), u"The group buy is complete."_s);
        n.status = RoomStatus::Cancelled;
        QCOMPARE(ChatClient::noticeText(n), u"The group buy was called off."_s);
        n.type = UserNotification::Type::Announcement;
        ChatMessage message;
        message.content = QString(300, u'a');
        n.message = message;
        // Long announcements are cut: a notice is a glance, the room has the rest.
        QCOMPARE(ChatClient::noticeText(n), u"Announcement: "_s + QString(200, u'a'));
        n.type = UserNotification::Type::RoomRemoved;
        QVERIFY(!ChatClient::noticeText(n).isEmpty());
    }

    void aMutedRoomStaysMuted() {
        Preferences *preferences = Preferences::instance();
        const double room = 1'764'000'000'123; // a marketplace id beyond 32 bits
        QVERIFY(!preferences->isMuted(room));
        preferences->setMuted(room, true);
        QVERIFY(preferences->isMuted(room));
        QVERIFY(!preferences->isMuted(room + 1));
        // Kept: the next start reads it back.
        QCOMPARE(QSettings().value(u"notify/mutedRooms"_s).toList().value(0).toLongLong(),
                 qint64(room));
        preferences->setMuted(room, false);
        QVERIFY(!preferences->isMuted(room));
        QVERIFY(QSettings().value(u"notify/mutedRooms"_s).toList().isEmpty());
    }
};

QTEST_MAIN(TestNotices)
#include "tst_notices.moc"
