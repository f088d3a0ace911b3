// A STOMP 1.2 frame and its serialization (https://stomp.github.io/stomp-specification-1.2.html).
#pragma once

#include <QByteArray>
#include <QList>
#include <optional>
#include <utility>

namespace gonggu::stomp {

enum class Command {
    Connect,
    Stomp,
    Connected,
    Send,
    Subscribe,
    Unsubscribe,
    Ack,
    Nack,
    Begin,
    Commit,
    Abort,
    Disconnect,
    Message,
    Receipt,
    Error,
};

enum class Version { V1_0, V1_1, V1_2 };

QByteArray toBytes(Command command);
std::optional<Command> commandFromBytes(QByteArrayView text);

// CONNECT, STOMP and CONNECTED never escape header octets (spec 1.2, "Value Encoding").
bool headersAreEscaped(Command command, Version version);

QByteArray escapeHeader(QByteArrayView raw, Version version);
// Whether escapeHeader could change `raw`: a scan, no allocation.
bool headerNeedsEscaping(QByteArrayView raw);

struct Frame {
    Command command = Command::Send;
    // In wire order; repeated names are kept, the first one counts.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    std::optional<QByteArray> header(QByteArrayView name) const;
    QByteArray headerOr(QByteArrayView name, QByteArrayView fallback = {}) const;
    bool hasHeader(QByteArrayView name) const { return header(name).has_value(); }
    // Appends a header (use for building frames; first occurrence wins on read).
    Frame &add(QByteArray name, QByteArray value);

    // Wire bytes, NUL-terminated. Bodies get a content-length header unless one is set.
    QByteArray serialize(Version version = Version::V1_2) const;
};

} // namespace gonggu::stomp
