#include "models/roomlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gonggu;
using namespace gonggu::client;
using namespace Qt::StringLiterals;

namespace {
Room room(qint64 id, RoomStatus status = RoomStatus::Active) {
    Room r;
    r.id = r.productId = id;
    r.title = u"Room %1"_s.arg(id);
    r.status = status;
    r.maxParticipants = 10;
    r.minParticipants = 5;
    r.createdAt = QDateTime::currentDateTimeUtc();
    r.expiresAt = r.createdAt.addDays(1);
    return r;
}
} // namespace

class TestRoomListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagesAppendWithoutDuplicates() {
        RoomListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFirstPage({room(3), room(2)}, u"cursor-1"_s);
        QVERIFY(model.canLoadMore());
        QVERIFY(!model.canFetchMore({})); // views must not page on their own
        QSignalSpy wanted(&model, &RoomListModel::nextPageWanted);
        model.loadMore();
        QCOMPARE(wanted.first().first().toString(), u"cursor-1"_s);
        QVERIFY(model.loading());
        model.appendPage({room(2), room(1)}, QString());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canLoadMore()); // last page
    }

    void updatesTouchOnlyListedRooms() {
        RoomListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Room mine = room(1);
        mine.myRole = Role::Participant;
        model.setFirstPage({mine}, QString());
        // A broadcast snapshot (no myRole) keeps the caller's role.
        Room closed = room(1, RoomStatus::Closed);
        model.update(closed, true);
        QCOMPARE(
            toString(RoomStatus(model.data(model.index(0), RoomListModel::StatusRole).toInt())),
            u"CLOSED"_s);
        QCOMPARE(toString(Role(model.data(model.index(0), RoomListModel::MyRoleRole).toInt())),
                 u"PARTICIPANT"_s);
        // A room outside the filter (e.g. opened from elsewhere) is not added.
        model.update(room(99, RoomStatus::Cancelled), true);
        QCOMPARE(model.rowCount(), 1);
        // A room the user just created comes first.
        model.prepend(room(7));
        QCOMPARE(model.data(model.index(0), RoomListModel::RoomIdRole).toLongLong(), 7);
    }
};

QTEST_GUILESS_MAIN(TestRoomListModel)
#include "tst_roomlistmodel.moc"
