// The storage thread's group commit on a real database (SQLite here; the
// PostgreSQL cluster when GONGGU_TEST_DATABASE is set): jobs queued behind a
// running one commit in one transaction, and a job that fails leaves nothing
// behind without undoing the jobs around it, whether it had a savepoint or was
// a single statement.
#include "storage/repository.h"
#include "storage/storagethread.h"

#include <QDateTime>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {

template <typename T> Result<T> await(QFuture<Result<T>> future) {
    // Results arrive as an event on this thread, after the COMMIT.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 10000))
        return Error{ErrorCode::Internal, u"timed out"_s};
    return future.result();
}

NewMessage chat(qint64 roomId, const QString &content) {
    NewMessage message;
    message.roomId = roomId;
    message.senderId = u"seller-1"_s;
    message.senderName = u"가게"_s;
    message.content = content;
    return message;
}

using Insert = std::function<Result<StoredMessage>(QSqlDatabase &)>;

} // namespace

class TestStorageThread : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<StorageThread> storage;
    qint64 roomId = 0; // fresh per test: a PostgreSQL cluster keeps other suites' rows

    QFuture<Result<StoredMessage>> insert(NewMessage message) {
        return storage->run<StoredMessage>(
            [message](QSqlDatabase &db) {
                return repository::insertMessage(db, message, QDateTime::currentDateTimeUtc());
            },
            StorageThread::Writes::OneStatement);
    }

    QStringList contents() {
        HistoryQuery query;
        query.roomId = roomId;
        query.limit = 100;
        const auto page = await(storage->run<HistoryPage>(
            [query](QSqlDatabase &db) { return repository::history(db, query); }));
        if (!page)
            return {u"<history failed>"_s};
        QStringList list;
        for (const ChatMessage &m : page->messages)
            list << m.content;
        return list;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir.isValid());
        storage = std::make_unique<StorageThread>(databaseSettings(
            qEnvironmentVariable("GONGGU_TEST_DATABASE"), dir.filePath(u"gonggu.db"_s)));
        const Status started = storage->start();
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    }

    void init() {
        static qint64 next = QDateTime::currentMSecsSinceEpoch() * 100;
        roomId = ++next;
    }

    void aTakenUsernameIsAConflictAndNoOtherFailureIs() {
        const QString name = u"taken_"_s + QString::number(roomId);
        const auto account = [&](const QString &id) {
            return AccountRecord{id, name, u"민수"_s, u"$argon2id$v=19$x"_s};
        };
        const QString first = u"u-a"_s + QString::number(roomId);
        const QString second = u"u-b"_s + QString::number(roomId);
        const auto insertAs = [&](const QString &id) {
            const AccountRecord record = account(id);
            return await(storage->run<Ok>([record](QSqlDatabase &db) {
                return repository::insertAccount(db, record, QDateTime::currentDateTimeUtc());
            }));
        };
        QVERIFY(insertAs(first).ok());
        const Status again = insertAs(second);
        QVERIFY(!again.ok());
        QCOMPARE(toString(again.error().code), u"CONFLICT"_s);
        // Any other failure of the database is not "taken": it is the server's.
        const auto failure = await(storage->run<Ok>([](QSqlDatabase &db) -> Status {
            QSqlQuery broken(db);
            if (broken.exec(u"INSERT INTO no_such_table (id) VALUES (1)"_s))
                return okStatus();
            return sqlError(u"insert into a missing table"_s, broken.lastError());
        }));
        QVERIFY(!failure.ok());
        QCOMPARE(toString(failure.error().code), u"INTERNAL"_s);
        const auto duplicateRow = await(storage->run<Ok>([first](QSqlDatabase &db) -> Status {
            QSqlQuery duplicate(db);
            duplicate.prepare(u"INSERT INTO accounts (id, username, display_name, password_hash, "
                              "created_at) VALUES (?, 'another_name', 'x', 'x', 0)"_s);
            duplicate.addBindValue(first);
            if (duplicate.exec())
                return okStatus();
            return sqlError(u"insert a duplicate id"_s, duplicate.lastError());
        }));
        QVERIFY(!duplicateRow.ok());
        QCOMPARE(toString(duplicateRow.error().code), u"CONFLICT"_s);
    }

    void failedJobsLeaveNothingAndUndoNothingElse() {
        // Hold the thread in a job, so that everything below queues into one batch.
        QSemaphore running, gate;
        auto held = storage->run<int>([&](QSqlDatabase &) {
            running.release();
            gate.acquire();
            return Result<int>(0);
        });
        // Jobs reach the thread at the end of this event-loop pass.
        QVERIFY(QTest::qWaitFor([&] { return running.tryAcquire(); }, 10000));
        const quint64 commitsBefore = storage->transactionsCommitted();

        auto first = insert(chat(roomId, u"first"_s));
        // A single statement that fails: on SQLite it runs without a savepoint.
        const qint64 room = roomId;
        auto brokenStatement = storage->run<StoredMessage>(
            [room](QSqlDatabase &db) -> Result<StoredMessage> {
                QSqlQuery q(db);
                q.prepare(u"INSERT INTO messages (room_id, type, sender_id, sender_name, content, "
                          "created_at) VALUES (?, 'CHAT', 'x', 'x', NULL, 0)"_s);
                q.addBindValue(room);
                if (q.exec())
                    return StoredMessage{}; // the test fails below: NULL content was taken
                return Error{ErrorCode::Internal, u"refused"_s};
            },
            StorageThread::Writes::OneStatement);
        auto second = insert(chat(roomId, u"second"_s));
        // A job that wrote and then failed: its savepoint is rolled back.
        auto wroteThenFailed = storage->run<StoredMessage>(
            [message = chat(roomId, u"undone"_s)](QSqlDatabase &db) -> Result<StoredMessage> {
                auto stored =
                    repository::insertMessage(db, message, QDateTime::currentDateTimeUtc());
                if (!stored)
                    return StoredMessage{}; // the test fails below: "undone" never written
                return Error{ErrorCode::Conflict, u"changed its mind"_s};
            });
        auto third = insert(chat(roomId, u"third"_s));
        gate.release();

        QVERIFY(await(held).ok());
        const auto firstStored = await(first);
        QVERIFY(firstStored.ok());
        const auto broken = await(brokenStatement);
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().message, u"refused"_s);
        QVERIFY(await(second).ok());
        const auto undone = await(wroteThenFailed);
        QVERIFY(!undone.ok());
        QVERIFY(undone.error().code == ErrorCode::Conflict);
        const auto thirdStored = await(third);
        QVERIFY(thirdStored.ok());
        QVERIFY(thirdStored->message.id > firstStored->message.id);

        // The held job's transaction, then one for the five queued behind it.
        QCOMPARE(storage->transactionsCommitted(), commitsBefore + 2);
        QCOMPARE(contents(), (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    }

    void storedMessagesReadBackAsWritten() {
        NewMessage system =
            chat(roomId, u"<b>민수</b> 님이 참여했습니다 'x'; DROP TABLE messages;--"_s);
        system.type = MessageType::System;
        system.event = SystemEvent::Joined;
        system.subjectId = u"buyer-1"_s;
        system.subjectName = u"민수"_s;
        NewMessage withId = chat(roomId, QString());
        withId.clientMsgId = u"c-1"_s;
        withId.senderName = QString();

        const auto a = await(insert(system));
        const auto b = await(insert(withId));
        QVERIFY(a.ok() && b.ok());
        const auto again = await(insert(withId));
        QVERIFY(again.ok());
        QVERIFY(again->duplicate);
        QCOMPARE(again->message.id, b->message.id);

        HistoryQuery query;
        query.roomId = roomId;
        const auto page = await(storage->run<HistoryPage>(
            [query](QSqlDatabase &db) { return repository::history(db, query); }));
        QVERIFY(page.ok());
        QCOMPARE(page->messages.size(), 2);
        QCOMPARE(page->messages[0], a->message);
        QCOMPARE(page->messages[1], b->message);
        QCOMPARE(page->messages[0].subjectName, std::optional(u"민수"_s));
        QVERIFY(!page->messages[1].event);
        QVERIFY(!page->messages[1].subjectId);
        QCOMPARE(page->messages[1].senderName, QString());
        QCOMPARE(page->messages[1].content, QString());
    }

    void cleanupTestCase() { storage.reset(); }
};

QTEST_GUILESS_MAIN(TestStorageThread)
#include "tst_storagethread.moc"
