#include "resthelpers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gonggu::bench {

std::pair<int, QJsonObject> Rest::call(const QByteArray &verb, const QString &path,
                                       const QByteArray &token, const QByteArray &body) {
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

bool KeepAliveClient::open(const QUrl &base) {
    host = base.host().toUtf8() + ':' + QByteArray::number(base.port(80));
    socket.connectToHost(base.host(), quint16(base.port(80)));
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    return socket.waitForConnected(5000);
}

std::pair<int, QByteArray> KeepAliveClient::get(const QString &path, const QByteArray &token) {
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

std::optional<QByteArray> readSecret(const LoadOptions &options) {
    QFile file(options.secretFile);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "gonggu-loadgen: cannot read %s\n", qPrintable(options.secretFile));
        return std::nullopt;
    }
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

void waitFor(const std::function<bool()> &done) {
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
}

} // namespace gonggu::bench
