#include "redisbridge.h"

#include "ops/metrics.h"
#include "rooms/roomservice.h"

#include "common/jsonfields.h"
#include "common/jsonwriter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcRedis)

namespace gonggu::server {

RedisBridge::RedisBridge(const QUrl &url, RoomService &rooms, QObject *parent)
    : QObject(parent)
    , m_rooms(rooms)
    , m_publisher(url.host(), quint16(url.port(6379)))
    , m_subscriber(url.host(), quint16(url.port(6379)))
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces)) {
    connect(&m_subscriber, &RedisConnection::connected, this, [this] {
        m_subscriber.send({"SUBSCRIBE", kChannel});
    });
    connect(&m_subscriber, &RedisConnection::disconnected, this, [this] {
        m_subscribed = false;
        m_rooms.setRemoteFeedLive(false); // what others commit now never reaches us
        metrics::redisErrors.add();
    });
    connect(&m_publisher, &RedisConnection::disconnected, this, [] { metrics::redisErrors.add(); });
    connect(&m_subscriber, &RedisConnection::replyReceived, this, &RedisBridge::onSubscriberReply);

    // What this instance commits, the others must deliver.
    connect(&m_rooms, &RoomService::committedHere, this, &RedisBridge::publish);
}

void RedisBridge::start() {
    m_rooms.setSharedStorage();
    m_publisher.open();
    m_subscriber.open();
}

void RedisBridge::publish(const RoomEvent &event) {
    // {"origin": <instance>, "event": <the event's JSON>}
    JsonWriter out;
    out.beginObject().key("origin"_L1).value(m_instanceId).key("event"_L1);
    writeRoomEvent(out, event);
    out.endObject();
    if (!m_publisher.send({"PUBLISH", kChannel, out.take()}))
        metrics::redisErrors.add(); // committed anyway; other instances' clients catch up
}

void RedisBridge::onSubscriberReply(const RedisReply &reply) {
    // Pub/sub replies are ["subscribe", channel, n] and ["message", channel, payload].
    if (reply.type != RedisReply::Type::Array || reply.elements.size() != 3)
        return;
    const QByteArray kind = reply.elements[0].text;
    if (kind == "subscribe") {
        m_subscribed = true;
        m_rooms.setRemoteFeedLive(true);
        qCInfo(lcRedis) << "subscribed to" << kChannel;
        return;
    }
    if (kind != "message")
        return;
    const auto envelope = parseJsonObject(reply.elements[2].text);
    if (!envelope || envelope->value(u"origin"_s).toString() == m_instanceId)
        return;
    auto event = roomEventFromJson(envelope->value(u"event"_s).toObject());
    if (!event) {
        qCWarning(lcRedis).noquote()
            << "ignored an event from another instance:" << event.error().message;
        metrics::redisErrors.add();
        return;
    }
    m_inbox.append(std::move(*event));
    applyInOrder();
}

QCoro::Task<> RedisBridge::applyInOrder() {
    // Events wait for each other: a status change is announced only after the
    // room change before it has been reloaded.
    if (m_draining)
        co_return;
    QPointer<RedisBridge> self(this);
    m_draining = true;
    while (!m_inbox.isEmpty()) {
        co_await m_rooms.applyRemote(m_inbox.takeFirst());
        if (!self)
            co_return;
    }
    m_draining = false;
}

} // namespace gonggu::server
