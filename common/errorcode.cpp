#include "errorcode.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace gonggu {

namespace {
constexpr std::array kNames{
    std::pair{ErrorCode::BadRequest, "BAD_REQUEST"},
    std::pair{ErrorCode::Unauthorized, "UNAUTHORIZED"},
    std::pair{ErrorCode::Forbidden, "FORBIDDEN"},
    std::pair{ErrorCode::NotFound, "NOT_FOUND"},
    std::pair{ErrorCode::Conflict, "CONFLICT"},
    std::pair{ErrorCode::RoomFull, "ROOM_FULL"},
    std::pair{ErrorCode::RoomNotActive, "ROOM_NOT_ACTIVE"},
    std::pair{ErrorCode::RoomNotWritable, "ROOM_NOT_WRITABLE"},
    std::pair{ErrorCode::NotAMember, "NOT_A_MEMBER"},
    std::pair{ErrorCode::RateLimited, "RATE_LIMITED"},
    std::pair{ErrorCode::ContentInvalid, "CONTENT_INVALID"},
    std::pair{ErrorCode::Internal, "INTERNAL"},
    std::pair{ErrorCode::Unavailable, "UNAVAILABLE"},
};
} // namespace

QString toString(ErrorCode code) {
    for (const auto &[value, name] : kNames) {
        if (value == code)
            return QLatin1StringView(name);
    }
    return u"INTERNAL"_s;
}

std::optional<ErrorCode> errorCodeFromString(QStringView text) {
    for (const auto &[value, name] : kNames) {
        if (text == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

} // namespace gonggu
