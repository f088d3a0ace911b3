#include "jsonfields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gonggu {

Result<QJsonObject> parseJsonObject(QByteArrayView bytes) {
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(bytes.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error{ErrorCode::BadRequest,
                     u"malformed JSON at offset %1: %2"_s.arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    if (!document.isObject())
        return Error{ErrorCode::BadRequest, u"expected a JSON object"_s};
    return document.object();
}

void JsonFields::fail(QLatin1StringView key, const QString &problem) {
    if (!m_error)
        m_error = Error{ErrorCode::BadRequest, u"field '" + key + u"': " + problem, key};
}

std::optional<QJsonValue> JsonFields::present(QLatin1StringView key, bool required) {
    if (!ok())
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            fail(key, it == m_object.constEnd() ? u"missing"_s : u"must not be null"_s);
        return std::nullopt;
    }
    return *it;
}

QString JsonFields::string(QLatin1StringView key) {
    const auto value = present(key, true);
    if (!value)
        return {};
    if (!value->isString()) {
        fail(key, u"expected a string"_s);
        return {};
    }
    return value->toString();
}

std::optional<QString> JsonFields::optionalString(QLatin1StringView key) {
    const auto value = present(key, false);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        fail(key, u"expected a string"_s);
        return std::nullopt;
    }
    return value->toString();
}

static std::optional<qint64> integralValue(const QJsonValue &value) {
    if (!value.isDouble())
        return std::nullopt;
    // toInteger() is exact for integers parsed from JSON; a fraction or an
    // out-of-range double yields the default and is caught by the comparison.
    const qint64 asInteger = value.toInteger(std::numeric_limits<qint64>::min());
    if (asInteger == std::numeric_limits<qint64>::min()) {
        const double d = value.toDouble();
        if (d != std::floor(d) || std::abs(d) > 9.2e18)
            return std::nullopt;
        return static_cast<qint64>(d);
    }
    return asInteger;
}

qint64 JsonFields::integer(QLatin1StringView key) {
    const auto value = present(key, true);
    if (!value)
        return 0;
    const auto number = integralValue(*value);
    if (!number) {
        fail(key, u"expected an integer"_s);
        return 0;
    }
    return *number;
}

std::optional<qint64> JsonFields::optionalInteger(QLatin1StringView key) {
    const auto value = present(key, false);
    if (!value)
        return std::nullopt;
    const auto number = integralValue(*value);
    if (!number)
        fail(key, u"expected an integer"_s);
    return number;
}

bool JsonFields::boolean(QLatin1StringView key) {
    const auto value = present(key, true);
    if (!value)
        return false;
    if (!value->isBool()) {
        fail(key, u"expected true or false"_s);
        return false;
    }
    return value->toBool();
}

static std::optional<QDateTime> parseIsoTime(const QString &text) {
    auto time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

QDateTime JsonFields::time(QLatin1StringView key) {
    const QString text = string(key);
    if (!ok())
        return {};
    const auto time = parseIsoTime(text);
    if (!time) {
        fail(key, u"expected an ISO-8601 time"_s);
        return {};
    }
    return *time;
}

std::optional<QDateTime> JsonFields::optionalTime(QLatin1StringView key) {
    const auto text = optionalString(key);
    if (!text)
        return std::nullopt;
    const auto time = parseIsoTime(*text);
    if (!time)
        fail(key, u"expected an ISO-8601 time"_s);
    return time;
}

QJsonObject JsonFields::object(QLatin1StringView key) {
    const auto value = present(key, true);
    if (!value)
        return {};
    if (!value->isObject()) {
        fail(key, u"expected an object"_s);
        return {};
    }
    return value->toObject();
}

QString toIsoUtc(const QDateTime &time) {
    // By hand: QDateTime::toString went through QString::asprintf, a tenth of
    // the CPU of a history page. Same text: 2026-11-24T09:30:00.123Z.
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (!utc.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs);
    char text[24];
    const auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
    text[10] = 'T';
    put(11, clock.hour(), 2);
    text[13] = ':';
    put(14, clock.minute(), 2);
    text[16] = ':';
    put(17, clock.second(), 2);
    text[19] = '.';
    put(20, clock.msec(), 3);
    text[23] = 'Z';
    return QString::fromLatin1(text, 24);
}

QJsonValue toIsoUtcOrNull(const std::optional<QDateTime> &time) {
    return time ? QJsonValue(toIsoUtc(*time)) : QJsonValue(QJsonValue::Null);
}

} // namespace gonggu
