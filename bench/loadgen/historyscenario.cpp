#include "historyscenario.h"

#include "common/apipaths.h"
#include "common/destinations.h"

#include "gonggusetup.h"
#include "latency.h"
#include "resthelpers.h"

#include "common/stomp/stompparser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

namespace gonggu::bench {

namespace {

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
                       {{"destination", destinations::send(room).toUtf8()}},
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

struct Filled {
    QList<qint64> rooms;
    double seconds = 0;
};

// Creates the rooms, joins them as `writer` and writes the messages over STOMP.
std::optional<Filled> fill(const LoadOptions &options, Rest &rest, const QByteArray &trade,
                           const QByteArray &writer) {
    Filled filled;
    const qint64 base = QDateTime::currentMSecsSinceEpoch() * 100;
    for (int i = 0; i < options.rooms; ++i) {
        const qint64 id = base + i;
        if (rest.call("POST", apipaths::kRooms, trade, roomBody(id, 10)).first != 201 ||
            rest.call("POST", apipaths::fill(apipaths::kParticipants, id), writer).first != 200) {
            std::fprintf(stderr, "gonggu-loadgen: cannot create or join room %lld\n", id);
            return std::nullopt;
        }
        filled.rooms.append(id);
    }
    // A few connections of the one member, each with its share of rooms.
    QElapsedTimer filling;
    filling.start();
    constexpr int kWriters = 4;
    std::vector<std::unique_ptr<HistoryWriter>> writers;
    for (int w = 0; w < kWriters; ++w) {
        QList<qint64> share;
        for (qsizetype i = w; i < filled.rooms.size(); i += kWriters)
            share.append(filled.rooms[i]);
        const qint64 count =
            options.historyMessages / kWriters + (w < options.historyMessages % kWriters ? 1 : 0);
        if (!share.isEmpty())
            writers.push_back(
                std::make_unique<HistoryWriter>(options.webSocketUrl, writer, share, count));
    }
    waitFor([&] {
        return std::all_of(writers.begin(), writers.end(), [](auto &w) { return w->done(); });
    });
    filled.seconds = double(filling.elapsed()) / 1000.0;
    for (auto &w : writers) {
        if (w->failed()) {
            std::fprintf(stderr, "gonggu-loadgen: a history writer failed\n");
            return std::nullopt;
        }
    }
    return filled;
}

bool timedPage(KeepAliveClient &pages, const QString &path, const QByteArray &token,
               LatencyRecord &record) {
    QElapsedTimer timer;
    timer.start();
    const auto [status, body] = pages.get(path, token);
    const qint64 micros = timer.nsecsElapsed() / 1000;
    if (status != 200 || QJsonDocument::fromJson(body)[u"messages"_s].toArray().size() != 50) {
        std::fprintf(stderr, "gonggu-loadgen: page %s -> %d\n", qPrintable(path), status);
        return false;
    }
    record.micros.push_back(uint32_t(micros));
    return true;
}

// Latency, not throughput: one request at a time. `firstPages`: before anything
// else, the newest page of every room once, in random order: on a server just
// restarted over the data, what a member opening a room finds nothing cached.
std::optional<QJsonObject> timePages(const LoadOptions &options, Rest &rest,
                                     const QList<qint64> &rooms, const QByteArray &reader,
                                     bool firstPages) {
    LatencyRecord first, newest, deep;
    KeepAliveClient pages;
    if (!pages.open(options.httpUrl)) {
        std::fprintf(stderr, "gonggu-loadgen: cannot connect to %s\n",
                     qPrintable(options.httpUrl.toString()));
        return std::nullopt;
    }
    const auto pathOf = [](qint64 room) {
        return apipaths::fill(apipaths::kMessages, room);
    };
    auto *random = QRandomGenerator::global();
    if (firstPages) {
        QList<qint64> order = rooms;
        std::shuffle(order.begin(), order.end(), *random);
        for (const qint64 room : order) {
            if (!timedPage(pages, pathOf(room) + u"?limit=50"_s, reader, first))
                return std::nullopt;
        }
    }
    for (int i = 0; i < options.pageRequests; ++i) {
        const qint64 room = rooms[random->bounded(int(rooms.size()))];
        // Where a deep page starts: 50 messages after the room's first.
        const auto [oldStatus, oldest] =
            rest.call("GET", pathOf(room) + u"?after=0&limit=51"_s, reader);
        const QJsonArray firstMessages = oldest.value(u"messages"_s).toArray();
        if (oldStatus != 200 || firstMessages.size() < 51) {
            std::fprintf(stderr, "gonggu-loadgen: room %lld has too little history\n", room);
            return std::nullopt;
        }
        const qint64 deepBefore = firstMessages.last().toObject().value(u"id"_s).toInteger();
        if (!timedPage(pages, pathOf(room) + u"?limit=50"_s, reader, newest) ||
            !timedPage(pages, pathOf(room) + u"?limit=50&before=%1"_s.arg(deepBefore), reader,
                       deep))
            return std::nullopt;
    }
    QJsonObject result{{u"requests"_s, options.pageRequests},
                       {u"newestP50Ms"_s, newest.percentileMs(0.5)},
                       {u"newestP99Ms"_s, newest.percentileMs(0.99)},
                       {u"deepP50Ms"_s, deep.percentileMs(0.5)},
                       {u"deepP99Ms"_s, deep.percentileMs(0.99)}};
    if (firstPages) {
        result.insert(u"firstPages"_s, qint64(first.micros.size()));
        result.insert(u"firstP50Ms"_s, first.percentileMs(0.5));
        result.insert(u"firstP99Ms"_s, first.percentileMs(0.99));
    }
    return result;
}

} // namespace

int runHistory(const LoadOptions &options) {
    const auto secret = readSecret(options);
    if (!secret)
        return 1;
    Rest rest(options.httpUrl);
    const QByteArray member = mintToken(*secret, u"bench-historian"_s, {});
    QFile roomsFile(options.historyRoomsFile);

    if (options.historyMessages == 0) { // the second run: time what the first one filled
        if (!roomsFile.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "gonggu-loadgen: cannot read %s\n",
                         qPrintable(roomsFile.fileName()));
            return 1;
        }
        QList<qint64> rooms;
        for (const QByteArray &line : roomsFile.readAll().split('\n')) {
            if (!line.isEmpty())
                rooms.append(line.toLongLong());
        }
        const auto timed = timePages(options, rest, rooms, member, true);
        if (!timed)
            return 1;
        QJsonObject result = *timed;
        result.insert(u"scenario"_s, u"historyPages"_s);
        result.insert(u"rooms"_s, rooms.size());
        printJson(result);
        return 0;
    }

    const auto filled =
        fill(options, rest, mintToken(*secret, u"bench-market"_s, u"rooms:write"_s), member);
    if (!filled)
        return 1;
    QJsonObject result{{u"scenario"_s, u"history"_s},
                       {u"rooms"_s, options.rooms},
                       {u"messages"_s, options.historyMessages},
                       {u"fillSeconds"_s, filled->seconds},
                       {u"fillPerSecond"_s, double(options.historyMessages) / filled->seconds}};
    if (!options.historyRoomsFile.isEmpty()) { // timed in a second run, after a restart
        if (!roomsFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "gonggu-loadgen: cannot write %s\n",
                         qPrintable(roomsFile.fileName()));
            return 1;
        }
        for (const qint64 room : filled->rooms)
            roomsFile.write(QByteArray::number(room) + '\n');
        printJson(result);
        return 0;
    }
    const auto timed = timePages(options, rest, filled->rooms, member, false);
    if (!timed)
        return 1;
    for (auto it = timed->begin(); it != timed->end(); ++it)
        result.insert(it.key(), it.value());
    printJson(result);
    return 0;
}

} // namespace gonggu::bench
