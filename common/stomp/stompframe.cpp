#include "stompframe.h"

#include <algorithm>
#include <array>

namespace gonggu::stomp {

namespace {
constexpr std::array kCommands{
    std::pair{Command::Connect, "CONNECT"},
    std::pair{Command::Stomp, "STOMP"},
    std::pair{Command::Connected, "CONNECTED"},
    std::pair{Command::Send, "SEND"},
    std::pair{Command::Subscribe, "SUBSCRIBE"},
    std::pair{Command::Unsubscribe, "UNSUBSCRIBE"},
    std::pair{Command::Ack, "ACK"},
    std::pair{Command::Nack, "NACK"},
    std::pair{Command::Begin, "BEGIN"},
    std::pair{Command::Commit, "COMMIT"},
    std::pair{Command::Abort, "ABORT"},
    std::pair{Command::Disconnect, "DISCONNECT"},
    std::pair{Command::Message, "MESSAGE"},
    std::pair{Command::Receipt, "RECEIPT"},
    std::pair{Command::Error, "ERROR"},
};
} // namespace

QByteArray toBytes(Command command) {
    for (const auto &[value, name] : kCommands) {
        if (value == command)
            return QByteArray(name);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Command> commandFromBytes(QByteArrayView text) {
    for (const auto &[value, name] : kCommands) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

bool headersAreEscaped(Command command, Version version) {
    if (version == Version::V1_0)
        return false;
    return command != Command::Connect && command != Command::Stomp &&
           command != Command::Connected;
}

bool headerNeedsEscaping(QByteArrayView raw) {
    return std::any_of(raw.begin(), raw.end(),
                       [](char c) { return c == '\\' || c == '\n' || c == ':' || c == '\r'; });
}

QByteArray escapeHeader(QByteArrayView raw, Version version) {
    QByteArray out;
    out.reserve(raw.size());
    for (const char c : raw) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case ':':
            out += "\\c";
            break;
        case '\r':
            // \r escaping exists only from 1.2 on; 1.1 peers get it raw.
            out += version == Version::V1_2 ? QByteArrayView("\\r") : QByteArrayView("\r");
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::optional<QByteArray> Frame::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QByteArray Frame::headerOr(QByteArrayView name, QByteArrayView fallback) const {
    const auto value = header(name);
    return value ? *value : fallback.toByteArray();
}

Frame &Frame::add(QByteArray name, QByteArray value) {
    headers.append({std::move(name), std::move(value)});
    return *this;
}

QByteArray Frame::serialize(Version version) const {
    const bool escaped = headersAreEscaped(command, version);
    QByteArray out;
    out.reserve(64 + body.size() + headers.size() * 32);
    out += toBytes(command);
    out += '\n';
    for (const auto &[name, value] : headers) {
        if (escaped) {
            out += escapeHeader(name, version);
            out += ':';
            out += escapeHeader(value, version);
        } else {
            out += name;
            out += ':';
            out += value;
        }
        out += '\n';
    }
    if (!body.isEmpty() && !hasHeader("content-length")) {
        out += "content-length:";
        out += QByteArray::number(body.size());
        out += '\n';
    }
    out += '\n';
    out += body;
    out += '\0';
    return out;
}

} // namespace gonggu::stomp
