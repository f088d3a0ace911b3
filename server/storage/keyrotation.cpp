#include "keyrotation.h"

#include "repository.h"
#include "storagethread.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <qcoro/qcorofuture.h>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace gonggu::server {

namespace {
constexpr int kBatchRows = 500; // one short job; other writes queue between batches
}

KeyRotation::KeyRotation(StorageThread &storage, std::shared_ptr<MessageCipher> cipher,
                         QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_cipher(std::move(cipher)) {
}

void KeyRotation::start() {
    // The directory too: an atomic save replaces the file, which ends a file watch.
    m_watcher.addPath(QFileInfo(m_cipher->path()).absolutePath());
    m_watcher.addPath(m_cipher->path());
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &KeyRotation::onKeyFileChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &KeyRotation::onKeyFileChanged);
    runPasses();
}

void KeyRotation::onKeyFileChanged() {
    if (!m_watcher.files().contains(m_cipher->path()))
        m_watcher.addPath(m_cipher->path());
    const auto changed = m_cipher->reload();
    if (!changed) {
        qCWarning(lcStorage).noquote() << "key file not reloaded:" << changed.error().message;
        return;
    }
    if (*changed) {
        qCInfo(lcStorage) << "message key" << m_cipher->currentKeyId()
                          << "is now current; re-encrypting older messages";
        runPasses();
    }
}

QCoro::Task<> KeyRotation::runPasses() {
    if (m_running) {
        m_again = true; // the key changed during a pass: one more after it
        co_return;
    }
    QPointer<KeyRotation> self(this);
    m_running = true;
    do {
        m_again = false;
        const auto moved = co_await reencryptAll();
        if (!self)
            co_return;
        if (!moved)
            qCWarning(lcStorage).noquote() << "re-encryption stopped:" << moved.error().message;
        else {
            if (*moved > 0)
                qCInfo(lcStorage) << "re-encrypted" << *moved << "messages under key"
                                  << m_cipher->currentKeyId();
            Q_EMIT passFinished(*moved);
        }
    } while (m_again);
    m_running = false;
}

QCoro::Task<Result<qint64>> KeyRotation::reencryptAll() {
    qint64 moved = 0;
    qint64 unreadable = 0;
    qint64 afterId = 0;
    for (;;) {
        const auto batch =
            co_await m_storage.run<repository::ReencryptBatch>([afterId](QSqlDatabase &db) {
                return repository::reencryptMessages(db, afterId, kBatchRows);
            });
        if (!batch)
            co_return batch.error();
        moved += batch->moved;
        unreadable += batch->unreadable;
        afterId = batch->lastId;
        if (batch->scanned < kBatchRows)
            break;
    }
    if (unreadable > 0)
        qCWarning(lcStorage) << unreadable
                             << "messages do not open with any key in the key file; left as is";
    for (const auto &pass : std::as_const(m_passes)) {
        const auto more = co_await pass();
        if (!more)
            co_return more.error();
        moved += *more;
    }
    co_return moved;
}

} // namespace gonggu::server
