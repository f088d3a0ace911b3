// Delivery details as buyers type them: Korean phone numbers in every usual
// spelling become one form, postal codes too, and what is not one is refused with
// the field it is about.
#include "common/deliveryaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace gonggu;

class TestDeliveryAddress : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void phoneNumbersAsPeopleTypeThem_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized"); // empty: refused
        QTest::newRow("mobile, hyphens") << u"010-1234-5678"_s << u"010-1234-5678"_s;
        QTest::newRow("mobile, digits only") << u"01012345678"_s << u"010-1234-5678"_s;
        QTest::newRow("mobile, spaces") << u" 010 1234 5678 "_s << u"010-1234-5678"_s;
        QTest::newRow("mobile, dots") << u"010.1234.5678"_s << u"010-1234-5678"_s;
        QTest::newRow("+82, no zero") << u"+82 10-1234-5678"_s << u"010-1234-5678"_s;
        QTest::newRow("+82, with zero") << u"+82 010 1234 5678"_s << u"010-1234-5678"_s;
        QTest::newRow("old mobile, 3 middle") << u"011-123-4567"_s << u"011-123-4567"_s;
        QTest::newRow("Seoul, 3 middle") << u"02-123-4567"_s << u"02-123-4567"_s;
        QTest::newRow("Seoul, 4 middle") << u"(02) 1234-5678"_s << u"02-1234-5678"_s;
        QTest::newRow("Gyeonggi") << u"0311234567"_s << u"031-123-4567"_s;
        QTest::newRow("Jeju") << u"064-123-4567"_s << u"064-123-4567"_s;
        QTest::newRow("internet phone") << u"070-1234-5678"_s << u"070-1234-5678"_s;
        QTest::newRow("safe number") << u"0505-123-4567"_s << u"0505-123-4567"_s;
        QTest::newRow("010 needs 4 in the middle") << u"010-123-4567"_s << QString();
        QTest::newRow("too short") << u"010-1234"_s << QString();
        QTest::newRow("too long") << u"010-1234-56789"_s << QString();
        QTest::newRow("letters") << u"010-CALL-ME"_s << QString();
        QTest::newRow("another country") << u"+1 415 555 0100"_s << QString();
        QTest::newRow("no leading zero") << u"10-1234-5678"_s << QString();
        QTest::newRow("premium rate") << u"060-123-4567"_s << QString();
        QTest::newRow("full-width digits") << u"０１０-１２３４-５６７８"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void phoneNumbersAsPeopleTypeThem() {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        const auto result = normalizeKoreanPhone(typed);
        if (normalized.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(toString(result.error().code), toString(ErrorCode::ContentInvalid));
            QCOMPARE(result.error().field, u"phone"_s);
        } else {
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            QCOMPARE(*result, normalized);
        }
    }

    void postalCodes() {
        QCOMPARE(*normalizePostalCode(u"06236"_s), u"06236"_s);
        QCOMPARE(*normalizePostalCode(u" 062 36 "_s), u"06236"_s);
        QVERIFY(!normalizePostalCode(u"135-080"_s)); // the six digits before 2015
        QVERIFY(!normalizePostalCode(u"0623"_s));
        QVERIFY(!normalizePostalCode(u"O6236"_s));
    }

    void anAddressIsCheckedFieldByField() {
        const QJsonObject good{{u"recipient"_s, u" 김민수 "_s},
                               {u"phone"_s, u"01012345678"_s},
                               {u"postalCode"_s, u"06236"_s},
                               {u"address"_s, u"서울 강남구 테헤란로 123, 101동 1001호"_s}};
        const auto address = DeliveryAddress::fromJson(good);
        QVERIFY(address);
        QCOMPARE(address->recipient, u"김민수"_s); // trimmed
        QCOMPARE(address->phone, u"010-1234-5678"_s);
        // What it writes reads back the same.
        QCOMPARE(*DeliveryAddress::fromJson(address->toJson()), *address);

        const auto refusedOn = [&](const char *key, const QJsonValue &value) {
            QJsonObject bad = good;
            if (value.isUndefined())
                bad.remove(QLatin1StringView(key));
            else
                bad.insert(QLatin1StringView(key), value);
            const auto result = DeliveryAddress::fromJson(bad);
            return result ? QString() : result.error().field;
        };
        QCOMPARE(refusedOn("recipient", u"  "_s), u"recipient"_s);
        QCOMPARE(refusedOn("recipient", QString(51, u'가')), u"recipient"_s);
        QCOMPARE(refusedOn("phone", u"not a phone"_s), u"phone"_s);
        QCOMPARE(refusedOn("phone", QJsonValue::Undefined), u"phone"_s);
        QCOMPARE(refusedOn("postalCode", u"12"_s), u"postalCode"_s);
        QCOMPARE(refusedOn("postalCode", QJsonValue::Undefined), QString()); // optional
        QCOMPARE(refusedOn("address", u"서울"_s), u"address"_s);             // too short
        QCOMPARE(refusedOn("address", u"서울 강남구\n테헤란로 123"_s), u"address"_s);
        QCOMPARE(refusedOn("address", QString(201, u'가')), u"address"_s);
    }
};

QTEST_APPLESS_MAIN(TestDeliveryAddress)
#include "tst_deliveryaddress.moc"
