// Tokens of an external issuer (a trade service signing with RS256 or ES256):
// accepted only with the configured algorithm, key and issuer. Keys are made
// fresh by the openssl command; tokens are signed with libjwt's private-key
// path, the one a C trade service would use (the interop suite signs with
// Node's crypto).
#include "auth/tokenservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <jwt.h>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {

struct KeyPair {
    QByteArray privatePem;
    QByteArray publicPem;
};

std::optional<KeyPair> generate(const QTemporaryDir &dir, const QString &name,
                                const QStringList &algorithmOptions) {
    const QString privatePath = dir.filePath(name + u".key"_s);
    const QString publicPath = dir.filePath(name + u".pub"_s);
    if (QProcess::execute(u"openssl"_s, QStringList{u"genpkey"_s, u"-quiet"_s} + algorithmOptions +
                                            QStringList{u"-out"_s, privatePath}) != 0)
        return std::nullopt;
    if (QProcess::execute(u"openssl"_s, {u"pkey"_s, u"-in"_s, privatePath, u"-pubout"_s, u"-out"_s,
                                         publicPath}) != 0)
        return std::nullopt;
    QFile privateFile(privatePath);
    QFile publicFile(publicPath);
    if (!privateFile.open(QIODevice::ReadOnly) || !publicFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    return KeyPair{privateFile.readAll(), publicFile.readAll()};
}

QJsonObject claims(const QString &issuer, qint64 expOffset = 3600) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{u"sub"_s, u"market"_s}, {u"name"_s, u"Marketplace"_s},
            {u"iss"_s, issuer},      {u"scope"_s, u"rooms:write"_s},
            {u"iat"_s, now},         {u"exp"_s, now + expOffset}};
}

QByteArray sign(jwt_alg_t algorithm, const QByteArray &privatePem, const QJsonObject &grants) {
    jwt_t *jwt = nullptr;
    jwt_new(&jwt);
    jwt_set_alg(jwt, algorithm, reinterpret_cast<const unsigned char *>(privatePem.constData()),
                int(privatePem.size()));
    jwt_add_grants_json(jwt, QJsonDocument(grants).toJson(QJsonDocument::Compact).constData());
    char *encoded = jwt_encode_str(jwt);
    const QByteArray token = encoded ? QByteArray(encoded) : QByteArray();
    free(encoded);
    jwt_free(jwt);
    return token;
}

QByteArray b64(const QByteArray &raw) {
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

class TestExternalTokens : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    KeyPair rsa, otherRsa, ec;
    const QString market = u"market.example"_s;

    TokenService service(const QString &algorithm, const QByteArray &publicPem) {
        TokenService tokens(QByteArray(64, 's'), u"gonggu"_s, 3600);
        const auto configured = tokens.setExternalIssuer({algorithm, publicPem, market});
        if (!configured)
            qWarning() << configured.error().message;
        return tokens;
    }

private Q_SLOTS:
    void initTestCase() {
        const auto rsaPair = generate(dir, u"rsa"_s, {u"-algorithm"_s, u"RSA"_s});
        const auto otherPair = generate(dir, u"other"_s, {u"-algorithm"_s, u"RSA"_s});
        const auto ecPair = generate(
            dir, u"ec"_s, {u"-algorithm"_s, u"EC"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:P-256"_s});
        QVERIFY2(rsaPair && otherPair && ecPair, "openssl genpkey failed");
        rsa = *rsaPair;
        otherRsa = *otherPair;
        ec = *ecPair;
    }

    void rs256FromTheExternalIssuerIsAccepted() {
        const TokenService tokens = service(u"RS256"_s, rsa.publicPem);
        const auto identity = tokens.verify(sign(JWT_ALG_RS256, rsa.privatePem, claims(market)));
        QVERIFY2(identity.ok(), "a valid RS256 token is accepted");
        QCOMPARE(identity->userId, u"market"_s);
        QVERIFY(identity->isTradeService());
        // Our own HS256 tokens keep working beside it.
        const auto own = tokens.issue({u"u-1"_s, u"Minsu"_s, {}});
        QVERIFY(tokens.verify(own.token.toUtf8()).ok());
    }

    void es256FromTheExternalIssuerIsAccepted() {
        const TokenService tokens = service(u"ES256"_s, ec.publicPem);
        QVERIFY(tokens.verify(sign(JWT_ALG_ES256, ec.privatePem, claims(market))).ok());
    }

    void refusals_data() {
        QTest::addColumn<QString>("configured");
        QTest::addColumn<QByteArray>("token");
        QTest::newRow("RS256 signed by another key")
            << u"RS256"_s << sign(JWT_ALG_RS256, otherRsa.privatePem, claims(market));
        QTest::newRow("RS256 with our own issuer")
            << u"RS256"_s << sign(JWT_ALG_RS256, rsa.privatePem, claims(u"gonggu"_s));
        QTest::newRow("RS256 expired")
            << u"RS256"_s << sign(JWT_ALG_RS256, rsa.privatePem, claims(market, -5));
        QTest::newRow("RS256 when ES256 is configured")
            << u"ES256"_s << sign(JWT_ALG_RS256, rsa.privatePem, claims(market));
        QTest::newRow("ES256 when RS256 is configured")
            << u"RS256"_s << sign(JWT_ALG_ES256, ec.privatePem, claims(market));
        QTest::newRow("RS256 when no external issuer is set")
            << QString() << sign(JWT_ALG_RS256, rsa.privatePem, claims(market));
        // Algorithm confusion: HS256 "signed" with the public key as the secret.
        const QByteArray input = b64(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                                 b64(QJsonDocument(claims(market)).toJson(QJsonDocument::Compact));
        QTest::newRow("HS256 keyed with the public key")
            << u"RS256"_s
            << input + '.' +
                   b64(QMessageAuthenticationCode::hash(input, rsa.publicPem,
                                                        QCryptographicHash::Sha256));
        // The signature of a valid token moved onto other claims.
        QByteArray valid = sign(JWT_ALG_RS256, rsa.privatePem, claims(market));
        QJsonObject elevated = claims(market);
        elevated.insert(u"sub"_s, u"admin"_s);
        QTest::newRow("RS256 claims swapped")
            << u"RS256"_s
            << b64(R"({"alg":"RS256","typ":"JWT"})") + '.' +
                   b64(QJsonDocument(elevated).toJson(QJsonDocument::Compact)) + '.' +
                   valid.mid(valid.lastIndexOf('.') + 1);
    }

    void refusals() {
        QFETCH(QString, configured);
        QFETCH(QByteArray, token);
        QVERIFY(!token.isEmpty());
        TokenService tokens(QByteArray(64, 's'), u"gonggu"_s, 3600);
        if (!configured.isEmpty())
            QVERIFY(
                tokens
                    .setExternalIssuer(
                        {configured, configured == u"RS256" ? rsa.publicPem : ec.publicPem, market})
                    .ok());
        const auto refused = tokens.verify(token);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().code == ErrorCode::Unauthorized);
    }

    void badKeysAreRefusedAtStart() {
        TokenService tokens(QByteArray(64, 's'), u"gonggu"_s, 3600);
        QVERIFY(!tokens.setExternalIssuer({u"RS256"_s, rsa.privatePem, market}).ok());
        QVERIFY(!tokens.setExternalIssuer({u"HS256"_s, rsa.publicPem, market}).ok());
        QVERIFY(!tokens.setExternalIssuer({u"RS256"_s, rsa.publicPem, QString()}).ok());
    }
};

QTEST_GUILESS_MAIN(TestExternalTokens)
#include "tst_externaltokens.moc"
