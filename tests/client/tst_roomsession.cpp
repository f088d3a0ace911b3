// The app's rooms against the real server: each RoomSession owns its room over
// the one shared connection, several can be open at once, and an open room
// follows every change of membership and status as it happens.
#include "../integration/serverprocess.h"
#include "../integration/stompclient.h"
#include "../integration/testimages.h"
#include "../integration/testsupport.h"
#include "chatclient.h"
#include "outbox.h"
#include "productform.h"
#include "roomorders.h"
#include "roomsession.h"
#include "stompconnection.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

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
    std::unique_ptr<RoomSession> open(qint64 roomId, const Room *known = nullptr) {
        auto session = std::make_unique<RoomSession>(
            roomId, RoomSession::Services{*connection, *rest, *outbox, buyerId, u"민수"_s}, known);
        return session;
    }
    QTemporaryDir files;
    QString writeFile(const QString &name, const QByteArray &bytes) {
        QFile file(files.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return file.fileName();
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
        outbox = std::make_unique<Outbox>(*connection, *rest);
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

    // An idle app keeps its promise: heart-beats on time (the server drops a client
    // silent for twice the interval), woken only when one is due.
    void anIdleConnectionKeepsItsHeartbeat() {
        ServerProcess quick;
        quick.setExtraArguments({u"--heartbeat"_s, u"300"_s});
        QVERIFY(quick.start());
        StompConnection idle;
        idle.setHeartbeat(300);
        QSignalSpy changes(&idle, &StompConnection::stateChanged);
        idle.open(quick.webSocketUrl(), quick.token(uniqueUser("idle"), u"Idle"_s));
        QTRY_COMPARE(idle.state(), StompConnection::State::Online);
        changes.clear();
        QTest::qWait(3000); // ten intervals; silence of two would end it
        QCOMPARE(idle.state(), StompConnection::State::Online);
        QCOMPARE(changes.size(), 0);
        idle.close();
        QVERIFY(quick.stop());
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

    void theServerDecidesTheRoleNotTheListShownBefore() {
        // The room list may be stale (another user's, or from before a change):
        // what it says about my role is replaced by what the server says.
        const qint64 room = createRoom();
        Room listed;
        listed.id = listed.productId = room;
        listed.title = u"as listed"_s;
        listed.myRole = Role::Seller;
        const auto session = open(room, &listed);
        QTRY_VERIFY(session->ready());
        QTRY_COMPARE(session->myRole(), std::optional(Role::Viewer));
        QVERIFY(!session->isSeller());
        QCOMPARE(session->primaryAction(), RoomSession::Action::Join);
    }

    void anAnswerForTheUserBeforeASignOutIsNotShownToTheNext() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const auto account = [&](const QString &name) {
            const QString username = name + QString::number(uniqueProductId() % 100000000);
            const auto registered = registerAccount(server, username, u"correct horse"_s, name);
            return std::pair{username, registered.json.value(u"token"_s).toString()};
        };
        const auto [sellerName, sellerAccountToken] = account(u"seller"_s);
        const auto [buyerName, buyerAccountToken] = account(u"buyer"_s);
        Q_UNUSED(buyerAccountToken)
        const qint64 room = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerAccountToken,
                          roomBody(room, 10, 2))
                     .status,
                 201);
        ChatClient client;
        bool sawSellersView = false;
        bool signedOutOnce = false;
        connect(client.rooms(), &QAbstractItemModel::modelReset, this, [&] {
            if (!signedOutOnce)
                return;
            for (int row = 0; row < client.rooms()->rowCount(); ++row) {
                const QVariant role =
                    client.rooms()->data(client.rooms()->index(row), RoomListModel::MyRoleRole);
                sawSellersView |= role.isValid() && Role(role.toInt()) == Role::Seller;
            }
        });
        // The seller's room list is on its way when they sign out and the buyer signs in.
        connect(&client, &ChatClient::sessionChanged, this, [&, name = buyerName] {
            if (client.signedIn() && !signedOutOnce) {
                signedOutOnce = true;
                // Once the seller's first page has been asked for, in this pass.
                QTimer::singleShot(0, &client, [&client, this, name] {
                    client.signOut();
                    client.signIn(server.url({}).toString(), name, u"correct horse"_s);
                });
            }
        });
        client.signIn(server.url({}).toString(), sellerName, u"correct horse"_s);
        QTRY_VERIFY(signedOutOnce && client.signedIn());
        QTRY_VERIFY(client.rooms()->roomById(room));
        QTest::qWait(300); // the seller's late answer, had it been taken, is in by now
        QVERIFY(!sawSellersView);
        QCOMPARE(client.rooms()->roomById(room)->myRole, std::nullopt);
        client.signOut();
    }

    void theSignInPageOffersTheServerAskedFor() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ChatClient client;
        QSignalSpy changed(&client, &ChatClient::sessionChanged);
        client.offerServer(QUrl(u"http://gonggu.example:9000"_s));
        QCOMPARE(client.serverUrl(), u"http://gonggu.example:9000"_s);
        QCOMPARE(changed.size(), 1);
    }

    void refusedFieldsAreExplainedNotEchoed() {
        // What the server says is English for developers; the app says what to change.
        const QString username = ChatClient::describe(
            {ErrorCode::BadRequest, u"username: 3-32 of a-z"_s, u"username"_s});
        QVERIFY2(username.contains(u"3 to 32"_s), qPrintable(username));
        QVERIFY(!username.contains(u"3-32 of a-z"_s));
        const QString other =
            ChatClient::describe({ErrorCode::BadRequest, u"limit must be 1-100"_s, u"limit"_s});
        QVERIFY(other.contains(u"limit must be 1-100"_s)); // no sentence for it: the problem named
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

    // The announcement stays pinned however much was said after it (not only while
    // it is on the first page), and a newer one replaces it live.
    void thePinnedAnnouncementComesFromTheServer() {
        const qint64 room = createRoom();
        const QString path = u"/api/chat/rooms/%1"_s.arg(room);
        QCOMPARE(httpJson(server, "POST", path + u"/notifications"_s, sellerToken,
                          QJsonObject{{u"content"_s, u"금요일 6시 픽업"_s}})
                     .status,
                 201);
        const QString chatty = server.token(uniqueUser("chatty"), u"Chatty"_s);
        for (int i = 0; i < 30; ++i) { // 60 messages after it: beyond the first page of 50
            QCOMPARE(httpRequest(server, "POST", path + u"/participants"_s, chatty).status, 200);
            QCOMPARE(httpRequest(server, "DELETE", path + u"/participants/me"_s, chatty).status,
                     200);
        }
        const auto session = open(room);
        QTRY_VERIFY(session->ready());
        QVERIFY(!shows(session->messages(), u"금요일 6시 픽업"_s)); // not on the page
        QCOMPARE(session->messages()->pinnedNotice(), u"금요일 6시 픽업"_s);
        QCOMPARE(httpJson(server, "POST", path + u"/notifications"_s, sellerToken,
                          QJsonObject{{u"content"_s, u"토요일로 변경"_s}})
                     .status,
                 201);
        QTRY_COMPARE(session->messages()->pinnedNotice(), u"토요일로 변경"_s);
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

    // Files: photos go up first (progress shown), then the message that carries them;
    // the same when typed offline, once the server is back; one stopped before it went
    // is never sent; a file the server would refuse is refused here, before any upload.
    void photosGoUpAndThenTheMessageThatCarriesThem() {
        const qint64 room = createRoom();
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken)
                .status,
            200);
        auto session = open(room);
        QTRY_VERIFY(session->ready());
        const QString photo = writeFile(u"apples.jpg"_s, testimages::jpegWithExif(640, 480, 6));
        const QString pdf = writeFile(u"주문서.pdf"_s, testimages::pdf("order"));
        QSignalSpy progress(outbox.get(), &Outbox::uploadProgress);
        session->send(u"사과 사진이에요"_s, false, 0,
                      {QUrl::fromLocalFile(photo), QUrl::fromLocalFile(pdf)});
        MessageListModel *model = session->messages();
        const int row = model->rowCount() - 1;
        // At once: the photo from the disk, its place sized as it is shown (held sideways).
        QCOMPARE(model->messageAt(row).attachments.size(), 2);
        QCOMPARE(model->messageAt(row).attachments.first().width, 480);
        QCOMPARE(model->messageAt(row).attachments.first().height, 640);
        const QVariantList shown =
            model->data(model->index(row), MessageListModel::AttachmentsRole).toList();
        QCOMPARE(shown.first().toMap().value(u"url"_s).toUrl(), QUrl::fromLocalFile(photo));
        QTRY_VERIFY(shows(model, u"사과 사진이에요"_s));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toDouble(), 1.0);
        const auto &sent = model->messageAt(model->rowCount() - 1).attachments;
        QCOMPARE(sent.size(), 2);
        QVERIFY(sent.at(0).fileId > 0 && sent.at(1).fileId > 0);
        QCOMPARE(sent.at(1).name, u"주문서.pdf"_s);
        // Everyone else gets them from the server.
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), sellerToken);
        const QJsonArray messages = history.json.value(u"messages"_s).toArray();
        QCOMPARE(messages.last().toObject().value(u"attachments"_s).toArray().size(), 2);
    }

    void aFileTheServerWouldRefuseIsRefusedBeforeAnyUpload() {
        const qint64 room = createRoom();
        httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken);
        auto session = open(room);
        QTRY_VERIFY(session->ready());
        const QString page = writeFile(u"photo.png"_s, "<html><script>x()</script></html>");
        QSignalSpy failed(session.get(), &RoomSession::failed);
        const int before = session->messages()->rowCount();
        session->send({}, false, 0, {QUrl::fromLocalFile(page)});
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).value<Error>().field, u"contentType"_s);
        QCOMPARE(session->messages()->rowCount(), before);
        const QVariantList inspected = session->inspectFiles({QUrl::fromLocalFile(page)});
        QVERIFY(!inspected.first().toMap().value(u"problem"_s).toString().isEmpty());
    }

    // The list of announcements, newest first, follows a new one while it is shown.
    void theAnnouncementsListFollowsTheSeller() {
        const qint64 room = createRoom();
        const auto announce = [&](const QString &text) {
            return httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room),
                            sellerToken, {{u"content"_s, text}})
                       .status == 201;
        };
        QVERIFY(announce(u"Pickup Friday 6pm"_s));
        QVERIFY(announce(u"Bring a bag"_s));
        auto session = open(room);
        QTRY_VERIFY(session->ready());
        session->loadAnnouncements();
        QTRY_COMPARE(session->announcements().size(), 2);
        QCOMPARE(session->announcements().first().toMap().value(u"content"_s).toString(),
                 u"Bring a bag"_s);
        QVERIFY(!session->announcementsHaveMore());
        QVERIFY(announce(u"Pickup moved to Saturday"_s));
        QTRY_COMPARE(session->announcements().size(), 3);
        QCOMPARE(session->announcements().first().toMap().value(u"content"_s).toString(),
                 u"Pickup moved to Saturday"_s);
    }

    // Last: it restarts the server.
    // The seller's form with a photo from the disk: the photo goes up into the room,
    // then the product; a buyer in the room sees the new card live, the photo is
    // theirs to load, and the chat says the product changed. A buyer cannot change it.
    void theSellersProductAndPhotoReachABuyerLive() {
        const qint64 room = createRoom();
        httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken);
        auto session = open(room);
        QTRY_VERIFY(session->ready());
        QVERIFY(session->product().isEmpty());
        QVERIFY(!session->canEditProduct());

        const QString photo = writeFile(u"box.jpg"_s, testimages::jpegWithExif(640, 480, 1));
        auto form = productFromForm({{u"groupPrice"_s, 29000},
                                     {u"regularPrice"_s, 39000},
                                     {u"unit"_s, u"10kg 한 상자"_s},
                                     {u"delivery"_s, true},
                                     {u"photo"_s, QUrl::fromLocalFile(photo)}});
        QVERIFY(form);
        RestClient sellerRest;
        sellerRest.setBaseUrl(server.url({}));
        sellerRest.setToken(sellerToken);
        const auto saved = QCoro::waitFor(putProduct(sellerRest, room, *form));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QVERIFY(saved->product && saved->product->photoFileId);
        const qint64 photoId = *saved->product->photoFileId;

        QTRY_COMPARE(session->product().value(u"groupPrice"_s).toLongLong(), 29000);
        const QVariantMap shown = session->product();
        QCOMPARE(shown.value(u"savingPercent"_s).toInt(), 25);
        QCOMPARE(shown.value(u"unit"_s).toString(), u"10kg 한 상자"_s);
        QVERIFY(shown.value(u"pickup"_s).toBool() && shown.value(u"delivery"_s).toBool());
        QCOMPARE(shown.value(u"photoFileId"_s).toLongLong(), photoId);
        QCOMPARE(shown.value(u"thumbnailUrl"_s).toUrl(),
                 server.url(u"/api/files/%1/thumbnail"_s.arg(photoId)));
        const auto bytes = QCoro::waitFor(rest->download(photoId));
        QVERIFY(bytes && bytes->startsWith("\xFF\xD8"));
        MessageListModel *model = session->messages();
        QTRY_COMPARE(
            model->data(model->index(model->rowCount() - 1), MessageListModel::EventRole).toInt(),
            int(SystemEvent::ProductUpdated));

        QSignalSpy refused(session.get(), &RoomSession::productRefused);
        session->saveProduct({{u"groupPrice"_s, 29000}, {u"regularPrice"_s, 100}});
        QCOMPARE(refused.size(), 1); // the form's own check: nothing was sent
        QCOMPARE(refused.last().at(0).toString(), u"regularPrice"_s);
        session->saveProduct({{u"groupPrice"_s, 1000}});
        QTRY_COMPARE(refused.size(), 2);
        QCOMPARE(refused.last().at(0).toString(), QString());
        QVERIFY(!refused.last().at(1).toString().isEmpty()); // why, in the user's words
        QCOMPARE(session->product().value(u"groupPrice"_s).toLongLong(), 29000);
    }

    // The seller's checklist: every buyer by name, a move, a reminder to those who have
    // not paid (once an hour: then a refusal in words), an order the buyer moved arriving
    // as a notification, and the list saved as a CSV file.
    void theSellersChecklistMovesRemindsAndSaves() {
        const qint64 room = createRoom();
        httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken);
        httpRequest(server, "POST", u"/api/chat/rooms/%1/close"_s.arg(room), sellerToken);
        RestClient sellerRest;
        sellerRest.setBaseUrl(server.url({}));
        sellerRest.setToken(sellerToken);
        RoomOrders orders(sellerRest, room, u"seller"_s);
        orders.loadEntries();
        QTRY_COMPARE(orders.entries().size(), 1);
        QVariantMap entry = orders.entries().first().toMap();
        QCOMPARE(entry.value(u"displayName"_s).toString(), u"민수"_s);
        QCOMPARE(entry.value(u"status"_s).toInt(), int(OrderStatus::AwaitingPayment));
        // The seller's moves from here, as the order table has them.
        QCOMPARE(entry.value(u"moves"_s).toList(),
                 (QVariantList{int(OrderStatus::Paid), int(OrderStatus::Cancelled)}));
        QCOMPARE(orders.unpaidCount(), 1);

        QSignalSpy reminded(&orders, &RoomOrders::reminded);
        orders.remindUnpaid();
        QTRY_COMPARE(reminded.size(), 1);
        QCOMPARE(reminded.first().first().toInt(), 1);
        orders.remindUnpaid();
        QTRY_VERIFY(!orders.error().isEmpty());
        QCOMPARE(reminded.size(), 1);

        orders.move(buyerId, int(OrderStatus::Paid));
        QTRY_COMPARE(orders.entries().first().toMap().value(u"status"_s).toInt(),
                     int(OrderStatus::Paid));
        QVERIFY(orders.error().isEmpty());
        QCOMPARE(orders.unpaidCount(), 0);
        // The buyer confirms elsewhere: their notification's order replaces the row.
        const auto confirmed = httpJson(server, "PUT", u"/api/chat/rooms/%1/orders/me"_s.arg(room),
                                        buyerToken, {{u"status"_s, u"HANDED_OVER"_s}});
        QCOMPARE(confirmed.status, 200);
        auto order = Order::fromJson(confirmed.json);
        QVERIFY(order);
        orders.note(*order);
        entry = orders.entries().first().toMap();
        QCOMPARE(entry.value(u"status"_s).toInt(), int(OrderStatus::HandedOver));
        QCOMPARE(entry.value(u"changedBy"_s).toString(), u"BUYER"_s);
        QVERIFY(entry.value(u"moves"_s).toList().isEmpty()); // final

        QSignalSpy saved(&orders, &RoomOrders::saved);
        orders.saveSpreadsheet();
        QTRY_COMPARE(saved.size(), 1);
        QFile file(saved.first().first().toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.contains(u"민수,HANDED_OVER,"_s));
        file.remove();
    }

    // The seller's session gives more time and places; the answer is shown at once and
    // the buyer's session follows the snapshot. A buyer is refused and nothing changes.
    void theSellerGivesMoreTimeAndPlaces() {
        const qint64 room = createRoom();
        httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken);
        auto buyerSession = open(room);
        QTRY_VERIFY(buyerSession->ready());
        const QDateTime deadline = buyerSession->expiresAt();
        RestClient sellerRest;
        sellerRest.setBaseUrl(server.url({}));
        sellerRest.setToken(sellerToken);
        // The seller's own session (on the shared test connection: only REST matters here).
        RoomSession sellerSession(
            room, {*connection, sellerRest, *outbox, u"seller"_s, u"Farm Kim"_s}, nullptr);
        QTRY_VERIFY(sellerSession.loaded());
        QSignalSpy saved(&sellerSession, &RoomSession::limitsSaved);
        sellerSession.changeLimits(12, 24);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(sellerSession.maxParticipants(), 12);
        QCOMPARE(sellerSession.expiresAt(), deadline.addSecs(24 * 3600));
        QTRY_COMPARE(buyerSession->maxParticipants(), 12);
        QCOMPARE(buyerSession->expiresAt(), deadline.addSecs(24 * 3600));

        QSignalSpy failed(buyerSession.get(), &RoomSession::failed);
        buyerSession->changeLimits(20, 0);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().value<Error>().code == ErrorCode::Forbidden);
        QCOMPARE(buyerSession->maxParticipants(), 12);
    }

    // The seller's session sets the pickup; the buyer's session shows it live and
    // answers; the seller's counts and list follow; a new place clears the buyer's
    // answer on their side too (a broadcast snapshot has none of theirs).
    void aPickupIsSetAnsweredAndMovedLive() {
        const qint64 room = createRoom();
        httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken);
        httpRequest(server, "POST", u"/api/chat/rooms/%1/close"_s.arg(room), sellerToken);
        auto buyerSession = open(room);
        QTRY_VERIFY(buyerSession->ready());
        RoomAppointment *mine = buyerSession->appointment();
        QVERIFY(!mine->exists());
        QVERIFY(buyerSession->canAnswerAppointment());
        QVERIFY(!buyerSession->canSetAppointment());
        RestClient sellerRest;
        sellerRest.setBaseUrl(server.url({}));
        sellerRest.setToken(sellerToken);
        RoomSession sellerSession(
            room, {*connection, sellerRest, *outbox, u"seller"_s, u"Farm Kim"_s}, nullptr);
        QTRY_VERIFY(sellerSession.loaded());
        QVERIFY(sellerSession.canSetAppointment());

        RoomAppointment *theirs = sellerSession.appointment();
        QSignalSpy saved(theirs, &RoomAppointment::saved);
        const QDateTime at = QDateTime::currentDateTime().addDays(1);
        theirs->save(at, u"  정문 앞 "_s, u"장바구니"_s);
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(theirs->place(), u"정문 앞"_s);
        QTRY_VERIFY(mine->exists());
        QCOMPARE(mine->place(), u"정문 앞"_s);
        QCOMPARE(mine->note(), u"장바구니"_s);
        QCOMPARE(mine->at().toSecsSinceEpoch(), at.toSecsSinceEpoch());
        QCOMPARE(mine->myAnswer(), -1);
        MessageListModel *model = buyerSession->messages();
        QTRY_COMPARE(
            model->data(model->index(model->rowCount() - 1), MessageListModel::EventRole).toInt(),
            int(SystemEvent::AppointmentSet));
        QCOMPARE(model->data(model->index(model->rowCount() - 1), MessageListModel::AppointmentRole)
                     .toMap()
                     .value(u"place"_s)
                     .toString(),
                 u"정문 앞"_s);

        theirs->loadReplies();
        QTRY_COMPARE(theirs->replies().size(), 1);
        mine->answer(int(AppointmentAnswer::Coming));
        QTRY_COMPARE(mine->myAnswer(), int(AppointmentAnswer::Coming));
        QCOMPARE(mine->coming(), 1);
        QTRY_COMPARE(theirs->coming(), 1); // the seller's follows the snapshot
        QTRY_COMPARE(theirs->replies().first().toMap().value(u"answer"_s).toInt(),
                     int(AppointmentAnswer::Coming));

        theirs->save(at, u"후문"_s, QString());
        QTRY_COMPARE(mine->place(), u"후문"_s);
        QCOMPARE(mine->myAnswer(), -1); // asked again
        QCOMPARE(mine->coming(), 0);

        QSignalSpy refused(theirs, &RoomAppointment::refused);
        theirs->save(QDateTime::currentDateTime().addSecs(-60), u"후문"_s, QString());
        QTRY_COMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(0).toString(), u"at"_s);
        QVERIFY(!theirs->error().isEmpty());
        theirs->cancel();
        QTRY_VERIFY(!mine->exists());
    }

    void aPhotoSentOfflineGoesWhenTheServerIsBackAndAStoppedOneNever() {
        const qint64 room = createRoom();
        httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room), buyerToken);
        auto session = open(room);
        QTRY_VERIFY(session->ready());
        const QString photo = writeFile(u"box.png"_s, testimages::pngWithText(200, 100));
        QVERIFY(server.stop());
        QTRY_VERIFY(connection->state() != StompConnection::State::Online);
        session->send(u"offline photo"_s, false, 0, {QUrl::fromLocalFile(photo)});
        session->send(u"stopped photo"_s, false, 0, {QUrl::fromLocalFile(photo)});
        MessageListModel *model = session->messages();
        const QString stopped = model->messageAt(model->rowCount() - 1).clientMsgId.value();
        QTest::qWait(300);
        session->cancelUpload(stopped);
        QVERIFY(!model->ownMessage(stopped));
        QCOMPARE(outbox->pending().size(), 1);
        QVERIFY(server.start());
        QTRY_VERIFY_WITH_TIMEOUT(shows(model, u"offline photo"_s), 30000);
        QTRY_VERIFY(outbox->isEmpty());
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), sellerToken);
        int photos = 0;
        for (const QJsonValue &m : history.json.value(u"messages"_s).toArray()) {
            QVERIFY(m.toObject().value(u"content"_s).toString() != u"stopped photo"_s);
            photos += int(m.toObject().value(u"attachments"_s).toArray().size());
        }
        QCOMPARE(photos, 1);
    }
};

QTEST_GUILESS_MAIN(TestRoomSession)
#include "tst_roomsession.moc"
