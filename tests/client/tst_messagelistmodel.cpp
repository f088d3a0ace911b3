// MessageListModel as a view sees it: order, lazy history, pending -> sent, dedupe.
#include "models/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace gonggu;
using namespace gonggu::client;
using namespace Qt::StringLiterals;

namespace {
ChatMessage message(qint64 id, const QString &sender = u"u-2"_s, const QString &content = {},
                    const QString &clientMsgId = {}) {
    ChatMessage m;
    m.id = id;
    m.roomId = 1;
    m.type = MessageType::Chat;
    m.senderId = sender;
    m.senderName = sender;
    m.content = content.isEmpty() ? u"message %1"_s.arg(id) : content;
    if (!clientMsgId.isEmpty())
        m.clientMsgId = clientMsgId;
    m.createdAt = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC).addSecs(id * 60);
    return m;
}

QList<ChatMessage> range(qint64 from, qint64 to) {
    QList<ChatMessage> list;
    for (qint64 id = from; id <= to; ++id)
        list.append(message(id));
    return list;
}

QList<qint64> ids(const MessageListModel &model) {
    QList<qint64> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.data(model.index(row), MessageListModel::IdRole).toLongLong());
    return list;
}
} // namespace

class TestMessageListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadOlderPrependsOlderPages() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInitialPage(range(51, 100), true);
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canLoadOlder());
        QVERIFY(!model.canFetchMore({})); // views must not page history by themselves

        QSignalSpy wanted(&model, &MessageListModel::olderPageWanted);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.loadOlder();
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().first().toLongLong(), 51); // before the oldest shown
        QVERIFY(model.loadingOlder());
        QVERIFY(!model.canLoadOlder()); // one page request at a time
        model.prependOlder(range(1, 50), false);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);  // first row
        QCOMPARE(inserted.first().at(2).toInt(), 49); // last row
        QCOMPARE(reset.size(), 0); // inserted, never reset: the view keeps its place
        QCOMPARE(ids(model), [] {
            QList<qint64> all;
            for (qint64 id = 1; id <= 100; ++id)
                all.append(id);
            return all;
        }());
        QVERIFY(!model.canLoadOlder()); // all history loaded
    }

    void pendingMessageIsConfirmedInPlace() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInitialPage(range(1, 3), false);
        model.addPending(u"c-1"_s, u"Me"_s, u"hello"_s);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.data(model.index(3), MessageListModel::DeliveryRole)
                     .value<MessageListModel::Delivery>(),
                 MessageListModel::Delivery::Pending);
        QCOMPARE(model.data(model.index(3), MessageListModel::MineRole).toBool(), true);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.addConfirmed(message(4, u"u-1"_s, u"hello"_s, u"c-1"_s));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(removed.size(), 0); // updated, not removed and re-added
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.data(model.index(3), MessageListModel::IdRole).toLongLong(), 4);
        QCOMPARE(model.data(model.index(3), MessageListModel::DeliveryRole)
                     .value<MessageListModel::Delivery>(),
                 MessageListModel::Delivery::Sent);
    }

    void othersMessagesGoAbovePendingOnes() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInitialPage(range(1, 2), false);
        model.addPending(u"c-1"_s, u"Me"_s, u"mine, not yet sent"_s);
        model.addConfirmed(message(3)); // someone else's, committed first
        QCOMPARE(model.data(model.index(2), MessageListModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.data(model.index(3), MessageListModel::ClientMsgIdRole).toString(),
                 u"c-1"_s);
    }

    void confirmedOutOfOrderMovesIntoPlace() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInitialPage(range(1, 1), false);
        model.addPending(u"a"_s, u"Me"_s, u"first"_s);
        model.addPending(u"b"_s, u"Me"_s, u"second"_s);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        model.addConfirmed(message(2, u"u-1"_s, u"second"_s, u"b"_s)); // the server took "b" first
        QCOMPARE(moved.size(), 1);
        QCOMPARE(model.data(model.index(1), MessageListModel::ClientMsgIdRole).toString(), u"b"_s);
        QCOMPARE(model.data(model.index(2), MessageListModel::ClientMsgIdRole).toString(), u"a"_s);
        QCOMPARE(model.deliveryAt(2), MessageListModel::Delivery::Pending);
    }

    void afterAReconnectEveryoneSeesServerOrder() {
        // Offline, I typed a message; on reconnect it is re-sent and confirmed
        // (id 5) before the gap fill brings what others wrote meanwhile (3, 4).
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInitialPage(range(1, 2), false);
        model.addPending(u"c-1"_s, u"Me"_s, u"written offline"_s);
        model.addConfirmed(message(5, u"u-1"_s, u"written offline"_s, u"c-1"_s));
        model.addConfirmed(message(3));
        model.addConfirmed(message(4));
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5}));
        // A late commit from another instance takes its place too, above pending rows.
        model.addPending(u"c-2"_s, u"Me"_s, u"still pending"_s);
        model.addConfirmed(message(7));
        model.addConfirmed(message(6));
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 0}));
        QCOMPARE(model.deliveryAt(7), MessageListModel::Delivery::Pending);
    }

    void gapFillOverlapIsDeduplicated() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInitialPage(range(1, 10), false);
        for (const ChatMessage &m : range(8, 15)) // ?after= may repeat what the broadcast brought
            model.addConfirmed(m);
        model.addConfirmed(message(12)); // and a late duplicate broadcast
        QCOMPARE(model.rowCount(), 15);
        QCOMPARE(model.newestConfirmedId(), 15);
        QCOMPARE(ids(model).last(), 15);
    }

    void failedMessageCanBeRetried() {
        MessageListModel model(u"u-1"_s);
        model.addPending(u"c-9"_s, u"Me"_s, u"hi"_s);
        model.setDelivery(u"c-9"_s, MessageListModel::Delivery::Failed);
        QCOMPARE(model.deliveryAt(0), MessageListModel::Delivery::Failed);
        model.setDelivery(u"c-9"_s, MessageListModel::Delivery::Pending);
        QCOMPARE(model.deliveryAt(0), MessageListModel::Delivery::Pending);
        // Pending rows survive a reload of the newest page (e.g. after reconnect).
        model.setInitialPage(range(1, 3), false);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.deliveryAt(3), MessageListModel::Delivery::Pending);
    }

    void liveMessagesNewerThanTheFirstPageSurviveIt() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addConfirmed(message(11)); // the broadcast beat the REST answer
        model.setInitialPage(range(1, 10), false);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.newestConfirmedId(), 11);
        QCOMPARE(ids(model).last(), 11);
    }

    void dateSeparatorsFollowDays() {
        MessageListModel model(u"u-1"_s);
        auto late = message(1);
        auto nextDay = message(2);
        nextDay.createdAt = late.createdAt.addDays(1);
        model.setInitialPage({late, nextDay}, false);
        QVERIFY(model.data(model.index(0), MessageListModel::NewDayRole).toBool());
        QVERIFY(model.data(model.index(1), MessageListModel::NewDayRole).toBool());
        auto sameDay = message(3);
        sameDay.createdAt = nextDay.createdAt.addSecs(60);
        model.addConfirmed(sameDay);
        QVERIFY(!model.data(model.index(2), MessageListModel::NewDayRole).toBool());
    }

    // Name and avatar once per run of one sender; the time once per run and minute;
    // a live message regroups the rows beside it.
    void runsOfOneSenderShowNameAndTimeOnce() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model);
        auto a1 = message(1, u"u-2"_s);
        auto a2 = message(2, u"u-2"_s);
        a2.createdAt = a1.createdAt.addSecs(20); // the same minute
        auto b = message(3, u"u-3"_s);
        model.setInitialPage({a1, a2, b}, false);
        const auto role = [&](int row, int r) {
            return model.data(model.index(row), r).toBool();
        };
        QVERIFY(role(0, MessageListModel::FirstOfRunRole));
        QVERIFY(!role(1, MessageListModel::FirstOfRunRole));
        QVERIFY(role(2, MessageListModel::FirstOfRunRole));
        QVERIFY(!role(0, MessageListModel::ShowTimeRole)); // the next says the same minute
        QVERIFY(role(1, MessageListModel::ShowTimeRole));
        QVERIFY(role(2, MessageListModel::ShowTimeRole));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto b2 = message(4, u"u-3"_s);
        b2.createdAt = b.createdAt.addSecs(5);
        model.addConfirmed(b2);
        QVERIFY(!role(3, MessageListModel::FirstOfRunRole));
        QVERIFY(!role(2, MessageListModel::ShowTimeRole)); // moved to the newer one
        QVERIFY(role(3, MessageListModel::ShowTimeRole));
        bool toldRow2 = false;
        for (const auto &args : changed)
            toldRow2 |=
                args.at(0).toModelIndex().row() <= 2 && args.at(1).toModelIndex().row() >= 2;
        QVERIFY2(toldRow2, "the view is told that the row before changed");
    }

    void notificationsArePinned() {
        MessageListModel model(u"u-1"_s);
        QSignalSpy pinned(&model, &MessageListModel::pinnedNoticeChanged);
        auto notice = message(5, u"u-7"_s, u"Pickup at 6pm"_s);
        notice.type = MessageType::Notification;
        model.setInitialPage(range(1, 4), false);
        QVERIFY(model.pinnedNotice().isEmpty());
        model.addConfirmed(notice);
        QCOMPARE(model.pinnedNotice(), u"Pickup at 6pm"_s);
        QCOMPARE(pinned.size(), 1);
    }

    void anEditArrivingLiveReplacesTheRowAndItsQuotes() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto reply = message(3, u"u-1"_s, u"yes"_s);
        reply.replyTo = 2;
        reply.quote = message(2).quoted();
        model.setInitialPage({message(1), message(2), reply}, false);
        QCOMPARE(model.data(model.index(2), MessageListModel::QuoteContentRole).toString(),
                 u"message 2"_s);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        auto edited = message(2, u"u-2"_s, u"message 2, corrected"_s);
        edited.editedAt = edited.createdAt.addSecs(30);
        model.addConfirmed(edited);
        QCOMPARE(ids(model), (QList<qint64>{1, 2, 3})); // in place, no new row
        QCOMPARE(model.data(model.index(1), MessageListModel::ContentRole).toString(),
                 u"message 2, corrected"_s);
        QVERIFY(model.data(model.index(1), MessageListModel::EditedRole).toBool());
        QCOMPARE(model.data(model.index(2), MessageListModel::QuoteContentRole).toString(),
                 u"message 2, corrected"_s); // the reply follows
        QVERIFY(changed.size() >= 2);

        // A page read before the edit, arriving after it, does not take it back.
        model.addConfirmed(message(2));
        QCOMPARE(model.data(model.index(1), MessageListModel::ContentRole).toString(),
                 u"message 2, corrected"_s);
    }

    void aDeletionLeavesATombstoneAndUnpins() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto older = message(1, u"u-7"_s, u"Pickup Friday"_s);
        older.type = MessageType::Notification;
        auto newer = message(2, u"u-7"_s, u"Pickup Saturday"_s);
        newer.type = MessageType::Notification;
        auto reply = message(3, u"u-2"_s, u"ok"_s);
        reply.replyTo = 2;
        reply.quote = newer.quoted();
        model.setInitialPage({older, newer, reply}, false);
        QCOMPARE(model.pinnedNotice(), u"Pickup Saturday"_s);

        auto tombstone = newer;
        tombstone.content.clear();
        tombstone.deletedAt = newer.createdAt.addSecs(60);
        model.addConfirmed(tombstone);
        QCOMPARE(model.rowCount(), 3); // it keeps its place
        QVERIFY(model.data(model.index(1), MessageListModel::DeletedRole).toBool());
        QVERIFY(model.data(model.index(1), MessageListModel::ContentRole).toString().isEmpty());
        QVERIFY(model.data(model.index(2), MessageListModel::QuoteDeletedRole).toBool());
        QVERIFY(
            model.data(model.index(2), MessageListModel::QuoteContentRole).toString().isEmpty());
        QCOMPARE(model.pinnedNotice(), u"Pickup Friday"_s); // the one before it
        // A room snapshot from before the deletion cannot pin it again.
        model.notePinned(newer);
        QCOMPARE(model.pinnedNotice(), u"Pickup Friday"_s);
        // Nor can an edit that was on its way.
        auto lateEdit = newer;
        lateEdit.editedAt = newer.createdAt.addSecs(30);
        model.addConfirmed(lateEdit);
        QVERIFY(model.data(model.index(1), MessageListModel::DeletedRole).toBool());
    }

    void aPendingReplyQuotesWhatIsShownAndUpEditsTheLastOwnMessage() {
        MessageListModel model(u"u-1"_s);
        model.setInitialPage({message(1, u"u-2"_s, u"question"_s), message(2, u"u-1"_s, u"mine"_s),
                              message(3, u"u-2"_s, u"more"_s)},
                             false);
        QCOMPARE(model.lastEditableId(), 2);
        model.addPending(u"c-1"_s, u"Me"_s, u"answer"_s, MessageType::Chat, 1);
        QCOMPARE(model.data(model.index(3), MessageListModel::ReplyToRole).toLongLong(), 1);
        QCOMPARE(model.data(model.index(3), MessageListModel::QuoteContentRole).toString(),
                 u"question"_s);
        QCOMPARE(model.data(model.index(3), MessageListModel::QuoteSenderRole).toString(),
                 u"u-2"_s);
        QVERIFY(!model.data(model.index(3), MessageListModel::QuoteMineRole).toBool());
        // A reply to my own message says so (as KakaoTalk's "나에게 답장").
        model.addPending(u"c-2"_s, u"Me"_s, u"also"_s, MessageType::Chat, 2);
        QVERIFY(model.data(model.index(4), MessageListModel::QuoteMineRole).toBool());
        QCOMPARE(model.lastEditableId(), 2); // a pending message is not editable yet
        QCOMPARE(model.rowOfId(3), 2);
        QCOMPARE(model.rowOfId(99), -1);
    }

    // KakaoTalk's number: members whose marker is below the message, the sender aside;
    // it follows markers as they move, and the divider sits where I had read up to.
    void unreadCountsFollowReadMarkers() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto joined = message(1, u"system"_s, u"u-2 joined"_s);
        joined.type = MessageType::System;
        model.setInitialPage(
            {joined, message(2, u"u-2"_s), message(3, u"u-1"_s), message(4, u"u-3"_s)}, false);
        const auto unreadBy = [&](int row) {
            return model.data(model.index(row), MessageListModel::UnreadByRole).toInt();
        };
        QCOMPARE(unreadBy(1), 0); // an older server: no markers, no numbers
        model.setReadMarkers({{u"u-1"_s, u"me"_s, Role::Participant, true, 2},
                              {u"u-2"_s, u"Minsu"_s, Role::Participant, true, 2},
                              {u"u-3"_s, u"Jiwoo"_s, Role::Seller, false, 0}});
        QCOMPARE(unreadBy(0), 0); // SYSTEM lines have no number
        QCOMPARE(unreadBy(1), 1); // u-2's own: only u-3 has not read it
        QCOMPARE(unreadBy(2), 2); // mine: u-2 and u-3
        QCOMPARE(unreadBy(3), 2); // u-3's: u-1 and u-2
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.noteReadMarker(u"u-3"_s, 4);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(unreadBy(1), 0);
        QCOMPARE(unreadBy(2), 1);
        model.noteReadMarker(u"u-3"_s, 3); // never back
        QCOMPARE(unreadBy(2), 1);
        QCOMPARE(changed.size(), 1);

        model.setReadPosition(2); // I had read up to 2: my own 3 is not new, 4 is
        const auto divider = [&](int row) {
            return model.data(model.index(row), MessageListModel::FirstUnreadRole).toBool();
        };
        QVERIFY(!divider(2));
        QVERIFY(divider(3));
        QCOMPARE(model.confirmedIdAtOrAbove(99), 4);
        model.setReadPosition(4);
        QVERIFY(!divider(3)); // all read: no divider
    }

    // Counts come with the message; which are mine come apart (history) or from my taps.
    void reactionsShowCountsAndMine() {
        MessageListModel model(u"u-1"_s);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto reacted = message(1);
        reacted.reactions = {{u"👍"_s, 2}, {u"🙏"_s, 1}};
        model.setInitialPage({reacted}, false);
        model.noteMyReactions({{1, {u"🙏"_s}}});
        const auto reactions = [&] {
            return model.data(model.index(0), MessageListModel::ReactionsRole).toList();
        };
        QCOMPARE(reactions().size(), 2);
        QCOMPARE(reactions()[0].toMap()[u"emoji"_s].toString(), u"👍"_s);
        QCOMPARE(reactions()[0].toMap()[u"mine"_s].toBool(), false);
        QCOMPARE(reactions()[1].toMap()[u"mine"_s].toBool(), true);
        model.setMyReaction(1, u"👍"_s, true);
        QVERIFY(model.isMyReaction(1, u"👍"_s));
        // The server's answer: new counts replace the old in place (no version to compare).
        auto counted = reacted;
        counted.reactions = {{u"👍"_s, 3}, {u"🙏"_s, 1}};
        model.addConfirmed(counted);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reactions()[0].toMap()[u"count"_s].toInt(), 3);
        QCOMPARE(reactions()[0].toMap()[u"mine"_s].toBool(), true);
    }

    void contentIsKeptLiterally() {
        MessageListModel model(u"u-1"_s);
        model.addConfirmed(message(1, u"u-2"_s, u"<b>bold?</b> &amp;"_s));
        QCOMPARE(model.data(model.index(0), MessageListModel::ContentRole).toString(),
                 u"<b>bold?</b> &amp;"_s);
    }
};

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
