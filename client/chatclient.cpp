#include "chatclient.h"

#include "common/content.h"
#include "common/jsonfields.h"

#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {
QUrl webSocketUrlFor(const QUrl &serverUrl) {
    QUrl url = serverUrl;
    url.setScheme(serverUrl.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    url.setPath(u"/ws"_s);
    return url;
}
} // namespace

ChatClient::ChatClient(QObject *parent)
    : QObject(parent) {
    connect(&m_connection, &StompConnection::stateChanged, this,
            &ChatClient::connectionStateChanged);
    connect(&m_connection, &StompConnection::online, this, &ChatClient::onOnline);
    connect(&m_connection, &StompConnection::message, this, &ChatClient::onMessage);
    connect(&m_connection, &StompConnection::receipt, this, [this](const QByteArray &receipt) {
        if (const auto sent = m_outbox.takeByReceipt(receipt);
            sent && m_currentRoom && m_currentRoom->roomId() == sent->roomId)
            m_currentRoom->messages()->setDelivery(sent->clientMsgId,
                                                   MessageListModel::Delivery::Sent);
    });
    connect(
        &m_connection, &StompConnection::refused, this,
        [this](const QString &code, const QString &message, const QByteArray &receipt) {
            const auto failed = m_outbox.takeByReceipt(receipt);
            if (failed && m_currentRoom && m_currentRoom->roomId() == failed->roomId)
                m_currentRoom->messages()->setDelivery(failed->clientMsgId,
                                                       MessageListModel::Delivery::Failed);
            setError(describe({errorCodeFromString(code).value_or(ErrorCode::Internal), message}));
        });
    connect(&m_connection, &StompConnection::fatalError, this, [this](const QString &message) {
        if (message == u"UNAUTHORIZED") {
            setError(tr("Your session has expired. Please sign in again."));
            signOut();
        }
    });
    connect(&m_rooms, &RoomListModel::nextPageWanted, this,
            [this](const QString &cursor) { loadRooms(cursor); });
    restoreSession();
}

ChatClient *ChatClient::create(QQmlEngine *, QJSEngine *) {
    auto *client = new ChatClient;
    QJSEngine::setObjectOwnership(client, QJSEngine::CppOwnership);
    return client;
}

QString ChatClient::describe(const Error &error) {
    switch (error.code) {
    case ErrorCode::Unauthorized:
        return tr("Wrong username or password, or your session expired.");
    case ErrorCode::Conflict:
        return tr("That name is already taken.");
    case ErrorCode::RoomFull:
        return tr("This group buy is already full.");
    case ErrorCode::RoomNotActive:
        return tr("This group buy is no longer recruiting.");
    case ErrorCode::RoomNotWritable:
        return tr("This chat is read-only.");
    case ErrorCode::NotAMember:
        return tr("You are not a member of this room.");
    case ErrorCode::Forbidden:
        return tr("You are not allowed to do that.");
    case ErrorCode::RateLimited:
        return tr("You are sending messages too fast. Wait a moment.");
    case ErrorCode::ContentInvalid:
        return tr("This message cannot be sent: %1").arg(error.message);
    case ErrorCode::NotFound:
        return tr("This group buy does not exist.");
    case ErrorCode::BadRequest:
        return tr("The server refused the request: %1").arg(error.message);
    case ErrorCode::Internal:
        break;
    }
    return error.message.isEmpty() ? tr("Something went wrong. Try again.")
                                   : tr("Could not reach the server: %1").arg(error.message);
}

void ChatClient::setError(const QString &text) {
    m_lastError = text;
    Q_EMIT lastErrorChanged();
}

void ChatClient::clearError() {
    setError({});
}

void ChatClient::beginBusy() {
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void ChatClient::endBusy() {
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

void ChatClient::signIn(const QString &serverUrl, const QString &username,
                        const QString &password) {
    authenticate(serverUrl, username, password, {});
}

void ChatClient::registerAccount(const QString &serverUrl, const QString &username,
                                 const QString &password, const QString &displayName) {
    authenticate(serverUrl, username, password, displayName);
}

QCoro::Task<> ChatClient::authenticate(QString serverUrl, QString username, QString password,
                                       QString displayName) {
    const QUrl url = QUrl::fromUserInput(serverUrl);
    m_rest.setBaseUrl(url);
    m_rest.setToken({});
    beginBusy();
    clearError();
    const auto session = displayName.isEmpty()
                             ? co_await m_rest.login(username, password)
                             : co_await m_rest.registerAccount(username, password, displayName);
    endBusy();
    if (!session) {
        setError(describe(session.error()));
        co_return;
    }
    startSession(*session, url);
}

void ChatClient::startSession(const AuthSession &session, const QUrl &serverUrl) {
    m_token = session.token;
    m_user = session.user;
    m_rest.setBaseUrl(serverUrl);
    m_rest.setToken(m_token);
    QSettings settings;
    settings.setValue(u"session/server"_s, serverUrl.toString());
    settings.setValue(u"session/token"_s, m_token);
    settings.setValue(u"session/expiresAt"_s, session.expiresAt);
    settings.setValue(u"session/user"_s,
                      QJsonDocument(m_user.toJson()).toJson(QJsonDocument::Compact));
    m_connection.open(webSocketUrlFor(serverUrl), m_token);
    m_connection.subscribe(u"/user/queue/errors"_s);
    m_connection.subscribe(u"/user/queue/notifications"_s);
    Q_EMIT sessionChanged();
    refreshRooms();
}

void ChatClient::restoreSession() {
    QSettings settings;
    const QDateTime expiresAt = settings.value(u"session/expiresAt"_s).toDateTime();
    const auto user = parseJsonObject(settings.value(u"session/user"_s).toByteArray());
    const QString token = settings.value(u"session/token"_s).toString();
    if (token.isEmpty() || !user || expiresAt <= QDateTime::currentDateTimeUtc().addSecs(60))
        return;
    const auto decoded = User::fromJson(*user);
    if (!decoded)
        return;
    startSession({token, expiresAt, *decoded},
                 QUrl(settings.value(u"session/server"_s).toString()));
}

void ChatClient::signOut() {
    closeRoom();
    m_connection.close();
    m_token.clear();
    m_user = {};
    m_rest.setToken({});
    QSettings().remove(u"session"_s);
    m_rooms.setFirstPage({}, {});
    Q_EMIT sessionChanged();
}

void ChatClient::setMineOnly(bool mineOnly) {
    if (m_mineOnly == mineOnly)
        return;
    m_mineOnly = mineOnly;
    Q_EMIT mineOnlyChanged();
    refreshRooms();
}

void ChatClient::refreshRooms() {
    if (signedIn())
        loadRooms({});
}

QCoro::Task<> ChatClient::loadRooms(QString cursor) {
    const auto page = co_await m_rest.rooms(m_mineOnly, cursor);
    if (!page) {
        m_rooms.pageFailed();
        setError(describe(page.error()));
        co_return;
    }
    if (cursor.isEmpty())
        m_rooms.setFirstPage(page->rooms, page->nextCursor);
    else
        m_rooms.appendPage(page->rooms, page->nextCursor);
}

void ChatClient::openRoom(qint64 roomId) {
    if (m_currentRoom && m_currentRoom->roomId() == roomId)
        return;
    closeRoom();
    auto *session = new RoomSession(roomId, m_user.id, this);
    m_currentRoom = session;
    if (const Room *known = m_rooms.roomById(roomId))
        session->setRoom(*known, false);
    connect(session, &RoomSession::sendRequested, this, &ChatClient::send);
    connect(session, &RoomSession::retryRequested, this,
            [this, session](const QString &clientMsgId) {
                const auto content = session->messages()->contentOf(clientMsgId);
                if (!content)
                    return;
                session->messages()->setDelivery(clientMsgId, MessageListModel::Delivery::Pending);
                sendNow(m_outbox.add(session->roomId(), clientMsgId, *content));
            });
    connect(session, &RoomSession::actionRequested, this,
            [this, session](int action) { act(session, action); });
    connect(session->messages(), &MessageListModel::olderPageWanted, this,
            [this, session](qint64 beforeId) { loadOlder(session, beforeId); });
    m_connection.subscribe(u"/topic/chat/%1"_s.arg(roomId));
    m_connection.subscribe(u"/topic/room/%1"_s.arg(roomId));
    Q_EMIT currentRoomChanged();
    loadRoom(session);
}

void ChatClient::closeRoom() {
    if (!m_currentRoom)
        return;
    m_connection.unsubscribe(u"/topic/chat/%1"_s.arg(m_currentRoom->roomId()));
    m_connection.unsubscribe(u"/topic/room/%1"_s.arg(m_currentRoom->roomId()));
    m_currentRoom->deleteLater();
    m_currentRoom = nullptr;
    Q_EMIT currentRoomChanged();
}

QCoro::Task<> ChatClient::loadRoom(QPointer<RoomSession> session) {
    const qint64 roomId = session->roomId();
    const auto snapshot = co_await m_rest.room(roomId);
    const auto page = co_await m_rest.history(roomId, std::nullopt, std::nullopt, 50);
    if (!session)
        co_return;
    if (!snapshot || !page) {
        setError(describe(!snapshot ? snapshot.error() : page.error()));
        co_return;
    }
    session->setRoom(snapshot->room, false);
    // The live /topic/room snapshot may have arrived first; it is the fresher one.
    if (session->participants()->count() == 0)
        session->setParticipants(snapshot->participants);
    session->messages()->setInitialPage(page->messages, page->hasMore);
    session->setReady();
}

QCoro::Task<> ChatClient::loadOlder(QPointer<RoomSession> session, qint64 beforeId) {
    const auto page = co_await m_rest.history(session->roomId(), beforeId, std::nullopt, 50);
    if (!session)
        co_return;
    if (!page) {
        session->messages()->olderPageFailed();
        setError(describe(page.error()));
        co_return;
    }
    session->messages()->prependOlder(page->messages, page->hasMore);
}

QCoro::Task<> ChatClient::fillGap(QPointer<RoomSession> session) {
    // After a reconnect: everything newer than the newest message we have, page by page.
    for (int pages = 0; session && pages < 20; ++pages) {
        const auto page = co_await m_rest.history(session->roomId(), std::nullopt,
                                                  session->messages()->newestConfirmedId(), 100);
        if (!session || !page)
            co_return;
        for (const ChatMessage &message : page->messages)
            session->messages()->addConfirmed(message);
        if (!page->hasMore)
            co_return;
    }
}

QCoro::Task<> ChatClient::act(QPointer<RoomSession> session, int action) {
    beginBusy();
    const auto room = co_await m_rest.act(session->roomId(), RoomAction(action));
    endBusy();
    if (!room) {
        setError(describe(room.error()));
        co_return;
    }
    m_rooms.update(*room);
    if (session)
        session->setRoom(*room, false);
}

void ChatClient::createRoom(const QString &title, const QString &description, int maxParticipants,
                            int minParticipants, int hoursOpen) {
    // A seller creating a group buy here has no marketplace product id: use a time-based one.
    create({QDateTime::currentMSecsSinceEpoch(), title, description, maxParticipants,
            minParticipants, QDateTime::currentDateTimeUtc().addSecs(qint64(hoursOpen) * 3600)});
}

QCoro::Task<> ChatClient::create(RoomDraft draft) {
    beginBusy();
    const auto room = co_await m_rest.createRoom(draft);
    endBusy();
    if (!room) {
        setError(describe(room.error()));
        co_return;
    }
    m_rooms.prepend(*room);
    openRoom(room->id);
}

void ChatClient::send(const QString &text) {
    if (!m_currentRoom)
        return;
    if (const auto valid = validateContent(text); !valid) {
        setError(describe(valid.error()));
        return;
    }
    const QString clientMsgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_currentRoom->messages()->addPending(clientMsgId, m_user.displayName, text);
    sendNow(m_outbox.add(m_currentRoom->roomId(), clientMsgId, text));
}

void ChatClient::sendNow(const OutgoingMessage &message) {
    const SendRequest request{MessageType::Chat, message.content, message.clientMsgId};
    // Offline: it stays in the outbox and goes out on reconnect (onOnline).
    m_connection.send(u"/app/chat/%1"_s.arg(message.roomId),
                      QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact),
                      message.receipt);
}

void ChatClient::onOnline() {
    if (m_wasOnline) {
        if (m_currentRoom)
            fillGap(m_currentRoom);
        refreshRooms();
    }
    m_wasOnline = true;
    for (const OutgoingMessage &message : m_outbox.pending()) // same clientMsgId: never duplicated
        sendNow(message);
}

void ChatClient::onMessage(const QString &destination, const QByteArray &body) {
    const auto json = parseJsonObject(body);
    if (!json)
        return;
    if (destination.startsWith(u"/topic/chat/")) {
        const auto message = ChatMessage::fromJson(*json);
        if (!message || !m_currentRoom || m_currentRoom->roomId() != message->roomId)
            return;
        m_currentRoom->messages()->addConfirmed(*message);
        // Snapshots are broadcast without myRole: SYSTEM events about me say what it is.
        if (message->event && message->subjectId == m_user.id) {
            switch (*message->event) {
            case SystemEvent::Joined:
                m_currentRoom->setMyRole(Role::Viewer);
                break;
            case SystemEvent::Participating:
                m_currentRoom->setMyRole(Role::Participant);
                break;
            case SystemEvent::Left:
            case SystemEvent::Removed:
                m_currentRoom->setMyRole(std::nullopt);
                break;
            default:
                break;
            }
        }
    } else if (destination.startsWith(u"/topic/room/")) {
        const auto snapshot = RoomSnapshot::fromJson(*json);
        if (!snapshot)
            return;
        m_rooms.update(snapshot->room, true);
        if (m_currentRoom && m_currentRoom->roomId() == snapshot->room.id) {
            m_currentRoom->setRoom(snapshot->room, true);
            m_currentRoom->setParticipants(snapshot->participants);
        }
    } else if (destination == u"/user/queue/notifications") {
        const qint64 roomId = json->value(u"roomId"_s).toInteger();
        if (json->value(u"type"_s).toString() == u"ROOM_REMOVED" && m_currentRoom &&
            m_currentRoom->roomId() == roomId) {
            m_currentRoom->setMyRole(std::nullopt);
            setError(tr("The group buy closed; viewers have left the room."));
        }
        refreshRooms();
    }
}

} // namespace gonggu::client
