#include "serverprocess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>

using namespace Qt::StringLiterals;

QString serverBinary() {
    return qEnvironmentVariable("GONGGU_SERVER_BINARY", QStringLiteral(GONGGU_SERVER_BINARY));
}

ServerProcess::ServerProcess(QStringList extraArguments)
    : m_extraArguments(std::move(extraArguments)) {
    m_process.setProgram(serverBinary());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

ServerProcess::~ServerProcess() {
    if (isRunning())
        kill();
}

bool ServerProcess::usingPostgres() {
    return !qEnvironmentVariableIsEmpty("GONGGU_TEST_DATABASE");
}

QStringList ServerProcess::baseArguments() const {
    QStringList arguments{u"--data-dir"_s, m_dataDir.path()};
    if (usingPostgres())
        arguments << u"--database"_s << qEnvironmentVariable("GONGGU_TEST_DATABASE");
    return arguments;
}

bool ServerProcess::start() {
    // Same port again after a restart, so clients can reconnect to it.
    const QString port = m_port ? QString::number(m_port) : u"0"_s;
    m_process.setArguments(baseArguments() +
                           QStringList{u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, port} +
                           m_extraArguments);
    m_output.clear();
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return false;
    static const QRegularExpression listening(u"listening on port (\\d+)"_s);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        m_process.waitForReadyRead(200);
        m_output += QString::fromUtf8(m_process.readAllStandardOutput());
        m_output += QString::fromUtf8(m_process.readAllStandardError());
        const auto match = listening.match(m_output);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
        if (m_process.state() != QProcess::Running)
            break;
    }
    qWarning().noquote() << "server did not start:" << m_output;
    return false;
}

bool ServerProcess::stop() {
    if (!isRunning())
        return true;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    const bool exited = m_process.waitForFinished(10000);
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return exited && m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

void ServerProcess::readOutput() {
    m_process.waitForReadyRead(100);
    m_output += QString::fromUtf8(m_process.readAllStandardOutput());
    m_output += QString::fromUtf8(m_process.readAllStandardError());
}

void ServerProcess::kill() {
    m_process.kill();
    m_process.waitForFinished(5000);
}

QUrl ServerProcess::url(const QString &pathAndQuery) const {
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(pathAndQuery));
}

QUrl ServerProcess::webSocketUrl() const {
    return QUrl(u"ws://127.0.0.1:%1/ws"_s.arg(m_port));
}

QString ServerProcess::token(const QString &userId, const QString &name, const QString &scope,
                             int lifetimeSeconds) const {
    QProcess mint;
    QStringList arguments = baseArguments();
    arguments << u"token"_s << u"--sub"_s << userId << u"--name"_s << name << u"--lifetime"_s
              << QString::number(lifetimeSeconds);
    if (!scope.isEmpty())
        arguments << u"--scope"_s << scope;
    mint.start(serverBinary(), arguments);
    mint.waitForFinished(10000);
    return QString::fromUtf8(mint.readAllStandardOutput()).trimmed();
}

QString HttpResult::errorCode() const {
    return json.value(u"error"_s).toObject().value(u"code"_s).toString();
}

HttpResult httpRequest(const ServerProcess &server, const QByteArray &method, const QString &path,
                       const QString &token, const QByteArray &body, const HttpHeaders &headers) {
    return httpRequestAt(server.url(path), method, token, body, headers);
}

HttpResult httpRequestAt(const QUrl &url, const QByteArray &method, const QString &token,
                         const QByteArray &body, const HttpHeaders &headers) {
    static QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

HttpResult httpJson(const ServerProcess &server, const QByteArray &method, const QString &path,
                    const QString &token, const QJsonObject &body) {
    return httpRequest(server, method, path, token,
                       QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult registerAccount(const ServerProcess &server, const QString &username,
                           const QString &password, const QString &displayName) {
    return httpJson(
        server, "POST", u"/api/auth/register"_s, {},
        {{u"username"_s, username}, {u"password"_s, password}, {u"displayName"_s, displayName}});
}

QJsonObject roomBody(qint64 productId, int maxParticipants, int minParticipants, int seconds) {
    return {{u"productId"_s, productId},
            {u"title"_s, u"Group buy %1"_s.arg(productId)},
            {u"description"_s, u"Test product"_s},
            {u"maxParticipants"_s, maxParticipants},
            {u"minParticipants"_s, minParticipants},
            {u"expiresAt"_s,
             QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs)}};
}
