// Encryption at rest for message content: XChaCha20-Poly1305 (libsodium) with
// keys from a key file, a key id stored beside each row, and the room id as
// associated data (a ciphertext copied into another room does not open).
//
// Key file: "<id> <64 hex digits>" per line, '#' comments; the last line is the
// key for new rows. `rotate()` appends a fresh key; rows under older keys stay
// readable until the re-encryption pass (RoomService) has moved them.
// Thread-safe: the storage thread seals and opens while the main thread reloads.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QMap>
#include <QSqlDatabase>
#include <memory>
#include <shared_mutex>

namespace gonggu::server {

class MessageCipher {
public:
    // Reads the key file, creating it (mode 0600, one fresh key) if missing.
    static Result<std::shared_ptr<MessageCipher>> loadOrCreate(const QString &path);
    // Appends a fresh key to the file (atomically) and returns its id.
    static Result<int> rotate(const QString &path);

    struct Sealed {
        int keyId = 0;
        QByteArray text; // base64(nonce || ciphertext || tag); raw from sealBytes
    };
    // Under `keyId` if given (so that two columns of one row share a key), else the current.
    Sealed seal(QStringView plaintext, qint64 roomId, std::optional<int> keyId = {}) const;
    Result<QString> open(int keyId, const QByteArray &text, qint64 roomId) const;
    // Bytes (a file): `text` is then nonce || ciphertext || tag, not base64;
    // `associatedData` binds the box to where it belongs.
    Sealed sealBytes(QByteArrayView plain, QByteArrayView associatedData,
                     std::optional<int> keyId = {}) const;
    Result<QByteArray> openBytes(int keyId, QByteArrayView sealed,
                                 QByteArrayView associatedData) const;

    int currentKeyId() const;
    // Re-reads the key file; true if the current key changed.
    Result<bool> reload();
    QString path() const { return m_path; }

private:
    using Key = QByteArray; // crypto_aead_xchacha20poly1305_ietf_KEYBYTES
    struct KeyFile {
        QByteArray text;
        QMap<int, Key> keys;
        int current = 0; // the id on the last key line
    };
    static Result<KeyFile> readKeyFile(const QString &path);

    QString m_path;
    mutable std::shared_mutex m_lock; // std, not QReadWriteLock: visible to ThreadSanitizer
    QMap<int, Key> m_keys;
    int m_current = 0;
};

// The cipher a storage connection uses (set once by the storage thread).
void attachCipher(QSqlDatabase &db, std::shared_ptr<const MessageCipher> cipher);
const MessageCipher *cipherOf(const QSqlDatabase &db);

} // namespace gonggu::server
