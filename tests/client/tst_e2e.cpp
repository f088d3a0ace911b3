// End to end: the real server, the app's QML loaded offscreen. The user signs in,
// opens a room, types a message, sees the seller's reply; the server restarts,
// the app reconnects, sends what was typed meanwhile once, and shows what it missed.
#include "../integration/serverprocess.h"
#include "../integration/stompclient.h"
#include "../integration/testsupport.h"
#include "../integration/webhookreceiver.h"
#include "chatclient.h"
#include "preferences.h"
#include "roomsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Gonggu_ClientPlugin)
Q_IMPORT_QML_PLUGIN(GongguPlugin)

using namespace Qt::StringLiterals;
using namespace gonggu;
using namespace gonggu::client;
using namespace gonggu::stomp;

namespace {
int countContent(MessageListModel *model, const QString &content,
                 MessageListModel::Delivery delivery) {
    int found = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        found += model->messageAt(row).content == content && model->deliveryAt(row) == delivery;
    return found;
}
} // namespace

class TestEndToEnd : public QObject {
    Q_OBJECT
    // The trade service: it gets the server's webhooks (closes, orders, pickups).
    Receiver tradeService;
    QTemporaryDir secrets;
    QStringList webhookArguments() {
        if (!tradeService.listen())
            return {};
        QFile secret(secrets.filePath(u"webhook-secret"_s));
        if (!secret.open(QIODevice::WriteOnly) || secret.write("end-to-end-webhook-key") <= 0)
            return {};
        return {u"--webhook-url"_s, u"http://127.0.0.1:%1/events"_s.arg(tradeService.port()),
                u"--webhook-secret-file"_s, secret.fileName()};
    }
    ServerProcess server{webhookArguments()};
    QString sellerToken;
    QString username;
    qint64 room = 0;

    // A real click in the middle of an item of the window.
    static void click(QQuickWindow *window, QQuickItem *item) {
        const QPointF centre = item->mapToScene({item->width() / 2, item->height() / 2});
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    // Keys into the item with focus, as a keyboard would; then Return.
    static void typeInto(QQuickWindow *window, QQuickItem *field, const QString &text,
                         bool thenReturn = true) {
        field->forceActiveFocus();
        for (const QChar c : text) // QTest::keyClicks is for widgets; type into the window
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_A, QString(c), Qt::NoModifier);
        if (thenReturn)
            QTest::keyClick(window, Qt::Key_Return);
    }

    void type(QQuickWindow *window, const QString &text) {
        auto *field = window->findChild<QQuickItem *>(u"messageField"_s);
        QVERIFY(field);
        typeInto(window, field, text);
    }

    // The visible item of `list` (a ListView) whose `property` is `value`.
    // (Delegates are the view's child items, not its QObject children.)
    static QQuickItem *delegateWith(QQuickItem *list, const char *property, const QVariant &value) {
        for (QQuickItem *item : list->childItems()) {
            if (item->isVisible() && item->property(property) == value)
                return item;
            if (QQuickItem *found = delegateWith(item, property, value))
                return found;
        }
        return nullptr;
    }

    // The app's ChatClient, signed in as the e2e buyer and online (nullptr if not).
    ChatClient *signedInAsTheBuyer(QQmlApplicationEngine &engine) {
        auto *client =
            engine.singletonInstance<ChatClient *>(qmlTypeId("Gonggu.Client", 1, 0, "ChatClient"));
        if (!client->signedIn())
            client->signIn(server.url({}).toString(), username, u"e2e-password"_s);
        if (!QTest::qWaitFor([&] { return client->signedIn(); }, 10000) ||
            !QTest::qWaitFor(
                [&] { return client->connectionState() == ChatClient::ConnectionState::Online; },
                10000))
            return nullptr;
        return client;
    }

    // The app's window, signed in as the e2e buyer and online; client and window
    // are null if that did not happen.
    struct SignedInApp {
        std::unique_ptr<QQmlApplicationEngine> engine;
        ChatClient *client = nullptr;
        QQuickWindow *window = nullptr;
    };
    SignedInApp openSignedIn() {
        SignedInApp app{openApp()};
        app.client = signedInAsTheBuyer(*app.engine);
        auto *window = qobject_cast<QQuickWindow *>(app.engine->rootObjects().value(0));
        if (app.client && window && QTest::qWaitForWindowExposed(window))
            app.window = window;
        return app;
    }

    static std::unique_ptr<QQmlApplicationEngine> openApp() {
        auto engine = std::make_unique<QQmlApplicationEngine>();
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->rootContext()->setContextProperty(u"initialWidth"_s, 1280);
        engine->rootContext()->setContextProperty(u"initialHeight"_s, 800);
        engine->load(QUrl(u"qrc:/qt/qml/Gonggu/Main.qml"_s));
        return engine;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no saved session from an earlier run
        QQuickStyle::setStyle(u"Material"_s);
        QVERIFY(server.start());
        sellerToken = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        username = u"e2e_"_s + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        QCOMPARE(registerAccount(server, username, u"e2e-password"_s, u"민수"_s).status, 201);
        room = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(room, 10, 2))
                     .status,
                 201);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void chatsAndRecoversFromServerRestart() {
        const auto engine = openApp();
        QCOMPARE(engine->rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        QVERIFY(window);
        auto *client =
            engine->singletonInstance<ChatClient *>(qmlTypeId("Gonggu.Client", 1, 0, "ChatClient"));
        QVERIFY(client);

        client->signIn(server.url({}).toString(), username, u"e2e-password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client->signedIn(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client->connectionState(), ChatClient::ConnectionState::Online,
                                  10000);
        client->openRoom(room);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->ready());
        QCOMPARE(client->currentRoom()->title(), u"Group buy %1"_s.arg(room));
        MessageListModel *messages = client->currentRoom()->messages();

        StompTestClient seller;
        QVERIFY(seller.open(server.webSocketUrl()));
        QVERIFY(seller.connectWith(sellerToken));
        QVERIFY(seller.subscribe("chat", u"/topic/chat/%1"_s.arg(room)));

        // Typed in the real input: Enter sends.
        type(window, u"<b>hello</b> from the app"_s);
        QVERIFY(
            seller.waitFor([](const Frame &f) { return f.body.contains("from the app"); }, 10000));
        QTRY_COMPARE(countContent(messages, u"<b>hello</b> from the app"_s,
                                  MessageListModel::Delivery::Sent),
                     1);

        seller.sendChat(room, u"reply from the seller"_s, u"seller-1"_s, "r1");
        QVERIFY(seller.waitForReceipt("r1"));
        QTRY_COMPARE(
            countContent(messages, u"reply from the seller"_s, MessageListModel::Delivery::Sent),
            1);

        // The server goes away: the app says so and keeps what the user writes.
        QVERIFY(server.stop());
        QTRY_COMPARE_WITH_TIMEOUT(client->connectionState(),
                                  ChatClient::ConnectionState::Reconnecting, 10000);
        type(window, u"written while offline"_s);
        QCOMPARE(
            countContent(messages, u"written while offline"_s, MessageListModel::Delivery::Pending),
            1);
        QTest::qWait(2500); // stay down long enough for the backoff to grow past the restart
        QVERIFY(server.start());
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(room),
                          sellerToken, {{u"content"_s, u"posted while you were away"_s}})
                     .status,
                 201);

        QTRY_COMPARE_WITH_TIMEOUT(client->connectionState(), ChatClient::ConnectionState::Online,
                                  30000);
        QTRY_COMPARE_WITH_TIMEOUT(countContent(messages, u"posted while you were away"_s,
                                               MessageListModel::Delivery::Sent),
                                  1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            countContent(messages, u"written while offline"_s, MessageListModel::Delivery::Sent), 1,
            10000);
        // On the server too: exactly once, nothing lost.
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room), sellerToken);
        int copies = 0;
        for (const QJsonValue &m : history.json.value(u"messages"_s).toArray())
            copies += m.toObject().value(u"content"_s).toString() == u"written while offline";
        QCOMPARE(copies, 1);

        // Opening a group buy from the app makes the user its seller and opens its chat.
        client->createRoom(u"Homemade kimchi 5kg"_s, u"Pickup Saturday"_s, 8, 3, 24);
        QTRY_VERIFY_WITH_TIMEOUT(client->currentRoom() &&
                                     client->currentRoom()->title() == u"Homemade kimchi 5kg",
                                 10000);
        QTRY_COMPARE(client->currentRoom()->myRole(), std::optional(Role::Seller));
        QTRY_VERIFY(client->currentRoom()->ready()); // nothing left in flight when the app closes
        QCOMPARE(client->currentRoom()->maxParticipants(), 8);
        QCOMPARE(
            client->rooms()->data(client->rooms()->index(0), RoomListModel::TitleRole).toString(),
            u"Homemade kimchi 5kg"_s);
    }

    // A seller's day, all through the window: sign in, open a group buy, find it in
    // the list, announce, and close it once a buyer is in (confirming first).
    void aSellerOpensAnnouncesAndClosesInTheApp() {
        const QString seller = u"seller_"_s + QString::number(uniqueProductId() % 100000000);
        QCOMPARE(registerAccount(server, seller, u"seller-password"_s, u"김농부"_s).status, 201);
        QSettings().clear(); // signed out: the app opens on its sign-in page
        const auto engine = openApp();
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        auto *client =
            engine->singletonInstance<ChatClient *>(qmlTypeId("Gonggu.Client", 1, 0, "ChatClient"));
        client->offerServer(server.url({})); // what --server does
        QVERIFY(!client->signedIn());

        auto *user = window->findChild<QQuickItem *>(u"usernameField"_s);
        auto *password = window->findChild<QQuickItem *>(u"passwordField"_s);
        QVERIFY(user && password);
        typeInto(window, user, seller, false);
        typeInto(window, password, u"seller-password"_s, false);
        click(window, window->findChild<QQuickItem *>(u"signInButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(client->signedIn(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client->connectionState(), ChatClient::ConnectionState::Online,
                                  10000);

        // Open a group buy from the header's "+".
        QTRY_VERIFY(window->findChild<QQuickItem *>(u"newGroupBuy"_s));
        click(window, window->findChild<QQuickItem *>(u"newGroupBuy"_s));
        QQuickItem *title = nullptr;
        QTRY_VERIFY((title = window->findChild<QQuickItem *>(u"titleField"_s)) &&
                    title->isVisible() && title->hasActiveFocus());
        typeInto(window, title, u"Jeju tangerines 10kg"_s, false);
        auto *create = window->findChild<QQuickItem *>(u"createButton"_s);
        QVERIFY(!create->isEnabled()); // what it costs comes first
        typeInto(window, window->findChild<QQuickItem *>(u"groupPriceField"_s), u"29000"_s, false);
        typeInto(window, window->findChild<QQuickItem *>(u"regularPriceField"_s), u"39000"_s,
                 false);
        QTRY_VERIFY(create->isEnabled());
        click(window, create);
        QTRY_VERIFY_WITH_TIMEOUT(client->currentRoom() &&
                                     client->currentRoom()->title() == u"Jeju tangerines 10kg",
                                 10000);
        RoomSession *session = client->currentRoom();
        const qint64 created = session->roomId();
        QVERIFY(created > std::numeric_limits<qint32>::max()); // an epoch-ms product id
        QTRY_COMPARE(session->myRole(), std::optional(Role::Seller));
        QCOMPARE(session->product().value(u"groupPrice"_s).toLongLong(), 29000);
        QCOMPARE(session->product().value(u"regularPrice"_s).toLongLong(), 39000);

        // It is in the list; choosing it there shows its chat (not "0 / 0", not "join").
        QTRY_VERIFY(
            !window->findChild<QObject *>(u"createRoomDialog"_s)->property("visible").toBool());
        client->closeRoom();
        QTRY_VERIFY(!client->currentRoom());
        auto *list = window->findChild<QQuickItem *>(u"roomList"_s);
        QVERIFY(list);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = delegateWith(list, "title", u"Jeju tangerines 10kg"_s)));
        QCOMPARE(row->property("roomId").toLongLong(), created);
        click(window, row);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->roomId() == created);
        session = client->currentRoom();
        QTRY_VERIFY(session->ready());
        QCOMPARE(session->maxParticipants(), 10);
        auto *action = window->findChild<QQuickItem *>(u"primaryAction"_s);
        QTRY_COMPARE(action->property("text").toString(), u"Close"_s);
        auto *card = window->findChild<QQuickItem *>(u"productCard"_s);
        QVERIFY(card && card->isVisible());
        QCOMPARE(card->findChild<QQuickItem *>(u"groupPrice"_s)->property("text").toString(),
                 u"29,000 won"_s);
        QVERIFY(card->findChild<QQuickItem *>(u"editProduct"_s)->isVisible());

        // Announce: the 📢 toggle, then the text; it is pinned for everyone.
        auto *announce = window->findChild<QQuickItem *>(u"announceToggle"_s);
        QTRY_VERIFY(announce && announce->isVisible());
        click(window, announce);
        QVERIFY(announce->property("checked").toBool());
        type(window, u"Pickup Friday 6pm at Gangnam exit 11"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session->messages()->pinnedNotice(),
                                  u"Pickup Friday 6pm at Gangnam exit 11"_s, 10000);
        QVERIFY(!announce->property("checked").toBool()); // one announcement at a time
        const auto history =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(created), sellerToken);
        QCOMPARE(history.json.value(u"messages"_s).toArray().last().toObject().value(u"type"_s),
                 u"NOTIFICATION"_s);

        // A buyer joins (elsewhere); the seller closes, after saying yes.
        const QString buyer = server.token(uniqueUser("buyer"), u"지우"_s);
        QCOMPARE(
            httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(created), buyer)
                .status,
            200);
        QTRY_COMPARE(session->participantCount(), 1);
        auto *dialog = window->findChild<QObject *>(u"confirmDialog"_s);
        click(window, action);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(toString(session->status()), u"ACTIVE"_s); // nothing happened yet
        click(window, window->findChild<QQuickItem *>(u"confirmButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(toString(session->status()), u"CLOSED"_s, 10000);
        QTRY_VERIFY(!action->isVisible()); // nothing left to close
        QVERIFY(session->writable());      // seller and buyers keep talking
        QTRY_VERIFY(!session->busy());     // the close's own answer is in too

        // The pickup, from the room's menu: tomorrow at this hour (the dialog's start).
        QTRY_VERIFY(!dialog->property("visible").toBool()); // the confirmation has gone
        click(window, window->findChild<QQuickItem *>(u"roomMenuButton"_s));
        QQuickItem *pickupItem = nullptr;
        QTRY_VERIFY((pickupItem = window->findChild<QQuickItem *>(u"pickupItem"_s)) &&
                    pickupItem->isVisible());
        QTest::qWait(400); // the menu's opening transition: the item is where it stays
        click(window, pickupItem);
        QQuickItem *place = nullptr;
        QTRY_VERIFY((place = window->findChild<QQuickItem *>(u"pickupPlaceField"_s)) &&
                    place->isVisible());
        typeInto(window, place, u"Gangnam exit 11"_s, false);
        click(window, window->findChild<QQuickItem *>(u"savePickupButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(session->appointment()->place(), u"Gangnam exit 11"_s, 10000);
        auto *bar = window->findChild<QQuickItem *>(u"appointmentBar"_s);
        QTRY_VERIFY(bar && bar->isVisible());

        // Who paid: the trade service says the buyer did; the seller's bar follows; the
        // seller hands it over.
        QTRY_VERIFY(session->orders()->entries().size() == 1);
        const QString buyerId =
            session->orders()->entries().first().toMap()[u"userId"_s].toString();
        QCOMPARE(httpJson(server, "PUT",
                          u"/api/chat/rooms/%1/orders/%2"_s.arg(created).arg(buyerId),
                          server.token(u"market"_s, u"Market"_s, u"rooms:write"_s),
                          {{u"status"_s, u"PAID"_s}})
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(session->orders()->unpaidCount(), 0, 10000);
        session->orders()->move(buyerId, int(OrderStatus::HandedOver));
        QTRY_COMPARE(session->orders()->entries().first().toMap()[u"status"_s].toInt(),
                     int(OrderStatus::HandedOver));

        // The trade service heard of each step once: the close, the pickup, both moves.
        const auto ofThisRoom = [&](const QString &type) {
            QStringList ids;
            for (const auto &d : tradeService.accepted()) {
                if (d.json[u"type"_s].toString() == type &&
                    d.json[u"data"_s][u"roomId"_s].toInteger() == created)
                    ids.append(d.json[u"id"_s].toString());
            }
            return ids;
        };
        QTRY_COMPARE_WITH_TIMEOUT(ofThisRoom(u"order.status"_s).size(), 2, 10000);
        QCOMPARE(ofThisRoom(u"room.closed"_s).size(), 1);
        QCOMPARE(ofThisRoom(u"appointment.set"_s).size(), 1);
        QTest::qWait(1500); // and nothing a second time
        QStringList all = ofThisRoom(u"order.status"_s) + ofThisRoom(u"room.closed"_s) +
                          ofThisRoom(u"appointment.set"_s);
        QCOMPARE(all.size(), 4);
        all.removeDuplicates();
        QCOMPARE(all.size(), 4);
        client->signOut();
    }

    // Reply, edit and delete in the window, against a seller elsewhere who edits and
    // deletes too: both sides see every change live.
    void repliesEditsAndDeletionsInTheWindow() {
        const auto app = openSignedIn();
        QVERIFY(app.client && app.window);
        ChatClient *client = app.client;
        QQuickWindow *window = app.window;
        client->openRoom(room);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->ready());
        RoomSession *session = client->currentRoom();
        MessageListModel *messages = session->messages();
        // What is on screen is read: the server's marker reaches the newest message.
        const auto newest = [&] {
            return httpRequest(server, "GET", u"/api/chat/rooms/%1/messages?limit=1"_s.arg(room),
                               sellerToken)
                .json[u"messages"_s][0][u"id"_s]
                .toInteger();
        };
        const auto myMarker = [&]() -> qint64 {
            for (const QJsonValue &p :
                 httpRequest(server, "GET", u"/api/chat/rooms/%1"_s.arg(room), sellerToken)
                     .json[u"participants"_s]
                     .toArray()) {
                if (p[u"displayName"_s].toString() == u"민수"_s)
                    return p[u"lastReadMessageId"_s].toInteger();
            }
            return -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(myMarker(), newest(), 5000);

        StompTestClient seller;
        QVERIFY(seller.open(server.webSocketUrl()));
        QVERIFY(seller.connectWith(sellerToken));
        const QString chat = u"/topic/chat/%1"_s.arg(room);
        QVERIFY(seller.subscribe("chat", chat));
        seller.sendChat(room, u"Pickup is at 6pm"_s, u"seller-e2e-1"_s, "s1");
        QVERIFY(seller.waitForReceipt("s1"));
        const auto posted = seller.waitForMessage(chat);
        QVERIFY(posted);
        const qint64 original = posted->value(u"id"_s).toInteger();

        // Right-click the seller's bubble, "Reply", type, Enter.
        auto *list = window->findChild<QQuickItem *>(u"messageListView"_s);
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = delegateWith(list, "content", u"Pickup is at 6pm"_s)));
        auto *text = row->findChild<QQuickItem *>(u"messageText"_s);
        QVERIFY(text);
        const QPointF centre = text->mapToScene({text->width() / 2, text->height() / 2});
        QTest::mouseClick(window, Qt::RightButton, {}, centre.toPoint());
        QObject *menu = nullptr;
        QTRY_VERIFY((menu = row->findChild<QObject *>(u"messageMenu"_s)) &&
                    menu->property("opened").toBool()); // in place, not still growing
        auto *reply = row->findChild<QQuickItem *>(u"replyItem"_s);
        QVERIFY(reply && reply->isVisible());
        click(window, reply);
        // The input says what the message answers.
        QQuickItem *context = nullptr;
        QTRY_VERIFY((context = window->findChild<QQuickItem *>(u"contextBar"_s)) &&
                    context->isVisible());
        type(window, u"Can I come at 7?"_s);
        const auto answered = seller.waitFor(
            [](const Frame &f) { return f.body.contains("Can I come at 7?"); }, 10000);
        QVERIFY(answered);
        const QJsonObject answer = QJsonDocument::fromJson(answered->body).object();
        QCOMPARE(answer.value(u"replyTo"_s).toInteger(), original);
        QCOMPARE(answer[u"quote"_s][u"content"_s].toString(), u"Pickup is at 6pm"_s);
        const qint64 mine = answer.value(u"id"_s).toInteger();

        // Up in the empty field edits it; Enter saves.
        auto *field = window->findChild<QQuickItem *>(u"messageField"_s);
        field->forceActiveFocus();
        QTRY_COMPARE(messages->lastEditableId(), mine);
        QTest::keyClick(window, Qt::Key_Up);
        QTRY_COMPARE(field->property("text").toString(), u"Can I come at 7?"_s);
        QTest::keyClick(window, Qt::Key_Backspace);
        typeInto(window, field, u" or 8?"_s);
        QVERIFY(seller.waitFor(
            [](const Frame &f) {
                return f.body.contains("Can I come at 7 or 8?") && f.body.contains("editedAt");
            },
            10000));
        const int myRow = messages->rowOfId(mine);
        QTRY_VERIFY(messages->data(messages->index(myRow), MessageListModel::EditedRole).toBool());
        QCOMPARE(messages->rowCount(), myRow + 1); // edited in place, no new message

        // The seller edits theirs: the app's row and the quote in my reply follow.
        QCOMPARE(httpJson(server, "PATCH",
                          u"/api/chat/rooms/%1/messages/%2"_s.arg(room).arg(original), sellerToken,
                          {{u"content"_s, u"Pickup is at 6:30pm"_s}})
                     .status,
                 200);
        QTRY_COMPARE(
            messages->data(messages->index(myRow), MessageListModel::QuoteContentRole).toString(),
            u"Pickup is at 6:30pm"_s);
        // ... and deletes it: a tombstone in place, and my reply quotes "deleted".
        QCOMPARE(httpRequest(server, "DELETE",
                             u"/api/chat/rooms/%1/messages/%2"_s.arg(room).arg(original),
                             sellerToken)
                     .status,
                 200);
        const int originalRow = messages->rowOfId(original);
        QTRY_VERIFY(
            messages->data(messages->index(originalRow), MessageListModel::DeletedRole).toBool());
        QVERIFY(
            messages->data(messages->index(myRow), MessageListModel::QuoteDeletedRole).toBool());

        // I delete mine (the confirmation is the dialog's; its action is this call).
        session->deleteMessage(mine);
        QTRY_VERIFY(messages->data(messages->index(myRow), MessageListModel::DeletedRole).toBool());
        const QByteArray myId = "\"id\":" + QByteArray::number(mine);
        QVERIFY(seller.waitFor(
            [&](const Frame &f) { return f.body.contains(myId) && f.body.contains("deletedAt"); },
            10000));
        client->closeRoom();
    }

    // 🔍, a word, Enter: what was found lists over the chat; a result shows its message;
    // Esc closes the search and the chat is back.
    void searchesInTheRoomAndClosesTheSearch() {
        const auto app = openSignedIn();
        QVERIFY(app.client && app.window);
        ChatClient *client = app.client;
        QQuickWindow *window = app.window;
        client->openRoom(room);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->ready());
        RoomSession *session = client->currentRoom();
        type(window, u"Does marmalade come too?"_s);
        QTRY_VERIFY(session->messages()->lastEditableId() > 0);

        auto *searchButton = window->findChild<QQuickItem *>(u"searchButton"_s);
        auto *bar = window->findChild<QQuickItem *>(u"searchBar"_s);
        auto *results = window->findChild<QQuickItem *>(u"searchResults"_s);
        auto *chat = window->findChild<QQuickItem *>(u"messageListView"_s);
        QVERIFY(searchButton && bar && results && chat);
        click(window, searchButton);
        QTRY_VERIFY(bar->isVisible());
        typeInto(window, window->findChild<QQuickItem *>(u"searchField"_s), u"MARMALADE"_s);
        QTRY_VERIFY(results->isVisible());
        QQuickItem *found = nullptr;
        QTRY_VERIFY((found = delegateWith(results, "text", u"Does marmalade come too?"_s)));
        click(window, found);
        QTRY_VERIFY(!results->isVisible());
        QVERIFY(delegateWith(chat, "content", u"Does marmalade come too?"_s));

        // Again, and Esc in the field: nothing of the search stays over the chat.
        typeInto(window, window->findChild<QQuickItem *>(u"searchField"_s), u"marmalade"_s);
        QTRY_VERIFY(results->isVisible());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!bar->isVisible());
        QVERIFY2(!results->isVisible(), "the results stay over the chat after Esc");
        client->closeRoom();
    }

    // Another room's announcement while the app is in front: a banner with that
    // room's title; a tap opens it. Muted, the same announcement shows nothing.
    void anotherRoomsAnnouncementIsABannerThatOpensIt() {
        const qint64 other = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken,
                          QJsonObject{{u"productId"_s, other},
                                      {u"title"_s, u"Organic eggs 30"_s},
                                      {u"maxParticipants"_s, 10},
                                      {u"expiresAt"_s,
                                       QDateTime::currentDateTimeUtc().addSecs(3600).toString(
                                           Qt::ISODateWithMs)}})
                     .status,
                 201);
        const auto app = openSignedIn();
        QVERIFY(app.client && app.window);
        ChatClient *client = app.client;
        QQuickWindow *window = app.window;
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_COMPARE(QGuiApplication::applicationState(), Qt::ApplicationActive);
        client->openRoom(room);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->ready());
        // The buyer joins the other group buy in the app.
        client->openRoom(other);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->roomId() == other &&
                    client->currentRoom()->ready());
        client->currentRoom()->join();
        QTRY_COMPARE(client->currentRoom()->room().myRole, std::optional(Role::Participant));
        client->openRoom(room);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->roomId() == room);

        auto *banner = window->findChild<QObject *>(u"noticeBanner"_s);
        QVERIFY(banner);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(other),
                          sellerToken, {{u"content"_s, u"Eggs arrive Friday"_s}})
                     .status,
                 201);
        QTRY_VERIFY(banner->property("opened").toBool());
        QCOMPARE(banner->property("title").toString(), u"Organic eggs 30"_s);
        QCOMPARE(banner->property("text").toString(), u"Announcement: Eggs arrive Friday"_s);
        auto *content =
            qobject_cast<QQuickItem *>(banner->property("contentItem").value<QObject *>());
        QVERIFY(content);
        click(window, content);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->roomId() == other);
        QTRY_VERIFY(!banner->property("visible").toBool());

        // Back in the first room, the other one muted: its news stays in the list.
        client->openRoom(room);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->roomId() == room);
        Preferences::instance()->setMuted(double(other), true);
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms/%1/notifications"_s.arg(other),
                          sellerToken, {{u"content"_s, u"Muted news"_s}})
                     .status,
                 201);
        QTest::qWait(500);
        QVERIFY(!banner->property("visible").toBool());
        Preferences::instance()->setMuted(double(other), false);
        client->closeRoom();
    }

    // A buyer types their phone number into the chat: asked first, nothing sent; they
    // choose the form, and the seller's list has the address, normalised.
    void aPhoneNumberGoesToTheSellerPrivately() {
        const qint64 buy = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(buy, 10, 1))
                     .status,
                 201);
        const auto app = openSignedIn();
        QVERIFY(app.client && app.window);
        ChatClient *client = app.client;
        QQuickWindow *window = app.window;
        client->openRoom(buy);
        QTRY_VERIFY(client->currentRoom() && client->currentRoom()->ready());
        RoomSession *session = client->currentRoom();
        session->join();
        QTRY_VERIFY(session->canGiveAddress());

        type(window, u"010 9876 5432"_s);
        auto *asked = window->findChild<QObject *>(u"privateDetailsDialog"_s);
        QVERIFY(asked);
        QTRY_VERIFY(asked->property("opened").toBool());
        auto *field = window->findChild<QQuickItem *>(u"messageField"_s);
        QCOMPARE(field->property("text").toString(), u"010 9876 5432"_s); // kept
        click(window, window->findChild<QQuickItem *>(u"useFormButton"_s));
        auto *form = window->findChild<QObject *>(u"addressDialog"_s);
        QTRY_VERIFY(form->property("opened").toBool());
        const auto fill = [&](const char *name, const QString &text) {
            auto *input = window->findChild<QQuickItem *>(QString::fromLatin1(name));
            QVERIFY(input);
            input->setProperty("text", text);
        };
        fill("recipientField", u"김민수"_s);
        fill("phoneField", u"010 9876 5432"_s);
        fill("addressField", u"서울 강남구 테헤란로 123"_s);
        click(window, window->findChild<QQuickItem *>(u"saveAddressButton"_s));
        QTRY_VERIFY(!form->property("visible").toBool());
        const auto list =
            httpRequest(server, "GET", u"/api/chat/rooms/%1/addresses"_s.arg(buy), sellerToken);
        QCOMPARE(list.json[u"addresses"_s][0][u"phone"_s].toString(), u"010-9876-5432"_s);
        QCOMPARE(list.json[u"addresses"_s][0][u"displayName"_s].toString(), u"민수"_s);
        // Nothing of it went into the chat.
        for (int row = 0; row < session->messages()->rowCount(); ++row)
            QVERIFY(!session->messages()
                         ->data(session->messages()->index(row), MessageListModel::ContentRole)
                         .toString()
                         .contains(u"9876"_s));
        client->closeRoom();
    }

    // The list follows rooms that are not open: their newest line, and by activity
    // the room moves to the top, without a refresh.
    void theListFollowsRoomsThatAreNotOpen() {
        const auto engine = openApp();
        ChatClient *client = signedInAsTheBuyer(*engine);
        QVERIFY(client);
        client->setMineOnly(true);
        RoomListModel *rooms = client->rooms();
        const auto rowOf = [&](qint64 id) {
            for (int row = 0; row < rooms->rowCount(); ++row) {
                if (rooms->data(rooms->index(row), RoomListModel::RoomIdRole).toLongLong() == id)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(room) >= 0 && rooms->rowCount() >= 2, 10000);
        QVERIFY(!client->currentRoom());
        QTest::qWait(300); // the summaries' first frames are in

        StompTestClient seller;
        QVERIFY(seller.open(server.webSocketUrl()) && seller.connectWith(sellerToken));
        seller.sendChat(room, u"new stock arrived"_s, u"list-1"_s, "r-list");
        QVERIFY(seller.waitForReceipt("r-list"));
        QTRY_COMPARE_WITH_TIMEOUT(
            rooms->data(rooms->index(std::max(0, rowOf(room))), RoomListModel::PreviewTextRole)
                .toString(),
            u"new stock arrived"_s, 5000);
        QCOMPARE(rowOf(room), 0); // the newest conversation first

        // The recruiting list grows by itself when someone opens a group buy.
        client->setMineOnly(false);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(room) >= 0, 10000);
        const qint64 fresh = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(fresh, 6, 2))
                     .status,
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(fresh), 0, 5000);
        QCOMPARE(rooms->data(rooms->index(0), RoomListModel::TitleRole).toString(),
                 u"Group buy %1"_s.arg(fresh));
    }

    // A buyer's round trip through the window: join (asked first), leave (asked first),
    // come back, and the chat is live again, with what was said meanwhile.
    // After the close the buyer sees their order under the product card; the seller
    // marks it paid elsewhere and the bar follows at once; "I got it" (after a yes)
    // tells the seller, whose checklist says the buyer confirmed it.
    void aBuyerSeesTheirOrderAndConfirmsReceipt() {
        const auto login =
            httpJson(server, "POST", u"/api/auth/login"_s, {},
                     {{u"username"_s, username}, {u"password"_s, u"e2e-password"_s}});
        QCOMPARE(login.status, 200);
        const QString buyerToken = login.json.value(u"token"_s).toString();
        const QString buyerId = login.json[u"user"_s][u"id"_s].toString();
        const qint64 closed = uniqueProductId();
        QCOMPARE(
            httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(closed, 10, 1))
                .status,
            201);
        const QString base = u"/api/chat/rooms/%1"_s.arg(closed);
        QCOMPARE(httpRequest(server, "POST", base + u"/participants"_s, buyerToken).status, 200);
        QCOMPARE(httpRequest(server, "POST", base + u"/close"_s, sellerToken).status, 200);

        auto app = openSignedIn();
        QVERIFY(app.window);
        RoomSession *session = app.client->openRoom(closed);
        QTRY_VERIFY(session->ready() && session->hasOrder());
        auto *bar = app.window->findChild<QQuickItem *>(u"orderBar"_s);
        QVERIFY(bar);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->findChild<QQuickItem *>(u"orderBarText"_s)->property("text").toString(),
                 u"Pay the seller as they asked in the chat."_s);
        auto *confirmReceipt = bar->findChild<QQuickItem *>(u"confirmReceipt"_s);
        QVERIFY(!confirmReceipt->isVisible());

        QCOMPARE(httpJson(server, "PUT", base + u"/orders/"_s + buyerId, sellerToken,
                          {{u"status"_s, u"PAID"_s}})
                     .status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(confirmReceipt->isVisible(), 10000); // live, no reload
        click(app.window, confirmReceipt);
        auto *dialog = app.window->findChild<QObject *>(u"confirmDialog"_s);
        QTRY_VERIFY(dialog->property("opened").toBool());
        click(app.window, app.window->findChild<QQuickItem *>(u"confirmButton"_s));
        QTRY_VERIFY(!confirmReceipt->isVisible());
        QCOMPARE(bar->findChild<QQuickItem *>(u"orderBarText"_s)->property("text").toString(),
                 u"You have it. Enjoy!"_s);
        const auto checklist = httpRequest(server, "GET", base + u"/orders"_s, sellerToken);
        const QJsonObject order = checklist.json[u"orders"_s][0].toObject();
        QCOMPARE(order.value(u"status"_s).toString(), u"HANDED_OVER"_s);
        QCOMPARE(order.value(u"changedBy"_s).toString(), u"BUYER"_s);
        app.client->closeRoom();
    }

    void joiningLeavingAndClosingAskFirst() {
        const auto engine = openApp();
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().first());
        QVERIFY(window);
        ChatClient *client = signedInAsTheBuyer(*engine);
        QVERIFY(client);
        const qint64 other = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(other, 10, 2))
                     .status,
                 201);
        RoomSession *session = client->openRoom(other);
        QTRY_COMPARE(session->myRole(), std::optional(Role::Viewer));
        QTRY_VERIFY(window->isExposed());

        auto *action = window->findChild<QQuickItem *>(u"primaryAction"_s);
        auto *dialog = window->findChild<QObject *>(u"confirmDialog"_s);
        QVERIFY(action && dialog);
        QTRY_VERIFY(action->isVisible() && action->isEnabled());
        click(window, action);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QCOMPARE(session->myRole(), std::optional(Role::Viewer)); // nothing happened yet
        auto *confirm = window->findChild<QQuickItem *>(u"confirmButton"_s);
        QVERIFY(confirm);
        click(window, confirm);
        QTRY_COMPARE(session->myRole(), std::optional(Role::Participant));
        QTRY_VERIFY(!dialog->property("visible").toBool());

        // Leaving asks too; "not now" keeps the place.
        QTRY_VERIFY(action->isEnabled());
        click(window, action);
        QTRY_VERIFY(dialog->property("opened").toBool());
        QMetaObject::invokeMethod(dialog, "reject");
        QTRY_VERIFY(!dialog->property("visible").toBool());
        QTest::qWait(200);
        QCOMPARE(session->myRole(), std::optional(Role::Participant));

        // Leave for real: the input gives way to why, and the list no longer counts us.
        click(window, action);
        QTRY_VERIFY(dialog->property("opened").toBool());
        click(window, window->findChild<QQuickItem *>(u"confirmButton"_s));
        QTRY_COMPARE(session->myRole(), std::nullopt);
        auto *reason = window->findChild<QQuickItem *>(u"reason"_s);
        QTRY_VERIFY(reason->isVisible());
        QVERIFY(!reason->property("text").toString().isEmpty());
        QTRY_COMPARE(session->participantCount(), 0);

        // Said while we were out, and after we are back: both arrive, live.
        StompTestClient seller;
        QVERIFY(seller.open(server.webSocketUrl()) && seller.connectWith(sellerToken));
        seller.sendChat(other, u"said while you were out"_s, u"out-1"_s, "r-out");
        QVERIFY(seller.waitForReceipt("r-out"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        click(window, action); // join again
        QTRY_VERIFY(dialog->property("opened").toBool());
        click(window, window->findChild<QQuickItem *>(u"confirmButton"_s));
        QTRY_COMPARE(session->myRole(), std::optional(Role::Participant));
        QTRY_VERIFY(!reason->isVisible());
        MessageListModel *messages = session->messages();
        QTRY_COMPARE(
            countContent(messages, u"said while you were out"_s, MessageListModel::Delivery::Sent),
            1);
        seller.sendChat(other, u"welcome back"_s, u"back-1"_s, "r-back");
        QVERIFY(seller.waitForReceipt("r-back"));
        QTRY_COMPARE(countContent(messages, u"welcome back"_s, MessageListModel::Delivery::Sent),
                     1);
        type(window, u"thanks, I am in again"_s);
        QTRY_COMPARE(
            countContent(messages, u"thanks, I am in again"_s, MessageListModel::Delivery::Sent),
            1);
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
