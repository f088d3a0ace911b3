#include "authorizednetwork.h"

#include <QAtomicInt>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkRequest>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {

class AuthorizedNetworkAccessManager : public QNetworkAccessManager {
public:
    using QNetworkAccessManager::QNetworkAccessManager;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &original,
                                 QIODevice *data) override {
        QNetworkRequest request(original);
        if (const QByteArray authorization =
                ServerCredentials::shared().authorizationFor(request.url());
            !authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::PreferCache);
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

} // namespace

ServerCredentials &ServerCredentials::shared() {
    static ServerCredentials credentials;
    return credentials;
}

void ServerCredentials::set(const QUrl &server, const QString &token) {
    QMutexLocker locker(&m_lock);
    m_server = server;
    m_token = token;
}

QByteArray ServerCredentials::authorizationFor(const QUrl &url) const {
    QMutexLocker locker(&m_lock);
    if (m_token.isEmpty() || !m_server.isValid() || !sameOrigin(url, m_server))
        return {};
    return "Bearer " + m_token.toUtf8();
}

QNetworkAccessManager *AuthorizedNetworkFactory::create(QObject *parent) {
    auto *network = new AuthorizedNetworkAccessManager(parent);
    // One cache directory per manager: QNetworkDiskCache is not shared across threads.
    static QAtomicInt created;
    auto *cache = new QNetworkDiskCache(network);
    cache->setCacheDirectory(cacheRoot() + u"/network-"_s +
                             QString::number(created.fetchAndAddRelaxed(1)));
    cache->setMaximumCacheSize(200LL << 20);
    network->setCache(cache);
    return network;
}

QString AuthorizedNetworkFactory::cacheRoot() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/files"_s;
}

void AuthorizedNetworkFactory::forgetCachedFiles() {
    QDir(cacheRoot()).removeRecursively();
}

} // namespace gonggu::client
