#include "appointment.h"

#include "content.h"
#include "jsonfields.h"
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace gonggu {

namespace {

Error invalid(const QString &field, const QString &why) {
    return Error{ErrorCode::ContentInvalid, why, field};
}

// The place and the note as both shapes check them.
Status checkText(const QString &place, const QString &note) {
    if (place.isEmpty() || characterCount(place) > Appointment::kMaxPlaceCharacters ||
        !isOneLine(place))
        return invalid(u"place"_s, u"the place is one line of 1 to 100 characters"_s);
    // Empty is fine; otherwise as a message's text (lines, no control characters).
    if (characterCount(note) > Appointment::kMaxNoteCharacters ||
        (!note.isEmpty() && !validateContent(note)))
        return invalid(u"note"_s, u"the note is at most 500 characters"_s);
    return okStatus();
}

} // namespace

Appointment Appointment::withoutAnswers() const {
    return {at, place, note, setAt, 0, 0, std::nullopt};
}

void Appointment::writeJson(JsonWriter &out) const {
    out.beginObject()
        .key("at"_L1)
        .value(toIsoUtc(at))
        .key("place"_L1)
        .value(place)
        .key("note"_L1)
        .value(note)
        .key("setAt"_L1)
        .value(toIsoUtc(setAt))
        .key("coming"_L1)
        .value(qint64(coming))
        .key("notComing"_L1)
        .value(qint64(notComing));
    if (myAnswer)
        out.key("myAnswer"_L1).value(toString(*myAnswer));
    out.endObject();
}

QJsonObject Appointment::toJson() const {
    JsonWriter out;
    writeJson(out);
    return QJsonDocument::fromJson(out.take()).object();
}

Result<Appointment> Appointment::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Appointment a;
    a.at = fields.time("at"_L1);
    a.place = fields.string("place"_L1);
    a.note = fields.optionalString("note"_L1).value_or(QString());
    a.setAt = fields.time("setAt"_L1);
    a.coming = int(fields.optionalInteger("coming"_L1).value_or(0));
    a.notComing = int(fields.optionalInteger("notComing"_L1).value_or(0));
    a.myAnswer = fields.optionalEnumeration("myAnswer"_L1, appointmentAnswerFromString);
    if (!fields.ok())
        return fields.error();
    if (a.coming < 0 || a.notComing < 0)
        return invalid(u"coming"_s, u"answer counts are not negative"_s);
    if (auto s = checkText(a.place, a.note); !s)
        return s.error();
    return a;
}

QJsonObject AppointmentRequest::toJson() const {
    return {{u"at"_s, toIsoUtc(at)}, {u"place"_s, place}, {u"note"_s, note}};
}

Result<AppointmentRequest> AppointmentRequest::fromJson(const QJsonObject &json,
                                                        const QDateTime &now) {
    JsonFields fields(json);
    AppointmentRequest r;
    r.at = fields.time("at"_L1);
    r.place = fields.string("place"_L1).trimmed();
    r.note = fields.optionalString("note"_L1).value_or(QString()).trimmed();
    if (!fields.ok())
        return fields.error();
    if (r.at <= now || r.at > now.addDays(Appointment::kMaxDaysAhead))
        return invalid(u"at"_s, u"the appointment is later than now and within a year"_s);
    if (auto s = checkText(r.place, r.note); !s)
        return s.error();
    return r;
}

QJsonObject AppointmentReply::toJson() const {
    return {{u"userId"_s, userId},
            {u"displayName"_s, displayName},
            {u"answer"_s, answer ? QJsonValue(toString(*answer)) : QJsonValue()},
            {u"answeredAt"_s, toIsoUtcOrNull(answeredAt)}};
}

Result<AppointmentReply> AppointmentReply::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    AppointmentReply r;
    r.userId = fields.string("userId"_L1);
    r.displayName = fields.string("displayName"_L1);
    r.answer = fields.optionalEnumeration("answer"_L1, appointmentAnswerFromString);
    r.answeredAt = fields.optionalTime("answeredAt"_L1);
    if (!fields.ok())
        return fields.error();
    return r;
}

QJsonObject AppointmentView::toJson() const {
    QJsonObject json{
        {u"appointment"_s, appointment ? QJsonValue(appointment->toJson()) : QJsonValue()}};
    if (replies) {
        QJsonArray answers;
        for (const AppointmentReply &reply : *replies)
            answers.append(reply.toJson());
        json.insert(u"answers"_s, answers);
    }
    return json;
}

Result<AppointmentView> AppointmentView::fromJson(const QJsonObject &json) {
    AppointmentView view;
    if (const QJsonValue a = json.value("appointment"_L1); !a.isNull() && !a.isUndefined()) {
        auto appointment = Appointment::fromJson(a.toObject());
        if (!a.isObject() || !appointment)
            return Error{ErrorCode::BadRequest, u"appointment is not an appointment"_s,
                         u"appointment"_s};
        view.appointment = *appointment;
    }
    if (json.contains("answers"_L1)) {
        const QJsonValue list = json.value("answers"_L1);
        if (!list.isArray())
            return Error{ErrorCode::BadRequest, u"answers is a list"_s, u"answers"_s};
        view.replies.emplace();
        for (const QJsonValue &item : list.toArray()) {
            auto reply = AppointmentReply::fromJson(item.toObject());
            if (!item.isObject() || !reply)
                return Error{ErrorCode::BadRequest,
                             u"answers holds {userId, displayName, "
                             u"answer, answeredAt}"_s,
                             u"answers"_s};
            view.replies->append(*reply);
        }
    }
    return view;
}

} // namespace gonggu
