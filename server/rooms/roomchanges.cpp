#include "roomchanges.h"

#include "roomrules.h"

#include "common/jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gonggu::server::changes {

Result<RoomRecord> requireRoom(RoomTransaction &tx, qint64 roomId) {
    auto record = tx.room(roomId);
    if (!record)
        return record.error();
    if (!record->has_value())
        return roomNotFound();
    return **record;
}

// Keeps a notification for `userId` (empty: the room's members) in the change's
// transaction, so that a restart or another instance loses none, and announces it.
Result<roomevent::Notified> recordNotification(RoomTransaction &tx, const QString &userId,
                                               UserNotification notification) {
    auto id = tx.recordNotification(userId, notification);
    if (!id)
        return id.error();
    notification.id = *id;
    return roomevent::Notified::of(userId, std::move(notification));
}

UserNotification notificationOf(const Room &room, UserNotification::Type type,
                                const QDateTime &now) {
    UserNotification n;
    n.type = type;
    n.roomId = room.id;
    n.roomTitle = room.title;
    n.createdAt = now;
    return n;
}

namespace {
const auto kSystemSender = u"system"_s;
} // namespace

Status addSystemMessage(RoomTransaction &tx, const Room &room, SystemEvent event,
                        const QString &subjectId, const QString &subjectName, const QDateTime &now,
                        RoomChange &change) {
    NewMessage message;
    message.roomId = room.id;
    message.type = MessageType::System;
    message.senderId = kSystemSender;
    message.content = rules::systemSentence(event, subjectName, room);
    message.event = event;
    if (room.appointment &&
        (event == SystemEvent::AppointmentSet || event == SystemEvent::AppointmentChanged))
        message.appointment = room.appointment->withoutAnswers();
    if (!subjectId.isEmpty()) {
        message.subjectId = subjectId;
        message.subjectName = subjectName;
    }
    auto stored = tx.insertMessage(message, now);
    if (!stored)
        return stored.error();
    change.events.append(roomevent::MessageStored::of(stored->message));
    return okStatus();
}

namespace {

// ACTIVE -> `to`, with its SYSTEM messages; closing removes every VIEWER.
Status settleRoom(RoomTransaction &tx, RoomRecord &record, RoomStatus to,
                  const QList<SystemEvent> &events, const QDateTime &now, RoomChange &change) {
    auto settled = tx.settleRoom(record.room.id, to, now);
    if (!settled)
        return settled.error();
    if (!*settled)
        return Error{ErrorCode::RoomNotActive, u"the group buy is already settled"_s};
    if (to == RoomStatus::Cancelled) { // nothing will be delivered: nobody keeps addresses
        if (auto gone = tx.deleteAddresses(record.room.id, {}); !gone)
            return gone.error();
    }
    // The trade service charges the buyers of a closed buy, refunds a cancelled one.
    QJsonArray buyers;
    for (const MemberRecord &member : record.members) {
        if (member.role == Role::Participant)
            buyers.append(member.userId);
    }
    if (auto s =
            tx.enqueueWebhook(to == RoomStatus::Closed ? u"room.closed"_s : u"room.cancelled"_s,
                              {{u"roomId"_s, record.room.id},
                               {u"title"_s, record.room.title},
                               {u"status"_s, toString(to)},
                               {u"expired"_s, events.contains(SystemEvent::Expired)},
                               {u"participantCount"_s, record.room.participantCount},
                               {u"buyers"_s, buyers},
                               {u"closedAt"_s, toIsoUtc(now)}},
                              now);
        !s)
        return s;
    record.room.status = to;
    record.room.closedAt = now;
    for (SystemEvent event : events) {
        if (auto s = addSystemMessage(tx, record.room, event, {}, {}, now, change); !s)
            return s;
    }
    QList<RoomEvent> removals;
    QList<RoomEvent> notices; // after the status: a removed viewer has left already
    for (const MemberRecord &member : record.members) {
        if (to != RoomStatus::Closed || member.role != Role::Viewer)
            continue;
        if (auto s = tx.deleteMember(record.room.id, member.userId); !s)
            return s;
        if (member.announced) { // one who only looked leaves as quietly as they came
            if (auto s = addSystemMessage(tx, record.room, SystemEvent::Removed, member.userId,
                                          member.displayName, now, change);
                !s)
                return s;
        }
        removals.append(
            roomevent::MemberRemoved{record.room.id, member.userId, SystemEvent::Removed});
        auto removed = notificationOf(record.room, UserNotification::Type::RoomRemoved, now);
        removed.reason = SystemEvent::Removed;
        auto told = recordNotification(tx, member.userId, std::move(removed));
        if (!told)
            return told.error();
        notices.append(std::move(*told));
    }
    change.events += removals;
    change.events.append(roomevent::StatusChanged{record.room.id, to});
    auto status = notificationOf(record.room, UserNotification::Type::RoomStatus, now);
    status.status = to;
    auto told = recordNotification(tx, {}, std::move(status));
    if (!told)
        return told.error();
    notices.append(std::move(*told));
    change.events += notices;
    return okStatus();
}

} // namespace

Result<RoomChange> finish(RoomTransaction &tx, qint64 roomId, RoomChange change) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    change.room = *record;
    return change;
}

Error roomNotFound() {
    return Error{ErrorCode::NotFound, u"no such room"_s};
}

const MemberRecord *memberIn(const RoomRecord &record, const QString &userId) {
    for (const MemberRecord &m : record.members) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

std::optional<Role> roleIn(const RoomRecord &record, const QString &userId) {
    if (const MemberRecord *m = memberIn(record, userId))
        return m->role;
    return std::nullopt;
}

Result<RoomChange> create(RoomTransaction &tx, NewRoom room, const QDateTime &now) {
    auto existing = tx.room(room.productId);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return RoomChange{**existing, {}, false, {}, {}};
    if (room.sellerName.isEmpty()) {
        auto account = tx.accountDisplayName(room.sellerId);
        if (!account)
            return account.error();
        room.sellerName = account->value_or(room.sellerId);
    }
    if (auto s = tx.insertRoom(room, now); !s)
        return s.error();
    RoomChange change;
    change.roomCreated = true;
    return finish(tx, room.productId, change);
}

Result<RoomChange> join(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                        const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const auto role = roleIn(*record, caller.userId);
    if (auto s = rules::canJoin(record->room, role); !s)
        return s.error();
    RoomChange change;
    if (role == Role::Participant)
        return finish(tx, roomId, change);
    auto banned = tx.isBanned(roomId, caller.userId);
    if (!banned)
        return banned.error();
    if (auto s = rules::notBanned(*banned); !s)
        return s.error();
    auto counted = tx.incrementParticipants(roomId);
    if (!counted)
        return counted.error();
    if (!*counted) // lost a race for the last place, possibly on another instance
        return Error{ErrorCode::RoomFull, u"the group buy is full"_s};
    if (auto s =
            tx.upsertMember(roomId, {caller.userId, caller.displayName, Role::Participant}, now);
        !s)
        return s.error();
    Room &room = record->room;
    ++room.participantCount;
    if (auto s = addSystemMessage(tx, room, SystemEvent::Participating, caller.userId,
                                  caller.displayName, now, change);
        !s)
        return s.error();
    if (rules::joinFillsRoom(room, room.participantCount)) {
        // The record was read before this join: the joiner is a buyer now (and no viewer
        // for the close to remove).
        record->members.removeIf([&](const MemberRecord &m) { return m.userId == caller.userId; });
        record->members.append({caller.userId, caller.displayName, Role::Participant});
        if (auto s =
                settleRoom(tx, *record, RoomStatus::Closed, {SystemEvent::Closed}, now, change);
            !s)
            return s.error();
    }
    return finish(tx, roomId, change);
}

Result<RoomChange> leave(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                         const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const auto role = roleIn(*record, caller.userId);
    if (auto s = rules::canLeave(record->room, role); !s)
        return s.error();
    if (role == Role::Participant) {
        auto uncounted = tx.decrementParticipants(roomId);
        if (!uncounted)
            return uncounted.error();
        --record->room.participantCount;
    }
    if (auto s = tx.deleteMember(roomId, caller.userId); !s)
        return s.error();
    if (auto gone = tx.deleteAddresses(roomId, caller.userId); !gone) // not theirs to keep
        return gone.error();
    RoomChange change;
    const MemberRecord *member = memberIn(*record, caller.userId);
    if (member->announced) {
        if (auto s = addSystemMessage(tx, record->room, SystemEvent::Left, caller.userId,
                                      caller.displayName, now, change);
            !s)
            return s.error();
    }
    change.events.append(roomevent::MemberRemoved{roomId, caller.userId, SystemEvent::Left});
    return finish(tx, roomId, change);
}

Result<RoomChange> setAddress(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                              const DeliveryAddress &address, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    if (auto s = rules::canGiveAddress(record->room.status, roleIn(*record, caller.userId)); !s)
        return s.error();
    if (auto s = tx.upsertAddress(roomId, caller.userId, address, now); !s)
        return s.error();
    return RoomChange{};
}

Result<RoomChange> settle(RoomTransaction &tx, const Identity &caller, qint64 roomId, RoomStatus to,
                          const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    if (auto s =
            rules::canSettle(record->room, roleIn(*record, caller.userId), caller.isTradeService());
        !s)
        return s.error();
    const SystemEvent event =
        to == RoomStatus::Closed ? SystemEvent::Closed : SystemEvent::Cancelled;
    RoomChange change;
    if (auto s = settleRoom(tx, *record, to, {event}, now, change); !s)
        return s.error();
    return finish(tx, roomId, change);
}

Result<RoomChange> setProduct(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                              const Product &product, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    Room &room = record->room;
    if (auto s =
            rules::canEditProduct(room, roleIn(*record, caller.userId), caller.isTradeService());
        !s)
        return s.error();
    if (room.product == product)
        return finish(tx, roomId, RoomChange{});
    const bool newPhoto =
        product.photoFileId && (!room.product || room.product->photoFileId != product.photoFileId);
    if (newPhoto) {
        auto files = tx.unsentFiles(roomId, caller.userId, {*product.photoFileId});
        if (!files)
            return files.error();
        if (files->size() != 1 || !files->first().contentType.startsWith(u"image/"_s))
            return Error{ErrorCode::ContentInvalid,
                         u"the photo is an image you uploaded to this room and sent nowhere"_s,
                         u"photoFileId"_s};
    }
    auto updated = tx.updateProduct(roomId, product);
    if (!updated)
        return updated.error();
    if (!*updated)
        return Error{ErrorCode::RoomNotActive,
                     u"the product can change only while the group buy recruits"_s};
    room.product = product;
    RoomChange change;
    if (auto s = addSystemMessage(tx, room, SystemEvent::ProductUpdated, room.sellerId,
                                  room.sellerName, now, change);
        !s)
        return s.error();
    if (newPhoto) { // kept with the message that showed it, as a sent file is
        const qint64 told = std::get<roomevent::MessageStored>(change.events.last()).message.id;
        if (auto marked = tx.markFilesSent(told, {*product.photoFileId}); !marked)
            return marked.error();
    }
    return finish(tx, roomId, change);
}

Result<RoomChange> changeLimits(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                std::optional<int> maxParticipants,
                                std::optional<QDateTime> expiresAt, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    Room &room = record->room;
    if (auto s = rules::canChangeLimits(room, roleIn(*record, caller.userId),
                                        caller.isTradeService(), maxParticipants, expiresAt, now);
        !s)
        return s.error();
    if (maxParticipants == room.maxParticipants)
        maxParticipants.reset(); // the same again: only the deadline, if any, changes
    if (!maxParticipants && !expiresAt)
        return finish(tx, roomId, RoomChange{});
    auto updated = tx.updateLimits(roomId, maxParticipants, expiresAt);
    if (!updated)
        return updated.error();
    if (!*updated) // lost a race to a join, a close or another change
        return Error{ErrorCode::Conflict, u"the group buy changed meanwhile; look again"_s};
    room.maxParticipants = maxParticipants.value_or(room.maxParticipants);
    room.expiresAt = expiresAt.value_or(room.expiresAt);
    RoomChange change;
    if (expiresAt) {
        if (auto s = addSystemMessage(tx, room, SystemEvent::DeadlineExtended, room.sellerId,
                                      room.sellerName, now, change);
            !s)
            return s.error();
    }
    if (maxParticipants) {
        if (auto s = addSystemMessage(tx, room, SystemEvent::CapacityChanged, room.sellerId,
                                      room.sellerName, now, change);
            !s)
            return s.error();
        if (rules::joinFillsRoom(room, room.participantCount)) {
            if (auto s =
                    settleRoom(tx, *record, RoomStatus::Closed, {SystemEvent::Closed}, now, change);
                !s)
                return s.error();
        }
    }
    return finish(tx, roomId, change);
}

Result<RoomChange> admitViewer(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                               const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const auto current = roleIn(*record, caller.userId);
    if (auto s = rules::canReadChat(record->room.status, current); !s)
        return s.error();
    RoomChange change;
    if (current)
        return finish(tx, roomId, change);
    auto banned = tx.isBanned(roomId, caller.userId);
    if (!banned)
        return banned.error();
    if (auto s = rules::notBanned(*banned); !s)
        return s.error();
    // Looking is not joining: the VIEWER is announced when they first write.
    if (auto s = tx.upsertMember(
            roomId, {caller.userId, caller.displayName, Role::Viewer, /*announced=*/false}, now);
        !s)
        return s.error();
    return finish(tx, roomId, change);
}

Result<RoomChange> announceViewer(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                  const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    RoomChange change;
    const MemberRecord *member = memberIn(*record, caller.userId);
    if (!member || member->announced) // announced meanwhile, or no longer a member
        return finish(tx, roomId, change);
    MemberRecord announced = *member;
    announced.announced = true;
    if (auto s = tx.upsertMember(roomId, announced, now); !s)
        return s.error();
    if (auto s = addSystemMessage(tx, record->room, SystemEvent::Joined, caller.userId,
                                  caller.displayName, now, change);
        !s)
        return s.error();
    return finish(tx, roomId, change);
}

Result<RoomChange> expire(RoomTransaction &tx, qint64 roomId, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    RoomChange change;
    if (record->room.status != RoomStatus::Active || record->room.expiresAt > now)
        return finish(tx, roomId, change);
    const RoomStatus to = rules::expiryOutcome(record->room);
    const SystemEvent outcome =
        to == RoomStatus::Closed ? SystemEvent::Closed : SystemEvent::Cancelled;
    if (auto s = settleRoom(tx, *record, to, {SystemEvent::Expired, outcome}, now, change); !s)
        return s.error();
    return finish(tx, roomId, change);
}

namespace {
// Whether `userId` may write in the room now: not while the chat is paused or they are muted.
Status maySpeak(const RoomRecord &record, const QString &userId, bool tradeService,
                const QDateTime &now) {
    const MemberRecord *member = memberIn(record, userId);
    return rules::canSpeak(record.room, member ? member->mutedUntil : std::nullopt,
                           member ? std::optional(member->role) : std::nullopt, tradeService, now);
}
} // namespace

Result<StoredMessage> post(RoomTransaction &tx, const NewMessage &message, bool tradeService,
                           const QDateTime &now) {
    auto record = requireRoom(tx, message.roomId);
    if (!record)
        return record.error();
    if (auto s = rules::canSend(record->room.status, roleIn(*record, message.senderId),
                                message.type, tradeService);
        !s)
        return s.error();
    if (auto s = maySpeak(*record, message.senderId, tradeService, now); !s)
        return s.error();
    return insert(tx, message, now);
}

namespace {

// A message of `roomId` by id: another room's is as unknown as one nobody has.
Result<ChatMessage> requireMessage(RoomTransaction &tx, qint64 roomId, qint64 messageId,
                                   QLatin1StringView field) {
    auto found = tx.message(messageId);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->roomId != roomId)
        return Error{ErrorCode::NotFound,
                     u"no message "_s + QString::number(messageId) + u" in this room"_s,
                     QString(field)};
    return **found;
}

// The message as members see it after the change (its quote, its reaction counts);
// `changed`: it did change, and that is announced (else a retry that changed nothing).
Result<RoomChange> messageNow(RoomTransaction &tx, qint64 messageId, bool changed) {
    auto now = tx.messageAsShown(messageId);
    if (!now)
        return now.error();
    if (!now->has_value())
        return Error{ErrorCode::Internal, u"the changed message vanished"_s};
    RoomChange change;
    change.message = **now;
    if (changed)
        change.events.append(roomevent::MessageChanged::of(**now));
    return change;
}

} // namespace

namespace {

// The committed room and one of its messages, for a change of that message.
struct RoomAndMessage {
    RoomRecord record;
    ChatMessage message;
};
Result<RoomAndMessage> roomAndMessage(RoomTransaction &tx, qint64 roomId, qint64 messageId) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    auto message = requireMessage(tx, roomId, messageId, "messageId"_L1);
    if (!message)
        return message.error();
    return RoomAndMessage{*record, *message};
}

} // namespace

Result<StoredMessage> insert(RoomTransaction &tx, NewMessage message, const QDateTime &now) {
    if (message.replyTo) {
        auto original = requireMessage(tx, message.roomId, *message.replyTo, "replyTo"_L1);
        if (!original)
            return original.error();
        message.quote = original->quoted();
    }
    if (!message.fileIds.isEmpty()) {
        auto files = tx.unsentFiles(message.roomId, message.senderId, message.fileIds);
        if (!files)
            return files.error();
        if (files->size() != message.fileIds.size())
            return Error{ErrorCode::BadRequest,
                         u"field 'attachments': each file must be one you uploaded to this room "
                         "and not sent yet"_s,
                         u"attachments"_s};
        message.attachments = std::move(*files);
    }
    auto stored = tx.insertMessage(message, now);
    if (stored && !stored->duplicate && !message.fileIds.isEmpty()) {
        auto sent = tx.markFilesSent(stored->message.id, message.fileIds);
        if (!sent)
            return sent.error();
        if (*sent != message.fileIds.size()) // another message took one meanwhile
            return Error{ErrorCode::Conflict, u"a file was sent in another message"_s,
                         u"attachments"_s};
    }
    if (!stored || stored->duplicate || message.type != MessageType::Notification)
        return stored;
    // An announcement also goes to members who are not in the chat (rare: one read).
    auto record = requireRoom(tx, message.roomId);
    if (!record)
        return record.error();
    auto announced = notificationOf(record->room, UserNotification::Type::Announcement, now);
    announced.message = stored->message;
    auto told = recordNotification(tx, {}, std::move(announced));
    if (!told)
        return told.error();
    stored->announcement = std::move(*told);
    return stored;
}

Result<RoomChange> edit(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                        const EditRequest &request, const QDateTime &now) {
    auto found = roomAndMessage(tx, roomId, request.messageId);
    if (!found)
        return found.error();
    const auto &[record, message] = *found;
    if (auto s = rules::canEdit(record.room.status, roleIn(record, caller.userId), message,
                                caller.userId, caller.isTradeService());
        !s)
        return s.error();
    if (auto s = maySpeak(record, caller.userId, caller.isTradeService(), now); !s)
        return s.error();
    auto edited = tx.editMessage(message, request.content, now);
    if (!edited)
        return edited.error();
    if (!*edited)
        return Error{ErrorCode::Conflict, u"the message was deleted"_s};
    return messageNow(tx, message.id, true);
}

Result<RoomChange> react(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                         const ReactRequest &request, const QDateTime &now) {
    auto found = roomAndMessage(tx, roomId, request.messageId);
    if (!found)
        return found.error();
    const auto &[record, message] = *found;
    if (auto s = rules::canReact(record.room.status, roleIn(record, caller.userId), message,
                                 caller.isTradeService());
        !s)
        return s.error();
    if (auto s = maySpeak(record, caller.userId, caller.isTradeService(), now); !s)
        return s.error();
    auto changed = tx.setReaction(message.id, caller.userId, request.emoji, request.on, now);
    if (!changed)
        return changed.error();
    return messageNow(tx, message.id, *changed); // a retry is answered, not announced
}

Result<RoomChange> remove(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                          qint64 messageId, const QDateTime &now) {
    auto found = roomAndMessage(tx, roomId, messageId);
    if (!found)
        return found.error();
    const auto &[record, message] = *found;
    if (auto s = rules::canDelete(record.room.status, roleIn(record, caller.userId), message,
                                  caller.userId, caller.isTradeService());
        !s)
        return s.error();
    auto deleted = tx.deleteMessage(messageId, now);
    if (!deleted)
        return deleted.error();
    return messageNow(tx, messageId, *deleted); // already a tombstone: not announced again
}

} // namespace gonggu::server::changes
