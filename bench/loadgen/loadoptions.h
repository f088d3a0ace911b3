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
};

// From the command line; the error text on failure.
std::optional<LoadOptions> parseLoadOptions(const QStringList &arguments, QString *error);

} // namespace gonggu::bench
