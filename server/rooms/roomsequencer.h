// With several instances, what this instance commits and what the others commit
// (through Redis) reach it by two paths, so a room's messages can arrive out of
// order: our seq 12 before their seq 11. The sequencer hands each room's messages
// on in seq order, holding one that comes early until the ones before it arrive,
// and says which rooms have waited too long, so the missing messages are read from
// the database (a Redis message lost in an outage). Memory only; one instance
// alone never holds anything.
#pragma once

#include "common/roomevent.h"

#include <QHash>
#include <QList>
#include <map>

namespace gonggu::server {

class RoomSequencer {
public:
    // How long an early message waits for the ones before it to arrive from Redis
    // before they are read from the database.
    static constexpr qint64 kWaitMs = 250;

    // A room as it stands when this instance loads it: `seq`/`id` of its newest
    // message (0 for none). Ignored for a room already followed.
    void begin(qint64 roomId, qint64 seq, qint64 id);
    // A committed message: those now due, in seq order (empty while it waits for
    // earlier ones, or when it was handed on before).
    QList<roomevent::MessageStored> offer(roomevent::MessageStored stored, qint64 nowMs);

    struct Gap {
        qint64 roomId = 0;
        qint64 afterId = 0; // the id of the newest message handed on
        qint64 waitedMs = 0;
    };
    // Rooms whose earliest held message has waited kWaitMs.
    QList<Gap> overdue(qint64 nowMs) const;
    // Gives up waiting for `gap` (if the room still waits for it): hands on what
    // follows it, in order.
    QList<roomevent::MessageStored> skipGap(const Gap &gap, qint64 nowMs);
    bool holding() const { return m_holding > 0; }
    // The id of the room's newest message handed on (0: none, or not followed).
    qint64 newestId(qint64 roomId) const { return m_lanes.value(roomId).id; }

private:
    struct Lane {
        qint64 seq = 0; // the newest handed on
        qint64 id = 0;
        std::map<qint64, roomevent::MessageStored> held; // by seq
        qint64 heldSince = 0;
    };
    // Hands on what follows lane.seq without a gap; keeps m_holding and heldSince.
    QList<roomevent::MessageStored> drain(Lane &lane, bool wasHolding, qint64 nowMs);

    QHash<qint64, Lane> m_lanes;
    int m_holding = 0; // lanes holding anything
};

} // namespace gonggu::server
