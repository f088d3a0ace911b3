#include "roomrules.h"

#include "common/content.h"
#include "common/jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu::server::rules {

namespace {
Error refuse(ErrorCode code, const QString &why) {
    return Error{code, why};
}
bool isMember(std::optional<Role> role) {
    return role.has_value();
}
bool isBuyerOrSeller(std::optional<Role> role) {
    return role == Role::Seller || role == Role::Participant;
}
} // namespace

Status validateDraft(const RoomDraft &draft, const QDateTime &now) {
    if (draft.productId <= 0)
        return Error{ErrorCode::BadRequest, u"productId must be a positive integer"_s,
                     u"productId"_s};
    const qsizetype titleLength = characterCount(draft.title.trimmed());
    if (titleLength < 1 || characterCount(draft.title) > kMaxTitleCharacters)
        return Error{ErrorCode::BadRequest,
                     u"title must be 1-%1 characters"_s.arg(kMaxTitleCharacters), u"title"_s};
    if (characterCount(draft.description) > kMaxDescriptionCharacters)
        return refuse(ErrorCode::BadRequest, u"description must be at most %1 characters"_s.arg(
                                                 kMaxDescriptionCharacters));
    for (const QString &text : {draft.title, draft.description}) {
        if (!text.isEmpty() && !validateContent(text).ok())
            return refuse(ErrorCode::BadRequest, u"title and description must be printable text"_s);
    }
    if (draft.minParticipants < 1 || draft.minParticipants > draft.maxParticipants ||
        draft.maxParticipants > kMaxParticipantsLimit)
        return refuse(
            ErrorCode::BadRequest,
            u"participants must satisfy 1 <= min <= max <= %1"_s.arg(kMaxParticipantsLimit));
    if (!draft.expiresAt.isValid() || draft.expiresAt <= now)
        return Error{ErrorCode::BadRequest, u"expiresAt must be in the future"_s, u"expiresAt"_s};
    // A file belongs to a room, so the photo comes after the room (PUT .../product).
    if (draft.product && draft.product->photoFileId)
        return Error{ErrorCode::BadRequest,
                     u"upload the photo into the room, then set it with PUT .../product"_s,
                     u"photoFileId"_s};
    return okStatus();
}

Status canReadChat(RoomStatus status, std::optional<Role> role) {
    switch (status) {
    case RoomStatus::Active:
        return okStatus();
    case RoomStatus::Closed:
        if (isBuyerOrSeller(role))
            return okStatus();
        return refuse(ErrorCode::NotAMember,
                      u"a closed group buy admits its seller and participants only"_s);
    case RoomStatus::Cancelled:
        if (isMember(role))
            return okStatus();
        return refuse(ErrorCode::NotAMember,
                      u"a cancelled group buy admits its former members only"_s);
    }
    return refuse(ErrorCode::Internal, u"unknown status"_s);
}

Status canWatchRoom(RoomStatus status, std::optional<Role> role) {
    return canReadChat(status, role);
}

Status canSend(RoomStatus status, std::optional<Role> role, MessageType type, bool tradeService) {
    if (type == MessageType::System)
        return refuse(ErrorCode::Forbidden, u"SYSTEM messages are the server's"_s);
    if (status == RoomStatus::Cancelled)
        return refuse(ErrorCode::RoomNotWritable,
                      u"the group buy was cancelled; the chat is read-only"_s);
    if (type == MessageType::Notification) {
        if (role == Role::Seller || tradeService)
            return okStatus();
        return refuse(ErrorCode::Forbidden, u"only the seller posts notifications"_s);
    }
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"subscribe to the room before writing"_s);
    if (status == RoomStatus::Closed && !isBuyerOrSeller(role))
        return refuse(ErrorCode::NotAMember,
                      u"a closed group buy admits its seller and participants only"_s);
    return okStatus();
}

Status canEdit(RoomStatus status, std::optional<Role> role, const ChatMessage &message,
               const QString &callerId, bool tradeService) {
    if (message.type == MessageType::System)
        return refuse(ErrorCode::Forbidden, u"SYSTEM messages cannot be edited"_s);
    if (message.senderId != callerId)
        return refuse(ErrorCode::Forbidden, u"only its sender edits a message"_s);
    if (message.isDeleted())
        return refuse(ErrorCode::Conflict, u"the message was deleted"_s);
    return canSend(status, role, message.type, tradeService);
}

Status canDelete(RoomStatus status, std::optional<Role> role, const ChatMessage &message,
                 const QString &callerId, bool tradeService) {
    if (message.type == MessageType::System)
        return refuse(ErrorCode::Forbidden, u"SYSTEM messages cannot be deleted"_s);
    if (role == Role::Seller || tradeService)
        return okStatus();
    if (message.senderId != callerId)
        return refuse(ErrorCode::Forbidden, u"only its sender or the seller deletes a message"_s);
    return canSend(status, role, message.type, tradeService);
}

Status canReact(RoomStatus status, std::optional<Role> role, const ChatMessage &message,
                bool tradeService) {
    if (message.type == MessageType::System)
        return refuse(ErrorCode::Forbidden, u"SYSTEM messages take no reactions"_s);
    if (message.isDeleted())
        return refuse(ErrorCode::Conflict, u"the message was deleted"_s);
    return canSend(status, role, MessageType::Chat, tradeService);
}

Status canJoin(const Room &room, std::optional<Role> role) {
    if (room.status != RoomStatus::Active)
        return refuse(ErrorCode::RoomNotActive, u"the group buy is no longer recruiting"_s);
    if (role == Role::Seller)
        return refuse(ErrorCode::Forbidden, u"the seller cannot join their own group buy"_s);
    if (role == Role::Participant)
        return okStatus(); // already in: joining again changes nothing
    if (room.participantCount >= room.maxParticipants)
        return refuse(ErrorCode::RoomFull, u"the group buy is full"_s);
    return okStatus();
}

Status canGiveAddress(RoomStatus status, std::optional<Role> role) {
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Participant)
        return refuse(ErrorCode::Forbidden, u"only buyers who joined give a delivery address"_s);
    if (status == RoomStatus::Cancelled)
        return refuse(ErrorCode::RoomNotWritable, u"the group buy was called off"_s);
    return okStatus();
}

Status canReadAddresses(std::optional<Role> role) {
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Seller)
        return refuse(ErrorCode::Forbidden, u"only the seller reads the delivery addresses"_s);
    return okStatus();
}

namespace {

Status ordersExist(RoomStatus status) {
    if (status != RoomStatus::Closed)
        return refuse(ErrorCode::Conflict, u"orders start when the group buy closes"_s);
    return okStatus();
}

} // namespace

Status canReadOrders(RoomStatus status, std::optional<Role> role, bool tradeService) {
    if (!tradeService && !isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (!tradeService && role != Role::Seller)
        return refuse(ErrorCode::Forbidden, u"only the seller reads the orders"_s);
    return ordersExist(status);
}

Status canReadMyOrder(RoomStatus status, std::optional<Role> role) {
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Participant)
        return refuse(ErrorCode::Forbidden, u"only a buyer has an order"_s);
    return ordersExist(status);
}

Status canChangeOrder(RoomStatus status, OrderActor actor, OrderStatus from, OrderStatus to) {
    if (auto s = ordersExist(status); !s)
        return s;
    if (from == to) { // a retry: fine for one who moves orders there
        for (OrderStatus other : {OrderStatus::AwaitingPayment, OrderStatus::Paid,
                                  OrderStatus::HandedOver, OrderStatus::Cancelled}) {
            if (mayMoveOrder(actor, other, to))
                return okStatus();
        }
        return refuse(ErrorCode::Forbidden, u"you do not move orders to %1"_s.arg(toString(to)));
    }
    if (!isOrderMove(from, to))
        return refuse(ErrorCode::Conflict,
                      u"an order does not move from %1 to %2"_s.arg(toString(from), toString(to)));
    if (!mayMoveOrder(actor, from, to))
        return refuse(ErrorCode::Forbidden, u"you do not move an order from %1 to %2"_s.arg(
                                                toString(from), toString(to)));
    return okStatus();
}

Status canRemind(RoomStatus status, std::optional<Role> role) {
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Seller)
        return refuse(ErrorCode::Forbidden, u"only the seller reminds buyers"_s);
    return ordersExist(status);
}

Status canLeave(const Room &room, std::optional<Role> role) {
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role == Role::Seller)
        return refuse(ErrorCode::Forbidden,
                      u"the seller cannot leave; cancel the group buy instead"_s);
    if (room.status != RoomStatus::Active)
        return refuse(ErrorCode::RoomNotActive,
                      u"members can leave only while the group buy recruits"_s);
    return okStatus();
}

Status canSettle(const Room &room, std::optional<Role> role, bool tradeService) {
    if (role != Role::Seller && !tradeService)
        return refuse(ErrorCode::Forbidden, u"only the seller or the trade service can do this"_s);
    if (room.status != RoomStatus::Active)
        return refuse(ErrorCode::RoomNotActive, u"the group buy is already settled"_s);
    return okStatus();
}

namespace {

// What the seller (or the trade service) sets about a buy while it recruits: `what`.
Status sellerWhileRecruiting(const Room &room, std::optional<Role> role, bool tradeService,
                             const QString &what) {
    if (role != Role::Seller && !tradeService)
        return refuse(ErrorCode::Forbidden,
                      u"only the seller or the trade service changes %1"_s.arg(what));
    if (room.status != RoomStatus::Active)
        return refuse(ErrorCode::RoomNotActive,
                      u"%1 can change only while the group buy recruits"_s.arg(what));
    return okStatus();
}

} // namespace

Status canEditProduct(const Room &room, std::optional<Role> role, bool tradeService) {
    return sellerWhileRecruiting(room, role, tradeService, u"the product"_s);
}

Status canChangeLimits(const Room &room, std::optional<Role> role, bool tradeService,
                       std::optional<int> maxParticipants, std::optional<QDateTime> expiresAt,
                       const QDateTime &now) {
    if (auto s = sellerWhileRecruiting(room, role, tradeService, u"the deadline and places"_s); !s)
        return s;
    if (!maxParticipants && !expiresAt)
        return Error{ErrorCode::BadRequest, u"give maxParticipants, expiresAt or both"_s};
    if (maxParticipants) {
        if (*maxParticipants < std::max(room.minParticipants, 1) ||
            *maxParticipants > kMaxParticipantsLimit)
            return Error{ErrorCode::BadRequest,
                         u"maxParticipants is at least minParticipants, at most %1"_s.arg(
                             kMaxParticipantsLimit),
                         u"maxParticipants"_s};
        if (*maxParticipants < room.participantCount)
            return Error{
                ErrorCode::Conflict,
                u"%1 have joined: fewer places would drop someone"_s.arg(room.participantCount),
                u"maxParticipants"_s};
    }
    if (expiresAt && (!expiresAt->isValid() || *expiresAt <= now || *expiresAt <= room.expiresAt))
        return Error{ErrorCode::BadRequest, u"the deadline only moves later"_s, u"expiresAt"_s};
    return okStatus();
}

bool joinFillsRoom(const Room &room, int participantCount) {
    return participantCount >= room.maxParticipants;
}

RoomStatus expiryOutcome(const Room &room) {
    return room.participantCount >= room.minParticipants ? RoomStatus::Closed
                                                         : RoomStatus::Cancelled;
}

namespace {
Status appointmentsOpen(RoomStatus status) {
    if (status == RoomStatus::Cancelled)
        return refuse(ErrorCode::RoomNotWritable,
                      u"the group buy was cancelled; there is no pickup"_s);
    return okStatus();
}
} // namespace

Status canSetAppointment(RoomStatus status, std::optional<Role> role, bool tradeService) {
    if (!tradeService && !isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Seller && !tradeService)
        return refuse(ErrorCode::Forbidden,
                      u"only the seller or the trade service sets the pickup"_s);
    return appointmentsOpen(status);
}

Status canAnswerAppointment(const Room &room, std::optional<Role> role, const QDateTime &now) {
    if (!isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Participant)
        return refuse(ErrorCode::Forbidden, u"only buyers answer the pickup"_s);
    if (auto s = appointmentsOpen(room.status); !s)
        return s;
    if (!room.appointment)
        return refuse(ErrorCode::NotFound, u"no pickup was set in this room"_s);
    if (room.appointment->at <= now)
        return refuse(ErrorCode::Conflict, u"the pickup time has passed"_s);
    return okStatus();
}

Status canReadAppointmentAnswers(std::optional<Role> role, bool tradeService) {
    if (!tradeService && !isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Seller && !tradeService)
        return refuse(ErrorCode::Forbidden,
                      u"only the seller and the trade service see who answered what"_s);
    return okStatus();
}

Status canModerate(const Room &room, std::optional<Role> role, bool tradeService) {
    if (!tradeService && !isMember(role))
        return refuse(ErrorCode::NotAMember, u"not a member of this room"_s);
    if (role != Role::Seller && !tradeService)
        return refuse(ErrorCode::Forbidden, u"only the seller or the trade service does this"_s);
    if (room.status == RoomStatus::Cancelled)
        return refuse(ErrorCode::RoomNotWritable, u"the group buy was cancelled"_s);
    return okStatus();
}

Status canRemove(const Room &room, std::optional<Role> target) {
    if (!isMember(target))
        return refuse(ErrorCode::NotFound, u"no such member in this room"_s);
    if (target == Role::Seller)
        return refuse(ErrorCode::Forbidden, u"the seller cannot be removed"_s);
    if (target == Role::Participant && room.status != RoomStatus::Active)
        return refuse(ErrorCode::RoomNotActive,
                      u"a buyer is removed only while the group buy recruits; after, cancel "
                      u"their order"_s);
    return okStatus();
}

Status canMute(std::optional<Role> target, int minutes) {
    if (!isMember(target))
        return refuse(ErrorCode::NotFound, u"no such member in this room"_s);
    if (target == Role::Seller)
        return refuse(ErrorCode::Forbidden, u"the seller cannot be muted"_s);
    if (minutes < 1 || minutes > kMaxMuteMinutes)
        return Error{ErrorCode::BadRequest, u"minutes is 1 to %1"_s.arg(kMaxMuteMinutes),
                     u"minutes"_s};
    return okStatus();
}

Status canSpeak(const Room &room, const std::optional<QDateTime> &mutedUntil,
                std::optional<Role> role, bool tradeService, const QDateTime &now) {
    if (tradeService || role == Role::Seller)
        return okStatus();
    if (room.frozen)
        return refuse(ErrorCode::RoomNotWritable,
                      u"the seller paused the chat; it is read-only for now"_s);
    if (mutedUntil && *mutedUntil > now)
        return refuse(ErrorCode::RoomNotWritable,
                      u"the seller muted you until %1"_s.arg(toIsoUtc(*mutedUntil)));
    return okStatus();
}

Status notBanned(bool banned) {
    if (banned)
        return refuse(ErrorCode::Forbidden, u"the seller removed you from this group buy"_s);
    return okStatus();
}

QString systemSentence(SystemEvent event, const QString &subjectName, const Room &room) {
    switch (event) {
    case SystemEvent::Joined:
        return u"%1 joined the chat."_s.arg(subjectName);
    case SystemEvent::Left:
        return u"%1 left."_s.arg(subjectName);
    case SystemEvent::Removed:
        return u"%1 was removed because the group buy closed."_s.arg(subjectName);
    case SystemEvent::Participating:
        return u"%1 joined the group buy (%2/%3)."_s.arg(subjectName)
            .arg(room.participantCount)
            .arg(room.maxParticipants);
    case SystemEvent::Closed:
        return u"The group buy is complete and closed."_s;
    case SystemEvent::Cancelled:
        return u"The group buy was cancelled."_s;
    case SystemEvent::Expired:
        return u"The group buy ended at its deadline with %1 of %2 needed participants."_s
            .arg(room.participantCount)
            .arg(room.minParticipants);
    case SystemEvent::DeadlineExtended:
        return u"The deadline was extended to %1."_s.arg(
            room.expiresAt.toUTC().toString(Qt::ISODate));
    case SystemEvent::CapacityChanged:
        return u"The group buy now takes %1 buyers."_s.arg(room.maxParticipants);
    case SystemEvent::AppointmentSet:
        return u"The seller set the pickup."_s;
    case SystemEvent::AppointmentChanged:
        return u"The seller changed the pickup."_s;
    case SystemEvent::AppointmentCancelled:
        return u"The seller called off the pickup."_s;
    case SystemEvent::RemovedBySeller:
        return u"The seller removed %1."_s.arg(subjectName);
    case SystemEvent::Muted:
        return u"The seller muted %1 for a while."_s.arg(subjectName);
    case SystemEvent::Unmuted:
        return u"%1 can write again."_s.arg(subjectName);
    case SystemEvent::Frozen:
        return u"The seller paused the chat."_s;
    case SystemEvent::Unfrozen:
        return u"The seller opened the chat again."_s;
    case SystemEvent::ProductUpdated:
        if (!room.product)
            return u"The product details were updated."_s;
        return u"The product details were updated: group price %1 %2."_s
            .arg(room.product->groupPrice)
            .arg(room.product->currency);
    }
    return {};
}

} // namespace gonggu::server::rules
