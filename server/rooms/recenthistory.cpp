#include "recenthistory.h"

#include <algorithm>
#include <utility>

namespace gonggu::server {

namespace {

// What one cached message costs beyond its JSON: the list slot and the
// QByteArray's shared header.
constexpr qsizetype kEntryOverhead = qsizetype(sizeof(MessageJson)) + 32;

qsizetype costOf(const QList<MessageJson> &messages) {
    qsizetype bytes = 0;
    for (const MessageJson &m : messages)
        bytes += m.json.size() + kEntryOverhead;
    return bytes;
}

bool idLess(const MessageJson &m, qint64 id) {
    return m.id < id;
}

} // namespace

RecentHistory::RecentHistory(Limits limits)
    : m_limits(limits) {
}

std::optional<EncodedHistoryPage> RecentHistory::page(const HistoryQuery &query) {
    if (!active())
        return std::nullopt;
    const auto found = m_rooms.find(query.roomId);
    if (found == m_rooms.end() || !found->second.known)
        return std::nullopt;
    Room &room = found->second;
    const QList<MessageJson> &all = room.messages;
    const qsizetype limit = query.limit;
    EncodedHistoryPage page;
    const bool complete = room.older == Older::None;
    if (query.after) {
        // Every message newer than `after` is here when `after` reaches into the
        // suffix (ids are integers: floor - 1 still does).
        if (!complete && (all.isEmpty() || *query.after < all.front().id - 1))
            return std::nullopt;
        const auto from =
            std::upper_bound(all.begin(), all.end(), *query.after,
                             [](qint64 id, const MessageJson &m) { return id < m.id; });
        const qsizetype available = all.end() - from;
        page.messages = QList<MessageJson>(from, from + std::min(available, limit));
        page.hasMore = available > limit;
    } else {
        const auto end = query.before
                             ? std::lower_bound(all.begin(), all.end(), *query.before, idLess)
                             : all.end();
        const qsizetype available = end - all.begin();
        if (available < limit && !complete)
            return std::nullopt; // the rest of the page is only in the database
        if (available == limit && room.older == Older::Unknown)
            return std::nullopt; // hasMore is the database's to say
        const qsizetype taken = std::min(available, limit);
        page.messages = QList<MessageJson>(end - taken, end);
        page.hasMore = available > taken || room.older == Older::Some;
    }
    touch(room);
    return page;
}

std::optional<quint64> RecentHistory::beginFill(qint64 roomId) {
    if (!active())
        return std::nullopt;
    Room &room = roomFor(roomId);
    if (room.fill)
        return std::nullopt;
    room.fill = m_nextTicket++;
    return room.fill;
}

void RecentHistory::completeFill(qint64 roomId, quint64 ticket, const QList<MessageJson> &newest,
                                 bool hasOlder) {
    const auto found = m_rooms.find(roomId);
    if (found == m_rooms.end() || found->second.fill != ticket)
        return; // forgotten meanwhile (evicted, or the feed broke)
    Room &room = found->second;
    room.fill.reset();
    const QList<MessageJson> arrived = std::exchange(room.arrivedDuringFill, {});
    const QList<MessageJson> changed = std::exchange(room.changedDuringFill, {});

    // The read is a suffix as of when it ran; what committed after it arrived
    // through add(). The merged suffix starts at the lower of the two floors,
    // and whichever had it says what lies below.
    QList<MessageJson> merged = room.known ? room.messages : QList<MessageJson>();
    Older older = hasOlder ? Older::Some : Older::None;
    std::optional<qint64> floor;
    if (!newest.isEmpty())
        floor = newest.front().id;
    if (!merged.isEmpty() && (!floor || merged.front().id < *floor)) {
        floor = merged.front().id;
        older = room.older;
    }
    if (!floor && older != Older::None) {
        drop(roomId); // nothing learned
        return;
    }
    merged += newest;
    for (const MessageJson &m : arrived) {
        // A late commit below the floor (another instance's) is the database's.
        if (older == Older::None || m.id >= *floor)
            merged.append(m);
    }
    std::stable_sort(merged.begin(), merged.end(),
                     [](const MessageJson &a, const MessageJson &b) { return a.id < b.id; });
    merged.erase(
        std::unique(merged.begin(), merged.end(),
                    [](const MessageJson &a, const MessageJson &b) { return a.id == b.id; }),
        merged.end());
    room.known = true;
    room.older = older;
    replace(room, std::move(merged));
    for (const MessageJson &m : changed)
        replaceOne(room, m);
    evictOverBudget();
}

void RecentHistory::abandonFill(qint64 roomId, quint64 ticket) {
    const auto found = m_rooms.find(roomId);
    if (found == m_rooms.end() || found->second.fill != ticket)
        return;
    if (!found->second.known) {
        drop(roomId);
        return;
    }
    found->second.fill.reset();
    found->second.arrivedDuringFill.clear();
    found->second.changedDuringFill.clear();
}

void RecentHistory::add(qint64 roomId, MessageJson message) {
    if (!active())
        return;
    const bool cached = m_rooms.contains(roomId);
    if (!cached && !m_adoptFirstCommitted)
        return; // a read will start this room's suffix
    Room &room = roomFor(roomId);
    if (!cached) {
        room.known = true; // every later commit has a larger id and comes here too
        room.older = Older::Unknown;
    }
    if (room.fill)
        room.arrivedDuringFill.append(message);
    if (room.known)
        insert(room, std::move(message));
    evictOverBudget();
}

void RecentHistory::update(qint64 roomId, MessageJson message) {
    const auto found = m_rooms.find(roomId);
    if (!active() || found == m_rooms.end())
        return; // not cached: the database has the new version
    Room &room = found->second;
    if (room.fill)
        room.changedDuringFill.append(message);
    if (room.known)
        replaceOne(room, message);
    evictOverBudget();
}

void RecentHistory::setOtherWriters() {
    m_adoptFirstCommitted = false;
    setLive(false);
}

void RecentHistory::setLive(bool live) {
    m_live = live;
    if (!live) {
        m_rooms.clear();
        m_recency.clear();
        m_bytes = 0;
    }
}

RecentHistory::Room &RecentHistory::roomFor(qint64 roomId) {
    auto [it, created] = m_rooms.try_emplace(roomId);
    Room &room = it->second;
    if (created) {
        m_recency.push_front(roomId);
        room.recency = m_recency.begin();
    } else {
        touch(room);
    }
    return room;
}

void RecentHistory::touch(Room &room) {
    if (room.recency != m_recency.begin())
        m_recency.splice(m_recency.begin(), m_recency, room.recency);
}

void RecentHistory::insert(Room &room, MessageJson message) {
    QList<MessageJson> &all = room.messages;
    const auto at = std::lower_bound(all.begin(), all.end(), message.id, idLess);
    if (at != all.end() && at->id == message.id)
        return; // already here (a fill read it too)
    if (at == all.begin() && !all.isEmpty() && room.older != Older::None)
        return; // older than the suffix: a late commit, the database's
    const qsizetype cost = message.json.size() + kEntryOverhead;
    all.insert(at, std::move(message));
    room.bytes += cost;
    m_bytes += cost;
    if (all.size() > m_limits.perRoom) {
        const qsizetype excess = all.size() - m_limits.perRoom;
        const qsizetype freed = costOf(all.first(excess));
        all.remove(0, excess);
        room.older = Older::Some;
        room.bytes -= freed;
        m_bytes -= freed;
    }
}

void RecentHistory::replaceOne(Room &room, const MessageJson &message) {
    QList<MessageJson> &all = room.messages;
    const auto at = std::lower_bound(all.begin(), all.end(), message.id, idLess);
    if (at == all.end() || at->id != message.id)
        return; // below the suffix, or not committed yet as far as the cache knows
    const qsizetype delta = message.json.size() - at->json.size();
    at->json = message.json;
    room.bytes += delta;
    m_bytes += delta;
}

void RecentHistory::replace(Room &room, QList<MessageJson> messages) {
    if (messages.size() > m_limits.perRoom) {
        messages.remove(0, messages.size() - m_limits.perRoom);
        room.older = Older::Some;
    }
    m_bytes -= room.bytes;
    room.bytes = costOf(messages);
    m_bytes += room.bytes;
    room.messages = std::move(messages);
}

void RecentHistory::evictOverBudget() {
    while (m_bytes > m_limits.maxBytes && !m_recency.empty())
        drop(m_recency.back());
}

void RecentHistory::drop(qint64 roomId) {
    const auto found = m_rooms.find(roomId);
    if (found == m_rooms.end())
        return;
    m_bytes -= found->second.bytes;
    m_recency.erase(found->second.recency);
    m_rooms.erase(found);
}

} // namespace gonggu::server
