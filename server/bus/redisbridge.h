// Several instances behind a load balancer, one PostgreSQL database: each
// instance publishes every room event it committed on one Redis channel, in
// the events' own JSON (common/roomevent.h), and hands what the others
// published to RoomService::applyRemote, so every subscriber gets every event
// whatever instance it is connected to. There is no per-kind code here: a new
// kind crosses instances as soon as it exists.
//
// Persist first, then publish: a message lost on the way through Redis (it was
// down) is still in the database, and clients fetch it with ?after= when they
// reconnect. Presence (`online`) and rate limits stay per instance.
#pragma once

#include "redisconnection.h"

#include "common/roomevent.h"

#include <QObject>
#include <QUrl>
#include <qcoro/qcorotask.h>

namespace gonggu::server {

class RoomService;

class RedisBridge : public QObject {
    Q_OBJECT
public:
    RedisBridge(const QUrl &url, RoomService &rooms, QObject *parent = nullptr);

    void start();
    // Subscribed and able to publish: what /readyz reports.
    bool isReady() const { return m_subscribed && m_publisher.isConnected(); }
    static constexpr const char *kChannel = "gonggu:events";

private:
    void publish(const RoomEvent &event);
    void onSubscriberReply(const RedisReply &reply);
    QCoro::Task<> applyInOrder();

    RoomService &m_rooms;
    RedisConnection m_publisher;
    RedisConnection m_subscriber;
    QString m_instanceId; // events from ourselves are ignored
    bool m_subscribed = false;
    QList<RoomEvent> m_inbox; // other instances' events, applied one at a time
    bool m_draining = false;
};

} // namespace gonggu::server
