#include "utf8.h"

#include <cstring>

namespace gonggu {

bool Utf8Validator::feed(QByteArrayView bytes) {
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar *end = p + bytes.size();
    while (p < end) {
        if (m_pending > 0) {
            if (*p < m_min || *p > m_max)
                return false;
            ++p;
            --m_pending;
            m_min = 0x80;
            m_max = 0xBF;
            continue;
        }
        // ASCII runs are the common case: skip them eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const uchar lead = *p++;
        if (lead < 0x80)
            continue;
        if (lead >= 0xC2 && lead <= 0xDF) {
            m_pending = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            m_pending = 2;
            if (lead == 0xE0)
                m_min = 0xA0; // overlong
            else if (lead == 0xED)
                m_max = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            m_pending = 3;
            if (lead == 0xF0)
                m_min = 0x90; // overlong
            else if (lead == 0xF4)
                m_max = 0x8F; // above U+10FFFF
        } else {
            return false;
        }
    }
    return true;
}

bool isValidUtf8(QByteArrayView bytes) {
    Utf8Validator validator;
    return validator.feed(bytes) && validator.complete();
}

} // namespace gonggu
