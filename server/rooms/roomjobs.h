// Steps of room changes that run inside a storage job, on the database thread:
// they read and write through the repository and record what they did in a
// RoomChange. They never touch the in-memory registry (that is the main thread's).
#pragma once

#include "roomservice.h"

#include <QSqlDatabase>

namespace gonggu::server::jobs {

// A room id nobody created: the registry's answer and the database's alike.
Error roomNotFound();
Result<RoomRecord> requireRoom(QSqlDatabase &db, qint64 roomId);
std::optional<Role> roleIn(const RoomRecord &record, const QString &userId);
// Persists a SYSTEM message about `event` (subject optional) and records it.
Status addSystemMessage(QSqlDatabase &db, const Room &room, SystemEvent event,
                        const QString &subjectId, const QString &subjectName, const QDateTime &now,
                        RoomChange &change);
// ACTIVE -> `to` with its SYSTEM messages; closing removes every VIEWER.
Status settleRoom(QSqlDatabase &db, RoomRecord &record, RoomStatus to,
                  const QList<SystemEvent> &events, const QDateTime &now, RoomChange &change);
// Reloads the room as committed, for the registry.
Result<RoomChange> finish(QSqlDatabase &db, qint64 roomId, RoomChange change);

} // namespace gonggu::server::jobs
