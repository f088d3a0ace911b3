#include "websocketframes.h"

#include <QtEndian>
#include <optional>

namespace gonggu::server::websocket {

namespace {

bool isControl(Opcode opcode) {
    return quint8(opcode) & 0x8;
}

bool isKnown(quint8 opcode) {
    return opcode <= 0x2 || (opcode >= 0x8 && opcode <= 0xA);
}

// Codes a peer may send in a Close frame (RFC 6455 7.4.1, 7.4.2, and the
// IANA registry, which added 1012-1014 later).
bool isAcceptableCloseCode(quint16 code) {
    return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) ||
           (code >= 3000 && code <= 4999);
}

// Client payload bytes from `offset` on, in place (RFC 6455 5.3).
void unmask(char *bytes, qsizetype size, const uchar *mask, qsizetype offset = 0) {
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(bytes[i] ^ mask[(offset + i) & 3]);
}

} // namespace

void FrameReader::feed(QByteArrayView bytes) {
    if (m_failure)
        return;
    if (m_pos == m_buffer.size()) { // everything consumed: start over, keep nothing
        m_buffer.clear();
        m_pos = 0;
    } else if (m_pos > 4096 && m_pos > m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

ReadResult FrameReader::fail(quint16 code, const char *reason) {
    m_failure = Failure{code, QByteArray(reason)};
    m_buffer.clear();
    m_message.clear();
    m_pos = 0;
    return *m_failure;
}

ReadResult FrameReader::next() {
    if (m_failure)
        return *m_failure;
    for (;;) {
        const auto *data = reinterpret_cast<const uchar *>(m_buffer.constData()) + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        if (available < 2)
            return NeedMore{};
        const bool fin = data[0] & 0x80;
        if (data[0] & 0x70)
            return fail(CloseCode::ProtocolError, "reserved bits set without an extension");
        const quint8 rawOpcode = data[0] & 0x0F;
        if (!isKnown(rawOpcode))
            return fail(CloseCode::ProtocolError, "unknown opcode");
        const auto opcode = Opcode(rawOpcode);
        if (!(data[1] & 0x80))
            return fail(CloseCode::ProtocolError, "client frames must be masked");
        quint64 length = data[1] & 0x7F;
        qsizetype headerSize = 2;
        if (length == 126) {
            if (available < 4)
                return NeedMore{};
            length = qFromBigEndian<quint16>(data + 2);
            headerSize = 4;
        } else if (length == 127) {
            if (available < 10)
                return NeedMore{};
            length = qFromBigEndian<quint64>(data + 2);
            headerSize = 10;
            if (length >> 63)
                return fail(CloseCode::ProtocolError, "invalid payload length");
        }
        if (isControl(opcode) && (!fin || length > 125))
            return fail(CloseCode::ProtocolError, "control frames must be final and short");
        // Refuse before buffering: the limit bounds memory, not just messages.
        if (!isControl(opcode) && length + quint64(m_message.size()) > quint64(m_maxMessageBytes))
            return fail(CloseCode::TooBig, "message too big");
        // Fragmentation order is known from the header: refuse before waiting for the payload.
        if (!isControl(opcode)) {
            if (opcode == Opcode::Continuation && !m_inFragmentedMessage)
                return fail(CloseCode::ProtocolError, "continuation without a message");
            if (opcode != Opcode::Continuation && m_inFragmentedMessage)
                return fail(CloseCode::ProtocolError, "new message inside a fragmented one");
            if (opcode != Opcode::Continuation && m_frameChecked == 0) {
                m_messageOpcode = opcode;
                m_utf8.reset();
            }
        }
        const bool text = !isControl(opcode) && m_messageOpcode == Opcode::Text;
        if (available < headerSize + 4)
            return NeedMore{};
        const uchar *mask = data + headerSize;
        const qsizetype payloadAvailable = available - headerSize - 4;
        if (quint64(payloadAvailable) < length) {
            // Fail fast: a text frame that arrives in pieces is checked piece by piece.
            if (text && !checkText(mask + 4, mask, payloadAvailable))
                return fail(CloseCode::InvalidPayload, "text message is not UTF-8");
            return NeedMore{};
        }

        QByteArray payload(reinterpret_cast<const char *>(mask + 4), qsizetype(length));
        unmask(payload.data(), payload.size(), mask);
        m_pos += headerSize + 4 + qsizetype(length);
        if (m_pos == m_buffer.size()) {
            m_buffer.clear(); // nothing buffered between messages: idle costs nothing
            m_pos = 0;
        }

        if (isControl(opcode)) {
            if (opcode == Opcode::Close && !payload.isEmpty()) {
                if (payload.size() < 2)
                    return fail(CloseCode::ProtocolError, "close frame with a 1-byte payload");
                const quint16 code =
                    qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(payload.constData()));
                if (!isAcceptableCloseCode(code))
                    return fail(CloseCode::ProtocolError, "invalid close code");
                if (!isValidUtf8(QByteArrayView(payload).sliced(2)))
                    return fail(CloseCode::InvalidPayload, "close reason is not UTF-8");
            }
            return Message{opcode, std::move(payload)};
        }
        if (text) {
            const qsizetype checked = std::exchange(m_frameChecked, 0);
            if (!m_utf8.feed(QByteArrayView(payload).sliced(checked)) ||
                (fin && !m_utf8.complete()))
                return fail(CloseCode::InvalidPayload, "text message is not UTF-8");
        }
        if (opcode == Opcode::Continuation)
            m_message += payload;
        else
            m_message = std::move(payload);
        m_inFragmentedMessage = !fin;
        if (!fin)
            continue;
        return Message{m_messageOpcode, std::exchange(m_message, {})};
    }
}

bool FrameReader::checkText(const uchar *masked, const uchar *mask, qsizetype upTo) {
    if (upTo <= m_frameChecked)
        return true;
    QByteArray piece(reinterpret_cast<const char *>(masked) + m_frameChecked,
                     upTo - m_frameChecked);
    unmask(piece.data(), piece.size(), mask, m_frameChecked);
    m_frameChecked = upTo;
    return m_utf8.feed(piece);
}

void appendFrame(QByteArray &out, Opcode opcode, QByteArrayView payload) {
    appendFrame(out, opcode, {payload});
}

void appendFrame(QByteArray &out, Opcode opcode, std::initializer_list<QByteArrayView> parts) {
    quint64 length = 0;
    for (const QByteArrayView part : parts)
        length += quint64(part.size());
    uchar header[10];
    qsizetype headerSize = 2;
    header[0] = 0x80 | quint8(opcode);
    if (length < 126) {
        header[1] = uchar(length);
    } else if (length <= 0xFFFF) {
        header[1] = 126;
        qToBigEndian<quint16>(quint16(length), header + 2);
        headerSize = 4;
    } else {
        header[1] = 127;
        qToBigEndian<quint64>(length, header + 2);
        headerSize = 10;
    }
    // Grow geometrically: reserving exactly what this frame needs made every
    // frame of a fan-out copy the whole pending output again.
    const qsizetype needed = out.size() + headerSize + qsizetype(length);
    if (needed > out.capacity())
        out.reserve(qMax(needed, 2 * out.capacity()));
    out.append(reinterpret_cast<const char *>(header), headerSize);
    for (const QByteArrayView part : parts)
        out.append(part.data(), part.size());
}

QByteArray closePayload(quint16 code, QByteArrayView reason) {
    QByteArray payload(2, Qt::Uninitialized);
    qToBigEndian<quint16>(code, payload.data());
    qsizetype keep = qMin<qsizetype>(reason.size(), 123);
    // Never cut a UTF-8 sequence in half: back up to a lead byte.
    while (keep < reason.size() && keep > 0 && (uchar(reason[keep]) & 0xC0) == 0x80)
        --keep;
    payload.append(reason.data(), keep);
    return payload;
}

} // namespace gonggu::server::websocket
