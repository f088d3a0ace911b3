#include "hostchanges.h"

#include "roomchanges.h"
#include "roomrules.h"

#include "common/content.h"

using namespace Qt::StringLiterals;

namespace gonggu::server::changes {

namespace {

Result<RoomRecord> moderatedRoom(RoomTransaction &tx, const Identity &caller, qint64 roomId) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    if (auto s = rules::canModerate(record->room, roleIn(*record, caller.userId),
                                    caller.isTradeService());
        !s)
        return s.error();
    return record;
}

} // namespace

Result<RoomChange> setFrozen(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                             bool frozen, const QDateTime &now) {
    auto record = moderatedRoom(tx, caller, roomId);
    if (!record)
        return record.error();
    Room &room = record->room;
    if (room.frozen == frozen)
        return finish(tx, roomId, RoomChange{});
    auto updated = tx.setFrozen(roomId, frozen);
    if (!updated)
        return updated.error();
    if (!*updated)
        return Error{ErrorCode::RoomNotWritable, u"the group buy was cancelled meanwhile"_s};
    room.frozen = frozen;
    RoomChange change;
    if (auto s = addSystemMessage(tx, room, frozen ? SystemEvent::Frozen : SystemEvent::Unfrozen,
                                  room.sellerId, room.sellerName, now, change);
        !s)
        return s.error();
    return finish(tx, roomId, change);
}

Result<RoomChange> mute(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                        const QString &userId, std::optional<int> minutes, const QDateTime &now) {
    auto record = moderatedRoom(tx, caller, roomId);
    if (!record)
        return record.error();
    const MemberRecord *member = memberIn(*record, userId);
    if (auto s = rules::canMute(roleIn(*record, userId), minutes.value_or(1)); !s)
        return s.error();
    const bool mutedNow = member->mutedUntil && *member->mutedUntil > now;
    if (!minutes && !mutedNow)
        return finish(tx, roomId, RoomChange{});
    const std::optional<QDateTime> until =
        minutes ? std::optional(now.addSecs(qint64(*minutes) * 60)) : std::nullopt;
    if (auto s = tx.setMutedUntil(roomId, userId, until); !s)
        return s.error();
    RoomChange change;
    if (auto s =
            addSystemMessage(tx, record->room, minutes ? SystemEvent::Muted : SystemEvent::Unmuted,
                             userId, member->displayName, now, change);
        !s)
        return s.error();
    return finish(tx, roomId, change);
}

Result<RoomChange> removeMember(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                const QString &userId, const QString &reason,
                                const QDateTime &now) {
    auto record = moderatedRoom(tx, caller, roomId);
    if (!record)
        return record.error();
    const QString why = reason.trimmed();
    if (why.isEmpty() || characterCount(why) > rules::kMaxRemovalReasonCharacters ||
        !validateContent(why))
        return Error{ErrorCode::ContentInvalid,
                     u"the reason is 1 to %1 characters"_s.arg(rules::kMaxRemovalReasonCharacters),
                     u"reason"_s};
    const MemberRecord *found = memberIn(*record, userId);
    if (auto s = rules::canRemove(record->room, roleIn(*record, userId)); !s)
        return s.error();
    const MemberRecord member = *found;
    Room &room = record->room;
    if (member.role == Role::Participant) {
        auto uncounted = tx.decrementParticipants(roomId);
        if (!uncounted)
            return uncounted.error();
        if (!*uncounted) // the buy settled meanwhile
            return Error{ErrorCode::RoomNotActive, u"the group buy no longer recruits"_s};
        --room.participantCount;
    }
    if (auto s = tx.deleteMember(roomId, userId); !s)
        return s.error();
    if (auto gone = tx.deleteAddresses(roomId, userId); !gone)
        return gone.error();
    if (auto s = tx.banMember(roomId, userId, why, caller.userId, now); !s)
        return s.error();
    RoomChange change;
    if (member.announced) { // a quiet VIEWER goes as quietly as they came
        if (auto s = addSystemMessage(tx, room, SystemEvent::RemovedBySeller, userId,
                                      member.displayName, now, change);
            !s)
            return s.error();
    }
    change.events.append(roomevent::MemberRemoved{roomId, userId, SystemEvent::RemovedBySeller});
    UserNotification told = notificationOf(room, UserNotification::Type::RoomRemoved, now);
    told.reason = SystemEvent::RemovedBySeller;
    told.note = why;
    auto notice = recordNotification(tx, userId, std::move(told));
    if (!notice)
        return notice.error();
    change.events.append(std::move(*notice));
    return finish(tx, roomId, change);
}

} // namespace gonggu::server::changes
