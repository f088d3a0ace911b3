// Crash safety: many clients send thousands of messages with receipts while the
// server is killed with SIGKILL and restarted, again and again. Each client keeps
// a window of messages in flight and, after every reconnect, re-sends what has
// no RECEIPT yet with the same clientMsgId, as the app does.
//
// Afterwards: every message that got a RECEIPT is in history exactly once, each
// sender's messages are in the order they were sent, and the re-sends created
// no duplicates.
#include "serverprocess.h"
#include "testsupport.h"

#include "common/stomp/stompparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

namespace {

// One sender: connects, keeps `window` SENDs in flight, reconnects forever.
class CrashClient : public QObject {
    Q_OBJECT
public:
    CrashClient(int index, QString token, qint64 roomId, int total, const ServerProcess &server)
        : m_index(index)
        , m_token(std::move(token))
        , m_roomId(roomId)
        , m_total(total)
        , m_server(server) {
        connect(&m_socket, &QWebSocket::connected, this, &CrashClient::onConnected);
        connect(&m_socket, &QWebSocket::disconnected, this, &CrashClient::onDisconnected);
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &CrashClient::onText);
        m_receipted.resize(total);
    }

    void start() { m_socket.open(m_server.webSocketUrl()); }
    bool done() const { return m_receiptCount == m_total; }
    int receipts() const { return m_receiptCount; }
    int reconnects() const { return m_reconnects; }
    int resends() const { return m_resends; }
    int refusals() const { return m_refusals; }
    static QString content(int client, int seq) {
        return u"client %1 message %2"_s.arg(client).arg(seq);
    }

private:
    static constexpr int kWindow = 16;

    void onConnected() {
        m_parser = Parser();
        m_connected = false;
        m_socket.sendTextMessage(QString::fromUtf8(Frame{
            Command::Connect,
            {{"accept-version", "1.2"},
             {"host", "gonggu"},
             {"heart-beat", "0,0"},
             {"Authorization", "Bearer " + m_token.toUtf8()}},
            {}}.serialize()));
    }

    void onDisconnected() {
        m_connected = false;
        ++m_reconnects;
        QTimer::singleShot(50 + QRandomGenerator::global()->bounded(100), this,
                           [this] { m_socket.open(m_server.webSocketUrl()); });
    }

    void onText(const QString &text) {
        m_parser.feed(text.toUtf8());
        for (;;) {
            auto next = m_parser.next();
            if (!next || !next->has_value())
                return;
            const Frame frame = std::move(**next);
            if (frame.command == Command::Connected) {
                m_connected = true;
                m_socket.sendTextMessage(QString::fromUtf8(Frame{
                    Command::Subscribe,
                    {{"id", "errors"}, {"destination", "/user/queue/errors"}},
                    {}}.serialize()));
                // Everything without a receipt goes again, in order, same clientMsgId.
                m_next = firstUnreceipted();
                m_inFlight = 0;
                pump();
            } else if (frame.command == Command::Receipt) {
                const int seq = frame.headerOr("receipt-id").toInt();
                if (seq >= 0 && seq < m_total && !m_receipted[seq]) {
                    m_receipted[seq] = true;
                    ++m_receiptCount;
                }
                --m_inFlight;
                pump();
            } else if (frame.command == Command::Error ||
                       (frame.command == Command::Message &&
                        frame.headerOr("destination") == "/user/queue/errors")) {
                // A refusal (the database is down, say): reconnect and re-send what
                // has no receipt, after a pause.
                ++m_refusals;
                m_socket.close();
            }
        }
    }

    int firstUnreceipted() const {
        for (int seq = 0; seq < m_total; ++seq) {
            if (!m_receipted[seq])
                return seq;
        }
        return m_total;
    }

    void pump() {
        while (m_connected && m_inFlight < kWindow && m_next < m_total) {
            const int seq = m_next++;
            if (m_receipted[seq])
                continue;
            if (m_sentOnce.contains(seq))
                ++m_resends;
            m_sentOnce.insert(seq);
            const QJsonObject body{
                {u"type"_s, u"CHAT"_s},
                {u"content"_s, content(m_index, seq)},
                {u"clientMsgId"_s, u"crash-%1-%2-%3"_s.arg(m_roomId).arg(m_index).arg(seq)}};
            m_socket.sendTextMessage(QString::fromUtf8(
                Frame{Command::Send,
                      {{"destination", "/app/chat/" + QByteArray::number(m_roomId)},
                       {"content-type", "application/json"},
                       {"receipt", QByteArray::number(seq)}},
                      QJsonDocument(body).toJson(QJsonDocument::Compact)}
                    .serialize()));
            ++m_inFlight;
        }
    }

    int m_index;
    QString m_token;
    qint64 m_roomId;
    int m_total;
    const ServerProcess &m_server;
    QWebSocket m_socket;
    Parser m_parser;
    bool m_connected = false;
    QList<bool> m_receipted;
    QSet<int> m_sentOnce;
    int m_receiptCount = 0;
    int m_next = 0;
    int m_inFlight = 0;
    int m_reconnects = 0;
    int m_resends = 0;
    int m_refusals = 0;
};

} // namespace

class TestCrash : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"100000"_s, u"--rate-burst"_s, u"100000"_s}};

    // Every message of the room, oldest first, through the history API.
    QJsonArray fullHistory(qint64 roomId, const QString &token) {
        QJsonArray all;
        qint64 after = 0;
        for (;;) {
            const auto page = httpRequest(
                server, "GET",
                u"/api/chat/rooms/%1/messages?after=%2&limit=100"_s.arg(roomId).arg(after), token);
            const QJsonArray messages = page.json.value(u"messages"_s).toArray();
            for (const QJsonValue &m : messages)
                all.append(m);
            if (messages.isEmpty() || !page.json.value(u"hasMore"_s).toBool())
                return all;
            after = messages.last().toObject().value(u"id"_s).toInteger();
        }
    }

    static constexpr int kClients = 10;
    static constexpr int kPerClient = 300;
    QString seller;
    qint64 roomId = 0;
    QStringList senderIds;
    std::vector<std::unique_ptr<CrashClient>> clients;

    // A room with kClients buyers, each with a client that starts sending at once.
    bool startSenders() {
        clients.clear();
        senderIds.clear();
        seller = server.token(uniqueUser("seller"), u"Seller"_s);
        roomId = uniqueProductId();
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, seller,
                     roomBody(roomId, kClients + 5, 1))
                .status != 201)
            return false;
        for (int i = 0; i < kClients; ++i) {
            const QString id = uniqueUser("buyer");
            const QString token = server.token(id, u"Buyer %1"_s.arg(i));
            if (httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(roomId), token)
                    .status != 200)
                return false;
            senderIds << id;
            clients.push_back(std::make_unique<CrashClient>(i, token, roomId, kPerClient, server));
        }
        for (auto &client : clients)
            client->start();
        return true;
    }

    int receiptsSoFar() const {
        int sum = 0;
        for (const auto &client : clients)
            sum += client->receipts();
        return sum;
    }

    bool allDone() const {
        return std::all_of(clients.begin(), clients.end(), [](auto &c) { return c->done(); });
    }

    // Every message exactly once, each sender's in the order sent.
    void verifyHistory() {
        const QJsonArray history = fullHistory(roomId, seller);
        QHash<QString, int> seen;
        QHash<QString, int> lastSeqOf;
        int chats = 0;
        for (const QJsonValue &value : history) {
            const QJsonObject m = value.toObject();
            if (m.value(u"type"_s).toString() != u"CHAT")
                continue;
            ++chats;
            const QString content = m.value(u"content"_s).toString();
            QVERIFY2(++seen[content] == 1, qPrintable(u"twice: "_s + content));
            const QString sender = m.value(u"senderId"_s).toString();
            const int client = int(senderIds.indexOf(sender));
            QVERIFY(client >= 0);
            const int seq = content.section(u' ', 3, 3).toInt();
            QCOMPARE(content, CrashClient::content(client, seq));
            QVERIFY2(seq > lastSeqOf.value(sender, -1),
                     qPrintable(u"out of order for %1: %2"_s.arg(sender).arg(seq)));
            lastSeqOf[sender] = seq;
        }
        QCOMPARE(chats, kClients * kPerClient);
    }

private Q_SLOTS:
    void init() { QVERIFY(server.start()); }
    void cleanup() {
        clients.clear();
        QVERIFY(server.stop());
    }

    void receiptedMessagesSurviveSigkillExactlyOnceInOrder() {
        constexpr int kKills = 4;
        QVERIFY(startSenders());
        // Kill at spread-out points of the run, whatever the machine's speed.
        for (int kill = 1; kill <= kKills; ++kill) {
            const int target = kill * kClients * kPerClient / (kKills + 1);
            QTRY_VERIFY_WITH_TIMEOUT(receiptsSoFar() >= target, 60000);
            server.kill();
            QTest::qWait(100);
            QVERIFY(server.start());
        }
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 120000);
        int reconnects = 0;
        int resends = 0;
        for (auto &client : clients) {
            reconnects += client->reconnects();
            resends += client->resends();
        }
        QVERIFY2(reconnects >= kKills * kClients, qPrintable(QString::number(reconnects)));
        qInfo() << "messages" << kClients * kPerClient << "kills" << kKills << "reconnects"
                << reconnects << "re-sends" << resends;
        verifyHistory();
    }

    void messagesSurvivePostgresOutage() {
        if (!ServerProcess::usingPostgres() ||
            qEnvironmentVariableIsEmpty("GONGGU_TEST_PG_CONTROL"))
            QSKIP("needs a PostgreSQL cluster it may stop: ctest runs this as crash_postgres");
        QVERIFY(startSenders());
        QTRY_VERIFY_WITH_TIMEOUT(receiptsSoFar() >= kClients * kPerClient / 3, 60000);
        QVERIFY(controlService("GONGGU_TEST_PG_CONTROL", "pause"));
        // Readiness reports the outage; liveness does not.
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(server, "GET", u"/readyz"_s).status, 503, 10000);
        QCOMPARE(httpRequest(server, "GET", u"/healthz"_s).status, 200);
        const int duringOutage = receiptsSoFar();
        QTest::qWait(1000); // clients keep trying; nothing gets a receipt
        QCOMPARE(receiptsSoFar(), duringOutage);
        QVERIFY(controlService("GONGGU_TEST_PG_CONTROL", "resume"));
        QTRY_COMPARE_WITH_TIMEOUT(httpRequest(server, "GET", u"/readyz"_s).status, 200, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(allDone(), 120000);
        int refusals = 0;
        for (auto &client : clients)
            refusals += client->refusals();
        qInfo() << "refusals during the outage" << refusals;
        QVERIFY(refusals > 0);
        // The operator reads of the outage twice, when it starts and when it ends.
        server.readOutput();
        const QString log = server.output();
        QCOMPARE(log.count(u"storage unavailable"_s), 1);
        QCOMPARE(log.count(u"storage recovered"_s), 1);
        verifyHistory();
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
