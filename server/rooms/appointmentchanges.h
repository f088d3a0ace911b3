// The pickup appointment of a room, each change one transaction over a
// RoomTransaction (as roomchanges.h). Setting, moving and calling it off are SYSTEM
// messages for everyone; moving or calling it off also tells each buyer who had
// answered (a per-user notification: their answer no longer holds). An hour before,
// one reminder goes to the seller and every buyer who did not say they cannot
// come, exactly once: the mark is set by a guarded update in the same transaction.
#pragma once

#include "roomstore.h"

#include "auth/identity.h"

#include <chrono>

namespace gonggu::server::changes {

inline constexpr std::chrono::hours kAppointmentReminderLead{1};

// When the reminder of `appointment` is due; none when it was set within the hour
// before it (everyone was just told).
std::optional<QDateTime> appointmentReminderTime(const Appointment &appointment);

// The room's pickup as `callerId` sees it: the answers counted, their own among them.
Appointment appointmentAsSeenBy(const Appointment &appointment, const QList<MemberRecord> &members,
                                const QString &callerId);
// Every PARTICIPANT and their answer, by name (the seller's list).
QList<AppointmentReply> appointmentReplies(const QList<MemberRecord> &members);

// Sets or changes the pickup (rules::canSetAppointment). A new time or place asks
// everyone again; the same appointment again changes nothing (a retry).
Result<RoomChange> setAppointment(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                  const AppointmentRequest &request, const QDateTime &now);
// Calls it off; none set changes nothing (a retry).
Result<RoomChange> cancelAppointment(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                     const QDateTime &now);
// A buyer answers (rules::canAnswerAppointment); the room's counts change (no message).
Result<RoomChange> answerAppointment(RoomTransaction &tx, const Identity &caller, qint64 roomId,
                                     AppointmentAnswer answer, const QDateTime &now);
// The reminder, if it is due and nobody (no other instance) sent it yet. One whose
// time has passed (the server was down through the hour) is marked and not sent.
Result<RoomChange> remindAppointment(RoomTransaction &tx, qint64 roomId, const QDateTime &now);

} // namespace gonggu::server::changes
