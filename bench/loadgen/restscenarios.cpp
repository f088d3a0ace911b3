#include "restscenarios.h"

#include "common/apipaths.h"

#include "gonggusetup.h"
#include "resthelpers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace gonggu::bench {

int runJoinStorm(const LoadOptions &options) {
    const auto secret = readSecret(options);
    if (!secret)
        return 1;
    Rest rest(options.httpUrl);
    const QByteArray trade = mintToken(*secret, u"bench-market"_s, u"rooms:write"_s);
    const qint64 base = QDateTime::currentMSecsSinceEpoch() * 100;
    for (int i = 0; i < options.rooms; ++i)
        if (rest.call("POST", apipaths::kRooms, trade, roomBody(base + i, options.roomMax)).first !=
            201) {
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
            rest.call("GET", apipaths::fill(apipaths::kRoom, base + i),
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
