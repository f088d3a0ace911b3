#include "stompparser.h"

#include "../utf8.h"

using namespace Qt::StringLiterals;

namespace gonggu::stomp {

namespace {

bool mayHaveBody(Command command) {
    return command == Command::Send || command == Command::Message || command == Command::Error;
}

Result<QByteArray> unescape(QByteArrayView raw, Version version) {
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i == raw.size())
            return Error{ErrorCode::BadRequest, u"header ends in a lone backslash"_s};
        switch (raw[i]) {
        case '\\':
            out += '\\';
            break;
        case 'n':
            out += '\n';
            break;
        case 'c':
            out += ':';
            break;
        case 'r':
            if (version == Version::V1_2) {
                out += '\r';
                break;
            }
            [[fallthrough]];
        default:
            return Error{ErrorCode::BadRequest, u"undefined escape sequence in header"_s};
        }
    }
    return out;
}

} // namespace

void Parser::feed(QByteArrayView bytes) {
    if (m_error)
        return;
    // Drop consumed bytes before growing the buffer, keeping offsets consistent.
    if (m_pos > 0 && (m_pos == m_buffer.size() || m_pos > 16 * 1024)) {
        m_buffer.remove(0, m_pos);
        m_scan -= m_pos;
        m_frameStart -= m_pos;
        m_pos = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

Result<std::optional<Frame>> Parser::fail(QString reason) {
    m_error = Error{ErrorCode::BadRequest, std::move(reason)};
    m_buffer.clear();
    return *m_error;
}

std::optional<QByteArrayView> Parser::takeLine() {
    const qsizetype newline = m_buffer.indexOf('\n', m_scan);
    if (newline < 0) {
        m_scan = m_buffer.size();
        return std::nullopt;
    }
    QByteArrayView line(m_buffer.constData() + m_pos, newline - m_pos);
    if (line.endsWith('\r'))
        line.chop(1);
    m_pos = m_scan = newline + 1;
    return line;
}

Status Parser::addHeaderLine(QByteArrayView line) {
    if (m_frame.headers.size() >= m_limits.maxHeaders)
        return Error{ErrorCode::BadRequest, u"more than %1 headers"_s.arg(m_limits.maxHeaders)};
    if (line.size() > m_limits.maxLineBytes)
        return Error{ErrorCode::BadRequest,
                     u"header line longer than %1 bytes"_s.arg(m_limits.maxLineBytes)};
    if (line.contains('\0') || line.contains('\r'))
        return Error{ErrorCode::BadRequest, u"header contains NUL or a bare CR"_s};
    // STOMP 1.2 headers are UTF-8; a peer's bytes that are not must never be
    // echoed back (a receipt id in a RECEIPT sent as a WebSocket text frame).
    if (!isValidUtf8(line))
        return Error{ErrorCode::BadRequest, u"header is not UTF-8"_s};
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return Error{ErrorCode::BadRequest, u"header line without a name and ':'"_s};
    const QByteArrayView name = line.first(colon);
    const QByteArrayView value = line.sliced(colon + 1);
    if (!headersAreEscaped(m_frame.command, m_version)) {
        m_frame.add(name.toByteArray(), value.toByteArray());
        return okStatus();
    }
    auto decodedName = unescape(name, m_version);
    if (!decodedName)
        return decodedName.error();
    auto decodedValue = unescape(value, m_version);
    if (!decodedValue)
        return decodedValue.error();
    m_frame.add(std::move(decodedName).value(), std::move(decodedValue).value());
    return okStatus();
}

Status Parser::startBody() {
    m_contentLength.reset();
    if (const auto length = m_frame.header("content-length")) {
        bool valid = false;
        const qlonglong parsed = length->toLongLong(&valid);
        const bool digitsOnly =
            !length->isEmpty() && std::all_of(length->begin(), length->end(),
                                              [](char c) { return c >= '0' && c <= '9'; });
        if (!valid || !digitsOnly || parsed < 0)
            return Error{ErrorCode::BadRequest, u"content-length is not a number"_s};
        if (parsed > m_limits.maxFrameBytes)
            return Error{ErrorCode::BadRequest,
                         u"frame larger than %1 bytes"_s.arg(m_limits.maxFrameBytes)};
        m_contentLength = parsed;
    }
    m_stage = Stage::Body;
    m_scan = m_pos;
    return okStatus();
}

Result<std::optional<Frame>> Parser::finishFrame(qsizetype bodyEnd) {
    m_frame.body = m_buffer.mid(m_pos, bodyEnd - m_pos);
    if (!m_frame.body.isEmpty() && !mayHaveBody(m_frame.command))
        return fail(QString::fromLatin1(toBytes(m_frame.command)) + u" frames carry no body"_s);
    m_pos = m_scan = m_frameStart = bodyEnd + 1;
    m_stage = Stage::Command;
    std::optional<Frame> done = std::move(m_frame);
    m_frame = {};
    return done;
}

Result<std::optional<Frame>> Parser::next() {
    if (m_error)
        return *m_error;
    for (;;) {
        switch (m_stage) {
        case Stage::Command: {
            m_frameStart = m_pos;
            const auto line = takeLine();
            if (!line) {
                if (m_buffer.size() - m_pos > m_limits.maxLineBytes)
                    return fail(u"command line too long"_s);
                return std::optional<Frame>();
            }
            if (line->isEmpty()) {
                ++m_heartbeats;
                continue;
            }
            const auto command = commandFromBytes(*line);
            if (!command)
                return fail(u"unknown command"_s);
            m_frame = {};
            m_frame.command = *command;
            m_stage = Stage::Headers;
            break;
        }
        case Stage::Headers: {
            const auto line = takeLine();
            if (!line) {
                if (frameTooLarge() || m_buffer.size() - m_pos > m_limits.maxLineBytes)
                    return fail(u"frame header too large"_s);
                return std::optional<Frame>();
            }
            const Status status = line->isEmpty() ? startBody() : addHeaderLine(*line);
            if (!status)
                return fail(status.error().message);
            break;
        }
        case Stage::Body: {
            if (m_contentLength) {
                const qsizetype end = m_pos + *m_contentLength;
                if (m_buffer.size() <= end) {
                    if (frameTooLarge())
                        return fail(u"frame too large"_s);
                    return std::optional<Frame>();
                }
                if (m_buffer.at(end) != '\0')
                    return fail(u"body not followed by NUL at content-length"_s);
                if (end + 1 - m_frameStart > m_limits.maxFrameBytes)
                    return fail(u"frame too large"_s);
                return finishFrame(end);
            }
            const qsizetype nul = m_buffer.indexOf('\0', m_scan);
            if (nul < 0) {
                m_scan = m_buffer.size();
                if (frameTooLarge())
                    return fail(u"frame too large"_s);
                return std::optional<Frame>();
            }
            if (nul + 1 - m_frameStart > m_limits.maxFrameBytes)
                return fail(u"frame too large"_s);
            return finishFrame(nul);
        }
        }
    }
}

} // namespace gonggu::stomp
