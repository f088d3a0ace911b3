// Issues and verifies the JWTs of PROTOCOL.md (HS256 with a server secret).
#pragma once

#include "identity.h"

#include "common/result.h"

#include <QDateTime>

namespace gonggu::server {

class TokenService {
public:
    TokenService(QByteArray secret, QString issuer, int lifetimeSeconds);

    // Reads the secret file, creating it with a fresh random secret (mode 0600) if missing.
    static Result<QByteArray> loadOrCreateSecret(const QString &path);

    struct Issued {
        QString token;
        QDateTime expiresAt;
    };
    Issued issue(const Identity &identity, std::optional<int> lifetimeSeconds = {}) const;

    // UNAUTHORIZED for anything but a well-formed, unexpired HS256 token of our issuer.
    Result<Identity> verify(QByteArrayView token) const;

    static constexpr qsizetype kMaxTokenBytes = 8 * 1024;

private:
    QByteArray m_secret;
    QString m_issuer;
    int m_lifetimeSeconds;
};

} // namespace gonggu::server
