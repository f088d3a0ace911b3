// A pickup appointment: when and where the buyers collect what they bought. A room
// has at most one (the room JSON's `appointment`, pinned above the chat); its
// seller or the trade service sets it, moves it and calls it off, and each
// PARTICIPANT answers COMING or NOT_COMING. Moving the time or the place asks
// everyone again: the answers count from `setAt`.
#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace gonggu {

class JsonWriter;

struct Appointment {
    static constexpr int kMaxPlaceCharacters = 100;
    static constexpr int kMaxNoteCharacters = 500;
    static constexpr int kMaxDaysAhead = 366;

    QDateTime at;
    QString place;   // one line
    QString note;    // may be empty
    QDateTime setAt; // when the time and the place were last set
    // As the room JSON shows it to a member: the answers since setAt, and the
    // caller's own (absent from a SYSTEM message's copy and a broadcast snapshot).
    int coming = 0;
    int notComing = 0;
    std::optional<AppointmentAnswer> myAnswer{};

    // The same time and place: a change of the note alone keeps the answers.
    bool sameTimeAndPlace(const Appointment &other) const {
        return at == other.at && place == other.place;
    }
    // Only what was set, without the answers (what a message and the store keep).
    Appointment withoutAnswers() const;

    void writeJson(JsonWriter &out) const;
    QJsonObject toJson() const;
    static Result<Appointment> fromJson(const QJsonObject &json);
    friend bool operator==(const Appointment &, const Appointment &) = default;
};

// What the seller asks for: PUT /api/chat/rooms/{id}/appointment {at, place, note}.
struct AppointmentRequest {
    QDateTime at;
    QString place;
    QString note;

    QJsonObject toJson() const;
    // CONTENT_INVALID naming the field: `at` after `now` and at most kMaxDaysAhead
    // later, `place` one non-empty line, `note` short.
    static Result<AppointmentRequest> fromJson(const QJsonObject &json, const QDateTime &now);
    friend bool operator==(const AppointmentRequest &, const AppointmentRequest &) = default;
};

// One buyer in the seller's list of answers: every PARTICIPANT, answered or not.
struct AppointmentReply {
    QString userId;
    QString displayName;
    std::optional<AppointmentAnswer> answer;
    std::optional<QDateTime> answeredAt;

    QJsonObject toJson() const;
    static Result<AppointmentReply> fromJson(const QJsonObject &json);
    friend bool operator==(const AppointmentReply &, const AppointmentReply &) = default;
};

// What GET, PUT and DELETE .../appointment and PUT .../appointment/answer answer:
// the pickup as the caller sees it (none: null), and every buyer's answer for the
// seller and the trade service only (absent for anyone else).
struct AppointmentView {
    std::optional<Appointment> appointment;
    std::optional<QList<AppointmentReply>> replies; // "answers"

    QJsonObject toJson() const;
    static Result<AppointmentView> fromJson(const QJsonObject &json);
    friend bool operator==(const AppointmentView &, const AppointmentView &) = default;
};

} // namespace gonggu
