#include "gonggusetup.h"

#include "common/apipaths.h"
#include "common/destinations.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace gonggu::bench {

namespace {

QByteArray base64Url(const QByteArray &raw) {
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray mintToken(const QByteArray &secret, const QString &userId, const QString &scope) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{u"sub"_s, userId},
                       {u"name"_s, userId},
                       {u"iss"_s, u"gonggu"_s},
                       {u"iat"_s, now},
                       {u"exp"_s, now + 86400}};
    if (!scope.isEmpty())
        claims.insert(u"scope"_s, scope);
    const QByteArray input = base64Url(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' +
           base64Url(QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256));
}

namespace {

// Sends every request at once and waits for all; the first failure, if any.
std::optional<QString> runAll(QNetworkAccessManager &network,
                              const QList<std::pair<QNetworkRequest, QByteArray>> &requests) {
    QEventLoop loop;
    int pending = int(requests.size());
    std::optional<QString> failure;
    for (const auto &[request, body] : requests) {
        QNetworkReply *reply = network.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200 && status != 201 && !failure)
                failure = u"%1 -> %2 %3"_s.arg(reply->url().path())
                              .arg(status)
                              .arg(QString::fromUtf8(reply->readAll().left(200)));
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return failure;
}

} // namespace

std::optional<QList<ClientSpec>> prepareGonggu(const LoadOptions &options, QString *error) {
    QFile secretFile(options.secretFile);
    if (!secretFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + options.secretFile;
        return std::nullopt;
    }
    const QByteArray secret = secretFile.readAll().trimmed();
    const QByteArray trade = mintToken(secret, u"bench-market"_s, u"rooms:write"_s);
    const qint64 base = QDateTime::currentMSecsSinceEpoch() * 100;
    QNetworkAccessManager network;
    const auto request = [&](const QString &path, const QByteArray &token) {
        QNetworkRequest r(options.httpUrl.resolved(QUrl(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        r.setRawHeader("Authorization", "Bearer " + token);
        return r;
    };

    QList<std::pair<QNetworkRequest, QByteArray>> rooms;
    for (int room = 0; room < options.rooms; ++room) {
        const QJsonObject body{{u"productId"_s, base + room},
                               {u"title"_s, u"Bench room %1"_s.arg(room)},
                               {u"sellerId"_s, u"bench-seller-%1"_s.arg(base + room)},
                               {u"maxParticipants"_s, options.membersPerRoom + 1},
                               {u"minParticipants"_s, 1},
                               {u"expiresAt"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(
                                                    Qt::ISODateWithMs)}};
        rooms.append(
            {request(apipaths::kRooms, trade), QJsonDocument(body).toJson(QJsonDocument::Compact)});
    }
    if (const auto failure = runAll(network, rooms)) {
        *error = u"creating rooms: "_s + *failure;
        return std::nullopt;
    }

    QList<ClientSpec> specs;
    QList<std::pair<QNetworkRequest, QByteArray>> joins;
    for (int room = 0; room < options.rooms; ++room) {
        const QByteArray roomId = QByteArray::number(base + room);
        for (int member = 0; member < options.membersPerRoom; ++member) {
            const QByteArray token =
                mintToken(secret, u"bench-%1-%2"_s.arg(base + room).arg(member), {});
            joins.append({request(apipaths::fill(apipaths::kParticipants, base + room), token),
                          QByteArray()});
            specs.append({destinations::chat(base + room).toUtf8(),
                          destinations::send(base + room).toUtf8(),
                          {{"Authorization", "Bearer " + token}}});
        }
    }
    if (const auto failure = runAll(network, joins)) {
        *error = u"joining rooms: "_s + *failure;
        return std::nullopt;
    }
    return specs;
}

std::optional<QList<ClientSpec>> prepareIdle(const LoadOptions &options, QString *error) {
    QList<ClientSpec> specs;
    QByteArray secret;
    if (options.target == Target::Gonggu) {
        QFile secretFile(options.secretFile);
        if (!secretFile.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + options.secretFile;
            return std::nullopt;
        }
        secret = secretFile.readAll().trimmed();
    }
    for (int i = 0; i < options.idleConnections; ++i) {
        if (options.target == Target::Gonggu)
            specs.append(
                {{},
                 {},
                 {{"Authorization", "Bearer " + mintToken(secret, u"idle-%1"_s.arg(i), {})}}});
        else
            specs.append({{}, {}, {{"login", "guest"}, {"passcode", "guest"}}});
    }
    return specs;
}

QList<ClientSpec> prepareRabbitMq(const LoadOptions &options) {
    // The same pattern on RabbitMQ's /topic: one routing key per room.
    QList<ClientSpec> specs;
    for (int room = 0; room < options.rooms; ++room) {
        const QByteArray topic = "/topic/bench.room." + QByteArray::number(room);
        for (int member = 0; member < options.membersPerRoom; ++member)
            specs.append({topic, topic, {{"login", "guest"}, {"passcode", "guest"}}});
    }
    return specs;
}

} // namespace gonggu::bench
