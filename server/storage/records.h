// Plain data moved between storage and the rest: the room domain's records
// (rooms/ owns them) and the accounts'.
#pragma once

#include "rooms/roomrecords.h"

namespace gonggu::server {

struct AccountRecord {
    QString id;
    QString username;
    QString displayName;
    QString passwordHash;
};

} // namespace gonggu::server
