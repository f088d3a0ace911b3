// Keeps stored messages under the current encryption key. After a rotation
// (`gonggu-server rotate-key` appends a key to the key file) the running server
// notices the file change, reloads the keys and re-encrypts old rows in small
// batches through the storage thread, so serving goes on meanwhile. The same
// pass runs at start, which finishes a rotation that a restart interrupted and
// encrypts rows written before encryption existed.
#pragma once

#include "messagecipher.h"

#include "common/result.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class StorageThread;

class KeyRotation : public QObject {
    Q_OBJECT
public:
    KeyRotation(StorageThread &storage, std::shared_ptr<MessageCipher> cipher,
                QObject *parent = nullptr);

    // Re-encrypts until every row is under the current key; the rows moved.
    QCoro::Task<Result<qint64>> reencryptAll();
    // Watches the key file and re-encrypts after each change; runs one pass now.
    void start();
    // More that is sealed with the keys (files): run after the messages in each pass.
    void addPass(std::function<QCoro::Task<Result<qint64>>()> pass) {
        m_passes.append(std::move(pass));
    }

Q_SIGNALS:
    void passFinished(qint64 moved);

private:
    QCoro::Task<> runPasses();
    void onKeyFileChanged();

    StorageThread &m_storage;
    std::shared_ptr<MessageCipher> m_cipher;
    QFileSystemWatcher m_watcher;
    QList<std::function<QCoro::Task<Result<qint64>>()>> m_passes;
    bool m_running = false;
    bool m_again = false;
};

} // namespace gonggu::server
