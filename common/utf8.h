// Strict UTF-8 (no overlong forms, surrogates or code points above U+10FFFF),
// the one check behind every "must be UTF-8" of the wire: WebSocket text,
// STOMP headers and bodies, user-written content.
#pragma once

#include <QByteArrayView>

namespace gonggu {

// Checks bytes as they arrive split anywhere: feed() reports the first byte
// that can never become valid at once (fail fast), complete() that no
// sequence is left half finished. After a false feed(), reset() before reuse.
class Utf8Validator {
public:
    bool feed(QByteArrayView bytes);
    bool complete() const { return m_pending == 0; }
    void reset() { *this = Utf8Validator(); }

private:
    int m_pending = 0;                 // continuation bytes still expected
    quint8 m_min = 0x80, m_max = 0xBF; // bounds of the next continuation byte
};

// The whole of `bytes` is strict UTF-8.
bool isValidUtf8(QByteArrayView bytes);

} // namespace gonggu
