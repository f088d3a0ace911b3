#include "roomjobs.h"

#include "storage/repository.h"

using namespace Qt::StringLiterals;

namespace gonggu::server::jobs {

namespace {
const auto kSystemSender = u"system"_s;
} // namespace

Error roomNotFound() {
    return Error{ErrorCode::NotFound, u"no such room"_s};
}

Result<RoomRecord> requireRoom(QSqlDatabase &db, qint64 roomId) {
    auto record = repository::loadRoom(db, roomId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return roomNotFound();
    return **record;
}

std::optional<Role> roleIn(const RoomRecord &record, const QString &userId) {
    for (const MemberRecord &m : record.members) {
        if (m.userId == userId)
            return m.role;
    }
    return std::nullopt;
}

Status addSystemMessage(QSqlDatabase &db, const Room &room, SystemEvent event,
                        const QString &subjectId, const QString &subjectName, const QDateTime &now,
                        RoomChange &change) {
    NewMessage message;
    message.roomId = room.id;
    message.type = MessageType::System;
    message.senderId = kSystemSender;
    message.senderName = QString();
    message.content = rules::systemSentence(event, subjectName, room);
    message.event = event;
    if (!subjectId.isEmpty()) {
        message.subjectId = subjectId;
        message.subjectName = subjectName;
    }
    auto stored = repository::insertMessage(db, message, now);
    if (!stored)
        return stored.error();
    change.messages.append(stored->message);
    return okStatus();
}

// ACTIVE -> `to`, with its SYSTEM messages; closing removes every VIEWER.
Status settleRoom(QSqlDatabase &db, RoomRecord &record, RoomStatus to,
                  const QList<SystemEvent> &events, const QDateTime &now, RoomChange &change) {
    auto settled = repository::settleRoom(db, record.room.id, to, now);
    if (!settled)
        return settled.error();
    if (!*settled)
        return Error{ErrorCode::RoomNotActive, u"the group buy is already settled"_s};
    record.room.status = to;
    record.room.closedAt = now;
    for (SystemEvent event : events) {
        if (auto s = addSystemMessage(db, record.room, event, {}, {}, now, change); !s)
            return s;
    }
    if (to != RoomStatus::Closed)
        return okStatus();
    for (const MemberRecord &member : record.members) {
        if (member.role != Role::Viewer)
            continue;
        if (auto s = repository::deleteMember(db, record.room.id, member.userId); !s)
            return s;
        if (auto s = addSystemMessage(db, record.room, SystemEvent::Removed, member.userId,
                                      member.displayName, now, change);
            !s)
            return s;
        change.removed.append({member.userId, SystemEvent::Removed});
    }
    return okStatus();
}

Result<RoomChange> finish(QSqlDatabase &db, qint64 roomId, RoomChange change) {
    auto record = requireRoom(db, roomId);
    if (!record)
        return record.error();
    change.room = *record;
    return change;
}

} // namespace gonggu::server::jobs
