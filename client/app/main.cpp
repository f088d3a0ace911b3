// gonggu: the QML app for buyers and sellers (desktop now; the same QML on phones).
#include "app/screenshot.h"
#include "authorizednetwork.h"
#include "chatclient.h"
#include "preferences.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Gonggu_ClientPlugin)
Q_IMPORT_QML_PLUGIN(GongguPlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Gonggu"_s);
    QCoreApplication::setApplicationName(u"gonggu"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGGU_VERSION));
    QGuiApplication::setApplicationDisplayName(u"Gonggu"_s);

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"server"_s, u"Server address, e.g. http://localhost:8080."_s, u"url"_s},
        {u"demo-user"_s, u"Sign in as this user at start (demo)."_s, u"name"_s},
        {u"demo-password"_s, u"Password for --demo-user."_s, u"password"_s},
        {u"language"_s, u"ko or en (default: settings, then the system locale)."_s, u"code"_s},
        {u"theme"_s, u"system, light or dark (default: settings, then system)."_s, u"theme"_s},
        {u"open-room"_s, u"Open this room at start."_s, u"id"_s},
        {u"size"_s, u"Window size WIDTHxHEIGHT."_s, u"size"_s},
        {u"screenshot"_s, u"Save a PNG of the window after a moment and quit."_s, u"file"_s},
    });
    parser.process(app);

    // Korean or English: the command line, else the user's choice, else the system's.
    auto *preferences = gonggu::client::Preferences::instance();
    if (parser.isSet(u"language"_s))
        preferences->setLanguage(parser.value(u"language"_s));
    if (parser.isSet(u"theme"_s))
        preferences->setTheme(parser.value(u"theme"_s));

    QQuickStyle::setStyle(u"Material"_s);
    // Photos in the chat are loaded by QML, signed in (authorizednetwork.h); the
    // factory outlives the engine that uses it.
    gonggu::client::AuthorizedNetworkFactory networks;
    QQmlApplicationEngine engine;
    engine.setNetworkAccessManagerFactory(&networks);
    engine.addImportPath(u"qrc:/qt/qml"_s);
    const QStringList size = parser.value(u"size"_s).split(u'x');
    engine.rootContext()->setContextProperty(u"initialWidth"_s,
                                             size.size() == 2 ? size[0].toInt() : 1280);
    engine.rootContext()->setContextProperty(u"initialHeight"_s,
                                             size.size() == 2 ? size[1].toInt() : 800);

    engine.load(QUrl(u"qrc:/qt/qml/Gonggu/Main.qml"_s));
    if (engine.rootObjects().isEmpty())
        return 1;
    // The module's types exist once Main.qml imported it.
    const int clientType = qmlTypeId("Gonggu.Client", 1, 0, "ChatClient");
    auto *client = engine.singletonInstance<gonggu::client::ChatClient *>(clientType);
    // The sign-in page shows the server asked for, not the default.
    if (client && parser.isSet(u"server"_s))
        client->offerServer(QUrl::fromUserInput(parser.value(u"server"_s)));
    if (client && parser.isSet(u"demo-user"_s)) {
        // The demo user, whatever session was saved: fresh demo data has a new
        // token secret, so an older demo token would be refused.
        if (client->signedIn())
            client->signOut();
        client->signIn(parser.value(u"server"_s), parser.value(u"demo-user"_s),
                       parser.value(u"demo-password"_s));
    }
    if (client && parser.isSet(u"open-room"_s)) {
        const qint64 roomId = parser.value(u"open-room"_s).toLongLong();
        QObject::connect(
            client->rooms(), &gonggu::client::RoomListModel::countChanged, client,
            [client, roomId] { client->openRoom(roomId); }, Qt::SingleShotConnection);
    }
    if (parser.isSet(u"screenshot"_s))
        gonggu::client::scheduleScreenshot(engine, parser.value(u"screenshot"_s), 2500);
    return app.exec();
}
