#include "accountservice.h"

#include "ops/metrics.h"

#include "passwords.h"
#include "storage/repository.h"
#include "storage/storagethread.h"

#include "common/content.h"

#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {
Status validate(const QString &username, const QString &password, const QString &displayName) {
    static const QRegularExpression usernamePattern(u"^[a-z0-9_.-]{3,32}$"_s);
    if (!usernamePattern.match(username).hasMatch())
        return Error{ErrorCode::BadRequest, u"username: 3-32 of a-z, 0-9, '_', '.', '-'"_s,
                     u"username"_s};
    if (password.size() < 8 || password.size() > 256)
        return Error{ErrorCode::BadRequest, u"password: 8-256 characters"_s, u"password"_s};
    if (displayName.trimmed().isEmpty() || characterCount(displayName) > 64 ||
        !validateContent(displayName).ok() || displayName.contains(u'\n'))
        return Error{ErrorCode::BadRequest, u"displayName: 1-64 printable characters"_s,
                     u"displayName"_s};
    return okStatus();
}
} // namespace

AccountService::AccountService(StorageThread &storage, const TokenService &tokens,
                               int loginAttempts)
    : m_storage(storage)
    , m_tokens(tokens)
    , m_throttle(loginAttempts, std::chrono::minutes(15)) {
}

Session AccountService::sessionFor(const User &user) const {
    const auto issued = m_tokens.issue(Identity{user.id, user.displayName, {}});
    return Session{issued.token, issued.expiresAt, user};
}

QCoro::Task<Result<Session>> AccountService::registerAccount(QString username, QString password,
                                                             QString displayName) {
    if (auto s = validate(username, password, displayName); !s)
        co_return s.error();
    // Hashing takes ~0.1 s of CPU: off the event loop.
    const auto hashed =
        co_await QtConcurrent::run([password] { return passwords::hash(password); });
    if (!hashed)
        co_return Error{ErrorCode::Internal, u"could not hash the password"_s};
    const AccountRecord account{u"u-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12),
                                username, displayName, *hashed};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto saved = co_await m_storage.run<Ok>([account, now](QSqlDatabase &db) -> Status {
        auto existing = repository::findAccount(db, account.username);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{ErrorCode::Conflict, u"username is taken"_s, u"username"_s};
        return repository::insertAccount(db, account, now);
    });
    if (!saved)
        co_return saved.error();
    co_return sessionFor(User{account.id, account.username, account.displayName});
}

QCoro::Task<Result<Session>> AccountService::login(QString username, QString password,
                                                   QHostAddress peer) {
    const Error refused{ErrorCode::Unauthorized, u"wrong username or password"_s};
    if (const auto wait = m_throttle.retryAfter(username, peer); wait.count() > 0) {
        metrics::loginsThrottled.add();
        const auto minutes = std::chrono::ceil<std::chrono::minutes>(wait).count();
        co_return Error{ErrorCode::RateLimited,
                        u"too many failed logins; try again in %1 minute(s)"_s.arg(minutes)};
    }
    auto found = co_await m_storage.run<std::optional<AccountRecord>>(
        [username](QSqlDatabase &db) { return repository::findAccount(db, username); });
    if (!found)
        co_return found.error();
    // Verify against a real hash even for unknown users so timing reveals nothing. The
    // decoy is hashed once, on the worker thread like every hash (not on the event loop).
    const std::optional<QString> storedHash =
        found->has_value() ? std::optional<QString>((*found)->passwordHash) : std::nullopt;
    const bool matches = co_await QtConcurrent::run([password, storedHash] {
        static const QString decoy = passwords::hash(u"decoy-password"_s).value_or(QString());
        return passwords::verify(password, storedHash.value_or(decoy));
    });
    if (!found->has_value() || !matches) {
        m_throttle.recordFailure(username, peer);
        co_return refused;
    }
    m_throttle.recordSuccess(username, peer);
    const AccountRecord &account = **found;
    co_return sessionFor(User{account.id, account.username, account.displayName});
}

} // namespace gonggu::server
