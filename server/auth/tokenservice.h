// Issues and verifies the JWTs of PROTOCOL.md: HS256 with the server secret,
// and optionally RS256 or ES256 tokens of one external issuer (a trade service
// that signs with its private key; we hold only the public key).
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

    struct ExternalIssuer {
        QString algorithm; // "RS256" or "ES256"
        QByteArray publicKeyPem;
        QString issuer;
    };
    // Checks that libjwt accepts the key; BAD_REQUEST with the reason if not.
    Status setExternalIssuer(ExternalIssuer external);

    // UNAUTHORIZED for anything but a well-formed, unexpired token: HS256 of our
    // issuer, or the external issuer's algorithm and issuer when one is set. The
    // header's alg picks the key, and each key is bound to one algorithm, so an
    // HS256 token "signed" with the public key is refused.
    Result<Identity> verify(QByteArrayView token) const;

    static constexpr qsizetype kMaxTokenBytes = 8 * 1024;

private:
    Result<Identity> verifyWith(const QByteArray &token, int algorithm, const QByteArray &key,
                                const QString &issuer) const;

    std::optional<ExternalIssuer> m_external;
    QByteArray m_secret;
    QString m_issuer;
    int m_lifetimeSeconds;
};

} // namespace gonggu::server
