#include "statementcache.h"

#include <QSqlDriver>

namespace gonggu::server {

QSqlQuery *StatementCache::prepared(QSqlDatabase &db, const QString &sql) {
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return &it->second;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return nullptr;
    return &m_statements.emplace(sql, std::move(query)).first->second;
}

SqliteStatement *StatementCache::preparedSqlite(QSqlDatabase &db, const char *sql) {
    const QByteArray key = QByteArray::fromRawData(sql, qstrlen(sql));
    if (auto it = m_sqlite.find(key); it != m_sqlite.end())
        return &it->second;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return nullptr;
    auto statement = SqliteStatement::prepare(handle, key);
    if (!statement)
        return nullptr;
    return &m_sqlite.emplace(QByteArray(sql), std::move(*statement)).first->second;
}

void StatementCache::finishAll() {
    for (auto &[sql, statement] : m_statements)
        if (statement.isActive())
            statement.finish();
}

void attachStatementCache(QSqlDatabase &db, StatementCache *cache) {
    db.driver()->setProperty("gonggu.statements", QVariant::fromValue(static_cast<void *>(cache)));
}

StatementCache *statementCacheOf(const QSqlDatabase &db) {
    return static_cast<StatementCache *>(
        db.driver()->property("gonggu.statements").value<void *>());
}

} // namespace gonggu::server
