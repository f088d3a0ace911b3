// The recent-history cache answers a page only when it is exactly what the
// database would answer: checked case by case, then against a model of the
// database under random commits, late deliveries and concurrent fills.
#include "rooms/recenthistory.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <set>

using namespace gonggu::server;

namespace {

constexpr qint64 kRoom = 7;

MessageJson message(qint64 id) {
    return {id, "{\"id\":" + QByteArray::number(id) + '}'};
}

QList<MessageJson> messages(qint64 first, qint64 last) {
    QList<MessageJson> list;
    for (qint64 id = first; id <= last; ++id)
        list.append(message(id));
    return list;
}

QList<qint64> ids(const EncodedHistoryPage &page) {
    QList<qint64> list;
    for (const MessageJson &m : page.messages)
        list.append(m.id);
    return list;
}

QList<qint64> range(qint64 first, qint64 last) {
    QList<qint64> list;
    for (qint64 id = first; id <= last; ++id)
        list.append(id);
    return list;
}

HistoryQuery newest(int limit, qint64 room = kRoom) {
    return {room, std::nullopt, std::nullopt, limit};
}
HistoryQuery before(qint64 id, int limit) {
    return {kRoom, id, std::nullopt, limit};
}
HistoryQuery after(qint64 id, int limit) {
    return {kRoom, std::nullopt, id, limit};
}

// What repository::history answers over these committed ids.
EncodedHistoryPage databasePage(const std::set<qint64> &committed, const HistoryQuery &query) {
    EncodedHistoryPage page;
    QList<qint64> selected;
    if (query.after) {
        for (auto it = committed.upper_bound(*query.after); it != committed.end(); ++it)
            selected.append(*it);
        page.hasMore = selected.size() > query.limit;
        selected = selected.first(std::min<qsizetype>(selected.size(), query.limit));
    } else {
        for (qint64 id : committed) {
            if (!query.before || id < *query.before)
                selected.append(id);
        }
        page.hasMore = selected.size() > query.limit;
        selected = selected.last(std::min<qsizetype>(selected.size(), query.limit));
    }
    for (qint64 id : selected)
        page.messages.append(message(id));
    return page;
}

void fill(RecentHistory &cache, const QList<MessageJson> &newest, bool hasOlder,
          qint64 room = kRoom) {
    const auto ticket = cache.beginFill(room);
    QVERIFY(ticket);
    cache.completeFill(room, *ticket, newest, hasOlder);
}

} // namespace

class TestRecentHistory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aFilledRoomAnswersItsNewestPageAndSmaller() {
        RecentHistory cache({});
        fill(cache, messages(51, 100), true);
        const auto page = cache.page(newest(50));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(51, 100));
        QVERIFY(page->hasMore);
        QCOMPARE(page->messages.last().json, QByteArray("{\"id\":100}"));
        const auto smaller = cache.page(newest(20));
        QVERIFY(smaller);
        QCOMPARE(ids(*smaller), range(81, 100));
        QVERIFY(smaller->hasMore);
        QVERIFY(!cache.page(newest(51))); // older ones are only in the database
        QVERIFY(!cache.page(before(60, 50)));
        QVERIFY(!cache.page(newest(50, kRoom + 1))); // another room was never read
    }

    void aRoomWithItsWholeHistoryAnswersEveryPage() {
        RecentHistory cache({});
        fill(cache, messages(1, 3), false);
        auto page = cache.page(newest(50));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(1, 3));
        QVERIFY(!page->hasMore);
        page = cache.page(before(1, 50));
        QVERIFY(page);
        QVERIFY(page->messages.isEmpty());
        QVERIFY(!page->hasMore);
        page = cache.page(after(0, 2));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(1, 2));
        QVERIFY(page->hasMore);
    }

    void anEmptyRoomIsCachedAsEmpty() {
        RecentHistory cache({});
        fill(cache, {}, false);
        const auto page = cache.page(newest(50));
        QVERIFY(page);
        QVERIFY(page->messages.isEmpty());
        QVERIFY(!page->hasMore);
        cache.add(kRoom, message(5));
        QCOMPARE(ids(*cache.page(newest(50))), QList<qint64>{5});
    }

    void newMessagesAppendAndTheOldestFallOffAtTheCap() {
        RecentHistory cache({.perRoom = 5});
        fill(cache, messages(1, 3), false);
        cache.add(kRoom, message(4));
        cache.add(kRoom, message(4)); // delivered twice: kept once
        auto page = cache.page(newest(5));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(1, 4));
        QVERIFY(!page->hasMore);
        for (qint64 id = 5; id <= 7; ++id)
            cache.add(kRoom, message(id));
        page = cache.page(newest(5));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(3, 7));
        QVERIFY(page->hasMore); // 1 and 2 are still in the database
        QVERIFY(!cache.page(newest(6)));
    }

    void gapFillIsAnsweredWhenItStartsInsideTheSuffix() {
        RecentHistory cache({});
        fill(cache, messages(11, 20), true);
        auto page = cache.page(after(15, 50));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(16, 20));
        QVERIFY(!page->hasMore);
        page = cache.page(after(10, 50)); // floor - 1: nothing can lie between
        QVERIFY(page);
        QCOMPARE(ids(*page), range(11, 20));
        page = cache.page(after(12, 3));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(13, 15));
        QVERIFY(page->hasMore);
        QVERIFY(!cache.page(after(9, 50))); // 10 may exist
        page = cache.page(after(20, 50));
        QVERIFY(page);
        QVERIFY(page->messages.isEmpty());
    }

    void withOneWriterTheFirstCommitStartsASuffix() {
        RecentHistory cache({});
        cache.add(kRoom, message(40));
        cache.add(kRoom, message(41));
        const auto page = cache.page(after(39, 50));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(40, 41));
        QVERIFY(!cache.page(newest(50))); // what came before 40 is unknown
        const auto small = cache.page(newest(1));
        QVERIFY(small);
        QVERIFY(small->hasMore);
        QVERIFY(!cache.page(newest(2))); // whether 40 is the first is the database's to say
    }

    void withOtherWritersOnlyAReadStartsASuffixAndOnlyWhileLive() {
        RecentHistory cache({});
        cache.setOtherWriters();
        QVERIFY(!cache.beginFill(kRoom)); // their feed is not up yet
        cache.setLive(true);
        cache.add(kRoom, message(40));
        QVERIFY(!cache.page(after(39, 50)));
        QCOMPARE(cache.roomCount(), 0);
        fill(cache, messages(30, 40), true);
        QVERIFY(cache.page(newest(5)));
    }

    void whatArrivesDuringAFillIsMergedIn() {
        RecentHistory cache({});
        cache.setOtherWriters();
        cache.setLive(true);
        const auto ticket = cache.beginFill(kRoom);
        QVERIFY(ticket);
        QVERIFY(!cache.beginFill(kRoom)); // one read per room at a time
        cache.add(kRoom, message(21));    // committed after the read ran
        cache.add(kRoom, message(20));    // the read saw this one too
        cache.add(kRoom, message(3));     // another instance's late commit, below the read
        cache.completeFill(kRoom, *ticket, messages(11, 20), true);
        const auto page = cache.page(newest(11));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(11, 21));
        QVERIFY(page->hasMore);
        QVERIFY(!cache.page(after(2, 50))); // 3 is the database's, not a suffix's
    }

    void aMessageThatChangesAfterCommitIsReplacedInPlace() {
        RecentHistory cache({});
        fill(cache, messages(1, 10), false);
        const qsizetype bytes = cache.bytes();
        cache.update(kRoom, {5, "{\"id\":5,\"edited\":true}"});
        cache.update(kRoom, {11, "{\"id\":11}"}); // never committed as far as it knows
        const auto page = cache.page(newest(50));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(1, 10));
        QCOMPARE(page->messages[4].json, QByteArray("{\"id\":5,\"edited\":true}"));
        QCOMPARE(cache.bytes(), bytes + qsizetype(sizeof(",\"edited\":true") - 1));
        // A read that ran before the change brings back the earlier version.
        cache.setOtherWriters();
        cache.setLive(true);
        const auto ticket = cache.beginFill(kRoom);
        QVERIFY(ticket);
        cache.update(kRoom, {3, "{\"id\":3,\"deleted\":true}"});
        cache.completeFill(kRoom, *ticket, messages(1, 10), false);
        const auto after = cache.page(newest(50));
        QVERIFY(after);
        QCOMPARE(after->messages[2].json, QByteArray("{\"id\":3,\"deleted\":true}"));
    }

    void aLateCommitInsideTheSuffixTakesItsPlace() {
        RecentHistory cache({});
        fill(cache, {message(10), message(12)}, true);
        cache.add(kRoom, message(11));
        cache.add(kRoom, message(5)); // below the floor: left to the database
        const auto page = cache.page(after(9, 50));
        QVERIFY(page);
        QCOMPARE(ids(*page), range(10, 12));
        QVERIFY(!cache.page(after(4, 50))); // 6 to 9 may exist: the suffix still starts at 10
    }

    void aBrokenFeedForgetsEverythingAndStaleFillsAreIgnored() {
        RecentHistory cache({});
        fill(cache, messages(1, 10), false);
        const auto ticket = cache.beginFill(kRoom + 1);
        QVERIFY(ticket);
        cache.setLive(false);
        QVERIFY(!cache.page(newest(5)));
        cache.add(kRoom, message(11));
        cache.setLive(true);
        cache.completeFill(kRoom + 1, *ticket, messages(1, 5), false); // read before the break
        QVERIFY(!cache.page(newest(5)));
        QVERIFY(!cache.page(newest(5, kRoom + 1)));
        QCOMPARE(cache.bytes(), 0);
        QCOMPARE(cache.roomCount(), 0);
    }

    void aFailedReadLeavesNothingBehind() {
        RecentHistory cache({});
        const auto ticket = cache.beginFill(kRoom);
        QVERIFY(ticket);
        cache.abandonFill(kRoom, *ticket);
        QCOMPARE(cache.roomCount(), 0);
        QVERIFY(cache.beginFill(kRoom));
    }

    void theLeastRecentlyUsedRoomsGoFirstWhenMemoryRunsOut() {
        RecentHistory probe({});
        fill(probe, messages(1, 10), false);
        const qsizetype roomBytes = probe.bytes();

        RecentHistory cache({.maxBytes = 3 * roomBytes});
        for (qint64 room = 1; room <= 3; ++room)
            fill(cache, messages(1, 10), false, room);
        QVERIFY(cache.page(newest(5, 1))); // room 1 is now the most recently used
        fill(cache, messages(1, 10), false, 4);
        QCOMPARE(cache.roomCount(), 3);
        QVERIFY(cache.page(newest(5, 1)));
        QVERIFY(!cache.page(newest(5, 2)));
        QVERIFY(cache.page(newest(5, 3)));
        QVERIFY(cache.page(newest(5, 4)));
        QVERIFY(cache.bytes() <= 3 * roomBytes);
    }

    void offCachesNothing() {
        RecentHistory cache({.maxBytes = 0});
        QVERIFY(!cache.beginFill(kRoom));
        cache.add(kRoom, message(1));
        QVERIFY(!cache.page(after(0, 50)));
        QCOMPARE(cache.roomCount(), 0);
    }

    void randomHistoriesGetTheDatabasesAnswers_data() {
        QTest::addColumn<bool>("otherWriters");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed) {
            QTest::addRow("one writer, seed %u", seed) << false << seed;
            QTest::addRow("several writers, seed %u", seed) << true << seed;
        }
    }
    void randomHistoriesGetTheDatabasesAnswers() {
        QFETCH(bool, otherWriters);
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        RecentHistory cache({.perRoom = 12});
        if (otherWriters) {
            cache.setOtherWriters();
            cache.setLive(true);
        }
        std::set<qint64> committed;
        QList<qint64> allocated;   // ids handed out, not yet committed
        QList<qint64> undelivered; // committed, not yet through add()
        qint64 nextId = 1;
        struct Fill {
            quint64 ticket;
            std::optional<EncodedHistoryPage> read; // once it has run
            int limit;
        };
        std::optional<Fill> pending;
        const auto randomQuery = [&] {
            const int limit = 1 + int(random.bounded(14));
            const qint64 pivot = qint64(random.bounded(int(nextId + 2)));
            switch (random.bounded(3)) {
            case 0:
                return newest(limit);
            case 1:
                return before(pivot, limit);
            default:
                return after(pivot, limit);
            }
        };
        int answered = 0;
        for (int step = 0; step < 600; ++step) {
            switch (random.bounded(10)) {
            case 0:
            case 1: // an id is taken; with one writer it commits at once
                allocated.append(nextId++);
                [[fallthrough]];
            case 2: // some taken id commits (several writers: in any order)
                if (!allocated.isEmpty()) {
                    const int at = otherWriters ? int(random.bounded(int(allocated.size()))) : 0;
                    const qint64 id = allocated.takeAt(at);
                    committed.insert(id);
                    undelivered.append(id);
                }
                break;
            case 3:
            case 4:
            case 5: // a committed message reaches add() (several writers: late, any order)
                if (!undelivered.isEmpty()) {
                    const int at = otherWriters ? int(random.bounded(int(undelivered.size()))) : 0;
                    cache.add(kRoom, message(undelivered.takeAt(at)));
                }
                break;
            case 6: // a newest-page read is queued, runs, or finishes
                if (!pending) {
                    if (const auto ticket = cache.beginFill(kRoom))
                        pending = Fill{*ticket, std::nullopt, 1 + int(random.bounded(14))};
                } else if (!pending->read) {
                    pending->read = databasePage(committed, newest(pending->limit));
                } else {
                    cache.completeFill(kRoom, pending->ticket, pending->read->messages,
                                       pending->read->hasMore);
                    pending.reset();
                }
                break;
            default: // a reader asks; at a quiet point the answer must be the database's
                if (undelivered.isEmpty() && allocated.isEmpty()) {
                    const HistoryQuery query = randomQuery();
                    if (const auto page = cache.page(query)) {
                        const auto expected = databasePage(committed, query);
                        QCOMPARE(ids(*page), ids(expected));
                        QCOMPARE(page->hasMore, expected.hasMore);
                        ++answered;
                    }
                }
                break;
            }
        }
        QVERIFY2(answered > 0, "the cache never answered: the run checked nothing");
    }
};

QTEST_APPLESS_MAIN(TestRecentHistory)
#include "tst_recenthistory.moc"
