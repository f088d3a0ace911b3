#include "participantlistmodel.h"

namespace gonggu::client {

ParticipantListModel::ParticipantListModel(QString myUserId, QObject *parent)
    : QAbstractListModel(parent)
    , m_myUserId(std::move(myUserId)) {
}

int ParticipantListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ParticipantListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Participant &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return p.displayName;
    case UserIdRole:
        return p.userId;
    case RoleRole:
        return int(p.role); // an int, as QML holds enums: sections compare it
    case OnlineRole:
        return p.online;
    case MeRole:
        return p.userId == m_myUserId;
    case MutedUntilRole:
        if (p.mutedUntil && *p.mutedUntil > QDateTime::currentDateTimeUtc())
            return p.mutedUntil->toLocalTime();
        return {};
    }
    return {};
}

std::optional<QDateTime> ParticipantListModel::mutedUntil(const QString &userId) const {
    for (const Participant &p : m_rows) {
        if (p.userId == userId && p.mutedUntil && *p.mutedUntil > QDateTime::currentDateTimeUtc())
            return p.mutedUntil;
    }
    return std::nullopt;
}

QHash<int, QByteArray> ParticipantListModel::roleNames() const {
    return {{UserIdRole, "userId"}, {DisplayNameRole, "displayName"},
            {RoleRole, "role"},     {OnlineRole, "online"},
            {MeRole, "me"},         {MutedUntilRole, "mutedUntil"}};
}

void ParticipantListModel::update(QList<Participant> participants) {
    // Seller, participants, viewers; join order within each (stable sort).
    std::stable_sort(
        participants.begin(), participants.end(),
        [](const Participant &a, const Participant &b) { return int(a.role) < int(b.role); });
    const int before = count();
    // Remove rows whose user left or whose position changed group.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const auto it =
            std::find_if(participants.cbegin(), participants.cend(),
                         [&](const Participant &p) { return p.userId == m_rows.at(row).userId; });
        if (it == participants.cend() || it->role != m_rows.at(row).role) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Insert the new ones at their place; refresh the rest in place.
    for (int row = 0; row < participants.size(); ++row) {
        const Participant &wanted = participants.at(row);
        if (row < m_rows.size() && m_rows.at(row).userId == wanted.userId) {
            if (!(m_rows.at(row) == wanted)) {
                m_rows[row] = wanted;
                Q_EMIT dataChanged(index(row), index(row));
            }
            continue;
        }
        const auto existing =
            std::find_if(m_rows.cbegin() + row, m_rows.cend(),
                         [&](const Participant &p) { return p.userId == wanted.userId; });
        if (existing != m_rows.cend()) {
            const int from = int(existing - m_rows.cbegin());
            beginMoveRows({}, from, from, {}, row);
            m_rows.move(from, row);
            endMoveRows();
            m_rows[row] = wanted;
            Q_EMIT dataChanged(index(row), index(row));
        } else {
            beginInsertRows({}, row, row);
            m_rows.insert(row, wanted);
            endInsertRows();
        }
    }
    if (count() != before)
        Q_EMIT countChanged();
}

void ParticipantListModel::apply(const Participant &participant) {
    QList<Participant> all = m_rows;
    const auto it = std::find_if(all.begin(), all.end(), [&](const Participant &p) {
        return p.userId == participant.userId;
    });
    if (it != all.end())
        *it = participant;
    else
        all.append(participant);
    update(std::move(all));
}

void ParticipantListModel::remove(const QString &userId) {
    QList<Participant> others = m_rows;
    others.removeIf([&](const Participant &p) { return p.userId == userId; });
    update(std::move(others));
}

} // namespace gonggu::client
