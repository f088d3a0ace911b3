// Result<T>: a value or an Error (std::expected is C++23; this is its small cousin).
#pragma once

#include "errorcode.h"

#include <utility>
#include <variant>

namespace gonggu {

template <typename T> class [[nodiscard]] Result {
public:
    // Default: an internal error (QFuture needs default-constructible results).
    Result()
        : m_data(std::in_place_index<1>, Error{ErrorCode::Internal, {}}) {}
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    static Result failure(ErrorCode code, QString message) {
        return Result(Error{code, std::move(message)});
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
struct Ok {
    friend bool operator==(Ok, Ok) = default;
};
using Status = Result<Ok>;
inline Status okStatus() {
    return Ok{};
}

} // namespace gonggu
