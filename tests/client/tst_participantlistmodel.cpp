#include "models/participantlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gonggu;
using namespace gonggu::client;
using namespace Qt::StringLiterals;

class TestParticipantListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotsUpdateInPlace() {
        ParticipantListModel model(u"u-2"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.update({{u"u-3"_s, u"Viewer"_s, Role::Viewer, false, {}},
                      {u"u-1"_s, u"Seller"_s, Role::Seller, true, {}},
                      {u"u-2"_s, u"Me"_s, Role::Participant, true, {}}});
        // Seller, participants, viewers.
        QCOMPARE(toString(Role(model.data(model.index(0), ParticipantListModel::RoleRole).toInt())),
                 u"SELLER"_s);
        QCOMPARE(model.data(model.index(1), ParticipantListModel::UserIdRole).toString(), u"u-2"_s);
        QCOMPARE(model.data(model.index(1), ParticipantListModel::MeRole).toBool(), true);
        QCOMPARE(toString(Role(model.data(model.index(2), ParticipantListModel::RoleRole).toInt())),
                 u"VIEWER"_s);

        // Presence changes: one dataChanged for that row, no reset, no removal.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.update({{u"u-1"_s, u"Seller"_s, Role::Seller, false, {}},
                      {u"u-2"_s, u"Me"_s, Role::Participant, true, {}},
                      {u"u-3"_s, u"Viewer"_s, Role::Viewer, false, {}}});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(model.data(model.index(0), ParticipantListModel::OnlineRole).toBool(), false);

        // The viewer joins the group buy; another viewer arrives; the seller stays first.
        model.update({{u"u-1"_s, u"Seller"_s, Role::Seller, false, {}},
                      {u"u-2"_s, u"Me"_s, Role::Participant, true, {}},
                      {u"u-3"_s, u"Viewer"_s, Role::Participant, true, {}},
                      {u"u-4"_s, u"New"_s, Role::Viewer, true, {}}});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(2), ParticipantListModel::UserIdRole).toString(), u"u-3"_s);
        QCOMPARE(toString(Role(model.data(model.index(2), ParticipantListModel::RoleRole).toInt())),
                 u"PARTICIPANT"_s);
        QCOMPARE(model.data(model.index(3), ParticipantListModel::UserIdRole).toString(), u"u-4"_s);

        // Someone leaves.
        model.update({{u"u-1"_s, u"Seller"_s, Role::Seller, false, {}},
                      {u"u-3"_s, u"Viewer"_s, Role::Participant, true, {}}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestParticipantListModel)
#include "tst_participantlistmodel.moc"
