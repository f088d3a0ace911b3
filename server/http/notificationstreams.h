// The open SSE streams of GET /api/notifications/stream, by user: each committed
// notification (RoomEvent Notified, from this instance or another) is written to
// the streams of the users it is for, as `id:` + `data:` lines. Comments keep idle
// streams alive through proxies; shutdown ends every stream with its last chunk.
#pragma once

#include "httpstream.h"

#include "common/roomevent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace gonggu::server {

class RoomService;

class NotificationStreams : public QObject {
    Q_OBJECT
public:
    explicit NotificationStreams(RoomService &rooms, QObject *parent = nullptr);

    static constexpr int kKeepAliveMs = 20'000;
    // A reconnecting EventSource waits this long (the `retry:` field).
    static constexpr int kRetryMs = 3'000;

    // Listens for a user before what they missed is read, so that nothing committed
    // in between is lost: notifications arriving meanwhile wait in the listener
    // until attach(), which writes those newer than what was replayed.
    class Listener {
    public:
        QString userId;
        qint64 replayedUpTo = 0;
        QList<std::pair<qint64, QByteArray>> waiting; // (id, event) before attach()
        QPointer<HttpStream> stream;
    };
    std::shared_ptr<Listener> listen(const QString &userId);
    void attach(const std::shared_ptr<Listener> &listener, HttpStream *stream);

    // One SSE event: `id:` and `data:` lines and the blank line.
    static QByteArray event(qint64 id, const QByteArray &json);

    int openStreams() const;
    void finishAll();

private:
    void deliver(const roomevent::Notified &notified);
    void keepAlive();

    RoomService &m_rooms;
    QHash<QString, QList<std::weak_ptr<Listener>>> m_listeners;
    QList<std::shared_ptr<Listener>> m_attached; // owns the listeners of open streams
    QTimer m_keepAlive;
    bool m_closing = false;
};

} // namespace gonggu::server
