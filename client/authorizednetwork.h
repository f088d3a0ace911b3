// How QML's own network requests (an Image of a photo in the chat) reach the
// server signed in: the factory makes network managers that add the bearer
// token to requests for the server's origin only, and keep a disk cache, so a
// photo seen once loads from the phone afterwards (the server marks files
// private and immutable).
#pragma once

#include <QMutex>
#include <QQmlNetworkAccessManagerFactory>
#include <QUrl>

namespace gonggu::client {

// The server and the token in use, read from QML's loader threads.
class ServerCredentials {
public:
    static ServerCredentials &shared();
    void set(const QUrl &server, const QString &token);
    void clear() { set({}, {}); }
    // The Authorization value for `url`, empty for any other origin.
    QByteArray authorizationFor(const QUrl &url) const;

private:
    mutable QMutex m_lock;
    QUrl m_server;
    QString m_token;
};

class AuthorizedNetworkFactory : public QQmlNetworkAccessManagerFactory {
public:
    QNetworkAccessManager *create(QObject *parent) override;
    // Removes every cached file (on sign-out: they were the last user's).
    static void forgetCachedFiles();
    static QString cacheRoot();
};

} // namespace gonggu::client
