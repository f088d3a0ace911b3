// The in-memory picture of every room and its members: the send path and all
// permission checks read it, never the database. Updated only after commits.
#pragma once

#include "roomrecords.h"

#include <QHash>
#include <QSet>
#include <array>
#include <map>

namespace gonggu::server {

struct RoomState {
    Room room;
    QList<MemberRecord> members;         // in joining order
    QList<RecentMessage> recentMessages; // RoomRecord::recentMessages
    bool appointmentReminded = false;    // RoomRecord::appointmentReminded
    QSet<QString> banned;                // RoomRecord::banned

    // Messages after `lastReadId` that are not `userId`'s own, counted in the recent
    // window (so at most RoomRecord::kUnreadWindow).
    int unreadCount(const QString &userId, qint64 lastReadId) const;

    std::optional<Role> roleOf(const QString &userId) const;
    const MemberRecord *member(const QString &userId) const;
};

class RoomRegistry {
public:
    void put(const RoomRecord &record);
    // A committed message: the room's newest (and pinned, for a NOTIFICATION).
    void noteMessage(const ChatMessage &message);
    // A committed message changed (edited, deleted): the newest and the pinned one
    // follow. Gone: the pinned notice was deleted, and the one before it is the
    // database's to say.
    enum class Pinned { Kept, Gone };
    Pinned noteChanged(const ChatMessage &message);
    // A member's read marker moved forward.
    void noteRead(qint64 roomId, const QString &userId, qint64 lastReadId);
    const RoomState *find(qint64 roomId) const;
    void updateRoom(const Room &room); // status, counts, times
    void setMember(qint64 roomId, const MemberRecord &member);
    void removeMember(qint64 roomId, const QString &userId);

    QList<qint64> roomsOf(const QString &userId) const;
    template <typename Visit> void forEach(Visit &&visit) const {
        for (const RoomState &state : m_rooms)
            visit(state);
    }
    std::optional<QDateTime> nextExpiry() const;
    QList<qint64> activeRoomsExpiredBy(const QDateTime &now) const;
    // Rooms whose pickup reminder is due (changes::appointmentReminderTime) and was
    // not sent, ACTIVE or CLOSED.
    std::optional<QDateTime> nextAppointmentReminder() const;
    QList<qint64> appointmentRemindersDueBy(const QDateTime &now) const;
    qsizetype size() const { return m_rooms.size(); }
    std::array<int, 3> countByStatus() const; // indexed by RoomStatus

private:
    // Rooms by a time of theirs (ms since the epoch), at most one entry per room.
    class TimeIndex {
    public:
        void set(qint64 roomId, std::optional<QDateTime> time);
        std::optional<QDateTime> first() const;
        QList<qint64> dueBy(const QDateTime &now) const;

    private:
        std::multimap<qint64, qint64> m_rooms; // ms -> room id
        QHash<qint64, qint64> m_timeOf;        // room id -> its key in m_rooms
    };
    void index(const RoomState &state);

    QHash<qint64, RoomState> m_rooms;
    QHash<QString, QSet<qint64>> m_roomsByUser;
    TimeIndex m_expiries;             // ACTIVE rooms by expiresAt
    TimeIndex m_appointmentReminders; // rooms by their pickup reminder's time
};

} // namespace gonggu::server
