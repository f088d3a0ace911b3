#include "redisbridge.h"

#include "ops/metrics.h"
#include "rooms/roomservice.h"

#include <QJsonDocument>
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
    connect(&m_rooms, &RoomService::messageStored, this,
            [this](const ChatMessage &, const QByteArray &json) {
                publish({{u"kind"_s, u"message"_s},
                         {u"message"_s, QJsonDocument::fromJson(json).object()}});
            });
    connect(&m_rooms, &RoomService::roomChanged, this, [this](qint64 roomId) {
        publish({{u"kind"_s, u"room"_s}, {u"roomId"_s, roomId}});
    });
    connect(&m_rooms, &RoomService::memberRemoved, this,
            [this](qint64 roomId, const QString &userId, SystemEvent why) {
                publish({{u"kind"_s, u"removed"_s},
                         {u"roomId"_s, roomId},
                         {u"userId"_s, userId},
                         {u"event"_s, toString(why)}});
            });
    connect(
        &m_rooms, &RoomService::roomStatusChanged, this, [this](qint64 roomId, RoomStatus status) {
            publish(
                {{u"kind"_s, u"status"_s}, {u"roomId"_s, roomId}, {u"status"_s, toString(status)}});
        });
}

void RedisBridge::start() {
    m_rooms.setSharedStorage();
    m_publisher.open();
    m_subscriber.open();
}

void RedisBridge::publish(QJsonObject event) {
    if (m_applyingRemote)
        return;
    event.insert(u"origin"_s, m_instanceId);
    const QByteArray payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
    if (!m_publisher.send({"PUBLISH", kChannel, payload}))
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
    const QJsonObject event = QJsonDocument::fromJson(reply.elements[2].text).object();
    if (event.value(u"origin"_s).toString() == m_instanceId)
        return;
    m_inbox.append(event);
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
        co_await apply(m_inbox.takeFirst());
        if (!self)
            co_return;
    }
    m_draining = false;
}

QCoro::Task<> RedisBridge::apply(QJsonObject event) {
    QPointer<RedisBridge> self(this);
    const QString kind = event.value(u"kind"_s).toString();
    const qint64 roomId = event.value(u"roomId"_s).toInteger();
    if (kind == u"room" || kind == u"status") {
        // The committed row is the truth; the event only says where to look.
        const bool found = co_await m_rooms.reloadRoom(roomId);
        if (!self || !found)
            co_return;
    }
    m_applyingRemote = true;
    if (kind == u"message") {
        if (const auto message = ChatMessage::fromJson(event.value(u"message"_s).toObject()))
            m_rooms.announceRemoteMessage(*message);
    } else if (kind == u"room") {
        m_rooms.announceRemoteRoomChange(roomId);
    } else if (kind == u"removed") {
        if (const auto why = systemEventFromString(event.value(u"event"_s).toString()))
            m_rooms.announceRemoteRemoval(roomId, event.value(u"userId"_s).toString(), *why);
    } else if (kind == u"status") {
        if (const auto status = roomStatusFromString(event.value(u"status"_s).toString()))
            m_rooms.announceRemoteStatus(roomId, *status);
    }
    m_applyingRemote = false;
}

} // namespace gonggu::server
