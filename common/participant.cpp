#include "participant.h"

#include "jsonfields.h"

using namespace Qt::StringLiterals;

namespace gonggu {

QJsonObject Participant::toJson() const {
    QJsonObject json{{u"userId"_s, userId},
                     {u"displayName"_s, displayName},
                     {u"role"_s, gonggu::toString(role)},
                     {u"online"_s, online}};
    if (lastReadMessageId)
        json.insert(u"lastReadMessageId"_s, *lastReadMessageId);
    if (mutedUntil)
        json.insert(u"mutedUntil"_s, toIsoUtc(*mutedUntil));
    return json;
}

Result<Participant> Participant::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Participant participant;
    participant.userId = fields.string("userId"_L1);
    participant.displayName = fields.string("displayName"_L1);
    participant.role = fields.enumeration("role"_L1, roleFromString);
    participant.online = fields.boolean("online"_L1);
    participant.lastReadMessageId = fields.optionalInteger("lastReadMessageId"_L1);
    participant.mutedUntil = fields.optionalTime("mutedUntil"_L1);
    if (!fields.ok())
        return fields.error();
    return participant;
}

QJsonArray toJson(const QList<Participant> &participants) {
    QJsonArray array;
    for (const auto &participant : participants)
        array.append(participant.toJson());
    return array;
}

Result<QList<Participant>> participantsFromJson(const QJsonValue &json) {
    if (!json.isArray())
        return Error{ErrorCode::BadRequest, u"field 'participants': expected an array"_s};
    QList<Participant> participants;
    const QJsonArray array = json.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error{ErrorCode::BadRequest,
                         u"field 'participants[%1]': expected an object"_s.arg(i)};
        auto participant = Participant::fromJson(array.at(i).toObject());
        if (!participant)
            return Error{ErrorCode::BadRequest,
                         u"participants[%1]: "_s.arg(i) + participant.error().message};
        participants.append(std::move(participant).value());
    }
    return participants;
}

} // namespace gonggu
