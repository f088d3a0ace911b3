// Requests still waiting when their owner goes away (the app quitting, a test
// ending): each waiting coroutine must end, with an error, instead of waiting
// forever. A frame that never resumes is never freed (LeakSanitizer saw it in
// the ASan tree) and keeps whatever it holds.
#include "chatclient.h"
#include "restclient.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <qcoro/qcorotask.h>

using namespace gonggu;
using namespace gonggu::client;
using namespace Qt::StringLiterals;

namespace {

// Accepts connections and reads requests, and never answers.
class SilentServer : public QTcpServer {
public:
    SilentServer() {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    int connections() const { return m_connections; }

private:
    int m_connections = 0;
};

QCoro::Task<> askForRooms(RestClient &rest, std::optional<Result<RoomPage>> &answer) {
    answer = co_await rest.rooms(false, {});
}

} // namespace

class TestRestClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void abortingEndsEveryWaitingRequest() {
        SilentServer server;
        RestClient rest;
        rest.setBaseUrl(server.url());
        std::optional<Result<RoomPage>> first, second;
        askForRooms(rest, first);
        askForRooms(rest, second);
        QTRY_COMPARE(server.connections(), 2);
        QTest::qWait(100);
        QVERIFY(!first && !second); // still waiting: nobody answers
        rest.abortPending();
        QVERIFY(first && second); // both ended at once
        QVERIFY(!first->ok() && !second->ok());
    }

    // The owner of the requests goes while they wait (ASan's leak check is the
    // judge here: before, the sign-in's coroutine frames were never freed).
    void aChatClientGoingAwayEndsItsRequests() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        SilentServer server;
        auto client = std::make_unique<ChatClient>();
        client->signIn(server.url().toString(), u"minsu"_s, u"a password"_s);
        QTRY_COMPARE(server.connections(), 1);
        QVERIFY(client->busy());
        client.reset();
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_restclient.moc"
