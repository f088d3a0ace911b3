// A room's messages, arriving by two paths (this instance's commits and Redis), are
// handed on in seq order: once each, an early one held until the gap before it is
// filled, and a gap that stays is reported and can be stepped over.
#include "rooms/roomsequencer.h"

#include <QTest>

using namespace gonggu;
using namespace gonggu::server;

namespace {

roomevent::MessageStored message(qint64 roomId, qint64 seq) {
    ChatMessage m;
    m.id = 1000 + seq; // ids increase with seqs within a room
    m.roomId = roomId;
    m.seq = seq;
    return roomevent::MessageStored::of(m);
}

QList<qint64> seqs(const QList<roomevent::MessageStored> &due) {
    QList<qint64> out;
    for (const auto &m : due)
        out.append(m.message.seq);
    return out;
}

} // namespace

class TestRoomSequencer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void messagesInOrderPassAtOnce() {
        RoomSequencer sequencer;
        sequencer.begin(7, 3, 1003);
        QCOMPARE(seqs(sequencer.offer(message(7, 4), 0)), QList<qint64>{4});
        QCOMPARE(seqs(sequencer.offer(message(7, 5), 0)), QList<qint64>{5});
        QVERIFY(!sequencer.holding());
    }

    void anEarlyMessageWaitsForTheOnesBeforeIt() {
        RoomSequencer sequencer;
        sequencer.begin(7, 3, 1003);
        QVERIFY(sequencer.offer(message(7, 6), 0).isEmpty());
        QVERIFY(sequencer.offer(message(7, 5), 10).isEmpty());
        QVERIFY(sequencer.holding());
        QCOMPARE(seqs(sequencer.offer(message(7, 4), 20)), (QList<qint64>{4, 5, 6}));
        QVERIFY(!sequencer.holding());
        QVERIFY(sequencer.overdue(100000).isEmpty());
    }

    void aMessageHandedOnIsNotHandedOnAgain() {
        RoomSequencer sequencer;
        sequencer.begin(7, 3, 1003);
        QVERIFY(sequencer.offer(message(7, 3), 0).isEmpty()); // loaded with the room
        QVERIFY(sequencer.offer(message(7, 5), 0).isEmpty());
        QVERIFY(sequencer.offer(message(7, 5), 0).isEmpty()); // held already
        QCOMPARE(seqs(sequencer.offer(message(7, 4), 0)), (QList<qint64>{4, 5}));
        QVERIFY(sequencer.offer(message(7, 4), 0).isEmpty()); // read, then heard
    }

    void roomsWaitApart() {
        RoomSequencer sequencer;
        sequencer.begin(7, 0, 0);
        sequencer.begin(8, 0, 0);
        QVERIFY(sequencer.offer(message(7, 2), 0).isEmpty());
        QCOMPARE(seqs(sequencer.offer(message(8, 1), 0)), QList<qint64>{1});
        QCOMPARE(seqs(sequencer.offer(message(7, 1), 0)), (QList<qint64>{1, 2}));
    }

    void aGapThatStaysIsOverdueAndCanBeSteppedOver() {
        RoomSequencer sequencer;
        sequencer.begin(7, 3, 1003);
        QVERIFY(sequencer.offer(message(7, 5), 1000).isEmpty());
        QVERIFY(sequencer.offer(message(7, 7), 1100).isEmpty());
        QVERIFY(sequencer.overdue(1000 + RoomSequencer::kWaitMs - 1).isEmpty());
        const auto gaps = sequencer.overdue(1000 + RoomSequencer::kWaitMs);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps.first().roomId, 7);
        QCOMPARE(gaps.first().afterId, 1003); // read what follows the newest handed on
        // Stepping over 4 hands on 5; 7 still waits for 6, from now on.
        QCOMPARE(seqs(sequencer.skipGap(gaps.first(), 2000)), QList<qint64>{5});
        QVERIFY(sequencer.holding());
        QVERIFY(sequencer.overdue(2000 + RoomSequencer::kWaitMs - 1).isEmpty());
        // A gap that moved on meanwhile is not stepped over.
        QVERIFY(sequencer.skipGap(gaps.first(), 2000).isEmpty());
        QCOMPARE(seqs(sequencer.offer(message(7, 6), 2100)), (QList<qint64>{6, 7}));
        QVERIFY(!sequencer.holding());
    }

    void aRoomNeverLoadedStartsFromItsFirstMessage() {
        RoomSequencer sequencer;
        QCOMPARE(seqs(sequencer.offer(message(9, 12), 0)), QList<qint64>{12});
        QCOMPARE(seqs(sequencer.offer(message(9, 13), 0)), QList<qint64>{13});
    }
};

QTEST_GUILESS_MAIN(TestRoomSequencer)
#include "tst_roomsequencer.moc"
