// Error codes of the wire contract (PROTOCOL.md, "Error codes").
#pragma once

#include <QString>
#include <optional>

namespace gonggu {

enum class ErrorCode {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    RoomFull,
    RoomNotActive,
    RoomNotWritable,
    NotAMember,
    RateLimited,
    ContentInvalid,
    Internal,
};

QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(QStringView text);

// An error as a value: a code from the contract plus a sentence for humans.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace gonggu
