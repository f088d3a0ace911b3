// Compact JSON written straight to UTF-8 bytes, for the paths that run per
// message: every MESSAGE frame and every history page. QJsonObject builds a
// CBOR tree, allocates per field and sorts keys; in a profile of newest-50
// history pages, building and serializing those objects was a third of the
// server's CPU.
#pragma once

#include <QByteArray>
#include <QString>

namespace gonggu {

class JsonWriter {
public:
    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    JsonWriter &key(QLatin1StringView name); // our keys are ASCII
    JsonWriter &value(QStringView text);
    JsonWriter &value(qint64 number) { return raw(QByteArray::number(number)); }
    JsonWriter &value(bool flag) { return raw(flag ? "true" : "false"); }
    JsonWriter &null() { return raw("null"); }
    // A value that is JSON already: a literal, or one written by another JsonWriter.
    JsonWriter &raw(QByteArrayView json);

    QByteArray take() { return std::move(m_out); }

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void beforeValue();
    void appendString(QByteArrayView utf8);

    QByteArray m_out;
    bool m_needComma = false;
    bool m_afterKey = false;
};

} // namespace gonggu
