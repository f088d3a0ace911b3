#include "historyscenario.h"

#include "gonggusetup.h"
#include "latency.h"
#include "resthelpers.h"

#include "common/stomp/stompparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
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

} // namespace gonggu::bench
