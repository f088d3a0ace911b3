// Prepared statements kept for the life of one database connection. Parsing
// the same INSERT for every chat message was a sixth of the server's CPU time
// under load (perf, docs/benchmarks.md); now each SQL text is prepared once.
//
// The owner of the connection finishes the statements after each unit of work
// (so none stays "in progress" at COMMIT) and clears the cache before the
// connection closes or reopens.
#pragma once

#include "sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <unordered_map>

namespace gonggu::server {

class StatementCache {
public:
    // The statement for `sql`, prepared on first use; null if that failed (the
    // caller runs it unprepared and reports the error). Only for statements a
    // server prepares: PostgreSQL aborts the transaction on PREPARE SAVEPOINT.
    QSqlQuery *prepared(QSqlDatabase &db, const QString &sql);
    // The same on SQLite's own API, for the hot path. Null if `db` is not
    // SQLite or preparing failed (logged).
    SqliteStatement *preparedSqlite(QSqlDatabase &db, const char *sql);
    void finishAll();
    void clear() {
        m_statements.clear();
        m_sqlite.clear();
    }

private:
    std::unordered_map<QString, QSqlQuery> m_statements;
    std::unordered_map<QByteArray, SqliteStatement> m_sqlite; // reset after each run
};

// The repository finds the cache of a connection through its driver.
void attachStatementCache(QSqlDatabase &db, StatementCache *cache);
StatementCache *statementCacheOf(const QSqlDatabase &db);

} // namespace gonggu::server
