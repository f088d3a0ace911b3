// JWT verification: everything but a valid HS256 token of our issuer is refused.
#include "auth/tokenservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kSecret(64, 's');

QByteArray b64(const QByteArray &raw) {
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Builds a token by hand, so that tests can forge every kind of bad one.
QByteArray forge(const QJsonObject &header, const QJsonObject &claims,
                 const QByteArray &secret = kSecret) {
    const QByteArray signingInput = b64(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' + b64(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' +
           b64(QMessageAuthenticationCode::hash(signingInput, secret, QCryptographicHash::Sha256));
}

QJsonObject claims(qint64 expOffset = 3600) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return {{u"sub"_s, u"u-1"_s},
            {u"name"_s, u"Minsu"_s},
            {u"iss"_s, u"gonggu"_s},
            {u"iat"_s, now},
            {u"exp"_s, now + expOffset}};
}
const QJsonObject kHs256{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}};
} // namespace

class TestTokens : public QObject {
    Q_OBJECT
    TokenService tokens{kSecret, u"gonggu"_s, 3600};

private Q_SLOTS:
    void issuedTokensVerify() {
        const auto issued = tokens.issue(Identity{u"u-7"_s, u"김농부"_s, {u"rooms:write"_s}});
        const auto identity = tokens.verify(issued.token.toUtf8());
        QVERIFY(identity.ok());
        QCOMPARE(identity->userId, u"u-7"_s);
        QCOMPARE(identity->displayName, u"김농부"_s);
        QVERIFY(identity->isTradeService());
        QVERIFY(issued.expiresAt > QDateTime::currentDateTimeUtc());
    }

    void forgedButValidTokenVerifies() {
        QVERIFY(tokens.verify(forge(kHs256, claims())).ok()); // the forge itself is right
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("token");
        QJsonObject noExp = claims();
        noExp.remove(u"exp"_s);
        QJsonObject wrongIssuer = claims();
        wrongIssuer.insert(u"iss"_s, u"someone-else"_s);
        QJsonObject notYet = claims();
        notYet.insert(u"nbf"_s, QDateTime::currentSecsSinceEpoch() + 600);
        QJsonObject noSub = claims();
        noSub.remove(u"sub"_s);
        const QByteArray valid = forge(kHs256, claims());

        QTest::newRow("alg none") << QByteArray(
            b64(R"({"alg":"none"})") + '.' +
            b64(QJsonDocument(claims()).toJson(QJsonDocument::Compact)) + '.');
        QTest::newRow("alg HS512") << forge({{u"alg"_s, u"HS512"_s}}, claims());
        QTest::newRow("alg RS256 with our secret") << forge({{u"alg"_s, u"RS256"_s}}, claims());
        QTest::newRow("wrong secret") << forge(kHs256, claims(), QByteArray(64, 'x'));
        QTest::newRow("expired") << forge(kHs256, claims(-10));
        QTest::newRow("no exp") << forge(kHs256, noExp);
        QTest::newRow("wrong issuer") << forge(kHs256, wrongIssuer);
        QTest::newRow("not yet valid") << forge(kHs256, notYet);
        QTest::newRow("no subject") << forge(kHs256, noSub);
        QTest::newRow("two parts") << valid.left(valid.lastIndexOf('.'));
        QTest::newRow("bad base64 header")
            << QByteArray("!!!." + valid.mid(valid.indexOf('.') + 1));
        QTest::newRow("tampered claims")
            << QByteArray(valid).replace(valid.indexOf('.') + 5, 1, "A");
        QTest::newRow("oversize") << QByteArray(TokenService::kMaxTokenBytes + 1, 'a');
        QTest::newRow("empty") << QByteArray();
    }

    void refusals() {
        QFETCH(QByteArray, token);
        const auto identity = tokens.verify(token);
        QVERIFY(!identity.ok());
        QVERIFY(identity.error().code == ErrorCode::Unauthorized);
    }
};

QTEST_GUILESS_MAIN(TestTokens)
#include "tst_tokens.moc"
