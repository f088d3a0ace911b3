#include "sqlexec.h"

#include "database.h"
#include "statementcache.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace gonggu::server::repository {

Result<Executed> execute(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                         const char *what) {
    QSqlQuery *query = nullptr;
    std::unique_ptr<QSqlQuery> own;
    if (StatementCache *cache = statementCacheOf(db))
        query = cache->prepared(db, sql);
    if (!query) {
        own = std::make_unique<QSqlQuery>(db);
        own->setForwardOnly(true);
        if (!own->prepare(sql))
            return sqlError(QString::fromLatin1(what), own->lastError());
        query = own.get();
    }
    for (const QVariant &value : values) {
        // A null QString means "empty" in our values; NULL is spelled as QVariant().
        if (value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
            query->addBindValue(QString(u""_s));
        else
            query->addBindValue(value);
    }
    if (!query->exec())
        return sqlError(QString::fromLatin1(what), query->lastError());
    return own ? Executed(std::move(own)) : Executed(query);
}

} // namespace gonggu::server::repository
