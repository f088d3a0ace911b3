// Every role x room status x operation against the real server, as a table.
// Expectations are written out from PROTOCOL.md, not computed from the server's rules.
#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

namespace {
enum class Actor { None, Viewer, Participant, Seller, Trade };
enum class Op {
    SubscribeChat,
    SubscribeRoom,
    SendChat,
    SendNotification,
    Join,
    Leave,
    Close,
    Cancel,
    ReadHistory,
    // On the participant's message, posted before the room was settled.
    React,
    Edit,
    Delete,
    MarkRead,
    Search,
    // Delivery addresses: a participant gives theirs, the seller reads the room's.
    GiveAddress,
    ReadAddresses,
    // Files: an upload is writing a chat message; the participant's sent file, and
    // the seller's announcements, are read as the chat is.
    UploadFile,
    ReadFile,
    ReadAnnouncements,
    // What the buy sells: its seller or the trade service, while it recruits.
    EditProduct
};
constexpr int kOpCount = 20;
const char *kActors[] = {"none", "viewer", "participant", "seller", "trade"};
const char *kOps[] = {"subscribe chat",
                      "subscribe room",
                      "send CHAT",
                      "send NOTIFICATION",
                      "join",
                      "leave",
                      "close",
                      "cancel",
                      "read history",
                      "react",
                      "edit",
                      "delete",
                      "mark read",
                      "search",
                      "give address",
                      "read addresses",
                      "upload file",
                      "read file",
                      "read announcements",
                      "edit product"};
const char *kStatuses[] = {"ACTIVE", "CLOSED", "CANCELLED"};

// Rows: ACTIVE, CLOSED (viewers were removed), CANCELLED (members stay as former members).
// Columns follow Op. "OK" = allowed.
// The last seven (react, edit, delete, mark read, search, give and read addresses) are
// docs/protocol.md's extensions: reacting is writing; only the sender edits; the
// sender while they may write, the seller and the trade service always, delete;
// marking read and searching are for members who may read; a participant gives an
// address unless the buy was called off, and only the seller reads them. The last
// three (files and the list of announcements) are the rules of writing a chat
// message and of reading the chat again, so their columns repeat "send CHAT" and
// "read history". Editing the product follows the rule of closing.
const char *kExpected[3][5][kOpCount] = {
    {
        // ACTIVE
        {"OK",           "OK",           "NOT_A_MEMBER", "FORBIDDEN",    "OK",
         "NOT_A_MEMBER", "FORBIDDEN",    "FORBIDDEN",    "OK",           "NOT_A_MEMBER",
         "FORBIDDEN",    "FORBIDDEN",    "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER",
         "NOT_A_MEMBER", "NOT_A_MEMBER", "OK",           "OK",           "FORBIDDEN"},
        {"OK",        "OK",        "OK", "FORBIDDEN", "OK",        "OK",       "FORBIDDEN",
         "FORBIDDEN", "OK",        "OK", "FORBIDDEN", "FORBIDDEN", "OK",       "OK",
         "FORBIDDEN", "FORBIDDEN", "OK", "OK",        "OK",        "FORBIDDEN"},
        {"OK",        "OK",        "OK", "FORBIDDEN", "OK", "OK",       "FORBIDDEN",
         "FORBIDDEN", "OK",        "OK", "OK",        "OK", "OK",       "OK",
         "OK",        "FORBIDDEN", "OK", "OK",        "OK", "FORBIDDEN"},
        {"OK",        "OK", "OK", "OK", "FORBIDDEN", "FORBIDDEN", "OK", "OK", "OK", "OK",
         "FORBIDDEN", "OK", "OK", "OK", "FORBIDDEN", "OK",        "OK", "OK", "OK", "OK"},
        {"OK",           "OK",           "NOT_A_MEMBER", "OK",           "OK",
         "NOT_A_MEMBER", "OK",           "OK",           "OK",           "NOT_A_MEMBER",
         "FORBIDDEN",    "OK",           "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER",
         "NOT_A_MEMBER", "NOT_A_MEMBER", "OK",           "OK",           "OK"},
    },
    {
        // CLOSED
        {"NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER", "FORBIDDEN",    "ROOM_NOT_ACTIVE",
         "NOT_A_MEMBER", "FORBIDDEN",    "FORBIDDEN",    "NOT_A_MEMBER", "NOT_A_MEMBER",
         "FORBIDDEN",    "FORBIDDEN",    "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER",
         "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER", "FORBIDDEN"},
        {"NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER", "FORBIDDEN",    "ROOM_NOT_ACTIVE",
         "NOT_A_MEMBER", "FORBIDDEN",    "FORBIDDEN",    "NOT_A_MEMBER", "NOT_A_MEMBER",
         "FORBIDDEN",    "FORBIDDEN",    "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER",
         "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER", "NOT_A_MEMBER", "FORBIDDEN"},
        {"OK",
         "OK",
         "OK",
         "FORBIDDEN",
         "ROOM_NOT_ACTIVE",
         "ROOM_NOT_ACTIVE",
         "FORBIDDEN",
         "FORBIDDEN",
         "OK",
         "OK",
         "OK",
         "OK",
         "OK",
         "OK",
         "OK",
         "FORBIDDEN",
         "OK",
         "OK",
         "OK",
         "FORBIDDEN"},
        {"OK",
         "OK",
         "OK",
         "OK",
         "ROOM_NOT_ACTIVE",
         "FORBIDDEN",
         "ROOM_NOT_ACTIVE",
         "ROOM_NOT_ACTIVE",
         "OK",
         "OK",
         "FORBIDDEN",
         "OK",
         "OK",
         "OK",
         "FORBIDDEN",
         "OK",
         "OK",
         "OK",
         "OK",
         "ROOM_NOT_ACTIVE"},
        {"NOT_A_MEMBER",    "NOT_A_MEMBER", "NOT_A_MEMBER",    "OK",
         "ROOM_NOT_ACTIVE", "NOT_A_MEMBER", "ROOM_NOT_ACTIVE", "ROOM_NOT_ACTIVE",
         "NOT_A_MEMBER",    "NOT_A_MEMBER", "FORBIDDEN",       "OK",
         "NOT_A_MEMBER",    "NOT_A_MEMBER", "NOT_A_MEMBER",    "NOT_A_MEMBER",
         "NOT_A_MEMBER",    "NOT_A_MEMBER", "NOT_A_MEMBER",    "ROOM_NOT_ACTIVE"},
    },
    {
        // CANCELLED
        {"NOT_A_MEMBER",      "NOT_A_MEMBER",      "ROOM_NOT_WRITABLE", "ROOM_NOT_WRITABLE",
         "ROOM_NOT_ACTIVE",   "NOT_A_MEMBER",      "FORBIDDEN",         "FORBIDDEN",
         "NOT_A_MEMBER",      "ROOM_NOT_WRITABLE", "FORBIDDEN",         "FORBIDDEN",
         "NOT_A_MEMBER",      "NOT_A_MEMBER",      "NOT_A_MEMBER",      "NOT_A_MEMBER",
         "ROOM_NOT_WRITABLE", "NOT_A_MEMBER",      "NOT_A_MEMBER",      "FORBIDDEN"},
        {"OK",
         "OK",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_ACTIVE",
         "ROOM_NOT_ACTIVE",
         "FORBIDDEN",
         "FORBIDDEN",
         "OK",
         "ROOM_NOT_WRITABLE",
         "FORBIDDEN",
         "FORBIDDEN",
         "OK",
         "OK",
         "FORBIDDEN",
         "FORBIDDEN",
         "ROOM_NOT_WRITABLE",
         "OK",
         "OK",
         "FORBIDDEN"},
        {"OK",
         "OK",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_ACTIVE",
         "ROOM_NOT_ACTIVE",
         "FORBIDDEN",
         "FORBIDDEN",
         "OK",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_WRITABLE",
         "OK",
         "OK",
         "ROOM_NOT_WRITABLE",
         "FORBIDDEN",
         "ROOM_NOT_WRITABLE",
         "OK",
         "OK",
         "FORBIDDEN"},
        {"OK",
         "OK",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_WRITABLE",
         "ROOM_NOT_ACTIVE",
         "FORBIDDEN",
         "ROOM_NOT_ACTIVE",
         "ROOM_NOT_ACTIVE",
         "OK",
         "ROOM_NOT_WRITABLE",
         "FORBIDDEN",
         "OK",
         "OK",
         "OK",
         "FORBIDDEN",
         "OK",
         "ROOM_NOT_WRITABLE",
         "OK",
         "OK",
         "ROOM_NOT_ACTIVE"},
        {"NOT_A_MEMBER",      "NOT_A_MEMBER",      "ROOM_NOT_WRITABLE", "ROOM_NOT_WRITABLE",
         "ROOM_NOT_ACTIVE",   "NOT_A_MEMBER",      "ROOM_NOT_ACTIVE",   "ROOM_NOT_ACTIVE",
         "NOT_A_MEMBER",      "ROOM_NOT_WRITABLE", "FORBIDDEN",         "OK",
         "NOT_A_MEMBER",      "NOT_A_MEMBER",      "NOT_A_MEMBER",      "NOT_A_MEMBER",
         "ROOM_NOT_WRITABLE", "NOT_A_MEMBER",      "NOT_A_MEMBER",      "ROOM_NOT_ACTIVE"},
    },
};
} // namespace

class TestAuthorization : public QObject {
    Q_OBJECT
    ServerProcess server{{u"--rate-limit"_s, u"1000"_s, u"--rate-burst"_s, u"1000"_s}};
    QString tokens[5];
    std::unique_ptr<StompTestClient> clients[5];
    int sequence = 0;
    qint64 participantsMessage = 0; // of the room prepareRoom() made last
    qint64 participantsFile = 0;    // sent with that message

    // A fresh room in `status`, with a viewer (subscribed) and a participant.
    qint64 prepareRoom(int status) {
        const qint64 room = uniqueProductId();
        QJsonObject body = roomBody(room, 3, 1);
        if (httpJson(server, "POST", u"/api/chat/rooms"_s, tokens[int(Actor::Seller)], body)
                .status != 201)
            return 0;
        if (!clients[int(Actor::Viewer)]->subscribe("v" + QByteArray::number(room),
                                                    u"/topic/chat/%1"_s.arg(room)))
            return 0;
        if (httpRequest(server, "POST", u"/api/chat/rooms/%1/participants"_s.arg(room),
                        tokens[int(Actor::Participant)])
                .status != 200)
            return 0;
        const auto file = httpRequest(server, "POST", u"/api/chat/rooms/%1/files"_s.arg(room),
                                      tokens[int(Actor::Participant)], "%PDF-1.4\n%%EOF\n",
                                      {{"Content-Type", "application/pdf"}});
        participantsFile = file.json.value(u"fileId"_s).toInteger();
        const QJsonObject message{
            {u"type"_s, u"CHAT"_s},
            {u"content"_s, u"pickup at 6?"_s},
            {u"attachments"_s, QJsonArray{QJsonObject{{u"fileId"_s, participantsFile}}}}};
        Frame send{Command::Send, {}, QJsonDocument(message).toJson(QJsonDocument::Compact)};
        send.add("destination", "/app/chat/" + QByteArray::number(room));
        if (stompOutcome(*clients[int(Actor::Participant)], send) != u"OK")
            return 0;
        const auto page = httpRequest(server, "GET", u"/api/chat/rooms/%1/messages"_s.arg(room),
                                      tokens[int(Actor::Seller)]);
        participantsMessage = page.json[u"messages"_s].toArray().last()[u"id"_s].toInteger();
        const char *action = status == 1 ? "close" : status == 2 ? "cancel" : nullptr;
        if (action &&
            httpRequest(server, "POST",
                        u"/api/chat/rooms/%1/%2"_s.arg(room).arg(QLatin1StringView(action)),
                        tokens[int(Actor::Seller)])
                    .status != 200)
            return 0;
        return room;
    }

    // OK, or the error code, of one STOMP frame that asks for a receipt.
    QString stompOutcome(StompTestClient &client, Frame frame) {
        const QByteArray receipt = "auth-" + QByteArray::number(++sequence);
        frame.add("receipt", receipt);
        client.sendFrame(frame);
        const auto answer = client.waitFor([&](const Frame &f) {
            if (f.command == Command::Receipt)
                return f.header("receipt-id") == receipt;
            return f.command == Command::Message &&
                   f.header("destination") == "/user/queue/errors" &&
                   QJsonDocument::fromJson(f.body)
                           .object()
                           .value(u"receiptId"_s)
                           .toString()
                           .toUtf8() == receipt;
        });
        if (!answer)
            return u"(no answer)"_s;
        if (answer->command == Command::Receipt)
            return u"OK"_s;
        return QJsonDocument::fromJson(answer->body).object().value(u"code"_s).toString();
    }

    static QString restOutcome(const HttpResult &result) {
        return result.status >= 200 && result.status < 300 ? u"OK"_s : result.errorCode();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(server.start());
        for (int actor = 0; actor < 5; ++actor) {
            const QString id = uniqueUser(kActors[actor]);
            tokens[actor] = server.token(id, QString::fromLatin1(kActors[actor]),
                                         actor == int(Actor::Trade) ? u"rooms:write"_s : QString());
            clients[actor] = std::make_unique<StompTestClient>();
            QVERIFY(clients[actor]->open(server.webSocketUrl()));
            QVERIFY(clients[actor]->connectWith(tokens[actor]));
            QVERIFY(clients[actor]->subscribe("errors", u"/user/queue/errors"_s));
        }
    }

    void cleanupTestCase() {
        for (auto &client : clients)
            client.reset();
        QVERIFY(server.stop());
    }

    void matrix_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("actor");
        QTest::addColumn<int>("op");
        QTest::addColumn<QString>("expected");
        for (int status = 0; status < 3; ++status)
            for (int actor = 0; actor < 5; ++actor)
                for (int op = 0; op < kOpCount; ++op)
                    QTest::addRow("%s / %s / %s", kStatuses[status], kActors[actor], kOps[op])
                        << status << actor << op
                        << QString::fromLatin1(kExpected[status][actor][op]);
    }

    void matrix() {
        QFETCH(int, status);
        QFETCH(int, actor);
        QFETCH(int, op);
        QFETCH(QString, expected);
        const qint64 room = prepareRoom(status);
        QVERIFY(room);
        StompTestClient &client = *clients[actor];
        const QString token = tokens[actor];
        const QString path = u"/api/chat/rooms/%1"_s.arg(room);
        const QByteArray id = "s" + QByteArray::number(++sequence);
        QString outcome;
        switch (Op(op)) {
        case Op::SubscribeChat:
        case Op::SubscribeRoom: {
            Frame subscribe{Command::Subscribe, {}, {}};
            subscribe.add("id", id).add(
                "destination", (Op(op) == Op::SubscribeChat ? "/topic/chat/" : "/topic/room/") +
                                   QByteArray::number(room));
            outcome = stompOutcome(client, subscribe);
            break;
        }
        case Op::SendChat:
        case Op::SendNotification: {
            const QJsonObject body{
                {u"type"_s, Op(op) == Op::SendChat ? u"CHAT"_s : u"NOTIFICATION"_s},
                {u"content"_s, u"hello"_s}};
            Frame send{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
            send.add("destination", "/app/chat/" + QByteArray::number(room));
            outcome = stompOutcome(client, send);
            break;
        }
        case Op::Join:
            outcome = restOutcome(httpRequest(server, "POST", path + u"/participants"_s, token));
            break;
        case Op::Leave:
            outcome =
                restOutcome(httpRequest(server, "DELETE", path + u"/participants/me"_s, token));
            break;
        case Op::Close:
            outcome = restOutcome(httpRequest(server, "POST", path + u"/close"_s, token));
            break;
        case Op::Cancel:
            outcome = restOutcome(httpRequest(server, "POST", path + u"/cancel"_s, token));
            break;
        case Op::ReadHistory:
            outcome = restOutcome(httpRequest(server, "GET", path + u"/messages"_s, token));
            break;
        case Op::React: {
            const QJsonObject body{
                {u"messageId"_s, participantsMessage}, {u"emoji"_s, u"👍"_s}, {u"on"_s, true}};
            Frame react{Command::Send, {}, QJsonDocument(body).toJson(QJsonDocument::Compact)};
            react.add("destination", "/app/chat/" + QByteArray::number(room) + "/react");
            outcome = stompOutcome(client, react);
            break;
        }
        case Op::Edit:
            outcome = restOutcome(httpJson(server, "PATCH",
                                           path + u"/messages/%1"_s.arg(participantsMessage), token,
                                           {{u"content"_s, u"pickup at 7?"_s}}));
            break;
        case Op::Delete:
            outcome = restOutcome(httpRequest(
                server, "DELETE", path + u"/messages/%1"_s.arg(participantsMessage), token));
            break;
        case Op::MarkRead:
            outcome = restOutcome(httpJson(server, "POST", path + u"/read"_s, token,
                                           {{u"messageId"_s, participantsMessage}}));
            break;
        case Op::Search:
            outcome = restOutcome(httpRequest(server, "GET", path + u"/search?q=pickup"_s, token));
            break;
        case Op::GiveAddress:
            outcome =
                restOutcome(httpJson(server, "PUT", path + u"/participants/me/address"_s, token,
                                     {{u"recipient"_s, u"김민수"_s},
                                      {u"phone"_s, u"010-1234-5678"_s},
                                      {u"address"_s, u"서울 강남구 테헤란로 123"_s}}));
            break;
        case Op::ReadAddresses:
            outcome = restOutcome(httpRequest(server, "GET", path + u"/addresses"_s, token));
            break;
        case Op::UploadFile:
            outcome = restOutcome(httpRequest(server, "POST", path + u"/files"_s, token,
                                              "%PDF-1.4\n%%EOF\n",
                                              {{"Content-Type", "application/pdf"}}));
            break;
        case Op::ReadFile:
            outcome = restOutcome(
                httpRequest(server, "GET", u"/api/files/%1"_s.arg(participantsFile), token));
            break;
        case Op::ReadAnnouncements:
            outcome = restOutcome(httpRequest(server, "GET", path + u"/notifications"_s, token));
            break;
        case Op::EditProduct:
            outcome = restOutcome(httpJson(server, "PUT", path + u"/product"_s, token,
                                           {{u"groupPrice"_s, 29000}, {u"unit"_s, u"5kg"_s}}));
            break;
        }
        QCOMPARE(outcome, expected);
    }
};

QTEST_GUILESS_MAIN(TestAuthorization)
#include "tst_authorization.moc"
