#include "appointmentchanges.h"

#include "roomchanges.h"
#include "roomrules.h"

#include <QCollator>

using namespace Qt::StringLiterals;

namespace gonggu::server::changes {

namespace {

// One notification about the pickup to each member in `userIds`.
Status tellEach(RoomTransaction &tx, const Room &room, const QStringList &userIds,
                UserNotification::Type type, const Appointment &appointment, const QDateTime &now,
                RoomChange &change) {
    for (const QString &userId : userIds) {
        UserNotification n = notificationOf(room, type, now);
        n.appointment = appointment.withoutAnswers();
        auto event = recordNotification(tx, userId, std::move(n));
        if (!event)
            return event.error();
        change.events.append(std::move(*event));
    }
    return okStatus();
}

Status tellTradeService(RoomTransaction &tx, qint64 roomId, const QString &type,
                        const Appointment &appointment, const QDateTime &now) {
    QJsonObject data = appointment.withoutAnswers().toJson();
    for (const auto *key : {"coming", "notComing"})
        data.remove(QLatin1StringView(key));
    data.insert(u"roomId"_s, roomId);
    return tx.enqueueWebhook(type, data, now);
}

QStringList answeredIn(const QList<MemberRecord> &members) {
    QStringList ids;
    for (const MemberRecord &m : members) {
        if (m.role == Role::Participant && m.answer)
            ids.append(m.userId);
    }
    return ids;
}

} // namespace

std::optional<QDateTime> appointmentReminderTime(const Appointment &appointment) {
    const QDateTime due =
        appointment.at.addSecs(-std::chrono::seconds(kAppointmentReminderLead).count());
    if (appointment.setAt >= due)
        return std::nullopt;
    return due;
}

Appointment appointmentAsSeenBy(const Appointment &appointment, const QList<MemberRecord> &members,
                                const QString &callerId) {
    Appointment seen = appointment.withoutAnswers();
    for (const MemberRecord &m : members) {
        if (m.role != Role::Participant || !m.answer)
            continue;
        ++(*m.answer == AppointmentAnswer::Coming ? seen.coming : seen.notComing);
        if (m.userId == callerId)
            seen.myAnswer = m.answer;
    }
    return seen;
}

QList<AppointmentReply> appointmentReplies(const QList<MemberRecord> &members) {
    QList<AppointmentReply> replies;
    for (const MemberRecord &m : members) {
        if (m.role == Role::Participant)
            replies.append({m.userId, m.displayName, m.answer, m.answeredAt});
    }
    QCollator byName;
    byName.setNumericMode(true);
    std::stable_sort(replies.begin(), replies.end(),
                     [&](const AppointmentReply &a, const AppointmentReply &b) {
                         return byName.compare(a.displayName, b.displayName) < 0;
                     });
    return replies;
}

Result<RoomChange> setAppointment(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                  const AppointmentRequest &request, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    Room &room = record->room;
    if (auto s = rules::canSetAppointment(room.status, roleIn(*record, caller.userId),
                                          caller.isTradeService());
        !s)
        return s.error();
    const std::optional<Appointment> was = room.appointment;
    Appointment next{request.at, request.place, request.note, now};
    if (was && was->sameTimeAndPlace(next) && was->note == next.note)
        return finish(tx, roomId, RoomChange{});
    const bool askAgain = !was || !was->sameTimeAndPlace(next);
    if (!askAgain)
        next.setAt = was->setAt; // the note alone: the answers still hold
    auto updated = tx.updateAppointment(roomId, next, askAgain);
    if (!updated)
        return updated.error();
    if (!*updated)
        return Error{ErrorCode::RoomNotWritable, u"the group buy was cancelled meanwhile"_s};
    room.appointment = next;
    RoomChange change;
    const SystemEvent event = was ? SystemEvent::AppointmentChanged : SystemEvent::AppointmentSet;
    if (auto s = tellTradeService(tx, roomId, was ? u"appointment.changed"_s : u"appointment.set"_s,
                                  next, now);
        !s)
        return s.error();
    if (auto s = addSystemMessage(tx, room, event, room.sellerId, room.sellerName, now, change); !s)
        return s.error();
    if (was && askAgain) {
        if (auto s = tellEach(tx, room, answeredIn(record->members),
                              UserNotification::Type::AppointmentChanged, next, now, change);
            !s)
            return s.error();
    }
    return finish(tx, roomId, change);
}

Result<RoomChange> cancelAppointment(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                     const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const Room &room = record->room;
    if (auto s = rules::canSetAppointment(room.status, roleIn(*record, caller.userId),
                                          caller.isTradeService());
        !s)
        return s.error();
    if (!room.appointment)
        return finish(tx, roomId, RoomChange{});
    auto updated = tx.updateAppointment(roomId, std::nullopt, /*askAgain=*/true);
    if (!updated)
        return updated.error();
    if (!*updated)
        return Error{ErrorCode::RoomNotWritable, u"the group buy was cancelled meanwhile"_s};
    if (auto s = tellTradeService(tx, roomId, u"appointment.cancelled"_s, *room.appointment, now);
        !s)
        return s.error();
    RoomChange change;
    if (auto s = addSystemMessage(tx, room, SystemEvent::AppointmentCancelled, room.sellerId,
                                  room.sellerName, now, change);
        !s)
        return s.error();
    if (auto s =
            tellEach(tx, room, answeredIn(record->members),
                     UserNotification::Type::AppointmentCancelled, *room.appointment, now, change);
        !s)
        return s.error();
    return finish(tx, roomId, change);
}

Result<RoomChange> answerAppointment(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                     AppointmentAnswer answer, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const MemberRecord *member = memberIn(*record, caller.userId);
    if (auto s = rules::canAnswerAppointment(record->room, roleIn(*record, caller.userId), now); !s)
        return s.error();
    if (member->answer == answer)
        return finish(tx, roomId, RoomChange{});
    if (auto s = tx.setAppointmentAnswer(roomId, caller.userId, answer, now); !s)
        return s.error();
    return finish(tx, roomId, RoomChange{});
}

Result<RoomChange> remindAppointment(RoomTransaction &tx, qint64 roomId, const QDateTime &now) {
    auto record = requireRoom(tx, roomId);
    if (!record)
        return record.error();
    const Room &room = record->room;
    const auto due = room.appointment ? appointmentReminderTime(*room.appointment) : std::nullopt;
    if (!due || *due > now || record->appointmentReminded || room.status == RoomStatus::Cancelled)
        return finish(tx, roomId, RoomChange{}); // not (or no longer) this one's to send
    auto marked = tx.markAppointmentReminded(roomId, *room.appointment, now);
    if (!marked)
        return marked.error();
    RoomChange change;
    if (!*marked || room.appointment->at <= now)
        return finish(tx, roomId, change);
    QStringList told{room.sellerId};
    for (const MemberRecord &m : record->members) {
        if (m.role == Role::Participant && m.answer != AppointmentAnswer::NotComing)
            told.append(m.userId);
    }
    if (auto s = tellEach(tx, room, told, UserNotification::Type::AppointmentReminder,
                          *room.appointment, now, change);
        !s)
        return s.error();
    return finish(tx, roomId, change);
}

} // namespace gonggu::server::changes
