// Opening a QtSql connection (SQLite or PostgreSQL) and migrating its schema.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

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

// "what failed: driver text" for logs and INTERNAL errors (never user data).
Error sqlError(const QString &what, const QSqlError &error);

} // namespace gonggu::server
