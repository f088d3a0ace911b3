#include "deliveryaddress.h"

#include "content.h"
#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu {

namespace {

Error invalid(const QString &field, const QString &why) {
    return Error{ErrorCode::ContentInvalid, why, field};
}

QString digitsOf(QStringView text, bool *onlySeparators) {
    QString digits;
    *onlySeparators = true;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (!QStringView(u" -.()").contains(c))
            *onlySeparators = false;
    }
    return digits;
}

// Free text of one line: trimmed, within bounds, no control characters.
Result<QString> line(const QJsonObject &json, QLatin1StringView key, int min, int max) {
    JsonFields fields(json);
    const QString text = fields.string(key).trimmed();
    if (!fields.ok())
        return fields.error();
    const qsizetype length = characterCount(text);
    if (length < min || length > max)
        return invalid(QString(key),
                       u"%1 must be %2 to %3 characters"_s.arg(key).arg(min).arg(max));
    if (!isOneLine(text))
        return invalid(QString(key), u"%1 must be one line of text"_s.arg(key));
    return text;
}

} // namespace

Result<QString> normalizeKoreanPhone(QStringView text) {
    QStringView rest = text.trimmed();
    bool international = false;
    if (rest.startsWith(u'+')) {
        international = true;
        rest = rest.sliced(1);
    }
    bool clean = true;
    QString digits = digitsOf(rest, &clean);
    if (international) {
        if (!digits.startsWith(u"82"))
            return invalid(u"phone"_s, u"only Korean numbers (+82)"_s);
        digits = digits.sliced(2);
        if (!digits.startsWith(u'0'))
            digits.prepend(u'0');
    }
    if (!clean || !digits.startsWith(u'0'))
        return invalid(u"phone"_s, u"a Korean phone number, such as 010-1234-5678"_s);
    // The prefix, then a middle of 3 or 4 digits and the last 4.
    qsizetype prefix = 0;
    if (digits.startsWith(u"02"))
        prefix = 2;
    else if (digits.startsWith(u"050"))
        prefix = 4;
    else if (QStringView(digits).first(qMin<qsizetype>(2, digits.size())) == u"01" ||
             digits.startsWith(u"070") ||
             // area codes 031-033, 041-044, 051-055, 061-064 (060 is premium rate)
             (digits.size() > 2 && digits[1] >= u'3' && digits[1] <= u'6' && digits[2] >= u'1' &&
              digits[2] <= u'5'))
        prefix = 3;
    const qsizetype middle = digits.size() - prefix - 4;
    const bool mobile010 = digits.startsWith(u"010") || digits.startsWith(u"070");
    if (prefix == 0 || middle < 3 || middle > 4 || (mobile010 && middle != 4))
        return invalid(u"phone"_s, u"a Korean phone number, such as 010-1234-5678"_s);
    return QString(digits.first(prefix) + u'-' + digits.sliced(prefix, middle) + u'-' +
                   digits.last(4));
}

Result<QString> normalizePostalCode(QStringView text) {
    bool clean = true;
    const QString digits = digitsOf(text, &clean);
    if (!clean || digits.size() != 5)
        return invalid(u"postalCode"_s, u"a 5-digit postal code, such as 06236"_s);
    return digits;
}

QJsonObject DeliveryAddress::toJson() const {
    QJsonObject json{{u"recipient"_s, recipient}, {u"phone"_s, phone}, {u"address"_s, address}};
    if (!postalCode.isEmpty())
        json.insert(u"postalCode"_s, postalCode);
    return json;
}

Result<DeliveryAddress> DeliveryAddress::fromJson(const QJsonObject &json) {
    DeliveryAddress a;
    auto recipient = line(json, "recipient"_L1, 1, kMaxRecipientCharacters);
    if (!recipient)
        return recipient.error();
    a.recipient = *recipient;
    JsonFields fields(json);
    const QString phone = fields.string("phone"_L1);
    const QString postal = fields.optionalString("postalCode"_L1).value_or(QString());
    if (!fields.ok())
        return fields.error();
    auto normalized = normalizeKoreanPhone(phone);
    if (!normalized)
        return normalized.error();
    a.phone = *normalized;
    if (!postal.trimmed().isEmpty()) {
        auto code = normalizePostalCode(postal);
        if (!code)
            return code.error();
        a.postalCode = *code;
    }
    auto address = line(json, "address"_L1, kMinAddressCharacters, kMaxAddressCharacters);
    if (!address)
        return address.error();
    a.address = *address;
    return a;
}

QJsonObject AddressEntry::toJson() const {
    QJsonObject json = address.toJson();
    json.insert(u"userId"_s, userId);
    json.insert(u"displayName"_s, displayName);
    json.insert(u"updatedAt"_s, toIsoUtc(updatedAt));
    return json;
}

Result<AddressEntry> AddressEntry::fromJson(const QJsonObject &json) {
    auto address = DeliveryAddress::fromJson(json);
    if (!address)
        return address.error();
    JsonFields fields(json);
    AddressEntry entry;
    entry.userId = fields.string("userId"_L1);
    entry.displayName = fields.string("displayName"_L1);
    entry.updatedAt = fields.time("updatedAt"_L1);
    if (!fields.ok())
        return fields.error();
    entry.address = std::move(*address);
    return entry;
}

} // namespace gonggu
