#pragma once

#include "result.h"

#include <QJsonObject>

namespace gonggu {

// An account as PROTOCOL.md's `user`: {id, username, displayName}.
struct User {
    QString id;
    QString username;
    QString displayName;

    QJsonObject toJson() const;
    static Result<User> fromJson(const QJsonObject &json);
    friend bool operator==(const User &, const User &) = default;
};

} // namespace gonggu
