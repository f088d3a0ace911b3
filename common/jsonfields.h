// Strict field access for JSON decoders: a missing or mistyped field becomes an
// Error that names the field; the first error wins and later reads are no-ops.
#pragma once

#include "errorcode.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace gonggu {

// Parses bytes that must hold one JSON object (valid UTF-8, no trailing garbage).
Result<QJsonObject> parseJsonObject(QByteArrayView bytes);

class JsonFields {
public:
    explicit JsonFields(const QJsonObject &object)
        : m_object(object) {}
    // It keeps a reference: a temporary object would be gone before the first read
    // (JsonFields(item.toObject()) crashed the optimised app on a reaction).
    explicit JsonFields(QJsonObject &&) = delete;

    QString string(QLatin1StringView key);
    std::optional<QString> optionalString(QLatin1StringView key); // missing or null -> nullopt
    qint64 integer(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    QDateTime time(QLatin1StringView key);
    std::optional<QDateTime> optionalTime(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);

    // An enum spelled as a string, decoded by `parse` (one of the *FromString functions).
    template <typename Parse>
    auto enumeration(QLatin1StringView key, Parse parse)
        -> std::remove_cvref_t<decltype(*parse(QStringView()))> {
        const QString text = string(key);
        if (!ok())
            return {};
        auto value = parse(text);
        if (!value) {
            fail(key, u"unknown value '" + text + u'\'');
            return {};
        }
        return *value;
    }

    template <typename Parse>
    auto optionalEnumeration(QLatin1StringView key, Parse parse)
        -> std::optional<std::remove_cvref_t<decltype(*parse(QStringView()))>> {
        const auto text = optionalString(key);
        if (!ok() || !text)
            return std::nullopt;
        auto value = parse(*text);
        if (!value)
            fail(key, u"unknown value '" + *text + u'\'');
        return value;
    }

    void fail(QLatin1StringView key, const QString &problem);
    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<QJsonValue> present(QLatin1StringView key, bool required);

    const QJsonObject &m_object;
    std::optional<Error> m_error;
};

// ISO-8601 UTC with milliseconds, e.g. 2026-11-23T10:00:00.000Z.
QString toIsoUtc(const QDateTime &time);
QJsonValue toIsoUtcOrNull(const std::optional<QDateTime> &time);

} // namespace gonggu
