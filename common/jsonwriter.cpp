#include "jsonwriter.h"

namespace gonggu {

void JsonWriter::beforeValue() {
    if (m_afterKey)
        m_afterKey = false;
    else if (m_needComma)
        m_out.append(',');
}

JsonWriter &JsonWriter::open(char bracket) {
    beforeValue();
    m_out.append(bracket);
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::close(char bracket) {
    m_out.append(bracket);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::raw(QByteArrayView json) {
    beforeValue();
    m_out.append(json);
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name) {
    if (m_needComma)
        m_out.append(',');
    appendString(QByteArrayView(name.data(), name.size()));
    m_out.append(':');
    m_afterKey = true;
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text) {
    beforeValue();
    appendString(text.toUtf8()); // lone surrogates become U+FFFD: always valid UTF-8
    m_needComma = true;
    return *this;
}

void JsonWriter::appendString(QByteArrayView utf8) {
    // RFC 8259: quote, backslash and control characters are escaped; the
    // rest, multi-byte UTF-8 included, goes out as it is.
    static constexpr char hex[] = "0123456789abcdef";
    m_out.append('"');
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte >= 0x20 && byte != '"' && byte != '\\')
            continue;
        m_out.append(utf8.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (byte) {
        case '"':
            m_out.append("\\\"");
            break;
        case '\\':
            m_out.append("\\\\");
            break;
        case '\n':
            m_out.append("\\n");
            break;
        case '\r':
            m_out.append("\\r");
            break;
        case '\t':
            m_out.append("\\t");
            break;
        case '\b':
            m_out.append("\\b");
            break;
        case '\f':
            m_out.append("\\f");
            break;
        default:
            m_out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        }
    }
    m_out.append(utf8.sliced(plainFrom));
    m_out.append('"');
}

} // namespace gonggu
