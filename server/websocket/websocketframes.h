// RFC 6455 framing for the server side, without a socket: a reader that turns
// client bytes (split anywhere) into whole messages and control frames, and an
// encoder that appends unmasked server frames to an output buffer. Pure, so it
// can be fuzzed alone; the connection that uses it stays small.
#pragma once

#include "common/utf8.h"

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>
#include <optional>
#include <variant>

namespace gonggu::server::websocket {

enum class Opcode : quint8 {
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA,
};

// Close codes this server sends (RFC 6455, 7.4.1).
namespace CloseCode {
inline constexpr quint16 Normal = 1000;
inline constexpr quint16 GoingAway = 1001;
inline constexpr quint16 ProtocolError = 1002;
inline constexpr quint16 InvalidPayload = 1007; // text that is not UTF-8
inline constexpr quint16 TooBig = 1009;
} // namespace CloseCode

// A whole data message (fragments joined, unmasked) or one control frame.
struct Message {
    Opcode opcode = Opcode::Text; // Text, Binary, Close, Ping or Pong
    QByteArray payload;
};

// The stream broke a rule; the connection ends with this close code.
struct Failure {
    quint16 closeCode = CloseCode::ProtocolError;
    QByteArray reason; // ASCII, at most 123 bytes
};

struct NeedMore {};

using ReadResult = std::variant<NeedMore, Message, Failure>;

class FrameReader {
public:
    explicit FrameReader(qsizetype maxMessageBytes)
        : m_maxMessageBytes(maxMessageBytes) {}

    void feed(QByteArrayView bytes);
    // The next message or control frame. After a Failure the reader stays failed.
    ReadResult next();
    // Bytes held: unparsed input plus fragments of an unfinished message.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_pos + m_message.size(); }

private:
    ReadResult fail(quint16 code, const char *reason);
    // Checks the text bytes of the current frame from m_frameChecked on.
    bool checkText(const uchar *masked, const uchar *mask, qsizetype upTo);

    qsizetype m_maxMessageBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QByteArray m_message; // fragments so far
    Opcode m_messageOpcode = Opcode::Text;
    bool m_inFragmentedMessage = false;
    Utf8Validator m_utf8;         // the text message so far
    qsizetype m_frameChecked = 0; // payload bytes of the current frame already validated
    std::optional<Failure> m_failure;
};

// Appends one unmasked, final frame carrying `payload`, or the parts in order
// as one payload (written straight into `out`, never assembled first).
void appendFrame(QByteArray &out, Opcode opcode, QByteArrayView payload);
void appendFrame(QByteArray &out, Opcode opcode, std::initializer_list<QByteArrayView> parts);
// The payload of a Close frame: code, then a reason cut to fit 125 bytes.
QByteArray closePayload(quint16 code, QByteArrayView reason);

} // namespace gonggu::server::websocket
