#include "roomappointment.h"

#include "chatclient.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace gonggu::client {

RoomAppointment::RoomAppointment(RestClient &rest, qint64 roomId, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_roomId(roomId) {
}

int RoomAppointment::myAnswer() const {
    return m_appointment && m_appointment->myAnswer ? int(*m_appointment->myAnswer) : -1;
}

QVariantList RoomAppointment::replies() const {
    QVariantList list;
    for (const AppointmentReply &r : m_replies.value_or(QList<AppointmentReply>()))
        list.append(QVariantMap{
            {u"userId"_s, r.userId},
            {u"displayName"_s, r.displayName},
            {u"answer"_s, r.answer ? int(*r.answer) : -1},
            {u"answeredAt"_s, r.answeredAt ? r.answeredAt->toLocalTime() : QVariant()}});
    return list;
}

void RoomAppointment::note(const std::optional<Appointment> &appointment, bool forMe) {
    std::optional<Appointment> next = appointment;
    if (next && !forMe && m_appointment && m_appointment->setAt == next->setAt)
        next->myAnswer = m_appointment->myAnswer;
    if (next == m_appointment)
        return;
    const bool answersMoved = !next || !m_appointment || next->coming != m_appointment->coming ||
                              next->notComing != m_appointment->notComing ||
                              next->setAt != m_appointment->setAt;
    m_appointment = std::move(next);
    Q_EMIT changed();
    if (answersMoved && m_replies)
        loadReplies(); // the seller's list is open: who answered what, again
}

void RoomAppointment::apply(const AppointmentView &view) {
    if (view.appointment != m_appointment) {
        m_appointment = view.appointment;
        Q_EMIT changed();
    }
    if (view.replies) {
        m_replies = view.replies;
        Q_EMIT repliesChanged();
    }
}

QCoro::Task<> RoomAppointment::run(QCoro::Task<Result<AppointmentView>> call, bool isSave) {
    QPointer<RoomAppointment> self(this);
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    const auto view = co_await std::move(call);
    if (!self)
        co_return;
    if (--m_busy == 0)
        Q_EMIT busyChanged();
    if (!view) {
        m_error = ChatClient::describe(view.error());
        Q_EMIT errorChanged();
        if (isSave)
            Q_EMIT refused(view.error().field, m_error);
        co_return;
    }
    apply(*view);
    if (isSave)
        Q_EMIT saved();
}

void RoomAppointment::save(const QDateTime &at, const QString &place, const QString &note) {
    run(m_rest.setAppointment(m_roomId,
                              AppointmentRequest{at.toUTC(), place.trimmed(), note.trimmed()}),
        true);
}

void RoomAppointment::cancel() {
    run(m_rest.cancelAppointment(m_roomId));
}

void RoomAppointment::answer(int answer) {
    run(m_rest.answerAppointment(m_roomId, AppointmentAnswer(answer)));
}

void RoomAppointment::loadReplies() {
    run(m_rest.appointment(m_roomId));
}

} // namespace gonggu::client
