#include "memberreports.h"

#include "roomchanges.h"
#include "roomrules.h"

#include "common/content.h"

using namespace Qt::StringLiterals;

namespace gonggu::server::changes {

Result<RoomChange> report(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                          std::optional<qint64> messageId, std::optional<QString> userId,
                          const QString &reason, const QDateTime &now) {
    if (messageId.has_value() == userId.has_value())
        return Error{ErrorCode::BadRequest, u"report a message (messageId) or a member (userId)"_s};
    const QString why = reason.trimmed();
    if (why.isEmpty() || characterCount(why) > kMaxReportReasonCharacters || !validateContent(why))
        return Error{ErrorCode::ContentInvalid,
                     u"the reason is 1 to %1 characters"_s.arg(kMaxReportReasonCharacters),
                     u"reason"_s};
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const MemberRecord *reporter = memberIn(*record, caller.userId);
    if (!reporter)
        return Error{ErrorCode::NotAMember, u"only members report what happens in a room"_s};
    ReportRecord kept{0, roomId, caller.userId, reporter->displayName, {}, {}, messageId, why, now};
    if (messageId) {
        auto message = tx.message(*messageId);
        if (!message)
            return message.error();
        if (!message->has_value() || (*message)->roomId != roomId)
            return Error{ErrorCode::NotFound, u"no such message in this room"_s, u"messageId"_s};
        if ((*message)->type == MessageType::System)
            return Error{ErrorCode::BadRequest, u"SYSTEM messages are the server's"_s,
                         u"messageId"_s};
        kept.reportedId = (*message)->senderId;
        kept.reportedName = (*message)->senderName;
    } else {
        const MemberRecord *member = memberIn(*record, *userId);
        if (!member)
            return Error{ErrorCode::NotFound, u"no such member in this room"_s, u"userId"_s};
        kept.reportedId = member->userId;
        kept.reportedName = member->displayName;
    }
    if (kept.reportedId == caller.userId)
        return Error{ErrorCode::BadRequest, u"you cannot report yourself"_s};
    if (auto s = tx.insertReport(kept); !s)
        return s.error();
    return RoomChange{}; // nothing anyone else sees
}

} // namespace gonggu::server::changes
