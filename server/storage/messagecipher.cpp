#include "messagecipher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlDriver>
#include <mutex>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

constexpr qsizetype kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr auto kHeader = "# Gonggu message keys: '<id> <hex key>', the last line encrypts new "
                         "messages.\n# Keep every key that rows may still use; losing one loses "
                         "those messages.\n";

QByteArray associatedData(qint64 roomId) {
    return "gonggu-message:room:" + QByteArray::number(roomId);
}

const auto *bytes(const QByteArray &data) {
    return reinterpret_cast<const unsigned char *>(data.constData());
}

// libsodium's strict decoder (we wrote the text with toBase64): Qt's lenient
// QByteArray::fromBase64 was a tenth of the server's CPU for history pages.
QByteArray fromBase64(const QByteArray &text) {
    QByteArray out(text.size() / 4 * 3 + 3, Qt::Uninitialized);
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                          text.constData(), size_t(text.size()), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0)
        return {};
    out.truncate(qsizetype(length));
    return out;
}

QByteArray freshKeyLine(int id) {
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    const QByteArray line = QByteArray::number(id) + ' ' + key.toHex() + '\n';
    sodium_memzero(key.data(), size_t(key.size()));
    return line;
}

Status writeKeyFile(const QString &path, const QByteArray &contents) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Internal, u"cannot write key file "_s + path};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(contents);
    if (!file.commit())
        return Error{ErrorCode::Internal, u"cannot write key file "_s + path};
    return okStatus();
}

} // namespace

Result<MessageCipher::KeyFile> MessageCipher::readKeyFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::Internal, u"cannot read key file "_s + path};
    KeyFile parsed;
    parsed.text = file.readAll();
    int lineNumber = 0;
    for (const QByteArray &raw : parsed.text.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        bool ok = false;
        const int id = parts.value(0).toInt(&ok);
        const QByteArray key = QByteArray::fromHex(parts.value(1));
        if (parts.size() != 2 || !ok || id <= 0 || key.size() != kKeyBytes ||
            parsed.keys.contains(id))
            return Error{ErrorCode::Internal,
                         u"%1:%2: expected '<id> <64 hex digits>'"_s.arg(path).arg(lineNumber)};
        parsed.keys.insert(id, key);
        parsed.current = id; // the last line's key seals new messages
    }
    if (parsed.keys.isEmpty())
        return Error{ErrorCode::Internal, u"no keys in "_s + path};
    return parsed;
}

Result<std::shared_ptr<MessageCipher>> MessageCipher::loadOrCreate(const QString &path) {
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal, u"libsodium failed to initialise"_s};
    if (!QFileInfo::exists(path)) {
        if (auto s = writeKeyFile(path, kHeader + freshKeyLine(1)); !s)
            return s.error();
    }
    auto cipher = std::make_shared<MessageCipher>();
    cipher->m_path = path;
    if (auto loaded = cipher->reload(); !loaded)
        return loaded.error();
    return cipher;
}

Result<int> MessageCipher::rotate(const QString &path) {
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal, u"libsodium failed to initialise"_s};
    // One read: the keys and the text the new line is appended to are the same file.
    auto file = readKeyFile(path);
    if (!file)
        return file.error();
    QByteArray contents = file->text;
    if (!contents.endsWith('\n'))
        contents += '\n';
    const int id = file->keys.lastKey() + 1;
    if (auto s = writeKeyFile(path, contents + freshKeyLine(id)); !s)
        return s.error();
    return id;
}

Result<bool> MessageCipher::reload() {
    // One read, so the current key is always one of the keys loaded with it.
    auto file = readKeyFile(m_path);
    if (!file)
        return file.error();
    std::unique_lock lock(m_lock);
    const bool changed = file->current != m_current;
    m_keys = std::move(file->keys);
    m_current = file->current;
    return changed;
}

int MessageCipher::currentKeyId() const {
    std::shared_lock lock(m_lock);
    return m_current;
}

MessageCipher::Sealed MessageCipher::seal(QStringView plaintext, qint64 roomId,
                                          std::optional<int> keyId) const {
    auto sealed = sealBytes(plaintext.toUtf8(), associatedData(roomId), keyId);
    return {sealed.keyId, sealed.text.toBase64()};
}

MessageCipher::Sealed MessageCipher::sealBytes(QByteArrayView plain, QByteArrayView ad,
                                               std::optional<int> keyId) const {
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, size_t(kNonceBytes));
    std::shared_lock lock(m_lock);
    // A key that is gone from the file (never: ids only grow) falls back to the current one.
    const int id = keyId && m_keys.contains(*keyId) ? *keyId : m_current;
    const Key &key = m_keys.value(id);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + kNonceBytes, &written, reinterpret_cast<const unsigned char *>(plain.data()),
        size_t(plain.size()), reinterpret_cast<const unsigned char *>(ad.data()), size_t(ad.size()),
        nullptr, nonce, bytes(key));
    return {id, out};
}

Result<QString> MessageCipher::open(int keyId, const QByteArray &text, qint64 roomId) const {
    auto plain = openBytes(keyId, fromBase64(text), associatedData(roomId));
    if (!plain)
        return plain.error();
    return QString::fromUtf8(*plain);
}

Result<QByteArray> MessageCipher::openBytes(int keyId, QByteArrayView sealed,
                                            QByteArrayView ad) const {
    if (sealed.size() < kNonceBytes + kTagBytes)
        return Error{ErrorCode::Internal, u"stored data is not a sealed box"_s};
    std::shared_lock lock(m_lock);
    const auto key = m_keys.constFind(keyId);
    if (key == m_keys.constEnd())
        return Error{ErrorCode::Internal, u"key %1 is not in the key file"_s.arg(keyId)};
    QByteArray plain(sealed.size() - kNonceBytes - kTagBytes, Qt::Uninitialized);
    unsigned long long length = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.data());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr, nonce + kNonceBytes,
            size_t(sealed.size() - kNonceBytes), reinterpret_cast<const unsigned char *>(ad.data()),
            size_t(ad.size()), nonce, bytes(*key)) != 0)
        return Error{ErrorCode::Internal, u"stored data failed authentication"_s};
    plain.truncate(qsizetype(length));
    return plain;
}

void attachCipher(QSqlDatabase &db, std::shared_ptr<const MessageCipher> cipher) {
    // The driver is the connection's QObject; it carries the cipher for the repository.
    db.driver()->setProperty("gonggu.cipher",
                             QVariant::fromValue(std::const_pointer_cast<MessageCipher>(cipher)));
}

const MessageCipher *cipherOf(const QSqlDatabase &db) {
    return db.driver()->property("gonggu.cipher").value<std::shared_ptr<MessageCipher>>().get();
}

} // namespace gonggu::server
