// Who is typing in which room: in memory only, never persisted. A member's "typing"
// is taken at most once per kThrottleMs and lasts kExpiryMs unless repeated, so a
// client that vanishes mid-sentence stops typing by itself. What a room shows is
// bounded (kShown names and how many others), whatever the room's size.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace gonggu::server {

class TypingTracker {
public:
    static constexpr qint64 kThrottleMs = 3000;
    static constexpr qint64 kExpiryMs = 5000;
    static constexpr int kShown = 3;

    // Whether an event of this user is news: a start within kThrottleMs of the last
    // one taken is not (a stop always is, if they were typing).
    bool isNews(qint64 roomId, const QString &userId, bool typing, qint64 nowMs) const;
    // An event taken (from this instance or another one).
    void note(qint64 roomId, const QString &userId, const QString &displayName, bool typing,
              qint64 nowMs);
    // Forgets those whose typing ran out; the rooms whose typers changed.
    QList<qint64> expire(qint64 nowMs);
    bool anyone() const { return !m_rooms.isEmpty(); }

    struct Typer {
        QString userId;
        QString displayName;
    };
    struct Typers {
        QList<Typer> shown; // the first kShown to start, in that order
        int others = 0;     // and how many more
    };
    Typers typers(qint64 roomId) const;

private:
    struct Typing {
        QString userId;
        QString displayName;
        qint64 sinceMs = 0; // when they started (the order they are shown in)
        qint64 lastMs = 0;  // the last event taken
    };
    QHash<qint64, QList<Typing>> m_rooms; // only rooms with someone typing
};

} // namespace gonggu::server
