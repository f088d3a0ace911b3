#include "loadoptions.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace gonggu::bench {

std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, QString *error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"STOMP-over-WebSocket load: R rooms x M members, each member subscribed to its room "
        "and sending at a rate; prints one JSON line with delivered messages/s and latency."_s);
    parser.addHelpOption();
    const QList<QCommandLineOption> options{
        {u"target"_s, u"gonggu or rabbitmq"_s, u"name"_s, u"gonggu"_s},
        {u"ws"_s, u"WebSocket URL"_s, u"url"_s},
        {u"http"_s, u"Gonggu REST base URL"_s, u"url"_s},
        {u"secret-file"_s, u"Gonggu jwt-secret file (tokens are minted from it)"_s, u"file"_s},
        {u"rooms"_s, u"rooms"_s, u"n"_s, u"10"_s},
        {u"members"_s, u"members per room"_s, u"n"_s, u"10"_s},
        {u"rate"_s, u"messages per second per member"_s, u"r"_s, u"1"_s},
        {u"size"_s, u"message size in bytes"_s, u"bytes"_s, u"100"_s},
        {u"seconds"_s, u"measured duration"_s, u"s"_s, u"10"_s},
        {u"warmup"_s, u"unmeasured warm-up"_s, u"s"_s, u"2"_s},
        {u"threads"_s, u"generator threads"_s, u"n"_s, u"1"_s},
        {u"idle"_s, u"instead: N idle authenticated connections with 10 s heart-beats"_s, u"n"_s,
         u"0"_s},
        {u"history"_s, u"instead: write N messages over --rooms, then time history pages"_s, u"n"_s,
         u"0"_s},
        {u"pages"_s, u"history: timed rounds of a newest and a deep page"_s, u"n"_s, u"500"_s},
        {u"history-rooms"_s,
         u"history in two runs around a server restart: with --history, fill and write the "
         "rooms here; without, read them from here and time pages, first pages first"_s,
         u"file"_s},
        {u"join-storm"_s, u"instead: N clients join --rooms rooms at once"_s, u"n"_s, u"0"_s},
        {u"room-max"_s, u"join storm: maxParticipants of each room"_s, u"n"_s, u"100"_s},
    };
    parser.addOptions(options);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        *error = parser.helpText();
        return std::nullopt;
    }
    LoadOptions o;
    const QString target = parser.value(u"target"_s);
    if (target != u"gonggu" && target != u"rabbitmq") {
        *error = u"--target is gonggu or rabbitmq"_s;
        return std::nullopt;
    }
    o.target = target == u"gonggu" ? Target::Gonggu : Target::RabbitMq;
    o.webSocketUrl = QUrl(parser.value(u"ws"_s));
    o.httpUrl = QUrl(parser.value(u"http"_s));
    o.secretFile = parser.value(u"secret-file"_s);
    o.rooms = parser.value(u"rooms"_s).toInt();
    o.membersPerRoom = parser.value(u"members"_s).toInt();
    o.ratePerMember = parser.value(u"rate"_s).toDouble();
    o.messageBytes = parser.value(u"size"_s).toInt();
    o.seconds = parser.value(u"seconds"_s).toDouble();
    o.warmupSeconds = parser.value(u"warmup"_s).toDouble();
    o.threads = parser.value(u"threads"_s).toInt();
    o.idleConnections = parser.value(u"idle"_s).toInt();
    o.historyMessages = parser.value(u"history"_s).toLongLong();
    o.pageRequests = parser.value(u"pages"_s).toInt();
    o.historyRoomsFile = parser.value(u"history-rooms"_s);
    o.joinStorm = parser.value(u"join-storm"_s).toInt();
    o.roomMax = parser.value(u"room-max"_s).toInt();
    if (!o.webSocketUrl.isValid() || o.rooms < 1 || o.membersPerRoom < 1 || o.ratePerMember <= 0 ||
        o.messageBytes < 32 || o.seconds <= 0 || o.threads < 1 || o.pageRequests < 1 ||
        o.roomMax < 1 ||
        ((o.historyMessages > 0 || o.joinStorm > 0 || !o.historyRoomsFile.isEmpty()) &&
         o.target != Target::Gonggu) ||
        (o.target == Target::Gonggu && (!o.httpUrl.isValid() || o.secretFile.isEmpty()))) {
        *error = u"need --ws (and --http, --secret-file for gonggu); positive numbers; "
                 "--size of at least 32"_s;
        return std::nullopt;
    }
    return o;
}

} // namespace gonggu::bench
