#include "stompsession.h"

#include "ops/metrics.h"

#include "auth/tokenservice.h"
#include "bus/topicbus.h"
#include "rooms/roomservice.h"
#include "stompserver.h"
#include "websocket/websocketconnection.h"

#include "common/chatmessage.h"
#include "common/content.h"
#include "common/destinations.h"
#include "common/jsonfields.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace gonggu::stomp;

Q_LOGGING_CATEGORY(lcStomp, "gonggu.stomp")

namespace gonggu::server {

namespace {

std::optional<Version> negotiate(const std::optional<QByteArray> &acceptVersion) {
    if (!acceptVersion)
        return Version::V1_0; // a 1.0 client sends no accept-version
    const QList<QByteArray> offered = acceptVersion->split(',');
    if (offered.contains("1.2"))
        return Version::V1_2;
    if (offered.contains("1.1"))
        return Version::V1_1;
    if (offered.contains("1.0"))
        return Version::V1_0;
    return std::nullopt;
}

QByteArray versionName(Version version) {
    switch (version) {
    case Version::V1_0:
        return "1.0";
    case Version::V1_1:
        return "1.1";
    case Version::V1_2:
        return "1.2";
    }
    return "1.2";
}

std::optional<std::pair<int, int>> parseHeartbeat(const std::optional<QByteArray> &header) {
    if (!header)
        return std::pair{0, 0};
    const QList<QByteArray> parts = header->split(',');
    if (parts.size() != 2)
        return std::nullopt;
    bool okX = false;
    bool okY = false;
    const int x = parts[0].trimmed().toInt(&okX);
    const int y = parts[1].trimmed().toInt(&okY);
    if (!okX || !okY || x < 0 || y < 0)
        return std::nullopt;
    return std::pair{x, y};
}

// SEND completes after the commit; the session may be gone by then. `work` is the
// room service's call, already running.
template <typename T>
QCoro::Task<> acknowledgeWhenDone(QPointer<StompSession> session, QCoro::Task<Result<T>> work,
                                  std::function<void(StompSession *, const Status &)> done) {
    const auto result = co_await std::move(work);
    if (session)
        done(session.data(), result ? okStatus() : Status(result.error()));
}

} // namespace

StompSession::StompSession(std::unique_ptr<websocket::Connection> socket, StompServer &server,
                           QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_server(server)
    , m_parser([&] {
        ParserLimits limits;
        limits.maxFrameBytes = server.limits().maxFrameBytes;
        return limits;
    }()) {
    m_opened.start();
    m_lastReceived.start();
    m_lastSent.start();
    connect(m_socket.get(), &websocket::Connection::messageReceived, this, &StompSession::onBytes);
    connect(m_socket.get(), &websocket::Connection::disconnected, this, &StompSession::shutdown);
}

void StompSession::tick() {
    if (m_shutDown || m_closing)
        return;
    if (m_connected)
        checkHeartbeats();
    else if (m_opened.elapsed() > kConnectDeadlineMs) // a client that never sends CONNECT
        fatal("CONNECT expected", u"no CONNECT within 30 seconds"_s);
}

StompSession::~StompSession() {
    if (!m_shutDown)
        release();
}

void StompSession::onBytes(const QByteArray &bytes) {
    if (m_closing || m_disconnect)
        return;
    m_lastReceived.restart();
    m_parser.feed(bytes);
    for (;;) {
        auto next = m_parser.next();
        if (!next) {
            fatal("malformed frame", next.error().message);
            return;
        }
        if (!next->has_value())
            break;
        m_pending.push_back(std::move(**next));
    }
    if (!m_draining)
        drainFrames();
}

QCoro::Task<> StompSession::drainFrames() {
    QPointer<StompSession> self(this);
    m_draining = true;
    while (!m_pending.empty() && !m_closing && !m_disconnect) {
        Frame frame = std::move(m_pending.front());
        m_pending.pop_front();
        co_await handle(std::move(frame));
        if (!self)
            co_return;
    }
    m_draining = false;
}

QCoro::Task<> StompSession::handle(Frame frame) {
    if (!m_connected) {
        if (frame.command == Command::Connect || frame.command == Command::Stomp)
            handleConnect(frame);
        else
            fatal("not connected", u"the first frame must be CONNECT"_s);
        co_return;
    }
    switch (frame.command) {
    case Command::Subscribe:
        co_await handleSubscribe(std::move(frame));
        break;
    case Command::Unsubscribe:
        handleUnsubscribe(frame);
        break;
    case Command::Send:
        handleSend(frame);
        break;
    case Command::Disconnect:
        handleDisconnect(frame);
        break;
    case Command::Connect:
    case Command::Stomp:
        fatal("already connected", u"CONNECT may be sent only once"_s);
        break;
    default:
        refuse(frame, {ErrorCode::BadRequest,
                       QString::fromLatin1(toBytes(frame.command)) +
                           u" is not supported (subscriptions are ack:auto, no transactions)"_s});
    }
}

void StompSession::handleConnect(const Frame &frame) {
    const auto version = negotiate(frame.header("accept-version"));
    if (!version) {
        fatal("unsupported version", u"this server speaks STOMP 1.0, 1.1 and 1.2"_s);
        return;
    }
    m_version = *version;
    m_parser.setVersion(m_version);
    QByteArray token = frame.header("passcode").value_or(QByteArray());
    auto authorization = frame.header("Authorization");
    if (!authorization)
        authorization = frame.header("authorization");
    if (authorization) {
        if (!authorization->startsWith("Bearer ") && !authorization->startsWith("bearer ")) {
            fatal("UNAUTHORIZED", u"Authorization must be 'Bearer <token>'"_s);
            return;
        }
        token = authorization->mid(7).trimmed();
    }
    const auto identity = m_server.tokens().verify(token);
    if (!identity) {
        fatal("UNAUTHORIZED", identity.error().message);
        return;
    }
    const auto heartbeat = parseHeartbeat(frame.header("heart-beat"));
    if (!heartbeat) {
        fatal("malformed heart-beat", u"heart-beat must be 'cx,cy' in milliseconds"_s);
        return;
    }
    const int ours = m_server.limits().heartbeatMs;
    const auto [clientSends, clientWants] = *heartbeat;
    m_sendEveryMs = ours > 0 && clientWants > 0 ? std::max(ours, clientWants) : 0;
    m_expectEveryMs = ours > 0 && clientSends > 0 ? std::max(ours, clientSends) : 0;

    m_identity = *identity;
    m_connected = true;
    Frame connected{Command::Connected, {}, {}};
    connected.add("version", versionName(m_version))
        .add("heart-beat", QByteArray::number(ours) + ',' + QByteArray::number(ours))
        .add("server", "gonggu/" GONGGU_VERSION)
        .add("user-name", m_identity.userId.toUtf8());
    sendFrame(connected);
    m_server.sessionConnected(this);
    qCDebug(lcStomp) << "session connected for user" << m_identity.userId;
}

QCoro::Task<> StompSession::handleSubscribe(Frame frame) {
    const QByteArray id = frame.headerOr("id");
    const QString destination = QString::fromUtf8(frame.headerOr("destination"));
    if (id.isEmpty() || destination.isEmpty()) {
        refuse(frame, {ErrorCode::BadRequest, u"SUBSCRIBE needs id and destination headers"_s});
        co_return;
    }
    if (m_subscriptions.contains(id)) {
        refuse(frame, {ErrorCode::BadRequest, u"subscription id is already in use"_s});
        co_return;
    }
    if (m_subscriptions.size() >= m_server.limits().maxSubscriptions) {
        refuse(frame, {ErrorCode::BadRequest, u"too many subscriptions on one connection"_s});
        co_return;
    }
    RoomService &rooms = m_server.rooms();
    if (destination == destinations::kErrors) {
        m_errorsSubscription = id;
    } else if (destination == destinations::kNotifications) {
        m_notificationsSubscription = id;
    } else if (destination == destinations::kNewRooms) {
        m_server.bus().subscribe(destination, this, id); // open to every signed-in user
    } else if (const auto roomId =
                   destinations::roomIdAfter(destination, destinations::kChatPrefix)) {
        // Check in memory first (knowing another instance's newest room), then listen
        // before a new VIEWER's admission commits, so the subscriber sees its own
        // JOINED message.
        QPointer<StompSession> self(this);
        co_await rooms.learnRoom(*roomId);
        if (!self)
            co_return;
        if (const Status allowed = rooms.admitToRoomState(m_identity, *roomId); !allowed) {
            refuse(frame, allowed.error());
            co_return;
        }
        m_server.bus().subscribe(destination, this, id);
        const Status admitted = co_await rooms.admitToChat(m_identity, *roomId);
        if (!self)
            co_return;
        if (!admitted) {
            m_server.bus().unsubscribe(destination, this, id);
            refuse(frame, admitted.error());
            co_return;
        }
    } else if (const auto watchedId =
                   destinations::roomIdAfter(destination, destinations::kRoomPrefix)) {
        // participants:delta asks for presence changes as the one participant.
        const QString topic = frame.headerOr("participants") == "delta"
                                  ? StompServer::participantDeltaTopic(destination)
                                  : destination;
        co_await watchRoom(std::move(frame), *watchedId, topic, "state-0",
                           [this](qint64 room) { return m_server.roomStateJson(room); });
        co_return;
    } else if (const auto typingId =
                   destinations::roomIdAfter(destination, destinations::kTypingPrefix)) {
        co_await watchRoom(std::move(frame), *typingId, destination, "typing-0",
                           [this](qint64 room) { return m_server.typingJson(room); });
        co_return;
    } else if (const auto summaryId =
                   destinations::roomIdAfter(destination, destinations::kRoomSummaryPrefix)) {
        co_await watchRoom(std::move(frame), *summaryId, destination, "summary-0",
                           [this](qint64 room) { return m_server.roomSummaryJson(room); });
        co_return;
    } else {
        refuse(frame, {ErrorCode::NotFound, u"unknown destination"_s});
        co_return;
    }
    m_subscriptions.insert(id, destination);
    sendReceipt(frame);
}

QCoro::Task<> StompSession::watchRoom(Frame frame, qint64 roomId, QString topic,
                                      QByteArray firstMessageId,
                                      std::function<std::optional<QByteArray>(qint64)> current) {
    QPointer<StompSession> self(this);
    co_await m_server.rooms().learnRoom(roomId); // another instance's newest room
    if (!self)
        co_return;
    if (const Status admitted = m_server.rooms().admitToRoomState(m_identity, roomId); !admitted) {
        refuse(frame, admitted.error());
        co_return;
    }
    const QByteArray id = frame.headerOr("id");
    m_server.bus().subscribe(topic, this, id);
    m_subscriptions.insert(id, topic);
    sendReceipt(frame);
    // The current state right away, then one after every change.
    if (const auto body = current(roomId))
        deliver(
            encodeMessage(QString::fromUtf8(frame.headerOr("destination")), firstMessageId, *body),
            id);
}

void StompSession::handleUnsubscribe(const Frame &frame) {
    const QByteArray id = frame.headerOr("id");
    const auto it = m_subscriptions.constFind(id);
    if (it == m_subscriptions.constEnd()) {
        refuse(frame, {ErrorCode::NotFound, u"no subscription with that id"_s});
        return;
    }
    if (m_errorsSubscription == id)
        m_errorsSubscription.reset();
    if (m_notificationsSubscription == id)
        m_notificationsSubscription.reset();
    m_server.bus().unsubscribe(*it, this, id);
    m_subscriptions.erase(it);
    sendReceipt(frame);
}

void StompSession::handleSend(const Frame &frame) {
    // Refusals before the room service sees the message are counted here.
    const auto refuseUnread = [this, &frame](const Error &error) {
        metrics::countRefusedMessage(error.code);
        refuse(frame, error);
    };
    const QString destination = QString::fromUtf8(frame.headerOr("destination"));
    const auto target = destinations::sendTarget(destination);
    if (!target) {
        refuseUnread({ErrorCode::NotFound, u"unknown destination; send to /app/chat/{roomId}"_s});
        return;
    }
    if (!isValidUtf8(frame.body)) {
        refuseUnread({ErrorCode::ContentInvalid, u"the body is not valid UTF-8"_s});
        return;
    }
    const auto json = parseJsonObject(frame.body);
    if (!json) {
        refuseUnread(json.error());
        return;
    }
    RoomService &rooms = m_server.rooms();
    const auto answer = [frame](StompSession *session, const Status &done) {
        session->sendAnswered(frame, done);
    };
    switch (target->action) {
    case destinations::SendAction::Post:
        if (auto request = SendRequest::fromJson(*json)) {
            ++m_sendsInFlight;
            acknowledgeWhenDone(this, rooms.post(m_identity, target->roomId, *request), answer);
        } else {
            refuseUnread(request.error());
        }
        break;
    case destinations::SendAction::Edit:
        if (auto request = EditRequest::fromJson(*json)) {
            ++m_sendsInFlight;
            acknowledgeWhenDone(this, rooms.editMessage(m_identity, target->roomId, *request),
                                answer);
        } else {
            refuseUnread(request.error());
        }
        break;
    case destinations::SendAction::Delete:
        if (auto request = MessageRef::fromJson(*json)) {
            ++m_sendsInFlight;
            acknowledgeWhenDone(
                this, rooms.deleteMessage(m_identity, target->roomId, request->messageId), answer);
        } else {
            refuseUnread(request.error());
        }
        break;
    case destinations::SendAction::Typing: {
        JsonFields fields(*json);
        const bool typing = fields.boolean("typing"_L1);
        if (!fields.ok()) {
            refuseUnread(fields.error());
            break;
        }
        // In memory only: answered at once, with no commit to wait for.
        if (const Status done = rooms.typing(m_identity, target->roomId, typing); !done)
            refuse(frame, done.error());
        else
            sendReceipt(frame);
        break;
    }
    case destinations::SendAction::React:
        if (auto request = ReactRequest::fromJson(*json)) {
            ++m_sendsInFlight;
            acknowledgeWhenDone(this, rooms.react(m_identity, target->roomId, *request), answer);
        } else {
            refuseUnread(request.error());
        }
        break;
    case destinations::SendAction::Read:
        if (auto request = MessageRef::fromJson(*json)) {
            ++m_sendsInFlight;
            acknowledgeWhenDone(
                this, rooms.markRead(m_identity, target->roomId, request->messageId), answer);
        } else {
            refuseUnread(request.error());
        }
        break;
    }
}

void StompSession::sendAnswered(const Frame &send, const Status &done) {
    if (done)
        sendReceipt(send);
    else
        refuse(send, done.error());
    if (--m_sendsInFlight == 0 && m_disconnect)
        finishDisconnect();
}

void StompSession::handleDisconnect(const Frame &frame) {
    m_disconnect = frame; // nothing after it is read
    if (m_sendsInFlight == 0)
        finishDisconnect();
}

void StompSession::finishDisconnect() {
    sendReceipt(*m_disconnect);
    m_closing = true;
    m_socket->close(websocket::CloseCode::Normal);
}

void StompSession::deliver(const EncodedMessage &message, const QByteArray &subscriptionId) {
    if (m_closing)
        return;
    // Runs for every member of every message: written straight into the
    // connection's output, and the id escaped only if it has to be.
    const bool escape = m_version != Version::V1_0 && headerNeedsEscaping(subscriptionId);
    const QByteArray escaped = escape ? escapeHeader(subscriptionId, m_version) : QByteArray();
    sendRaw({message.head, "subscription:", escape ? escaped : subscriptionId, message.tail});
}

void StompSession::notify(qint64 notificationId, const QByteArray &jsonBody) {
    if (!m_notificationsSubscription)
        return;
    // "n-<id>": unique beside the chat's message ids; the id is the SSE event's.
    deliver(encodeMessage(destinations::kNotifications, "n-" + QByteArray::number(notificationId),
                          jsonBody),
            *m_notificationsSubscription);
}

void StompSession::dropRoomSubscriptions(qint64 roomId) {
    const QString chat = destinations::chat(roomId);
    const QString state = destinations::roomState(roomId);
    const QString deltas = StompServer::participantDeltaTopic(state);
    const QString summary = destinations::roomSummary(roomId);
    const QString typing = destinations::typing(roomId);
    for (auto it = m_subscriptions.begin(); it != m_subscriptions.end();) {
        if (*it == chat || *it == state || *it == deltas || *it == summary || *it == typing) {
            m_server.bus().unsubscribe(*it, this, it.key());
            it = m_subscriptions.erase(it);
        } else {
            ++it;
        }
    }
}

void StompSession::closeGoingAway() {
    if (m_closing)
        return;
    m_closing = true;
    m_socket->close(websocket::CloseCode::GoingAway, "server shutting down");
}

void StompSession::sendFrame(const Frame &frame) {
    sendRaw({frame.serialize(m_version)});
}

void StompSession::sendRaw(std::initializer_list<QByteArrayView> parts) {
    m_socket->sendText(parts);
    m_lastSent.restart();
}

void StompSession::sendReceipt(const Frame &request) {
    const auto receipt = request.header("receipt");
    if (!receipt || m_closing)
        return;
    Frame frame{Command::Receipt, {}, {}};
    frame.add("receipt-id", *receipt);
    sendFrame(frame);
}

void StompSession::refuse(const Frame &request, const Error &error) {
    qCDebug(lcStomp) << "refused" << toBytes(request.command) << toString(error.code);
    if (!m_errorsSubscription || m_closing)
        return;
    const auto receipt = request.header("receipt");
    const auto destination = request.header("destination");
    QJsonObject body{
        {u"code"_s, toString(error.code)},
        {u"message"_s, error.message},
        {u"receiptId"_s, receipt ? QJsonValue(QString::fromUtf8(*receipt)) : QJsonValue()},
        {u"destination"_s,
         destination ? QJsonValue(QString::fromUtf8(*destination)) : QJsonValue()},
    };
    if (!error.field.isEmpty())
        body.insert(u"field"_s, error.field);
    deliver(encodeMessage(destinations::kErrors, "e-" + QByteArray::number(++m_localMessageIds),
                          QJsonDocument(body).toJson(QJsonDocument::Compact)),
            *m_errorsSubscription);
}

void StompSession::fatal(const QByteArray &message, const QString &detail) {
    if (m_closing)
        return;
    qCDebug(lcStomp) << "closing session:" << message;
    Frame error{Command::Error, {}, detail.toUtf8()};
    error.add("message", message).add("content-type", "text/plain;charset=utf-8");
    sendFrame(error);
    m_closing = true;
    m_socket->close(websocket::CloseCode::ProtocolError, message);
}

void StompSession::checkHeartbeats() {
    if (m_expectEveryMs > 0 && m_lastReceived.elapsed() > 2 * qint64(m_expectEveryMs)) {
        qCDebug(lcStomp) << "closing silent session of" << m_identity.userId;
        m_closing = true;
        m_socket->abort(); // the peer is gone; a close handshake would wait for nobody
        shutdown();
        return;
    }
    if (m_sendEveryMs > 0 && m_lastSent.elapsed() >= m_sendEveryMs)
        sendRaw({"\n"}); // a heart-beat
}

void StompSession::shutdown() {
    if (m_shutDown)
        return;
    release();
    Q_EMIT closed(this);
}

void StompSession::release() {
    m_shutDown = true;
    m_closing = true;
    if (m_connected) {
        m_connected = false;
        m_server.sessionDisconnected(this); // clears presence and bus entries
    } else {
        m_server.bus().removeSession(this);
    }
}

} // namespace gonggu::server
