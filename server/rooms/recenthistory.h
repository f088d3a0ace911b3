// The newest messages of recently used rooms, kept in memory as their wire
// JSON: the page a member sees on opening a room, and the gap fill after a
// reconnect, are answered on the event loop, without the storage thread's
// queue, SQL or decryption.
//
// A cached room holds a suffix of its history: every committed message whose
// id is at least the oldest one held (`floor`), at most `perRoom` of them. That
// holds because every committed message reaches add() (this instance's commits
// and, with several instances, the others' from Redis), and a room's suffix
// starts either from a database read merged with what add() brought during it,
// or, with one instance only, from the first message committed after start
// (ids grow in commit order there). A page is answered only when the suffix
// covers it exactly; otherwise the caller asks the database.
//
// If the feed of other instances' messages breaks, what they commit meanwhile
// never reaches add(): setLive(false) forgets everything until it is back.
#pragma once

#include "roomrecords.h"

#include <QByteArray>
#include <QList>
#include <list>
#include <optional>
#include <unordered_map>

namespace gonggu::server {

// One message as MESSAGE frames and history pages carry it.
struct MessageJson {
    qint64 id = 0;
    QByteArray json;
};

// A history page with its messages already serialized, oldest first.
struct EncodedHistoryPage {
    QList<MessageJson> messages;
    bool hasMore = false;
};

class RecentHistory {
public:
    struct Limits {
        int perRoom = 100;             // the largest page a client may ask for
        qsizetype maxBytes = 64 << 20; // least recently used rooms go first; 0: off
    };
    explicit RecentHistory(Limits limits);

    // The page the database would give, if the cached suffix covers it.
    std::optional<EncodedHistoryPage> page(const HistoryQuery &query);

    // A database read of a room's newest messages that will be merged in.
    // Call before the read is queued; nullopt: none is wanted now (one is
    // running for the room, or the cache is not live).
    std::optional<quint64> beginFill(qint64 roomId);
    // `newest` is what the read returned (oldest first), `hasOlder` whether
    // older messages exist beyond it.
    void completeFill(qint64 roomId, quint64 ticket, const QList<MessageJson> &newest,
                      bool hasOlder);
    void abandonFill(qint64 roomId, quint64 ticket);

    // A message just committed, by this instance or another.
    void add(qint64 roomId, MessageJson message);
    // A committed message that changed afterwards (edited, reacted to,
    // deleted): the cached copy, if any, is replaced in place, also in what a
    // read in flight brings back (it may have read the earlier version).
    void update(qint64 roomId, MessageJson message);

    // Forgets the room (a change that other cached messages reflect, such as the
    // quote in replies): the next page is read from the database.
    void forget(qint64 roomId) { drop(roomId); }

    // Other instances commit to the same database: a suffix starts only from a
    // read, and nothing is cached until setLive(true) says their feed is up.
    void setOtherWriters();
    // false: forget everything and cache nothing until true again.
    void setLive(bool live);

    qsizetype bytes() const { return m_bytes; }
    qsizetype roomCount() const { return qsizetype(m_rooms.size()); }

private:
    // What the database holds below the oldest cached message.
    enum class Older : quint8 { None, Some, Unknown };
    struct Room {
        QList<MessageJson> messages; // ascending id
        bool known = false;          // `messages` is a suffix (else: only a fill is pending)
        Older older = Older::Unknown;
        std::optional<quint64> fill; // the read in flight
        QList<MessageJson> arrivedDuringFill;
        QList<MessageJson> changedDuringFill;
        qsizetype bytes = 0;
        std::list<qint64>::iterator recency;
    };

    Room &roomFor(qint64 roomId); // created if absent, and made most recent
    void touch(Room &room);       // most recently used
    void insert(Room &room, MessageJson message);
    void replaceOne(Room &room, const MessageJson &message); // if held
    void replace(Room &room, QList<MessageJson> messages);
    void evictOverBudget();
    void drop(qint64 roomId);

    bool active() const { return m_live && m_limits.maxBytes > 0; }

    Limits m_limits;
    bool m_live = true;
    bool m_adoptFirstCommitted = true; // one writer: ids grow in commit order
    quint64 m_nextTicket = 1;
    qsizetype m_bytes = 0;
    std::unordered_map<qint64, Room> m_rooms; // node-based: references stay valid
    std::list<qint64> m_recency;              // most recently used first
};

} // namespace gonggu::server
