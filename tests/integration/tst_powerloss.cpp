// A RECEIPT means the message survives a power loss, not only a crash of the
// process. An SQLite VFS in this test keeps every write in "the page cache"
// until the file is synced; cutting the power drops what was not synced yet,
// as an OS crash or a pulled plug does. The storage reopens the database
// afterwards and every message it had confirmed must be there.
#include "storage/repository.h"
#include "storage/storagethread.h"

#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <sqlite3.h>
#include <vector>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {

// ---- the VFS: unsynced writes live in memory until xSync ----
// Like the OS page cache, the cache is per file, not per handle: another
// connection (or a reopened handle) reads what was written and not yet synced.

struct PendingWrite {
    sqlite3_int64 offset;
    QByteArray bytes;
};

using PendingWrites = std::vector<PendingWrite>;

struct LossyFile {
    sqlite3_file base; // first: SQLite sees this
    sqlite3_file *real;
    PendingWrites *pending; // this file's entry in g_cache
};

QMutex g_mutex; // guards all below: storage threads write while the test cuts the power
bool g_powerLost = false;
bool g_diskFull = false;                     // every write fails with SQLITE_FULL
std::map<QByteArray, PendingWrites> g_cache; // by path
sqlite3_vfs *g_realVfs = nullptr;
sqlite3_io_methods g_methods;

LossyFile *lossy(sqlite3_file *file) {
    return reinterpret_cast<LossyFile *>(file);
}

// What the disk holds after a sync: the cached writes, in order.
int applyPending(LossyFile *file) {
    for (const PendingWrite &write : *file->pending) {
        const int rc = file->real->pMethods->xWrite(file->real, write.bytes.constData(),
                                                    int(write.bytes.size()), write.offset);
        if (rc != SQLITE_OK)
            return rc;
    }
    file->pending->clear();
    return SQLITE_OK;
}

// The cache outlives the handle, as the page cache does.
int lossyClose(sqlite3_file *file) {
    return lossy(file)->real->pMethods->xClose(lossy(file)->real);
}

int lossyRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset) {
    LossyFile *f = lossy(file);
    int rc = f->real->pMethods->xRead(f->real, buffer, amount, offset);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc;
    QMutexLocker lock(&g_mutex);
    sqlite3_int64 end = 0;
    for (const PendingWrite &write : *f->pending) {
        const sqlite3_int64 from = qMax(offset, write.offset);
        const sqlite3_int64 to = qMin(offset + amount, write.offset + write.bytes.size());
        if (from < to)
            memcpy(static_cast<char *>(buffer) + (from - offset),
                   write.bytes.constData() + (from - write.offset), size_t(to - from));
        end = qMax(end, write.offset + sqlite3_int64(write.bytes.size()));
    }
    if (rc == SQLITE_IOERR_SHORT_READ && offset + amount <= end)
        rc = SQLITE_OK;
    return rc;
}

int lossyWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset) {
    QMutexLocker lock(&g_mutex);
    if (g_diskFull)
        return SQLITE_FULL;
    if (!g_powerLost)
        lossy(file)->pending->push_back(
            {offset, QByteArray(static_cast<const char *>(buffer), amount)});
    return SQLITE_OK;
}

// Truncating and syncing reach the disk: the cached writes first, then `then`.
template <typename Then> int onDisk(sqlite3_file *file, Then then) {
    QMutexLocker lock(&g_mutex);
    if (g_powerLost)
        return SQLITE_OK;
    LossyFile *f = lossy(file);
    if (const int rc = applyPending(f); rc != SQLITE_OK)
        return rc;
    return then(f->real);
}

int lossyTruncate(sqlite3_file *file, sqlite3_int64 size) {
    return onDisk(file,
                  [size](sqlite3_file *real) { return real->pMethods->xTruncate(real, size); });
}

int lossySync(sqlite3_file *file, int flags) {
    return onDisk(file, [flags](sqlite3_file *real) { return real->pMethods->xSync(real, flags); });
}

int lossyFileSize(sqlite3_file *file, sqlite3_int64 *size) {
    LossyFile *f = lossy(file);
    if (const int rc = f->real->pMethods->xFileSize(f->real, size); rc != SQLITE_OK)
        return rc;
    QMutexLocker lock(&g_mutex);
    for (const PendingWrite &write : *f->pending)
        *size = qMax(*size, write.offset + sqlite3_int64(write.bytes.size()));
    return SQLITE_OK;
}

// Locks, shared memory and the rest go straight to the real file.
int lossyLock(sqlite3_file *f, int level) {
    return lossy(f)->real->pMethods->xLock(lossy(f)->real, level);
}
int lossyUnlock(sqlite3_file *f, int level) {
    return lossy(f)->real->pMethods->xUnlock(lossy(f)->real, level);
}
int lossyCheckReservedLock(sqlite3_file *f, int *out) {
    return lossy(f)->real->pMethods->xCheckReservedLock(lossy(f)->real, out);
}
int lossyFileControl(sqlite3_file *f, int op, void *arg) {
    return lossy(f)->real->pMethods->xFileControl(lossy(f)->real, op, arg);
}
int lossySectorSize(sqlite3_file *f) {
    return lossy(f)->real->pMethods->xSectorSize(lossy(f)->real);
}
int lossyDeviceCharacteristics(sqlite3_file *f) {
    return lossy(f)->real->pMethods->xDeviceCharacteristics(lossy(f)->real);
}
int lossyShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out) {
    return lossy(f)->real->pMethods->xShmMap(lossy(f)->real, region, size, extend, out);
}
int lossyShmLock(sqlite3_file *f, int offset, int n, int flags) {
    return lossy(f)->real->pMethods->xShmLock(lossy(f)->real, offset, n, flags);
}
void lossyShmBarrier(sqlite3_file *f) {
    lossy(f)->real->pMethods->xShmBarrier(lossy(f)->real);
}
int lossyShmUnmap(sqlite3_file *f, int deleteFlag) {
    return lossy(f)->real->pMethods->xShmUnmap(lossy(f)->real, deleteFlag);
}
int lossyFetch(sqlite3_file *, sqlite3_int64, int, void **out) {
    *out = nullptr; // no memory-mapped reads: they would bypass the cache above
    return SQLITE_OK;
}
int lossyUnfetch(sqlite3_file *, sqlite3_int64, void *) {
    return SQLITE_OK;
}

int lossyOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags) {
    LossyFile *f = lossy(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    const int rc = g_realVfs->xOpen(g_realVfs, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods)
        return rc;
    QMutexLocker lock(&g_mutex);
    const QByteArray key = name ? QByteArray(name) : "temporary:" + QByteArray::number(quintptr(f));
    f->pending = &g_cache[key];
    f->base.pMethods = &g_methods;
    return SQLITE_OK;
}

int lossyDelete(sqlite3_vfs *, const char *name, int syncDir) {
    {
        QMutexLocker lock(&g_mutex);
        if (g_powerLost)
            return SQLITE_OK;
        if (auto it = g_cache.find(QByteArray(name)); it != g_cache.end())
            it->second.clear(); // handles still open keep their pointer to the entry
    }
    return g_realVfs->xDelete(g_realVfs, name, syncDir);
}

sqlite3_vfs &lossyVfs() {
    static sqlite3_vfs vfs = [] {
        g_realVfs = sqlite3_vfs_find(nullptr);
        g_methods = sqlite3_io_methods{3,
                                       lossyClose,
                                       lossyRead,
                                       lossyWrite,
                                       lossyTruncate,
                                       lossySync,
                                       lossyFileSize,
                                       lossyLock,
                                       lossyUnlock,
                                       lossyCheckReservedLock,
                                       lossyFileControl,
                                       lossySectorSize,
                                       lossyDeviceCharacteristics,
                                       lossyShmMap,
                                       lossyShmLock,
                                       lossyShmBarrier,
                                       lossyShmUnmap,
                                       lossyFetch,
                                       lossyUnfetch};
        sqlite3_vfs copy = *g_realVfs; // the rest (paths, time, randomness) as the real one
        copy.pNext = nullptr;
        copy.zName = "gonggu-test-lossy";
        copy.szOsFile = int(sizeof(LossyFile)) + g_realVfs->szOsFile;
        copy.xOpen = lossyOpen;
        copy.xDelete = lossyDelete;
        return copy;
    }();
    return vfs;
}

// Every connection opened from now on (Qt's too) writes through the cache.
void installLossyDisk() {
    g_powerLost = false;
    sqlite3_vfs_register(&lossyVfs(), 1);
}

void setDiskFull(bool full) {
    QMutexLocker lock(&g_mutex);
    g_diskFull = full;
}

// The plug is pulled: what is not synced is gone, and nothing more reaches the disk.
void cutPower() {
    QMutexLocker lock(&g_mutex);
    g_powerLost = true;
    for (auto &[path, pending] : g_cache)
        pending.clear();
}

// After the reboot: the real disk again, as the default.
void restorePower() {
    sqlite3_vfs_register(g_realVfs, 1);
    sqlite3_vfs_unregister(&lossyVfs());
    g_powerLost = false;
}

// ---- helpers ----

template <typename T> Result<T> await(QFuture<Result<T>> future) {
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return Error{ErrorCode::Internal, u"timed out"_s};
    return future.result();
}

int countRows(const QString &path) {
    sqlite3 *db = nullptr;
    int count = -1;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM t", -1, &statement, nullptr) ==
                SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            count = sqlite3_column_int(statement, 0);
        else
            count = 0; // not even the table survived
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return count;
}

} // namespace

class TestPowerLoss : public QObject {
    Q_OBJECT

    // Committed rows on a plain connection with `synchronous`, then the power cut.
    int rowsLeftAfterPowerLoss(const char *synchronous) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"plain.sqlite"_s);
        installLossyDisk();
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        const QByteArray setup =
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=" + QByteArray(synchronous) +
            "; CREATE TABLE t(x INTEGER);";
        sqlite3_exec(db, setup.constData(), nullptr, nullptr, nullptr);
        for (int i = 0; i < 20; ++i) {
            const QByteArray insert = "INSERT INTO t VALUES (" + QByteArray::number(i) + ")";
            if (sqlite3_exec(db, insert.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return -1;
        }
        cutPower();
        sqlite3_close(db);
        restorePower();
        return countRows(path);
    }

private Q_SLOTS:
    // The simulation is real: with NORMAL, commits that were acknowledged are lost.
    void theSimulatedPowerLossLosesUnsyncedCommits() {
        QCOMPARE(rowsLeftAfterPowerLoss("NORMAL"), 0);
        QCOMPARE(rowsLeftAfterPowerLoss("FULL"), 20);
    }

    // The server's storage, with its group commit: everything it confirmed survives.
    void everyConfirmedMessageSurvivesAPowerLoss() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gonggu.sqlite"_s);
        const qint64 roomId = 42;
        installLossyDisk();
        auto storage = std::make_unique<StorageThread>(databaseSettings({}, path));
        QVERIFY(storage->start().ok());
        // Queued at once, so that the storage thread commits them in batches.
        std::vector<QFuture<Result<StoredMessage>>> futures;
        for (int i = 0; i < 60; ++i) {
            NewMessage message;
            message.roomId = roomId;
            message.senderId = u"seller-1"_s;
            message.senderName = u"가게"_s;
            message.content = u"메시지 %1"_s.arg(i);
            futures.push_back(storage->run<StoredMessage>(
                [message](QSqlDatabase &db) {
                    return repository::insertMessage(db, message, QDateTime::currentDateTimeUtc());
                },
                StorageThread::Writes::OneStatement));
        }
        int confirmed = 0;
        for (auto &future : futures)
            confirmed += await(future).ok() ? 1 : 0;
        QCOMPARE(confirmed, 60);
        cutPower();
        storage.reset(); // the process dies with the machine
        restorePower();

        StorageThread rebooted(databaseSettings({}, path));
        QVERIFY(rebooted.start().ok());
        HistoryQuery query;
        query.roomId = roomId;
        query.limit = 100;
        const auto page = await(rebooted.run<HistoryPage>(
            [query](QSqlDatabase &db) { return repository::history(db, query); }));
        QVERIFY(page.ok());
        QSet<QString> contents, expected;
        for (const ChatMessage &message : page->messages)
            contents.insert(message.content);
        for (int i = 0; i < 60; ++i)
            expected.insert(u"메시지 %1"_s.arg(i));
        QCOMPARE(contents, expected);
    }

    // A full disk refuses with a code a client can act on (retry later), and the
    // outage is logged when it starts and when it ends, not once per refusal.
    void aFullDiskIsUnavailableAndLoggedOnce() {
        QTemporaryDir dir;
        installLossyDisk();
        StorageThread storage(databaseSettings({}, dir.filePath(u"full.sqlite"_s)));
        QVERIFY(storage.start().ok());
        const auto insert = [&storage](int i) {
            NewMessage message;
            message.roomId = 7;
            message.senderId = u"buyer-1"_s;
            message.senderName = u"민수"_s;
            message.content = u"full %1"_s.arg(i);
            return storage.run<StoredMessage>(
                [message](QSqlDatabase &db) {
                    return repository::insertMessage(db, message, QDateTime::currentDateTimeUtc());
                },
                StorageThread::Writes::OneStatement);
        };
        QVERIFY(await(insert(0)).ok());

        static QStringList warnings;
        warnings.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &text) {
                if (type >= QtWarningMsg && QByteArrayView(context.category) == "gonggu.storage")
                    warnings << text;
            });
        setDiskFull(true);
        for (int i = 1; i <= 20; ++i) {
            const auto refused = await(insert(i));
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().code == ErrorCode::Unavailable,
                     qPrintable(toString(refused.error().code) + u' ' + refused.error().message));
        }
        setDiskFull(false);
        QVERIFY(await(insert(21)).ok());
        qInstallMessageHandler(previous);
        restorePower();

        QVERIFY2(warnings.size() == 2, qPrintable(warnings.join(u"\n")));
        QVERIFY2(warnings[0].contains(u"storage unavailable"_s), qPrintable(warnings[0]));
        QVERIFY2(warnings[1].contains(u"storage recovered"_s) &&
                     warnings[1].contains(u"20 operations"_s),
                 qPrintable(warnings[1]));
    }
};

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
