#include "storagethread.h"

#include "ops/metrics.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace gonggu::server {

namespace {
constexpr std::size_t kMaxBatch = 512;
const auto kConnectionName = u"gonggu-writer"_s;

// A failed BEGIN or COMMIT: QSQLITE reports no code for it, so SQLite tells.
Error transactionError(const QString &what, QSqlDatabase &db) {
    if (sqlite3 *handle = sqliteHandle(db))
        return sqliteError(handle, what);
    return sqlError(what, db.lastError());
}
} // namespace

StorageThread::StorageThread(DatabaseSettings settings, std::shared_ptr<const MessageCipher> cipher)
    : m_settings(std::move(settings))
    , m_cipher(std::move(cipher)) {
}

StorageThread::~StorageThread() {
    stop();
}

Status StorageThread::start() {
    m_thread = std::thread([this] { loop(); });
    std::unique_lock lock(m_mutex);
    m_started.wait(lock, [this] { return m_startStatus.has_value(); });
    return *m_startStatus;
}

void StorageThread::stop() {
    handOff(std::exchange(m_passJobs, {}));
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

qsizetype StorageThread::queueDepth() const {
    std::lock_guard lock(m_mutex);
    return qsizetype(m_queue.size() + m_passJobs.size());
}

void StorageThread::enqueue(Job job) {
    if (QThread::currentThread() != m_owner.thread()) {
        std::deque<Job> one;
        one.push_back(std::move(job));
        handOff(std::move(one));
        return;
    }
    // Waking the thread for every chat message made a batch of each one
    // whenever it kept up: a context switch, a COMMIT and a delivery event per
    // message, and the two threads share a core under load.
    m_passJobs.push_back(std::move(job));
    if (std::exchange(m_handOffScheduled, true))
        return;
    QMetaObject::invokeMethod(
        &m_owner,
        [this] {
            m_handOffScheduled = false;
            handOff(std::exchange(m_passJobs, {}));
        },
        Qt::QueuedConnection);
}

void StorageThread::handOff(std::deque<Job> jobs) {
    if (jobs.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || !m_startStatus || !m_startStatus->ok()) {
            const Error error{ErrorCode::Unavailable, u"storage is not running"_s};
            for (Job &job : jobs)
                job.deliver(&error);
            return;
        }
        for (Job &job : jobs)
            m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void StorageThread::loop() {
    Status status = okStatus();
    {
        auto db = openDatabase(m_settings, kConnectionName);
        if (!db)
            status = db.error();
        else {
            m_db = *db;
            if (m_cipher)
                attachCipher(m_db, m_cipher);
            attachStatementCache(m_db, &m_statements);
            status = migrate(m_db, m_settings.dialect);
            if (status.ok() && m_settings.dialect == SqlDialect::Postgres)
                warnIfNotDurable(m_db);
        }
    }
    {
        std::lock_guard lock(m_mutex);
        m_startStatus = status;
    }
    m_started.notify_all();
    if (status.ok()) {
        for (;;) {
            std::deque<Job> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty())
                    break; // stopping, and every job is done
                while (!m_queue.empty() && batch.size() < kMaxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            runBatch(batch);
        }
    }
    m_statements.clear();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(kConnectionName);
}

void StorageThread::runBatch(std::deque<Job> &batch) {
    // A lost PostgreSQL connection is reopened once before the batch (QPSQL reports
    // it closed after the failure; tst_crash stops and restarts the cluster).
    if (!m_db.isOpen()) {
        m_statements.clear(); // prepared on the connection that was lost
        if (!m_db.open() && !m_outage)
            qCWarning(lcStorage) << "database connection is down:" << m_db.lastError().text();
    }
    // SQLite parses these for every job unless they are kept prepared;
    // PostgreSQL cannot prepare them.
    const bool sqlite = m_db.driver()->dbmsType() == QSqlDriver::SQLite;
    const auto control = [this, sqlite](const char *sql) {
        if (SqliteStatement *prepared = sqlite ? m_statements.preparedSqlite(m_db, sql) : nullptr)
            (void)prepared->run(sql); // logged; a failed savepoint shows in the commit
        else
            QSqlQuery(m_db).exec(QString::fromLatin1(sql));
    };
    bool inTransaction = m_db.transaction();
    std::optional<Error> failure;
    std::optional<Error> unavailable; // a job refused because storage is down or full
    qsizetype unavailableJobs = 0;
    if (!inTransaction)
        failure = transactionError(u"cannot begin transaction"_s, m_db);
    if (!failure && !sqlite) // SQLite has one writer: commit order is id order already
        failure = lockRooms(batch);
    if (!failure) {
        for (Job &job : batch) {
            const bool savepoint = !(sqlite && job.writes == Writes::OneStatement);
            if (savepoint)
                control("SAVEPOINT job");
            const Error *error = job.execute(m_db);
            const bool done = !error;
            if (error && error->code == ErrorCode::Unavailable) {
                unavailable = *error;
                ++unavailableJobs;
            }
            m_statements.finishAll(); // nothing in progress at ROLLBACK TO or COMMIT
            if (!savepoint)
                continue;
            if (!done)
                control("ROLLBACK TO SAVEPOINT job");
            control("RELEASE SAVEPOINT job");
        }
        if (!m_db.commit()) {
            failure = transactionError(u"commit failed"_s, m_db);
            m_db.rollback();
        } else {
            ++m_commits;
        }
    }
    if (failure && failure->code == ErrorCode::Internal && !m_db.isOpen())
        failure->code = ErrorCode::Unavailable; // the connection was lost (QPSQL gives no SQLSTATE)
    if (failure) {
        metrics::databaseErrors.add();
        if (failure->code == ErrorCode::Unavailable) { // the whole batch was refused
            unavailable = failure;
            unavailableJobs = qsizetype(batch.size());
        } else {
            qCWarning(lcStorage).noquote() << "transaction failed:" << failure->message;
        }
    }
    noteOutcome(unavailable ? &*unavailable : nullptr, unavailableJobs);
    // One event per batch, on the owner's thread: finished here, a future
    // could complete before its coroutine awaited it and resume that coroutine
    // at once, ahead of earlier commits still in the event queue, and a room's
    // messages would fan out out of order.
    auto committed = std::make_shared<std::deque<Job>>(std::move(batch));
    QMetaObject::invokeMethod(
        &m_owner,
        [committed, failure] {
            for (Job &job : *committed)
                job.deliver(failure ? &*failure : nullptr);
        },
        Qt::QueuedConnection);
}

std::optional<Error> StorageThread::lockRooms(const std::deque<Job> &batch) {
    std::vector<qint64> rooms;
    for (const Job &job : batch) {
        if (job.room != 0)
            rooms.push_back(job.room);
    }
    if (rooms.empty())
        return std::nullopt;
    std::sort(rooms.begin(), rooms.end());
    rooms.erase(std::unique(rooms.begin(), rooms.end()), rooms.end());
    QString sql = u"SELECT id FROM rooms WHERE id IN ("_s;
    for (size_t i = 0; i < rooms.size(); ++i)
        sql += (i ? u","_s : QString()) + QString::number(rooms[i]);
    // The sort is below the lock: rows are locked in id order.
    sql += u") ORDER BY id FOR UPDATE"_s;
    QSqlQuery lock(m_db);
    if (!lock.exec(sql)) {
        const Error error = sqlError(u"cannot lock the batch's rooms"_s, lock.lastError());
        m_db.rollback();
        return error;
    }
    return std::nullopt;
}

// An outage (database down, disk full) is logged when it starts and when it
// ends, with what failed meanwhile, not once per refused message.
void StorageThread::noteOutcome(const Error *unavailable, qsizetype refusedJobs) {
    if (unavailable) {
        if (!m_outage) {
            m_outage = true;
            m_failedInOutage = 0;
            m_outageTimer.start();
            qCWarning(lcStorage).noquote()
                << "storage unavailable, refusing work until it recovers:" << unavailable->message;
        }
        m_failedInOutage += quint64(refusedJobs);
        return;
    }
    if (m_outage) {
        m_outage = false;
        qCWarning(lcStorage).noquote()
            << u"storage recovered after %1 s; %2 operations were refused meanwhile"_s
                   .arg(double(m_outageTimer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(m_failedInOutage);
    }
}

} // namespace gonggu::server
