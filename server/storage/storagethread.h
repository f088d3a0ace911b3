// The database thread: owns the only writing connection and runs every job in
// arrival order. Jobs that queue up while a transaction runs are committed
// together (group commit); each job sits in its own savepoint (or is a single
// statement, which SQLite undoes by itself) so one refusal does not undo the
// others. Results are delivered only after COMMIT, on the thread that made the
// StorageThread, in commit order.
#pragma once

#include "database.h"
#include "messagecipher.h"
#include "statementcache.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace gonggu::server {

class StorageThread {
public:
    // With a cipher, message content is sealed before it reaches the database.
    explicit StorageThread(DatabaseSettings settings,
                           std::shared_ptr<const MessageCipher> cipher = nullptr);
    ~StorageThread();
    StorageThread(const StorageThread &) = delete;
    StorageThread &operator=(const StorageThread &) = delete;

    // Opens the connection on the thread and applies migrations; blocks (start-up only).
    Status start();
    // Finishes every queued job, then stops the thread.
    void stop();

    // What a failed job leaves behind, and so whether it needs a savepoint.
    enum class Writes {
        Several, // in its own savepoint, rolled back when it fails
        // At most one statement writes. SQLite undoes a failed statement by itself,
        // so there the job runs without a savepoint (a third of the batch's
        // statements for a chat message); PostgreSQL aborts the whole transaction
        // on any failed statement, so there it keeps one.
        OneStatement,
    };

    // `room`: the room whose messages or row the job writes (0: none). On
    // PostgreSQL the batch locks the rows of its jobs' rooms before any job runs,
    // in id order: another instance writing to one of them waits for this commit
    // (so a room's messages commit in the order of their ids and seqs), and two
    // batches never wait for each other in a circle.
    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(QSqlDatabase &)> work,
                           Writes writes = Writes::Several, qint64 room = 0) {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        auto result = std::make_shared<Result<T>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        Job job;
        job.writes = writes;
        job.room = room;
        job.execute = [work = std::move(work), result](QSqlDatabase &db) -> const Error * {
            *result = work(db);
            return result->ok() ? nullptr : &result->error();
        };
        job.deliver = [promise, result](const Error *commitError) {
            promise->addResult(commitError ? Result<T>(*commitError) : std::move(*result));
            promise->finish();
        };
        enqueue(std::move(job));
        return future;
    }

    // Jobs not yet taken by the thread; on the owner's thread.
    qsizetype queueDepth() const;
    quint64 transactionsCommitted() const { return m_commits; }

private:
    struct Job {
        // Null: keep its changes; else why it failed (alive as long as the job).
        std::function<const Error *(QSqlDatabase &)> execute;
        std::function<void(const Error *commitError)> deliver;
        Writes writes = Writes::Several;
        qint64 room = 0;
    };

    void enqueue(Job job);
    void handOff(std::deque<Job> jobs);
    void loop();
    void noteOutcome(const Error *unavailable, qsizetype refusedJobs);
    void runBatch(std::deque<Job> &batch);
    std::optional<Error> lockRooms(const std::deque<Job> &batch);

    QObject m_owner; // lives on the constructing thread: where results are delivered
    // Jobs the owner's thread queued in this event-loop pass, handed to the
    // thread together at its end: one lock and one wake-up for them all.
    std::deque<Job> m_passJobs;
    bool m_handOffScheduled = false;
    DatabaseSettings m_settings;
    std::shared_ptr<const MessageCipher> m_cipher;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::optional<Status> m_startStatus;
    std::condition_variable m_started;
    std::atomic<quint64> m_commits = 0;
    // Outage bookkeeping (noteOutcome), on the storage thread only.
    bool m_outage = false;
    quint64 m_failedInOutage = 0;
    QElapsedTimer m_outageTimer;
    QSqlDatabase m_db;           // used on m_thread only
    StatementCache m_statements; // m_db's, on m_thread only
};

} // namespace gonggu::server
