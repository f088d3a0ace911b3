// The app's rooms against the real server: each RoomSession owns its room over
// the one shared connection, several can be open at once, and an open room
// follows every change of membership and status as it happens.
#include "../integration/serverprocess.h"
#include "../integration/stompclient.h"
#include "../integration/testsupport.h"
#include "outbox.h"
#include "roomsession.h"
#include "stompconnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu;
using namespace gonggu::client;

namespace {
bool shows(MessageListModel *model, const QString &content) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->messageAt(row).content == content &&
            model->deliveryAt(row) == MessageListModel::Delivery::Sent)
            return true;
    }
    return false;
}
bool lists(ParticipantListModel *model, const QString &userId) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row), ParticipantListModel::UserIdRole).toString() == userId)
            return true;
    }
    return false;
}
} // namespace

class TestRoomSession : public QObject {
    Q_OBJECT
    ServerProcess server;
    QString sellerToken;
    QString buyerId;
    QString buyerToken;
    std::unique_ptr<RestClient> rest;
    std::unique_ptr<StompConnection> connection;
    std::unique_ptr<Outbox> outbox;
    StompTestClient seller;

    qint64 createRoom() {
        const qint64 id = uniqueProductId();
        const auto created =
            httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(id, 10, 2));
        return created.status == 201 ? id : 0;
    }
    std::unique_ptr<RoomSession> open(qint64 roomId) {
        auto session = std::make_unique<RoomSession>(
            roomId, RoomSession::Services{*connection, *rest, *outbox, buyerId, u"민수"_s},
            nullptr);
        return session;
    }
    // The seller says something in the room and waits for its RECEIPT.
    bool sellerSays(qint64 roomId, const QString &text) {
        static int n = 0;
        const QByteArray receipt = "s" + QByteArray::number(++n);
        seller.sendChat(roomId, text, u"seller-"_s + QString::fromLatin1(receipt), receipt);
        return seller.waitForReceipt(receipt).has_value();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        const QString sellerId = uniqueUser("seller");
        sellerToken = server.token(sellerId, u"Farm Kim"_s);
        buyerId = uniqueUser("buyer");
        buyerToken = server.token(buyerId, u"민수"_s);
        rest = std::make_unique<RestClient>();
        rest->setBaseUrl(server.url({}));
        rest->setToken(buyerToken);
        connection = std::make_unique<StompConnection>();
        outbox = std::make_unique<Outbox>(*connection);
        connection->open(server.webSocketUrl(), buyerToken);
        QTRY_COMPARE(connection->state(), StompConnection::State::Online);
        QVERIFY(seller.open(server.webSocketUrl()));
        QVERIFY(seller.connectWith(sellerToken));
    }
    void cleanupTestCase() {
        outbox.reset();
        connection.reset();
        QVERIFY(server.stop());
    }

    void twoRoomsOpenAtOnceEachKeepTheirOwn() {
        const qint64 first = createRoom();
        const qint64 second = createRoom();
        QVERIFY(first > std::numeric_limits<qint32>::max()); // 64-bit ids all the way
        const auto a = open(first);
        const auto b = open(second);
        QTRY_VERIFY(a->ready() && b->ready());
        QTRY_COMPARE(a->myRole(),
                     std::optional(Role::Viewer)); // subscribing made me a viewer of each
        QTRY_COMPARE(b->myRole(), std::optional(Role::Viewer));
        QVERIFY(sellerSays(first, u"only in the first"_s));
        QVERIFY(sellerSays(second, u"only in the second"_s));
        QTRY_VERIFY(shows(a->messages(), u"only in the first"_s));
        QTRY_VERIFY(shows(b->messages(), u"only in the second"_s));
        a->send(u"sent from the first"_s);
        QTRY_VERIFY(shows(a->messages(), u"sent from the first"_s));
        QVERIFY(!shows(a->messages(), u"only in the second"_s));
        QVERIFY(!shows(b->messages(), u"only in the first"_s));
        QVERIFY(!shows(b->messages(), u"sent from the first"_s));
        QTRY_VERIFY(outbox->isEmpty());
    }

    void aBuyerWhoLeavesAndRejoinsFollowsTheRoomLive() {
        const qint64 room = createRoom();
        const auto session = open(room);
        QTRY_VERIFY(session->ready());
        session->join();
        QTRY_COMPARE(session->myRole(), std::optional(Role::Participant));
        QTRY_VERIFY(lists(session->participants(), buyerId));

        session->leave();
        QTRY_COMPARE(session->myRole(), std::nullopt);
        QTRY_VERIFY(!session->writable());
        QVERIFY(!session->readOnlyReason().isEmpty());
        QVERIFY(!lists(session->participants(), buyerId));
        QTRY_COMPARE(session->participantCount(), 0);
        QVERIFY(sellerSays(room, u"said while you were out"_s));

        session->join();
        QTRY_COMPARE(session->myRole(), std::optional(Role::Participant));
        QTRY_VERIFY(session->writable());
        QTRY_VERIFY(shows(session->messages(), u"said while you were out"_s));
        QVERIFY(sellerSays(room, u"said after you came back"_s));
        QTRY_VERIFY(shows(session->messages(), u"said after you came back"_s));
        session->send(u"back again"_s);
        QTRY_VERIFY(shows(session->messages(), u"back again"_s));
    }

    void theMemberListFollowsPresence() {
        const qint64 room = createRoom();
        const auto session = open(room);
        QTRY_COMPARE(session->myRole(), std::optional(Role::Viewer));
        const QString otherId = uniqueUser("other");
        const QString otherToken = server.token(otherId, u"지우"_s);
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), otherToken)
                .status,
            200);
        QTRY_VERIFY(lists(session->participants(), otherId));
        const auto online = [&] {
            auto *model = session->participants();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QModelIndex at = model->index(row);
                if (model->data(at, ParticipantListModel::UserIdRole).toString() == otherId)
                    return model->data(at, ParticipantListModel::OnlineRole).toBool();
            }
            return false;
        };
        QVERIFY(!online());
        {
            StompTestClient other;
            QVERIFY(other.open(server.webSocketUrl()));
            QVERIFY(other.connectWith(otherToken));
            QTRY_VERIFY(online());
        }
        QTRY_VERIFY(!online()); // disconnected
    }

    void aViewerSeesTheSellerCloseTheRoom() {
        const qint64 room = createRoom();
        const auto session = open(room);
        QTRY_COMPARE(session->myRole(), std::optional(Role::Viewer));
        QVERIFY(session->writable());
        QCOMPARE(toString(session->status()), u"ACTIVE"_s);
        QCOMPARE(httpRequest(server, "POST", u"/api/chat/rooms/%1/close"_s.arg(room), sellerToken)
                     .status,
                 200);
        QTRY_COMPARE(toString(session->status()), u"CLOSED"_s);
        QTRY_COMPARE(session->myRole(), std::nullopt);
        QVERIFY(!session->writable());
        QVERIFY(!lists(session->participants(), buyerId));
    }
};

QTEST_GUILESS_MAIN(TestRoomSession)
#include "tst_roomsession.moc"
