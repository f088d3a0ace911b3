// A room's members: seller first, then participants, then viewers; updated in
// place from /topic/room snapshots.
#pragma once

#include "common/participant.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace gonggu::client {

class ParticipantListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Rooms provide their participant list")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        UserIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        RoleRole,       // gonggu::Role as an int (Contract.Role in QML)
        OnlineRole,     // has a live connection
        MeRole,         // the signed-in user
        MutedUntilRole, // the seller muted them until then (local time); undefined if not
    };
    Q_ENUM(Role)

    explicit ParticipantListModel(QString myUserId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Applies a snapshot with targeted inserts, removals and dataChanged.
    void update(QList<Participant> participants);
    // One member's new state (a participant delta): updated in place, or added.
    void apply(const Participant &participant);
    // Everyone but this user (who left, or was removed and gets no more snapshots).
    void remove(const QString &userId);
    int count() const { return int(m_rows.size()); }
    // Until when the seller muted this member, if that is still ahead.
    std::optional<QDateTime> mutedUntil(const QString &userId) const;

Q_SIGNALS:
    void countChanged();

private:
    QString m_myUserId;
    QList<Participant> m_rows;
};

} // namespace gonggu::client
