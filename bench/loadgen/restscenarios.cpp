#include "restscenarios.h"

#include "gonggusetup.h"
#include "latency.h"

#include "common/stomp/stompparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

namespace gonggu::bench {

namespace {

struct Rest {
    QNetworkAccessManager network;
    QUrl base;

    // One request, waited for: status and JSON body.
    std::pair<int, QJsonObject> call(const QByteArray &verb, const QString &path,
                                     const QByteArray &token, const QByteArray &body = {}) {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return {status, json};
    }
};

// The timed page reads: one keep-alive connection, a request written and its
// response read with nothing in between. QNetworkAccessManager runs HTTP in a
// thread of its own and was a good part of what a page seemed to cost.
struct KeepAliveClient {
    QTcpSocket socket;
    QByteArray host;

    bool open(const QUrl &base) {
        host = base.host().toUtf8() + ':' + QByteArray::number(base.port(80));
        socket.connectToHost(base.host(), quint16(base.port(80)));
        socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
        return socket.waitForConnected(5000);
    }
    // Status and body of one GET; 0 on a broken connection.
    std::pair<int, QByteArray> get(const QString &path, const QByteArray &token) {
        socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: " + host +
                     "\r\nAuthorization: Bearer " + token + "\r\n\r\n");
        QByteArray in;
        qsizetype headEnd = -1;
        qsizetype length = -1;
        while (headEnd < 0 || in.size() < headEnd + 4 + length) {
            if (!socket.waitForReadyRead(10000))
                return {0, {}};
            in += socket.readAll();
            if (headEnd < 0 && (headEnd = in.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray head = in.left(headEnd).toLower();
                const qsizetype at = head.indexOf("content-length:");
                if (at < 0)
                    return {0, {}};
                length = head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            }
        }
        return {in.mid(9, 3).toInt(), in.sliced(headEnd + 4, length)};
    }
};

std::optional<QByteArray> readSecret(const LoadOptions &options) {
    QFile file(options.secretFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll().trimmed();
}

QByteArray roomBody(qint64 id, int maxParticipants) {
    return QJsonDocument(
               QJsonObject{{u"productId"_s, id},
                           {u"title"_s, u"Bench room %1"_s.arg(id)},
                           {u"sellerId"_s, u"bench-seller-%1"_s.arg(id)},
                           {u"maxParticipants"_s, maxParticipants},
                           {u"minParticipants"_s, 1},
                           {u"expiresAt"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(
                                                Qt::ISODateWithMs)}})
        .toJson(QJsonDocument::Compact);
}

void printJson(const QJsonObject &object) {
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

// One STOMP connection that writes `count` messages into `rooms`, round robin,
// in windows closed by a receipt so the server's queue stays bounded.
class HistoryWriter : public QObject {
public:
    HistoryWriter(const QUrl &url, QByteArray token, QList<qint64> rooms, qint64 count)
        : m_token(std::move(token))
        , m_rooms(std::move(rooms))
        , m_remaining(count) {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            Frame connectFrame{Command::Connect, {{"accept-version", "1.2"}, {"host", "/"}}, {}};
            connectFrame.add("Authorization", "Bearer " + m_token);
            m_socket.sendTextMessage(QString::fromUtf8(connectFrame.serialize()));
        });
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &HistoryWriter::onText);
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_failed = true; });
        QWebSocketHandshakeOptions handshake;
        handshake.setSubprotocols({u"v12.stomp"_s});
        m_socket.open(url, handshake);
    }
    bool done() const { return m_failed || (m_remaining == 0 && m_inFlight == 0); }
    bool failed() const { return m_failed; }

private:
    static constexpr int kWindow = 250;

    void onText(const QString &text) {
        m_parser.feed(text.toUtf8());
        for (;;) {
            auto next = m_parser.next();
            if (!next || !next->has_value())
                return;
            const Frame frame = std::move(**next);
            if (frame.command == Command::Connected || frame.command == Command::Receipt) {
                m_inFlight = 0;
                sendWindow();
            } else if (frame.command == Command::Error || frame.command == Command::Message) {
                std::fprintf(stderr, "history writer: %s\n", frame.body.left(200).constData());
                m_failed = true;
            }
        }
    }
    void sendWindow() {
        const int n = int(qMin<qint64>(kWindow, m_remaining));
        for (int i = 0; i < n; ++i) {
            const qint64 room = m_rooms[m_next++ % m_rooms.size()];
            Frame send{Command::Send,
                       {{"destination", "/app/chat/" + QByteArray::number(room)}},
                       R"({"type":"CHAT","content":"history message )" +
                           QByteArray::number(m_remaining - i) +
                           R"(: 감귤 한 상자 언제 받을 수 있나요? pickup at Gangnam station"})"};
            if (i == n - 1)
                send.add("receipt", "w");
            m_socket.sendTextMessage(QString::fromUtf8(send.serialize()));
        }
        m_remaining -= n;
        m_inFlight = n;
    }

    QWebSocket m_socket;
    Parser m_parser;
    QByteArray m_token;
    QList<qint64> m_rooms;
    qint64 m_remaining;
    qint64 m_next = 0;
    int m_inFlight = 0;
    bool m_failed = false;
};

void waitFor(const std::function<bool()> &done) {
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

int runHistory(const LoadOptions &options) {
    const auto secret = readSecret(options);
    if (!secret) {
        std::fprintf(stderr, "gonggu-loadgen: cannot read %s\n", qPrintable(options.secretFile));
        return 1;
    }
    Rest rest;
    rest.base = options.httpUrl;
    const QByteArray trade = mintToken(*secret, u"bench-market"_s, u"rooms:write"_s);
    const QByteArray writer = mintToken(*secret, u"bench-historian"_s, {});
    const qint64 base = QDateTime::currentMSecsSinceEpoch() * 100;
    QList<qint64> rooms;
    for (int i = 0; i < options.rooms; ++i) {
        const qint64 id = base + i;
        if (rest.call("POST", u"/api/chat/rooms"_s, trade, roomBody(id, 10)).first != 201 ||
            rest.call("POST", u"/api/chat/rooms/%1/participants"_s.arg(id), writer).first != 200) {
            std::fprintf(stderr, "gonggu-loadgen: cannot create or join room %lld\n", id);
            return 1;
        }
        rooms.append(id);
    }

    // Fill: a few connections of the one member, each with its share of rooms.
    QElapsedTimer filling;
    filling.start();
    constexpr int kWriters = 4;
    std::vector<std::unique_ptr<HistoryWriter>> writers;
    for (int w = 0; w < kWriters; ++w) {
        QList<qint64> share;
        for (qsizetype i = w; i < rooms.size(); i += kWriters)
            share.append(rooms[i]);
        const qint64 count =
            options.historyMessages / kWriters + (w < options.historyMessages % kWriters ? 1 : 0);
        if (!share.isEmpty())
            writers.push_back(
                std::make_unique<HistoryWriter>(options.webSocketUrl, writer, share, count));
    }
    waitFor([&] {
        return std::all_of(writers.begin(), writers.end(), [](auto &w) { return w->done(); });
    });
    const double fillSeconds = double(filling.elapsed()) / 1000.0;
    for (auto &w : writers)
        if (w->failed()) {
            std::fprintf(stderr, "gonggu-loadgen: a history writer failed\n");
            return 1;
        }
    writers.clear();

    // Read: random rooms, one request at a time (latency, not throughput).
    LatencyRecord newest, deep;
    KeepAliveClient pages;
    if (!pages.open(options.httpUrl)) {
        std::fprintf(stderr, "gonggu-loadgen: cannot connect to %s\n",
                     qPrintable(options.httpUrl.toString()));
        return 1;
    }
    auto *random = QRandomGenerator::global();
    for (int i = 0; i < options.pageRequests; ++i) {
        const qint64 room = rooms[random->bounded(int(rooms.size()))];
        const QString path = u"/api/chat/rooms/%1/messages"_s.arg(room);
        // Where a deep page starts: 50 messages after the room's first.
        const auto [oldStatus, oldest] = rest.call("GET", path + u"?after=0&limit=51"_s, writer);
        const QJsonArray first = oldest.value(u"messages"_s).toArray();
        if (oldStatus != 200 || first.size() < 51) {
            std::fprintf(stderr, "gonggu-loadgen: room %lld has too little history\n", room);
            return 1;
        }
        const qint64 deepBefore = first.last().toObject().value(u"id"_s).toInteger();
        for (auto [query, record] : {std::pair{u"?limit=50"_s, &newest},
                                     std::pair{u"?limit=50&before=%1"_s.arg(deepBefore), &deep}}) {
            QElapsedTimer timer;
            timer.start();
            const auto [status, body] = pages.get(path + query, writer);
            const qint64 micros = timer.nsecsElapsed() / 1000;
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            if (status != 200 || page.value(u"messages"_s).toArray().size() != 50) {
                std::fprintf(stderr, "gonggu-loadgen: page %s -> %d\n", qPrintable(path + query),
                             status);
                return 1;
            }
            record->micros.push_back(uint32_t(micros));
        }
    }
    printJson({{u"scenario"_s, u"history"_s},
               {u"rooms"_s, options.rooms},
               {u"messages"_s, options.historyMessages},
               {u"fillSeconds"_s, fillSeconds},
               {u"fillPerSecond"_s, double(options.historyMessages) / fillSeconds},
               {u"requests"_s, options.pageRequests},
               {u"newestP50Ms"_s, newest.percentileMs(0.5)},
               {u"newestP99Ms"_s, newest.percentileMs(0.99)},
               {u"deepP50Ms"_s, deep.percentileMs(0.5)},
               {u"deepP99Ms"_s, deep.percentileMs(0.99)}});
    return 0;
}

int runJoinStorm(const LoadOptions &options) {
    const auto secret = readSecret(options);
    if (!secret) {
        std::fprintf(stderr, "gonggu-loadgen: cannot read %s\n", qPrintable(options.secretFile));
        return 1;
    }
    Rest rest;
    rest.base = options.httpUrl;
    const QByteArray trade = mintToken(*secret, u"bench-market"_s, u"rooms:write"_s);
    const qint64 base = QDateTime::currentMSecsSinceEpoch() * 100;
    for (int i = 0; i < options.rooms; ++i)
        if (rest.call("POST", u"/api/chat/rooms"_s, trade, roomBody(base + i, options.roomMax))
                .first != 201) {
            std::fprintf(stderr, "gonggu-loadgen: cannot create room %lld\n", base + i);
            return 1;
        }

    // Every client on its own connection, connected first, then all at once.
    struct Joiner {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray request;
        QByteArray answer;
        int room = 0;
    };
    std::vector<Joiner> joiners(size_t(options.joinStorm));
    const QHostAddress host(options.httpUrl.host());
    const quint16 port = quint16(options.httpUrl.port());
    for (int i = 0; i < options.joinStorm; ++i) {
        Joiner &j = joiners[size_t(i)];
        j.room = i % options.rooms;
        const QByteArray token = mintToken(*secret, u"storm-%1-%2"_s.arg(base).arg(i), {});
        j.request = "POST /api/chat/rooms/" + QByteArray::number(base + j.room) +
                    "/participants HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token +
                    "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        j.socket = std::make_unique<QTcpSocket>();
        j.socket->connectToHost(host, port);
    }
    int connected = 0;
    for (Joiner &j : joiners)
        QObject::connect(j.socket.get(), &QTcpSocket::connected, [&connected] { ++connected; });
    waitFor([&] { return connected == options.joinStorm; });

    int answered = 0;
    for (Joiner &j : joiners) {
        QObject::connect(j.socket.get(), &QTcpSocket::readyRead,
                         [&j] { j.answer += j.socket->readAll(); });
        QObject::connect(j.socket.get(), &QTcpSocket::disconnected, [&answered] { ++answered; });
    }
    QElapsedTimer storm;
    storm.start();
    for (Joiner &j : joiners)
        j.socket->write(j.request);
    waitFor([&] { return answered == options.joinStorm; });
    const double seconds = double(storm.nsecsElapsed()) / 1e9;

    QList<int> admitted(options.rooms, 0);
    int refusedFull = 0, otherwise = 0;
    for (const Joiner &j : joiners) {
        if (j.answer.startsWith("HTTP/1.1 200"))
            ++admitted[j.room];
        else if (j.answer.contains("ROOM_FULL") || j.answer.contains("ROOM_NOT_ACTIVE"))
            ++refusedFull; // full, or closed by reaching its places
        else
            ++otherwise;
    }
    // What the server says each room holds, against its places.
    int overshoot = 0, worstRoom = 0;
    for (int i = 0; i < options.rooms; ++i) {
        const auto [status, room] =
            rest.call("GET", u"/api/chat/rooms/%1"_s.arg(base + i),
                      mintToken(*secret, u"bench-seller-%1"_s.arg(base + i), {}));
        const int participants = room.value(u"participantCount"_s).toInt(); // buyers only
        if (status != 200) {
            std::fprintf(stderr, "gonggu-loadgen: room %lld -> %d\n", base + i, status);
            return 1;
        }
        overshoot += qMax(0, participants - options.roomMax);
        worstRoom = qMax(worstRoom, participants);
        if (participants != admitted[i])
            ++otherwise;
    }
    const int admittedTotal = std::accumulate(admitted.begin(), admitted.end(), 0);
    printJson({{u"scenario"_s, u"joinStorm"_s},
               {u"clients"_s, options.joinStorm},
               {u"rooms"_s, options.rooms},
               {u"roomMax"_s, options.roomMax},
               {u"seconds"_s, seconds},
               {u"joinsPerSecond"_s, double(options.joinStorm) / seconds},
               {u"admitted"_s, admittedTotal},
               {u"refusedFull"_s, refusedFull},
               {u"unexpected"_s, otherwise},
               {u"fullestRoom"_s, worstRoom},
               {u"overshoot"_s, overshoot}});
    return overshoot == 0 && otherwise == 0 ? 0 : 1;
}

} // namespace gonggu::bench
