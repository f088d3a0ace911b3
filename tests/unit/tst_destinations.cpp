// STOMP destinations and REST paths are built and parsed in one place; what
// the server accepts as a room id there is exactly a positive 64-bit integer.
#include "common/apipaths.h"
#include "common/destinations.h"

#include <QTest>

using namespace gonggu;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<qint64>)

class TestDestinations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsTheContractsDestinations() {
        QCOMPARE(destinations::chat(1042), u"/topic/chat/1042"_s);
        QCOMPARE(destinations::roomState(1'764'000'000'000), u"/topic/room/1764000000000"_s);
        QCOMPARE(destinations::send(9'007'199'254'740'993), u"/app/chat/9007199254740993"_s);
        QCOMPARE(QString(destinations::kNotifications), u"/user/queue/notifications"_s);
        QCOMPARE(QString(destinations::kErrors), u"/user/queue/errors"_s);
    }

    void parsesOnlyPositive64BitIds_data() {
        QTest::addColumn<QString>("destination");
        QTest::addColumn<std::optional<qint64>>("roomId");
        const std::optional<qint64> none;
        QTest::newRow("small") << u"/topic/chat/42"_s << std::optional<qint64>(42);
        QTest::newRow("epoch ms") << u"/topic/chat/1764000000000"_s
                                  << std::optional<qint64>(1'764'000'000'000);
        QTest::newRow("int64 max") << u"/topic/chat/9223372036854775807"_s
                                   << std::optional<qint64>(9'223'372'036'854'775'807);
        QTest::newRow("past int64") << u"/topic/chat/9223372036854775808"_s << none;
        QTest::newRow("zero") << u"/topic/chat/0"_s << none;
        QTest::newRow("negative") << u"/topic/chat/-1"_s << none;
        QTest::newRow("plus sign") << u"/topic/chat/+1"_s << none;
        // One canonical form: "0042" would be room 42 under another name.
        QTest::newRow("leading zero") << u"/topic/chat/0042"_s << none;
        QTest::newRow("empty") << u"/topic/chat/"_s << none;
        QTest::newRow("trailing slash") << u"/topic/chat/1/"_s << none;
        QTest::newRow("space") << u"/topic/chat/ 1"_s << none;
        QTest::newRow("arabic-indic digits") << u"/topic/chat/\u0661\u0662"_s << none;
        QTest::newRow("fullwidth digits") << u"/topic/chat/\uFF11"_s << none;
        QTest::newRow("other prefix") << u"/topic/room/42"_s << none;
        QTest::newRow("prefix only as a prefix") << u"/topic/chatter/42"_s << none;
    }
    void parsesOnlyPositive64BitIds() {
        QFETCH(QString, destination);
        QFETCH(std::optional<qint64>, roomId);
        QCOMPARE(destinations::roomIdAfter(destination, destinations::kChatPrefix), roomId);
    }

    void fillsRestPaths() {
        QCOMPARE(apipaths::fill(apipaths::kMessages, 1'764'000'000'000),
                 u"/api/chat/rooms/1764000000000/messages"_s);
        QCOMPARE(apipaths::fill(apipaths::kMyParticipation, 7),
                 u"/api/chat/rooms/7/participants/me"_s);
        QCOMPARE(QString(apipaths::kRooms), u"/api/chat/rooms"_s);
    }
};

QTEST_APPLESS_MAIN(TestDestinations)
#include "tst_destinations.moc"
