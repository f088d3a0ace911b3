// Built-in accounts: register and log in with Argon2id-hashed passwords.
#pragma once

#include "loginthrottle.h"
#include "tokenservice.h"

#include "common/user.h"

#include <qcoro/qcorotask.h>

namespace gonggu::server {

class StorageThread;

struct Session {
    QString token;
    QDateTime expiresAt;
    User user;
};

class AccountService {
public:
    AccountService(StorageThread &storage, const TokenService &tokens, int loginAttempts);

    // CONFLICT if the username is taken, BAD_REQUEST for invalid fields.
    QCoro::Task<Result<Session>> registerAccount(QString username, QString password,
                                                 QString displayName);
    // UNAUTHORIZED for an unknown user or a wrong password (the same answer for both);
    // RATE_LIMITED after too many failures for the account or from the address.
    QCoro::Task<Result<Session>> login(QString username, QString password, QHostAddress peer);

private:
    Session sessionFor(const User &user) const;

    StorageThread &m_storage;
    const TokenService &m_tokens;
    LoginThrottle m_throttle;
};

} // namespace gonggu::server
