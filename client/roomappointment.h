// The pickup appointment of one room, for QML: when and where, the note, how many
// answered each way and the user's own answer (from the room as the server sends
// it), the seller's list of who answered what, and the user's acts: the seller sets,
// moves and calls it off, a buyer answers.
#pragma once

#include "restclient.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <qcoro/qcorotask.h>

namespace gonggu::client {

class RoomAppointment : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a room's pickup comes from its RoomSession")
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QDateTime at READ at NOTIFY changed) // local time
    Q_PROPERTY(QString place READ place NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(int coming READ coming NOTIFY changed)
    Q_PROPERTY(int notComing READ notComing NOTIFY changed)
    // The user's answer: a Contract.AppointmentAnswer, or -1 when they gave none.
    Q_PROPERTY(int myAnswer READ myAnswer NOTIFY changed)
    // The seller's list: [{userId, displayName, answer (as myAnswer), answeredAt}], by name.
    Q_PROPERTY(QVariantList replies READ replies NOTIFY repliesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last refusal, in the user's language; empty when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    RoomAppointment(RestClient &rest, qint64 roomId, QObject *parent = nullptr);

    bool exists() const { return m_appointment.has_value(); }
    QDateTime at() const { return m_appointment ? m_appointment->at.toLocalTime() : QDateTime(); }
    QString place() const { return m_appointment ? m_appointment->place : QString(); }
    QString note() const { return m_appointment ? m_appointment->note : QString(); }
    int coming() const { return m_appointment ? m_appointment->coming : 0; }
    int notComing() const { return m_appointment ? m_appointment->notComing : 0; }
    int myAnswer() const;
    QVariantList replies() const;
    bool busy() const { return m_busy > 0; }
    QString error() const { return m_error; }

    // The room's copy. A broadcast snapshot (`forMe` false) has no answer of the
    // user's: theirs is kept while the time and place stay (setAt), else it is gone.
    void note(const std::optional<Appointment> &appointment, bool forMe);

    // The seller: saved(), or refused(field, message) with the field the form marks.
    Q_INVOKABLE void save(const QDateTime &at, const QString &place, const QString &note);
    Q_INVOKABLE void cancel();
    // A buyer (`answer`: a Contract.AppointmentAnswer).
    Q_INVOKABLE void answer(int answer);
    // The seller's list of answers (kept current while the room is open once loaded).
    Q_INVOKABLE void loadReplies();

Q_SIGNALS:
    void changed();
    void repliesChanged();
    void busyChanged();
    void errorChanged();
    void saved();
    void refused(const QString &field, const QString &message);

private:
    QCoro::Task<> run(QCoro::Task<Result<AppointmentView>> call, bool isSave = false);
    void apply(const AppointmentView &view);

    RestClient &m_rest;
    qint64 m_roomId;
    std::optional<Appointment> m_appointment;
    std::optional<QList<AppointmentReply>> m_replies; // once the seller loaded them
    int m_busy = 0;
    QString m_error;
};

} // namespace gonggu::client
