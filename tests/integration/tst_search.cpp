// Search in a room's history against the real server: substring, Korean and English
// without case, newest first, paged; deleted and SYSTEM messages never found; members only.
#include "serverprocess.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

class TestSearch : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"1000"_s, u"--rate-burst"_s, u"1000"_s}};
    QString seller, buyer, outsider;
    qint64 room = 0;
    QList<qint64> ids;

    HttpResult search(const QString &token, const QString &q, const QString &more = {}) {
        return httpRequest(server, "GET",
                           u"/api/chat/rooms/%1/search?q="_s.arg(room) +
                               QString::fromLatin1(QUrl::toPercentEncoding(q)) + more,
                           token);
    }
    static QStringList contents(const HttpResult &answer) {
        QStringList list;
        for (const QJsonValue &m : answer.json[u"messages"_s].toArray())
            list.append(m[u"content"_s].toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        seller = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        buyer = server.token(uniqueUser("buyer"), u"민수"_s);
        outsider = server.token(uniqueUser("outsider"), u"Outsider"_s);
        room = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, seller, roomBody(room, 10, 1)).status,
            201);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyer)
                     .status,
                 200);
        for (const QString &text :
             {u"Pickup is at 6pm"_s, u"픽업 장소는 강남역입니다"_s, u"Is PICKUP free?"_s,
              u"귤이 맛있어요"_s, u"강남역 11번 출구"_s, u"pickup moved"_s}) {
            ids.append(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room),
                                seller, {{u"content"_s, text}})
                           .json[u"id"_s]
                           .toInteger());
        }
        // The last one is deleted: it is found no more.
        QCOMPARE(httpRequest(server, "DELETE",
                             u"/api/chat/rooms/%1/messages/%2"_s.arg(room).arg(ids.last()), seller)
                     .status,
                 200);
    }
    void cleanupTestCase() { QVERIFY(server.stop()); }

    void findsTextNewestFirstWithoutCase() {
        QCOMPARE(contents(search(buyer, u"pickup"_s)),
                 (QStringList{u"Is PICKUP free?"_s, u"Pickup is at 6pm"_s}));
        QCOMPARE(contents(search(buyer, u"강남역"_s)),
                 (QStringList{u"강남역 11번 출구"_s, u"픽업 장소는 강남역입니다"_s}));
        // Korean typed as decomposed jamo finds what was written precomposed.
        QCOMPARE(contents(search(buyer, u"\u1100\u1172\u11AF"_s)), QStringList{u"귤이 맛있어요"_s});
        QCOMPARE(contents(search(buyer, u"joined"_s)), QStringList()); // SYSTEM lines
        const auto none = search(buyer, u"nothing like this"_s);
        QCOMPARE(none.status, 200);
        QVERIFY(none.json[u"nextBefore"_s].isNull()); // the whole room was read
    }

    void pagesOnFromWhereItStopped() {
        const auto first = search(buyer, u"p"_s, u"&limit=1"_s);
        QCOMPARE(contents(first), QStringList{u"Is PICKUP free?"_s});
        const qint64 next = first.json[u"nextBefore"_s].toInteger();
        QVERIFY(next > 0);
        const auto second = search(buyer, u"p"_s, u"&limit=1&before=%1"_s.arg(next));
        QCOMPARE(contents(second), QStringList{u"Pickup is at 6pm"_s});
    }

    void onlyMembersSearchAndTheQueryIsChecked() {
        const auto stranger = search(outsider, u"pickup"_s);
        QCOMPARE(stranger.status, 403);
        QCOMPARE(stranger.json[u"error"_s][u"code"_s].toString(), u"NOT_A_MEMBER"_s);
        const auto empty = search(buyer, u"  "_s);
        QCOMPARE(empty.status, 400);
        QCOMPARE(empty.json[u"error"_s][u"field"_s].toString(), u"q"_s);
        QCOMPARE(search(buyer, u"x"_s, u"&limit=500"_s).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
