#include "roomregistry.h"

#include "appointmentchanges.h"

namespace gonggu::server {

std::optional<Role> RoomState::roleOf(const QString &userId) const {
    const MemberRecord *found = member(userId);
    return found ? std::optional<Role>(found->role) : std::nullopt;
}

const MemberRecord *RoomState::member(const QString &userId) const {
    for (const MemberRecord &m : members) {
        if (m.userId == userId)
            return &m;
    }
    return nullptr;
}

int RoomState::unreadCount(const QString &userId, qint64 lastReadId) const {
    const auto after =
        std::upper_bound(recentMessages.cbegin(), recentMessages.cend(), lastReadId,
                         [](qint64 id, const RecentMessage &m) { return id < m.id; });
    const size_t mine = qHash(userId);
    return int(std::count_if(after, recentMessages.cend(),
                             [&](const RecentMessage &m) { return m.sender != mine; }));
}

namespace {

// Both views of the recent messages (a record read before a commit, and what the
// registry noted since), merged in id order and cut to the window.
QList<RecentMessage> mergeRecent(QList<RecentMessage> a, const QList<RecentMessage> &b) {
    a += b;
    std::sort(a.begin(), a.end(), [](const auto &x, const auto &y) { return x.id < y.id; });
    a.erase(std::unique(a.begin(), a.end()), a.end());
    if (a.size() > RoomRecord::kUnreadWindow)
        a.remove(0, a.size() - RoomRecord::kUnreadWindow);
    return a;
}

// Of two views of a room's newest message, the newer one (a record read before a
// message committed must not take it back).
void keepNewer(std::optional<ChatMessage> &into, const std::optional<ChatMessage> &seen) {
    if (seen && (!into || into->id < seen->id))
        into = seen;
}

} // namespace

void RoomRegistry::put(const RoomRecord &record) {
    Room room = record.room;
    QList<RecentMessage> recent = record.recentMessages;
    QList<MemberRecord> members = record.members;
    if (const auto *old = find(record.room.id)) {
        for (const MemberRecord &m : old->members)
            m_roomsByUser[m.userId].remove(record.room.id);
        keepNewer(room.lastMessage, old->room.lastMessage);
        keepNewer(room.pinnedNotice, old->room.pinnedNotice);
        recent = mergeRecent(std::move(recent), old->recentMessages);
        for (MemberRecord &m : members) { // a read noted after the record was read
            if (const MemberRecord *was = old->member(m.userId))
                m.lastReadId = std::max(m.lastReadId, was->lastReadId);
        }
    }
    const RoomState &state =
        *m_rooms.insert(record.room.id, RoomState{room, members, recent, record.appointmentReminded,
                                                  record.banned});
    for (const MemberRecord &m : record.members)
        m_roomsByUser[m.userId].insert(record.room.id);
    index(state);
}

void RoomRegistry::noteMessage(const ChatMessage &message) {
    auto it = m_rooms.find(message.roomId);
    if (it == m_rooms.end())
        return;
    keepNewer(it->room.lastMessage, message.preview());
    if (message.type == MessageType::Notification)
        keepNewer(it->room.pinnedNotice, message);
    if (message.type == MessageType::System)
        return; // no unread badge for "X joined"
    QList<RecentMessage> &recent = it->recentMessages;
    if (!recent.isEmpty() && recent.last().id >= message.id) { // a late one (another instance's)
        recent = mergeRecent(recent, {{message.id, qHash(message.senderId)}});
        return;
    }
    recent.append({message.id, qHash(message.senderId)});
    if (recent.size() > RoomRecord::kUnreadWindow)
        recent.removeFirst();
}

void RoomRegistry::noteRead(qint64 roomId, const QString &userId, qint64 lastReadId) {
    auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return;
    for (MemberRecord &m : it->members) {
        if (m.userId == userId)
            m.lastReadId = std::max(m.lastReadId, lastReadId);
    }
}

RoomRegistry::Pinned RoomRegistry::noteChanged(const ChatMessage &message) {
    auto it = m_rooms.find(message.roomId);
    if (it == m_rooms.end())
        return Pinned::Kept;
    Room &room = it->room;
    if (room.lastMessage && room.lastMessage->id == message.id)
        room.lastMessage = message.preview();
    if (!room.pinnedNotice || room.pinnedNotice->id != message.id)
        return Pinned::Kept;
    if (!message.isDeleted()) {
        room.pinnedNotice = message;
        return Pinned::Kept;
    }
    room.pinnedNotice.reset();
    return Pinned::Gone;
}

const RoomState *RoomRegistry::find(qint64 roomId) const {
    const auto it = m_rooms.constFind(roomId);
    return it == m_rooms.constEnd() ? nullptr : &*it;
}

void RoomRegistry::updateRoom(const Room &room) {
    auto it = m_rooms.find(room.id);
    if (it == m_rooms.end())
        return;
    it->room = room;
    index(*it);
}

void RoomRegistry::setMember(qint64 roomId, const MemberRecord &member) {
    auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return;
    for (MemberRecord &existing : it->members) {
        if (existing.userId == member.userId) {
            existing = member;
            return;
        }
    }
    it->members.append(member);
    m_roomsByUser[member.userId].insert(roomId);
}

void RoomRegistry::removeMember(qint64 roomId, const QString &userId) {
    auto it = m_rooms.find(roomId);
    if (it == m_rooms.end())
        return;
    it->members.removeIf([&](const MemberRecord &m) { return m.userId == userId; });
    auto byUser = m_roomsByUser.find(userId);
    if (byUser != m_roomsByUser.end()) {
        byUser->remove(roomId);
        if (byUser->isEmpty())
            m_roomsByUser.erase(byUser);
    }
}

QList<qint64> RoomRegistry::roomsOf(const QString &userId) const {
    return m_roomsByUser.value(userId).values();
}

std::optional<QDateTime> RoomRegistry::nextExpiry() const {
    return m_expiries.first();
}

QList<qint64> RoomRegistry::activeRoomsExpiredBy(const QDateTime &now) const {
    return m_expiries.dueBy(now);
}

std::optional<QDateTime> RoomRegistry::nextAppointmentReminder() const {
    return m_appointmentReminders.first();
}

QList<qint64> RoomRegistry::appointmentRemindersDueBy(const QDateTime &now) const {
    return m_appointmentReminders.dueBy(now);
}

std::array<int, 3> RoomRegistry::countByStatus() const {
    std::array<int, 3> counts{};
    for (const RoomState &state : m_rooms)
        ++counts[std::size_t(state.room.status)];
    return counts;
}

void RoomRegistry::index(const RoomState &state) {
    const Room &room = state.room;
    m_expiries.set(room.id, room.status == RoomStatus::Active ? std::optional(room.expiresAt)
                                                              : std::nullopt);
    const bool remind =
        room.appointment && !state.appointmentReminded && room.status != RoomStatus::Cancelled;
    m_appointmentReminders.set(room.id, remind ? changes::appointmentReminderTime(*room.appointment)
                                               : std::nullopt);
}

void RoomRegistry::TimeIndex::set(qint64 roomId, std::optional<QDateTime> time) {
    if (const auto it = m_timeOf.constFind(roomId); it != m_timeOf.constEnd()) {
        auto [first, last] = m_rooms.equal_range(*it);
        for (auto entry = first; entry != last; ++entry) {
            if (entry->second == roomId) {
                m_rooms.erase(entry);
                break;
            }
        }
        m_timeOf.erase(it);
    }
    if (!time)
        return;
    const qint64 key = time->toMSecsSinceEpoch();
    m_rooms.emplace(key, roomId);
    m_timeOf.insert(roomId, key);
}

std::optional<QDateTime> RoomRegistry::TimeIndex::first() const {
    if (m_rooms.empty())
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(m_rooms.begin()->first, Qt::UTC);
}

QList<qint64> RoomRegistry::TimeIndex::dueBy(const QDateTime &now) const {
    QList<qint64> due;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    for (auto it = m_rooms.begin(); it != m_rooms.end() && it->first <= nowMs; ++it)
        due.append(it->second);
    return due;
}

} // namespace gonggu::server
