#include "typingtracker.h"

namespace gonggu::server {

namespace {

template <typename List> auto findUser(List &typing, const QString &userId) {
    return std::find_if(typing.begin(), typing.end(),
                        [&](const auto &t) { return t.userId == userId; });
}

} // namespace

bool TypingTracker::isNews(qint64 roomId, const QString &userId, bool typing, qint64 nowMs) const {
    const auto room = m_rooms.constFind(roomId);
    if (room == m_rooms.constEnd())
        return typing;
    const auto found = findUser(*room, userId);
    if (found == room->cend())
        return typing;
    return !typing || nowMs - found->lastMs >= kThrottleMs;
}

void TypingTracker::note(qint64 roomId, const QString &userId, const QString &displayName,
                         bool typing, qint64 nowMs) {
    auto room = m_rooms.find(roomId);
    if (!typing) {
        if (room == m_rooms.end())
            return;
        room->removeIf([&](const Typing &t) { return t.userId == userId; });
        if (room->isEmpty())
            m_rooms.erase(room);
        return;
    }
    if (room == m_rooms.end())
        room = m_rooms.insert(roomId, {});
    if (const auto found = findUser(*room, userId); found != room->end())
        found->lastMs = nowMs;
    else
        room->append({userId, displayName, nowMs, nowMs});
}

QList<qint64> TypingTracker::expire(qint64 nowMs) {
    QList<qint64> changed;
    for (auto room = m_rooms.begin(); room != m_rooms.end();) {
        if (room->removeIf([&](const Typing &t) { return nowMs - t.lastMs >= kExpiryMs; }) > 0)
            changed.append(room.key());
        room = room->isEmpty() ? m_rooms.erase(room) : std::next(room);
    }
    return changed;
}

TypingTracker::Typers TypingTracker::typers(qint64 roomId) const {
    Typers typers;
    const QList<Typing> typing = m_rooms.value(roomId);
    for (const Typing &t : typing) {
        if (typers.shown.size() < kShown)
            typers.shown.append({t.userId, t.displayName});
        else
            ++typers.others;
    }
    return typers;
}

} // namespace gonggu::server
