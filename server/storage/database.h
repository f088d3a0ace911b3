// Opening a QtSql connection (SQLite or PostgreSQL) and migrating its schema.
#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>

struct sqlite3;

namespace gonggu::server {

enum class SqlDialect { Sqlite, Postgres };

struct DatabaseSettings {
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;
    QString postgresUrl; // postgresql://user:password@host:port/db
};

DatabaseSettings databaseSettings(const QString &databaseUrl, const QString &sqlitePath);

// Opens a connection named `connectionName` for the calling thread (QtSql connections
// belong to the thread that made them).
Result<QSqlDatabase> openDatabase(const DatabaseSettings &settings, const QString &connectionName);

// Applies the migrations that are newer than the database's schema version.
Status migrate(QSqlDatabase &db, SqlDialect dialect);
int latestSchemaVersion();

// A failed statement as an Error that says what failed (never user data):
// CONFLICT for a unique violation (a row with that key exists), UNAVAILABLE when
// the database is down, full or failing its I/O (a client may retry later; not
// logged here: StorageThread logs an outage once), INTERNAL, with the driver's
// text in the log, for anything else.
Error sqlError(const QString &what, const QSqlError &error);
// The same for what SQLite itself reports on `db` (its own API, or a BEGIN or
// COMMIT, for which QSQLITE gives no code).
Error sqliteError(sqlite3 *db, const QString &what);
// PostgreSQL keeps a RECEIPT's promise only with fsync, full_page_writes and
// synchronous_commit on: a warning for each that is off (docs/operations.md).
void warnIfNotDurable(QSqlDatabase &db);
bool isUniqueViolation(const QSqlError &error);

// Times are stored as milliseconds since the epoch, read back as UTC.
inline qint64 ms(const QDateTime &time) {
    return time.toMSecsSinceEpoch();
}
inline QDateTime fromMs(qint64 value) {
    return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
}

} // namespace gonggu::server
