// Argon2id password hashing (libsodium's crypto_pwhash_str, interactive limits).
#pragma once

#include <QString>
#include <optional>

namespace gonggu::server::passwords {

// Blocking (~0.1 s, 64 MiB): call from a worker thread, not the event loop.
std::optional<QString> hash(const QString &password);
bool verify(const QString &password, const QString &storedHash);

} // namespace gonggu::server::passwords
