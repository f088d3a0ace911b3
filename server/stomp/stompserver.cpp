#include "stompserver.h"

#include "ops/connectionlimiter.h"
#include "ops/metrics.h"
#include "rooms/roomservice.h"

#include "common/destinations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStomp)

namespace gonggu::server {

StompServer::StompServer(TokenService &tokens, RoomService &rooms, ConnectionLimiter &limiter,
                         StompLimits limits, QObject *parent)
    : QObject(parent)
    , m_tokens(tokens)
    , m_rooms(rooms)
    , m_limiter(limiter)
    , m_limits(limits) {
    m_endpoint.subprotocols = {"v12.stomp", "v11.stomp", "v10.stomp"};
    m_endpoint.serverName = "gonggu/" GONGGU_VERSION;
    // Oversize input is refused early; the STOMP parser refuses above
    // maxFrameBytes with an ERROR frame the client can read.
    m_endpoint.limits.maxMessageBytes = m_limits.maxFrameBytes * 2;
    m_endpoint.poller = &m_poller;
    m_endpoint.accept = [this](std::unique_ptr<websocket::Connection> connection) {
        accept(std::move(connection));
    };
    // Negotiated heart-beats are never shorter than ours, so a quarter of ours
    // checks every session at least four times per interval.
    m_sweep.setInterval(std::max(50, m_limits.heartbeatMs > 0 ? m_limits.heartbeatMs / 4 : 1000));
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        const auto sessions = m_sessions; // a tick may close a session
        for (StompSession *session : sessions)
            session->tick();
    });
    m_sweep.start();
    m_summaryFlush.setSingleShot(true);
    m_summaryFlush.setInterval(1000);
    connect(&m_summaryFlush, &QTimer::timeout, this, &StompServer::flushSummaries);
    m_typingFlush.setInterval(500);
    connect(&m_typingFlush, &QTimer::timeout, this, &StompServer::flushTyping);
    connect(&m_rooms, &RoomService::eventCommitted, this, &StompServer::deliver);
}

StompServer::~StompServer() {
    // Delete live sessions while the bus and the maps they reach into still exist.
    const auto sessions = m_sessions;
    m_sessions.clear();
    for (StompSession *session : sessions) {
        session->disconnect(this);
        delete session;
    }
}

void StompServer::accept(std::unique_ptr<websocket::Connection> connection) {
    const QHostAddress peer = connection->peerAddress();
    auto *session = new StompSession(std::move(connection), *this, this);
    m_sessions.insert(session);
    connect(session, &StompSession::closed, this, [this, peer](StompSession *closed) {
        m_limiter.release(peer); // the place the HTTP server took for this socket
        m_sessions.remove(closed);
        closed->deleteLater();
    });
}

void StompServer::sessionConnected(StompSession *session) {
    m_sessionsByUser[session->identity().userId].insert(session);
    m_rooms.sessionOpened(session->identity());
}

void StompServer::sessionDisconnected(StompSession *session) {
    const QString userId = session->identity().userId;
    auto it = m_sessionsByUser.find(userId);
    if (it != m_sessionsByUser.end()) {
        it->remove(session);
        if (it->isEmpty())
            m_sessionsByUser.erase(it);
    }
    m_bus.removeSession(session);
    m_rooms.sessionClosed(userId);
}

void StompServer::closeAll() {
    const auto sessions = m_sessions;
    for (StompSession *session : sessions)
        session->closeGoingAway();
}

void StompServer::deliver(const RoomEvent &event) {
    std::visit(
        Overloaded{
            [this](const roomevent::MessageStored &e) {
                deliverMessage(e.message, QByteArray::number(e.message.id), e.json);
            },
            [this](const roomevent::MessageChanged &e) {
                // A MESSAGE frame's id is unique (STOMP 1.2): the change's own.
                const QDateTime at =
                    e.message.deletedAt.value_or(e.message.editedAt.value_or(e.message.createdAt));
                deliverMessage(e.message,
                               QByteArray::number(e.message.id) + '-' +
                                   QByteArray::number(at.toMSecsSinceEpoch()),
                               e.json);
            },
            [this](const roomevent::RoomChanged &e) { deliverRoomState(e.id); },
            [this](const roomevent::RoomCreated &e) { announceNewRoom(e.id); },
            [this](const roomevent::MemberRemoved &e) { removeFromRoom(e); },
            [](const roomevent::StatusChanged &) {}, // its notification is a Notified
            [this](const roomevent::Notified &e) { notify(e); },
            [this](const roomevent::PresenceChanged &e) {
                deliverParticipant(e.id, e.userId, true);
            },
            // Counting who has read what is for those who follow participants
            // one by one: a snapshot per read would be a thousand rows per read.
            [this](const roomevent::ReadMoved &e) { deliverParticipant(e.id, e.userId, false); },
            [this](const roomevent::TypingChanged &e) {
                if (m_bus.subscriberCount(destinations::typing(e.id)) == 0)
                    return;
                m_staleTyping.insert(e.id);
                if (!m_typingFlush.isActive())
                    m_typingFlush.start();
            },
        },
        event);
}

void StompServer::deliverMessage(const ChatMessage &message, const QByteArray &frameId,
                                 const QByteArray &json) {
    const int handedTo = m_bus.publish(destinations::chat(message.roomId), frameId, json);
    metrics::messagesDelivered.add(quint64(handedTo));
    if (m_bus.subscriberCount(destinations::roomSummary(message.roomId)) > 0) {
        m_staleSummaries.insert(message.roomId);
        if (!m_summaryFlush.isActive())
            m_summaryFlush.start();
    }
}

void StompServer::announceNewRoom(qint64 roomId) {
    if (m_bus.subscriberCount(destinations::kNewRooms) == 0)
        return;
    const auto snapshot = m_rooms.snapshot(roomId, QString());
    if (!snapshot)
        return;
    publishState(destinations::kNewRooms, destinations::kNewRooms,
                 QJsonDocument(snapshot->room.toJson()).toJson(QJsonDocument::Compact));
}

void StompServer::flushSummaries() {
    const auto stale = std::exchange(m_staleSummaries, {});
    for (qint64 roomId : stale)
        publishSummary(roomId);
}

void StompServer::flushTyping() {
    for (qint64 roomId : m_rooms.expireTyping())
        m_staleTyping.insert(roomId);
    const auto stale = std::exchange(m_staleTyping, {});
    for (qint64 roomId : stale) {
        const QString destination = destinations::typing(roomId);
        if (m_bus.subscriberCount(destination) > 0)
            publishState(destination, destination, typingJson(roomId));
    }
    if (!m_rooms.anyoneTyping())
        m_typingFlush.stop(); // started again by the next one who types
}

QByteArray StompServer::typingJson(qint64 roomId) const {
    const TypingTracker::Typers typers = m_rooms.typers(roomId);
    QJsonArray shown;
    for (const TypingTracker::Typer &t : typers.shown)
        shown.append(QJsonObject{{u"userId"_s, t.userId}, {u"displayName"_s, t.displayName}});
    return QJsonDocument(QJsonObject{{u"roomId"_s, roomId},
                                     {u"typing"_s, shown},
                                     {u"others"_s, typers.others}})
        .toJson(QJsonDocument::Compact);
}

void StompServer::publishSummary(qint64 roomId) {
    const QString destination = destinations::roomSummary(roomId);
    if (m_bus.subscriberCount(destination) == 0)
        return;
    if (const auto body = roomSummaryJson(roomId))
        publishState(destination, destination, *body);
}

std::optional<QByteArray> StompServer::roomSummaryJson(qint64 roomId) const {
    const auto snapshot = m_rooms.snapshot(roomId, QString());
    if (!snapshot)
        return std::nullopt;
    const QJsonObject summary{{u"room"_s, snapshot->room.toJson()}};
    return QJsonDocument(summary).toJson(QJsonDocument::Compact);
}

void StompServer::publishState(const QString &topic, const QString &destination,
                               const QByteArray &body) {
    m_bus.publish(topic, destination, "state-" + QByteArray::number(++m_stateSequence), body);
}

void StompServer::deliverRoomState(qint64 roomId) {
    m_staleSummaries.remove(roomId); // this one is as new
    publishSummary(roomId);
    const QString destination = destinations::roomState(roomId);
    const QString deltas = participantDeltaTopic(destination);
    if (m_bus.subscriberCount(destination) == 0 && m_bus.subscriberCount(deltas) == 0)
        return;
    const auto body = roomStateJson(roomId);
    if (!body)
        return;
    publishState(destination, destination, *body);
    publishState(deltas, destination, *body);
}

void StompServer::deliverParticipant(qint64 roomId, const QString &userId, bool snapshotToo) {
    const QString destination = destinations::roomState(roomId);
    const QString deltas = participantDeltaTopic(destination);
    // Those who asked get the one participant: in a room of a thousand members,
    // a presence change is one small frame each, not a thousand participants.
    if (m_bus.subscriberCount(deltas) > 0) {
        const RoomState *state = m_rooms.registry().find(roomId);
        const MemberRecord *member = state ? state->member(userId) : nullptr;
        if (member && member->announced) {
            const QJsonObject delta{{u"roomId"_s, roomId},
                                    {u"participant"_s, m_rooms.participantOf(*member).toJson()}};
            publishState(deltas, destination, QJsonDocument(delta).toJson(QJsonDocument::Compact));
        }
    }
    // Everyone else gets the snapshot the contract promises after every change.
    if (snapshotToo && m_bus.subscriberCount(destination) > 0) {
        if (const auto body = roomStateJson(roomId))
            publishState(destination, destination, *body);
    }
}

std::optional<QByteArray> StompServer::roomStateJson(qint64 roomId) const {
    const auto snapshot = m_rooms.snapshot(roomId, QString());
    if (!snapshot)
        return std::nullopt;
    return QJsonDocument(snapshot->toJson()).toJson(QJsonDocument::Compact);
}

void StompServer::removeFromRoom(const roomevent::MemberRemoved &removed) {
    // What they are told comes as a notification (Notified) after this.
    for (StompSession *session : m_sessionsByUser.value(removed.userId))
        session->dropRoomSubscriptions(removed.id);
}

void StompServer::notify(const roomevent::Notified &notified) {
    for (const QString &userId : m_rooms.recipientsOf(notified)) {
        for (StompSession *session : m_sessionsByUser.value(userId))
            session->notify(notified.notification.id, notified.json);
    }
}

} // namespace gonggu::server
