// Test fixture: the real gonggu-server binary on a free loopback port, with its
// own data directory. GONGGU_TEST_DATABASE (a postgresql:// URL) switches the
// suite to PostgreSQL.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// The gonggu-server under test: this build's, unless GONGGU_SERVER_BINARY names
// another (the ThreadSanitizer run points the suites at a TSan-built server).
QString serverBinary();

class ServerProcess {
public:
    explicit ServerProcess(QStringList extraArguments = {});
    ~ServerProcess();

    bool start(); // returns once the server prints its port
    bool stop();  // SIGTERM; true if it exited 0 in time
    void kill();  // SIGKILL, like a crash
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // For the next start(): a restart with other settings on the same data.
    void setExtraArguments(QStringList arguments) { m_extraArguments = std::move(arguments); }

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;
    QUrl webSocketUrl() const;
    QString dataDir() const { return m_dataDir.path(); }
    QString output() const { return m_output; }
    // Appends what the running server has printed since (to stdout and stderr).
    void readOutput();

    // A token signed with this server's secret, as a trade service would mint it.
    QString token(const QString &userId, const QString &name, const QString &scope = {},
                  int lifetimeSeconds = 3600) const;

    static bool usingPostgres();

private:
    QStringList baseArguments() const;

    QStringList m_extraArguments;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_output;
};

// Synchronous REST calls for tests.
struct HttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QString errorCode() const;             // error.code of an error response
};

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;
HttpResult httpRequest(const ServerProcess &server, const QByteArray &method, const QString &path,
                       const QString &token = {}, const QByteArray &body = {},
                       const HttpHeaders &headers = {});
// The same to any URL (a proxy in front of the servers).
HttpResult httpRequestAt(const QUrl &url, const QByteArray &method, const QString &token = {},
                         const QByteArray &body = {}, const HttpHeaders &headers = {});
HttpResult httpJson(const ServerProcess &server, const QByteArray &method, const QString &path,
                    const QString &token, const QJsonObject &body);

// POST /api/auth/register; 201 with {user, token, expiresAt} when it worked.
HttpResult registerAccount(const ServerProcess &server, const QString &username,
                           const QString &password, const QString &displayName);

// A room body for POST /api/chat/rooms expiring in `seconds`.
QJsonObject roomBody(qint64 productId, int maxParticipants, int minParticipants,
                     int seconds = 3600);
