// Who is typing: throttled per user, expiring by itself, bounded in what it shows.
#include "rooms/typingtracker.h"

#include <QTest>

using namespace gonggu::server;
using namespace Qt::StringLiterals;

class TestTypingTracker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aStartIsTakenOnceEveryThreeSeconds() {
        TypingTracker tracker;
        QVERIFY(tracker.isNews(1, u"u-1"_s, true, 0));
        QVERIFY(!tracker.isNews(1, u"u-1"_s, false, 0)); // not typing: a stop is no news
        tracker.note(1, u"u-1"_s, u"Minsu"_s, true, 0);
        QVERIFY(!tracker.isNews(1, u"u-1"_s, true, 2999));
        QVERIFY(tracker.isNews(1, u"u-1"_s, true, 3000));
        QVERIFY(tracker.isNews(1, u"u-1"_s, false, 10)); // a stop always is
        QVERIFY(tracker.isNews(2, u"u-1"_s, true, 10));  // another room
    }

    void typingRunsOutAfterFiveSecondsUnlessRepeated() {
        TypingTracker tracker;
        tracker.note(1, u"u-1"_s, u"Minsu"_s, true, 0);
        tracker.note(1, u"u-2"_s, u"Jiwoo"_s, true, 3000);
        QVERIFY(tracker.expire(4999).isEmpty());
        QCOMPARE(tracker.expire(5000), QList<qint64>{1});
        QCOMPARE(tracker.typers(1).shown.size(), 1);
        QCOMPARE(tracker.typers(1).shown.first().displayName, u"Jiwoo"_s);
        tracker.note(1, u"u-2"_s, u"Jiwoo"_s, true, 6000); // repeated: lasts on
        QVERIFY(tracker.expire(10'000).isEmpty());
        tracker.note(1, u"u-2"_s, u"Jiwoo"_s, false, 10'500); // sent the message
        QVERIFY(!tracker.anyone());
    }

    void aBigRoomShowsThreeNamesAndHowManyMore() {
        TypingTracker tracker;
        for (int i = 0; i < 1000; ++i)
            tracker.note(7, u"u-%1"_s.arg(i), u"User %1"_s.arg(i), true, i);
        const auto typers = tracker.typers(7);
        QCOMPARE(typers.shown.size(), TypingTracker::kShown);
        QCOMPARE(typers.shown.first().displayName, u"User 0"_s); // in the order they began
        QCOMPARE(typers.others, 1000 - TypingTracker::kShown);
        QVERIFY(tracker.typers(8).shown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTypingTracker)
#include "tst_typingtracker.moc"
