#pragma once

#include "enums.h"
#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <optional>

namespace gonggu {

// A member of a room: {userId, displayName, role, online}.
struct Participant {
    QString userId;
    QString displayName;
    Role role = Role::Viewer;
    bool online = false;
    // The newest message they have read (0: none yet); absent from older servers.
    std::optional<qint64> lastReadMessageId;
    // Muted by the seller: they read, and write again after this time.
    std::optional<QDateTime> mutedUntil{};

    QJsonObject toJson() const;
    static Result<Participant> fromJson(const QJsonObject &json);
    friend bool operator==(const Participant &, const Participant &) = default;
};

QJsonArray toJson(const QList<Participant> &participants);
Result<QList<Participant>> participantsFromJson(const QJsonValue &json);

} // namespace gonggu
