// What one load-generator run does: the target, the room layout, the load.
#pragma once

#include <QString>
#include <QUrl>

namespace gonggu::bench {

enum class Target { Gonggu, RabbitMq };

struct LoadOptions {
    Target target = Target::Gonggu;
    QUrl webSocketUrl;  // ws://127.0.0.1:8080/ws or ws://127.0.0.1:15674/ws
    QUrl httpUrl;       // Gonggu only: REST, for rooms and joins
    QString secretFile; // Gonggu only: the server's jwt-secret, to mint tokens
    int rooms = 10;
    int membersPerRoom = 10;
    double ratePerMember = 1.0; // messages per second each member sends
    int messageBytes = 100;
    double seconds = 10;
    double warmupSeconds = 2;
    int threads = 1;
    int idleConnections = 0; // > 0: scenario 2, N authenticated idle connections with heart-beats
    qint64 historyMessages = 0; // > 0: scenario 3, this many messages over `rooms`, then page reads
    int pageRequests = 500;     // scenario 3: timed rounds (a newest page and a deep page each)
    QString historyRoomsFile;   // scenario 3 in two runs: filled rooms are written here, then read
    int joinStorm = 0;          // > 0: scenario 4, this many clients join `rooms` at once
    int roomMax = 100;          // scenario 4: maxParticipants of each room (buyers)
};

// From the command line; the error text on failure.
std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, QString *error);

} // namespace gonggu::bench
