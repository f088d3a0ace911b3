#include "sqlitestatement.h"

#include "database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace gonggu::server {

sqlite3 *sqliteHandle(const QSqlDatabase &db) {
    if (!db.isOpen() || db.driver()->dbmsType() != QSqlDriver::SQLite)
        return nullptr;
    // QSQLITE's documented handle: a QVariant holding the sqlite3*.
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3 *db, QByteArrayView sql) {
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &statement,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(db, u"cannot prepare statement"_s);
    }
    return SqliteStatement(db, statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr)) {
}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept {
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    return *this;
}

SqliteStatement::~SqliteStatement() {
    sqlite3_finalize(m_statement); // a no-op on null
}

void SqliteStatement::bind(int position, qint64 value) {
    sqlite3_bind_int64(m_statement, position, value);
}

void SqliteStatement::bind(int position, QByteArrayView utf8) {
    // Never bind a null pointer: SQLite would store NULL, not ''.
    sqlite3_bind_text(m_statement, position, utf8.isNull() ? "" : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bind(int position, const std::optional<QByteArray> &utf8) {
    if (utf8)
        bind(position, QByteArrayView(*utf8));
    else
        bindNull(position);
}

void SqliteStatement::bindNull(int position) {
    sqlite3_bind_null(m_statement, position);
}

Result<qint64> SqliteStatement::run(const char *what) {
    const int status = sqlite3_step(m_statement);
    // reset() repeats step()'s error code; the message is read before it.
    std::optional<Error> failure;
    if (status != SQLITE_DONE && status != SQLITE_ROW)
        failure = sqliteError(m_db, QString::fromLatin1(what));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (failure)
        return *failure;
    return qint64(sqlite3_changes64(m_db));
}

Result<QVarLengthArray<qint64, 2>> SqliteStatement::runForIntegers(const char *what) {
    const int status = sqlite3_step(m_statement);
    std::optional<Error> failure;
    QVarLengthArray<qint64, 2> row;
    if (status == SQLITE_ROW) {
        for (int c = 0, n = sqlite3_column_count(m_statement); c < n; ++c)
            row.append(sqlite3_column_int64(m_statement, c));
    } else if (status != SQLITE_DONE) {
        failure = sqliteError(m_db, QString::fromLatin1(what));
    }
    // A RETURNING statement made all its changes at the first step.
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (failure)
        return *failure;
    return row;
}

} // namespace gonggu::server
