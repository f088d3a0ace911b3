#include "user.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu {

QJsonObject User::toJson() const {
    return {{u"id"_s, id}, {u"username"_s, username}, {u"displayName"_s, displayName}};
}

Result<User> User::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    User user;
    user.id = fields.string("id"_L1);
    user.username = fields.string("username"_L1);
    user.displayName = fields.string("displayName"_L1);
    if (!fields.ok())
        return fields.error();
    return user;
}

} // namespace gonggu
