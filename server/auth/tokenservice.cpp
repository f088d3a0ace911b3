#include "tokenservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <cerrno>
#include <cstdlib>
#include <jwt.h>
#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "gonggu.auth")

namespace gonggu::server {

namespace {

Error unauthorized(const QString &why) {
    qCDebug(lcAuth).noquote() << "token refused:" << why;
    return Error{ErrorCode::Unauthorized, u"invalid or expired token"_s};
}

struct JwtDeleter {
    void operator()(jwt_t *jwt) const { jwt_free(jwt); }
};
using JwtPtr = std::unique_ptr<jwt_t, JwtDeleter>;

std::optional<QString> stringGrant(jwt_t *jwt, const char *name) {
    const char *value = jwt_get_grant(jwt, name);
    if (!value)
        return std::nullopt;
    return QString::fromUtf8(value);
}

std::optional<long> integerGrant(jwt_t *jwt, const char *name) {
    errno = 0;
    const long value = jwt_get_grant_int(jwt, name);
    if (errno != 0)
        return std::nullopt;
    return value;
}

} // namespace

TokenService::TokenService(QByteArray secret, QString issuer, int lifetimeSeconds)
    : m_secret(std::move(secret))
    , m_issuer(std::move(issuer))
    , m_lifetimeSeconds(lifetimeSeconds) {
}

Result<QByteArray> TokenService::loadOrCreateSecret(const QString &path) {
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, u"cannot read JWT secret "_s + path};
        const QByteArray secret = file.readAll().trimmed();
        if (secret.size() < 32)
            return Error{ErrorCode::Internal,
                         u"JWT secret in %1 is shorter than 32 bytes"_s.arg(path)};
        return secret;
    }
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal, u"libsodium failed to initialise"_s};
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QByteArray secret = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toHex();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error{ErrorCode::Internal, u"cannot create JWT secret "_s + path};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret + '\n');
    return secret;
}

Status TokenService::setExternalIssuer(ExternalIssuer external) {
    const jwt_alg_t algorithm = jwt_str_alg(qPrintable(external.algorithm));
    if (algorithm != JWT_ALG_RS256 && algorithm != JWT_ALG_ES256)
        return Error{ErrorCode::BadRequest, u"external tokens must use RS256 or ES256"_s};
    if (!external.publicKeyPem.contains("-----BEGIN PUBLIC KEY-----"))
        return Error{ErrorCode::BadRequest,
                     u"the external issuer's key must be a PEM public key (BEGIN PUBLIC KEY)"_s};
    if (external.issuer.isEmpty())
        return Error{ErrorCode::BadRequest, u"the external issuer needs a name (iss)"_s};
    m_external = std::move(external);
    return okStatus();
}

TokenService::Issued TokenService::issue(const Identity &identity,
                                         std::optional<int> lifetimeSeconds) const {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expiresAt = now.addSecs(lifetimeSeconds.value_or(m_lifetimeSeconds));
    jwt_t *raw = nullptr;
    jwt_new(&raw);
    JwtPtr jwt(raw);
    jwt_set_alg(jwt.get(), JWT_ALG_HS256,
                reinterpret_cast<const unsigned char *>(m_secret.constData()),
                int(m_secret.size()));
    jwt_add_grant(jwt.get(), "sub", identity.userId.toUtf8().constData());
    jwt_add_grant(jwt.get(), "name", identity.displayName.toUtf8().constData());
    jwt_add_grant(jwt.get(), "iss", m_issuer.toUtf8().constData());
    if (!identity.scopes.isEmpty())
        jwt_add_grant(jwt.get(), "scope", identity.scopes.join(u' ').toUtf8().constData());
    jwt_add_grant_int(jwt.get(), "iat", long(now.toSecsSinceEpoch()));
    jwt_add_grant_int(jwt.get(), "exp", long(expiresAt.toSecsSinceEpoch()));
    char *encoded = jwt_encode_str(jwt.get());
    const QString token = QString::fromLatin1(encoded);
    free(encoded); // libjwt 1.10 allocates with malloc and has no jwt_free_str
    return {token, QDateTime::fromSecsSinceEpoch(expiresAt.toSecsSinceEpoch(), Qt::UTC)};
}

Result<Identity> TokenService::verify(QByteArrayView token) const {
    if (token.isEmpty())
        return unauthorized(u"empty"_s);
    if (token.size() > kMaxTokenBytes)
        return unauthorized(u"oversize"_s);
    if (token.count('.') != 2)
        return unauthorized(u"not three parts"_s);
    // Look at the header before libjwt does: it picks the key ("none" never passes).
    const QByteArray headerPart = token.first(token.indexOf('.')).toByteArray();
    const auto header = QByteArray::fromBase64Encoding(
        headerPart, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!header)
        return unauthorized(u"header is not base64url"_s);
    const QJsonObject headerJson = QJsonDocument::fromJson(*header).object();
    const QString algorithm = headerJson.value(u"alg"_s).toString();
    if (algorithm == u"HS256")
        return verifyWith(token.toByteArray(), JWT_ALG_HS256, m_secret, m_issuer);
    if (m_external && algorithm == m_external->algorithm)
        return verifyWith(token.toByteArray(), jwt_str_alg(qPrintable(algorithm)),
                          m_external->publicKeyPem, m_external->issuer);
    return unauthorized(u"algorithm %1 is not accepted"_s.arg(algorithm.left(16)));
}

Result<Identity> TokenService::verifyWith(const QByteArray &token, int algorithm,
                                          const QByteArray &key, const QString &issuer) const {
    jwt_t *raw = nullptr;
    if (jwt_decode(&raw, token.constData(),
                   reinterpret_cast<const unsigned char *>(key.constData()),
                   int(key.size())) != 0 ||
        !raw)
        return unauthorized(u"signature or encoding"_s);
    JwtPtr jwt(raw);
    if (jwt_get_alg(jwt.get()) != jwt_alg_t(algorithm))
        return unauthorized(u"algorithm"_s);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto exp = integerGrant(jwt.get(), "exp");
    if (!exp || *exp <= now)
        return unauthorized(u"expired or no exp"_s);
    if (const auto nbf = integerGrant(jwt.get(), "nbf"); nbf && *nbf > now)
        return unauthorized(u"not yet valid"_s);
    if (stringGrant(jwt.get(), "iss") != issuer)
        return unauthorized(u"issuer"_s);
    const auto sub = stringGrant(jwt.get(), "sub");
    if (!sub || sub->isEmpty() || sub->size() > 128)
        return unauthorized(u"subject"_s);
    Identity identity;
    identity.userId = *sub;
    identity.displayName = stringGrant(jwt.get(), "name").value_or(*sub).left(64);
    if (const auto scope = stringGrant(jwt.get(), "scope"))
        identity.scopes = scope->split(u' ', Qt::SkipEmptyParts);
    return identity;
}

} // namespace gonggu::server
