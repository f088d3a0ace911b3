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
    Unavailable, // storage down or full: nothing was done, retry later
};

QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(QStringView text);

// An error as a value: a code from the contract plus a sentence for humans,
// and the request field at fault when there is one (so that clients can say
// what is wrong in their own language).
struct Error {
    Error() = default;
    Error(ErrorCode code, QString message, QString field = {})
        : code(code)
        , message(std::move(message))
        , field(std::move(field)) {}

    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace gonggu
