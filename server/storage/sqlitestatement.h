// A statement prepared on SQLite's own API, for the statements every chat
// message runs. Through QtSql each bound value costs a formatted placeholder
// name and a hash lookup (QSqlResult::bindValue) and text goes to UTF-16 and
// back: binding the message insert's eleven values was a tenth of the server's
// CPU at 120,000 deliveries/s (perf, docs/benchmarks.md).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVarLengthArray>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace gonggu::server {

// The connection's sqlite3 handle; null unless `db` is an open QSQLITE connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

class SqliteStatement {
public:
    static Result<SqliteStatement> prepare(sqlite3 *db, QByteArrayView sql);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    // Positions count from 1, as in the SQL. Text is bound without a copy: it
    // must stay alive until step() returns.
    void bind(int position, qint64 value);
    void bind(int position, QByteArrayView utf8);
    void bind(int position, const std::optional<QByteArray> &utf8); // nullopt: NULL
    void bindNull(int position);

    // Runs a statement that returns no rows, then resets it and drops its
    // bindings, so it holds nothing at COMMIT. Returns the rows it inserted,
    // updated or deleted.
    Result<qint64> run(const char *what);
    // The same for a statement that returns at most one row of integers (an
    // INSERT ... RETURNING): that row, or none.
    Result<QVarLengthArray<qint64, 2>> runForIntegers(const char *what);

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace gonggu::server
