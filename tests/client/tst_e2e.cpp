// End to end: the real server, the app's QML loaded offscreen. The user signs in,
// opens a room, types a message, sees the seller's reply; the server restarts,
// the app reconnects, sends what was typed meanwhile once, and shows what it missed.
#include "../integration/serverprocess.h"
#include "../integration/stompclient.h"
#include "../integration/testsupport.h"
#include "chatclient.h"

#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
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
    ServerProcess server;
    QString sellerToken;
    QString username;
    qint64 room = 0;

    // A real click in the middle of an item of the window.
    static void click(QQuickWindow *window, QQuickItem *item) {
        const QPointF centre = item->mapToScene({item->width() / 2, item->height() / 2});
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    void type(QQuickWindow *window, const QString &text) {
        auto *field = window->findChild<QQuickItem *>(u"messageField"_s);
        QVERIFY(field);
        field->forceActiveFocus();
        for (const QChar c : text) // QTest::keyClicks is for widgets; type into the window
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_A, QString(c), Qt::NoModifier);
        QTest::keyClick(window, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear(); // no saved session from an earlier run
        QQuickStyle::setStyle(u"Material"_s);
        QVERIFY(server.start());
        sellerToken = server.token(uniqueUser("seller"), u"Farm Kim"_s);
        username = u"e2e_"_s + QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        QCOMPARE(httpJson(server, "POST", u"/api/auth/register"_s, {},
                          {{u"username"_s, username},
                           {u"password"_s, u"e2e-password"_s},
                           {u"displayName"_s, u"민수"_s}})
                     .status,
                 201);
        room = uniqueProductId();
        QCOMPARE(httpJson(server, "POST", u"/api/chat/rooms"_s, sellerToken, roomBody(room, 10, 2))
                     .status,
                 201);
    }

    void cleanupTestCase() { QVERIFY(server.stop()); }

    void chatsAndRecoversFromServerRestart() {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        engine.rootContext()->setContextProperty(u"initialWidth"_s, 1280);
        engine.rootContext()->setContextProperty(u"initialHeight"_s, 800);
        engine.load(QUrl(u"qrc:/qt/qml/Gonggu/Main.qml"_s));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        auto *client =
            engine.singletonInstance<ChatClient *>(qmlTypeId("Gonggu.Client", 1, 0, "ChatClient"));
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

    void joiningLeavingAndClosingAskFirst() {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_s);
        engine.rootContext()->setContextProperty(u"initialWidth"_s, 1280);
        engine.rootContext()->setContextProperty(u"initialHeight"_s, 800);
        engine.load(QUrl(u"qrc:/qt/qml/Gonggu/Main.qml"_s));
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        auto *client =
            engine.singletonInstance<ChatClient *>(qmlTypeId("Gonggu.Client", 1, 0, "ChatClient"));
        if (!client->signedIn())
            client->signIn(server.url({}).toString(), username, u"e2e-password"_s);
        QTRY_VERIFY_WITH_TIMEOUT(client->signedIn(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(client->connectionState(), ChatClient::ConnectionState::Online,
                                  10000);
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
    }
};

QTEST_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
