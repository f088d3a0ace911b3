// How the repository runs SQL: a prepared statement (the connection's cached one
// when it has a cache) with positional values, its failure as an Error.
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <memory>

namespace gonggu::server::repository {

// A statement that ran: the connection's cached one, or its own without a cache.
class Executed {
public:
    explicit Executed(QSqlQuery *cached)
        : m_query(cached) {}
    explicit Executed(std::unique_ptr<QSqlQuery> own)
        : m_own(std::move(own))
        , m_query(m_own.get()) {}
    QSqlQuery *operator->() const { return m_query; }
    QSqlQuery &operator*() const { return *m_query; }

private:
    std::unique_ptr<QSqlQuery> m_own;
    QSqlQuery *m_query;
};

// Runs a prepared statement with positional values.
Result<Executed> execute(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const char *what);

} // namespace gonggu::server::repository
