// What the REST scenarios share: blocking calls for set-up, a keep-alive
// connection for timed reads, room bodies and the one-line JSON result.
#pragma once

#include "loadoptions.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpSocket>
#include <QUrl>
#include <functional>
#include <optional>

namespace gonggu::bench {

struct Rest {
    explicit Rest(QUrl baseUrl)
        : base(std::move(baseUrl)) {}
    QNetworkAccessManager network;
    QUrl base;

    // One request, waited for: status and JSON body.
    std::pair<int, QJsonObject> call(const QByteArray &verb, const QString &path,
                                     const QByteArray &token, const QByteArray &body = {});
};

// The timed page reads: one keep-alive connection, a request written and its
// response read with nothing in between. QNetworkAccessManager runs HTTP in a
// thread of its own and was a good part of what a page seemed to cost.
struct KeepAliveClient {
    QTcpSocket socket;
    QByteArray host;

    bool open(const QUrl &base);
    // Status and body of one GET; 0 on a broken connection.
    std::pair<int, QByteArray> get(const QString &path, const QByteArray &token);
};

// The server's jwt-secret, to mint tokens; says why on stderr when it cannot.
std::optional<QByteArray> readSecret(const LoadOptions &options);
QByteArray roomBody(qint64 id, int maxParticipants);
void printJson(const QJsonObject &object);
// Runs the event loop until `done`.
void waitFor(const std::function<bool()> &done);

} // namespace gonggu::bench
