#include "roomsequencer.h"

namespace gonggu::server {

void RoomSequencer::begin(qint64 roomId, qint64 seq, qint64 id) {
    if (!m_lanes.contains(roomId))
        m_lanes.insert(roomId, Lane{seq, id, {}, 0});
}

QList<roomevent::MessageStored> RoomSequencer::offer(roomevent::MessageStored stored,
                                                     qint64 nowMs) {
    const qint64 seq = stored.message.seq;
    auto it = m_lanes.find(stored.message.roomId);
    if (it == m_lanes.end() || seq == 0) { // a room we never loaded, or no seq: as it comes
        if (seq != 0)
            m_lanes.insert(stored.message.roomId, Lane{seq, stored.message.id, {}, 0});
        return {std::move(stored)};
    }
    Lane &lane = *it;
    if (seq <= lane.seq || lane.held.count(seq))
        return {}; // handed on already (read from the database, then heard again)
    const bool wasHolding = !lane.held.empty();
    lane.held.emplace(seq, std::move(stored));
    return drain(lane, wasHolding, nowMs);
}

QList<roomevent::MessageStored> RoomSequencer::drain(Lane &lane, bool wasHolding, qint64 nowMs) {
    QList<roomevent::MessageStored> due;
    while (!lane.held.empty() && lane.held.begin()->first == lane.seq + 1) {
        auto first = lane.held.begin();
        lane.seq = first->first;
        lane.id = first->second.message.id;
        due.append(std::move(first->second));
        lane.held.erase(first);
    }
    const bool holding = !lane.held.empty();
    if (holding && !due.isEmpty())
        lane.heldSince = nowMs; // what is left waits from now on
    if (holding != wasHolding) {
        m_holding += holding ? 1 : -1;
        if (holding)
            lane.heldSince = nowMs;
    }
    return due;
}

QList<RoomSequencer::Gap> RoomSequencer::overdue(qint64 nowMs) const {
    QList<Gap> gaps;
    if (m_holding == 0)
        return gaps;
    for (auto it = m_lanes.cbegin(); it != m_lanes.cend(); ++it) {
        if (!it->held.empty() && nowMs - it->heldSince >= kWaitMs)
            gaps.append({it.key(), it->id, nowMs - it->heldSince});
    }
    return gaps;
}

QList<roomevent::MessageStored> RoomSequencer::skipGap(const Gap &gap, qint64 nowMs) {
    auto it = m_lanes.find(gap.roomId);
    if (it == m_lanes.end() || it->held.empty() || it->id != gap.afterId)
        return {};
    it->seq = it->held.begin()->first - 1;
    return drain(*it, true, nowMs);
}

} // namespace gonggu::server
