// Several instances behind a load balancer, one PostgreSQL database: each
// instance publishes what it committed (messages, room changes, removals,
// status changes) on one Redis channel and applies what the others published,
// so every subscriber gets every message whatever instance it is connected to.
// Room changes are not carried as data: the receiver reloads the committed row.
//
// Persist first, then publish: a message lost on the way through Redis (it was
// down) is still in the database, and clients fetch it with ?after= when they
// reconnect. Presence (`online`) and rate limits stay per instance.
#pragma once

#include "redisconnection.h"

#include "common/chatmessage.h"
#include "common/enums.h"

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
    void publish(QJsonObject event);
    void onSubscriberReply(const RedisReply &reply);
    QCoro::Task<> applyInOrder();
    QCoro::Task<> apply(QJsonObject event);

    RoomService &m_rooms;
    RedisConnection m_publisher;
    RedisConnection m_subscriber;
    QString m_instanceId; // events from ourselves are ignored
    bool m_subscribed = false;
    bool m_applyingRemote = false; // what we announce for others is not published again
    QList<QJsonObject> m_inbox;    // other instances' events, applied one at a time
    bool m_draining = false;
};

} // namespace gonggu::server
