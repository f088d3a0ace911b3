// Incremental, strict STOMP 1.2 parser: bytes in (split anywhere), frames out.
#pragma once

#include "../result.h"
#include "stompframe.h"

namespace gonggu::stomp {

struct ParserLimits {
    qsizetype maxFrameBytes = 64 * 1024; // whole frame, command to NUL
    qsizetype maxHeaders = 64;
    qsizetype maxLineBytes = 8 * 1024; // one header line
};

class Parser {
public:
    explicit Parser(ParserLimits limits = {})
        : m_limits(limits) {}

    // Header escaping depends on the negotiated version (1.0 has none).
    void setVersion(Version version) { m_version = version; }
    Version version() const { return m_version; }

    void feed(QByteArrayView bytes);

    // The next complete frame; nullopt while more bytes are needed. A broken stream
    // gives an Error (BAD_REQUEST with the reason) and the parser stays failed.
    Result<std::optional<Frame>> next();

    // EOLs seen between frames (heart-beats from the peer).
    qsizetype heartbeats() const { return m_heartbeats; }
    bool failed() const { return m_error.has_value(); }
    // Bytes buffered but not yet part of a returned frame.
    qsizetype pendingBytes() const { return m_buffer.size() - m_pos; }

private:
    enum class Stage { Command, Headers, Body };

    Result<std::optional<Frame>> fail(QString reason);
    std::optional<QByteArrayView> takeLine(); // without EOL; nullopt if incomplete
    Status addHeaderLine(QByteArrayView line);
    Status startBody();
    Result<std::optional<Frame>> finishFrame(qsizetype bodyEnd);
    bool frameTooLarge() const { return m_buffer.size() - m_frameStart > m_limits.maxFrameBytes; }

    ParserLimits m_limits;
    Version m_version = Version::V1_2;
    QByteArray m_buffer;
    qsizetype m_pos = 0;        // first unconsumed byte
    qsizetype m_scan = 0;       // where the search for the next delimiter resumes
    qsizetype m_frameStart = 0; // first byte of the frame being read
    Stage m_stage = Stage::Command;
    Frame m_frame;
    std::optional<qsizetype> m_contentLength;
    qsizetype m_heartbeats = 0;
    std::optional<Error> m_error;
};

} // namespace gonggu::stomp
