// SQL for every table, as small functions over a connection. Always prepared
// statements with bound values; no business rules here (see rooms/).
#pragma once

#include "records.h"

#include "common/result.h"

#include <QSqlDatabase>

namespace gonggu::server::repository {

Result<QList<RoomRecord>> loadRooms(QSqlDatabase &db);
Result<std::optional<RoomRecord>> loadRoom(QSqlDatabase &db, qint64 roomId);
Status insertRoom(QSqlDatabase &db, const NewRoom &room, const QDateTime &now);

// Guarded updates: return false when the guard did not hold (nothing changed).
Result<bool> incrementParticipants(QSqlDatabase &db, qint64 roomId);
Result<bool> decrementParticipants(QSqlDatabase &db, qint64 roomId);
Result<bool> settleRoom(QSqlDatabase &db, qint64 roomId, RoomStatus to, const QDateTime &now);

Status upsertMember(QSqlDatabase &db, qint64 roomId, const MemberRecord &member,
                    const QDateTime &now);
Status deleteMember(QSqlDatabase &db, qint64 roomId, const QString &userId);

Result<StoredMessage> insertMessage(QSqlDatabase &db, const NewMessage &message,
                                    const QDateTime &now);
Result<HistoryPage> history(QSqlDatabase &db, const HistoryQuery &query);
// Looks at up to `limit` messages after `afterId` that are plaintext or under an
// older key and seals them under the current key. Rows that do not open
// (damaged, or a key missing from the file) are counted and left alone.
struct ReencryptBatch {
    int scanned = 0;
    int moved = 0;
    int unreadable = 0;
    qint64 lastId = 0; // where the next batch starts
};
Result<ReencryptBatch> reencryptMessages(QSqlDatabase &db, qint64 afterId, int limit);
Result<RoomListPage> listRooms(QSqlDatabase &db, const RoomListQuery &query);

Status insertAccount(QSqlDatabase &db, const AccountRecord &account, const QDateTime &now);
Result<std::optional<AccountRecord>> findAccount(QSqlDatabase &db, const QString &username);
Result<std::optional<AccountRecord>> findAccountById(QSqlDatabase &db, const QString &userId);

} // namespace gonggu::server::repository
