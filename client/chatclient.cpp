#include "chatclient.h"

#include "authorizednetwork.h"

#include "common/destinations.h"
#include "common/jsonfields.h"

#include "preferences.h"
#include "productform.h"
#include "productview.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalBlocker>

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
    connect(&m_connection, &StompConnection::message, this, &ChatClient::onNotification);
    connect(
        &m_connection, &StompConnection::refused, this,
        [this](const QString &code, const QString &message) {
            setError(describe({errorCodeFromString(code).value_or(ErrorCode::Internal), message}));
        });
    connect(&m_connection, &StompConnection::fatalError, this, [this](const QString &message) {
        if (message == u"UNAUTHORIZED") {
            setError(tr("Your session has expired. Please sign in again."));
            signOut();
        }
    });
    connect(m_notifier.get(), &SystemNotifier::activated, this, [this](qint64 roomId) {
        openRoom(roomId);
        Q_EMIT noticeOpened();
    });
    connect(&m_rooms, &RoomListModel::nextPageWanted, this,
            [this](const QString &cursor) { loadRooms(cursor); });
    restoreSession();
}

ChatClient::~ChatClient() {
    ++m_session; // answers still on their way are for nobody now
    // Before the connection and the outbox they use go.
    qDeleteAll(std::exchange(m_openRooms, {}));
    // Requests still waiting end now, while everything they touch is alive: their
    // coroutines see the session is over, and tell nobody (QML is going too).
    const QSignalBlocker quiet(this);
    m_rest.abortPending();
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
        if (error.field == u"username")
            return tr("That name is already taken.");
        if (error.field == u"maxParticipants")
            return tr("More buyers have joined than that: no one is dropped.");
        return tr("Someone changed this meanwhile. Look again and retry.");
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
        if (error.field == u"contentType")
            return tr("Only photos (JPEG, PNG, WebP, GIF) and PDF files can be sent.");
        if (error.field == u"size")
            return tr("A file can be at most 10 MB.");
        if (error.field == u"attachments")
            return tr("A message can carry at most 10 files.");
        if (error.field == u"file")
            return tr("This file could not be read as a photo or a PDF.");
        return tr("This message cannot be sent: %1").arg(error.message);
    case ErrorCode::NotFound:
        return tr("This group buy does not exist.");
    case ErrorCode::BadRequest:
        // The fields a person types, in their language; the rest names the problem.
        if (error.field == u"username")
            return tr("A username has 3 to 32 characters: a-z, 0-9, '_', '.' or '-'.");
        if (error.field == u"password")
            return tr("A password has 8 to 256 characters.");
        if (error.field == u"displayName")
            return tr("A display name has 1 to 64 characters, on one line.");
        if (error.field == u"title")
            return tr("The title must have 1 to 120 characters.");
        if (error.field == u"maxParticipants")
            return tr("A group buy takes at least as many buyers as it needs, at most 10,000.");
        return tr("The server refused the request: %1").arg(error.message);
    case ErrorCode::Unavailable:
        return tr("The server cannot store anything right now. Try again in a moment.");
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

void ChatClient::offerServer(const QUrl &url) {
    if (signedIn() || !url.isValid())
        return;
    m_rest.setBaseUrl(url);
    Q_EMIT sessionChanged(); // serverUrl
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
    const quint64 asked = m_session;
    const QUrl url = QUrl::fromUserInput(serverUrl);
    m_rest.setBaseUrl(url);
    m_rest.setToken({});
    beginBusy();
    clearError();
    const auto session = displayName.isEmpty()
                             ? co_await m_rest.login(username, password)
                             : co_await m_rest.registerAccount(username, password, displayName);
    endBusy();
    if (asked != m_session)
        co_return; // signed in or out meanwhile, or going away
    if (!session) {
        setError(describe(session.error()));
        co_return;
    }
    startSession(*session, url);
}

void ChatClient::startSession(const AuthSession &session, const QUrl &serverUrl) {
    ++m_session;
    m_token = session.token;
    m_user = session.user;
    m_rooms.setMyUserId(m_user.id);
    m_rest.setBaseUrl(serverUrl);
    m_rooms.setFilesBaseUrl(serverUrl);
    m_rest.setToken(m_token);
    ServerCredentials::shared().set(serverUrl, m_token); // for the photos QML loads
    QSettings settings;
    settings.setValue(u"session/server"_s, serverUrl.toString());
    settings.setValue(u"session/token"_s, m_token);
    settings.setValue(u"session/expiresAt"_s, session.expiresAt);
    settings.setValue(u"session/user"_s,
                      QJsonDocument(m_user.toJson()).toJson(QJsonDocument::Compact));
    m_connection.open(webSocketUrlFor(serverUrl), m_token);
    m_connection.subscribe(destinations::kErrors);
    m_connection.subscribe(destinations::kNotifications);
    m_connection.subscribe(destinations::kNewRooms); // the recruiting list grows live
    Q_EMIT sessionChanged();
    refreshRooms();
    loadBlocked();
}

QCoro::Task<> ChatClient::loadBlocked() {
    QPointer<ChatClient> self(this);
    const auto session = m_session;
    const auto ids = co_await m_rest.blocked();
    if (!self || session != m_session || !ids)
        co_return; // an older server, or offline: nothing is hidden
    m_blocked = *ids;
    Q_EMIT blockedUsersChanged();
}

void ChatClient::setBlocked(const QString &userId, bool blocked) {
    storeBlocked(userId, blocked);
}

QCoro::Task<> ChatClient::storeBlocked(QString userId, bool blocked) {
    QPointer<ChatClient> self(this);
    const auto stored = co_await m_rest.setBlocked(userId, blocked);
    if (!self)
        co_return;
    if (!stored) {
        setError(describe(stored.error()));
        co_return;
    }
    m_blocked.removeAll(userId);
    if (blocked)
        m_blocked.append(userId);
    Q_EMIT blockedUsersChanged();
}

void ChatClient::report(double roomId, double messageId, const QString &userId,
                        const QString &reason) {
    fileReport(qint64(roomId), messageId > 0 ? std::optional(qint64(messageId)) : std::nullopt,
               messageId > 0 ? std::nullopt : std::optional(userId), reason);
}

QCoro::Task<> ChatClient::fileReport(qint64 roomId, std::optional<qint64> messageId,
                                     std::optional<QString> userId, QString reason) {
    QPointer<ChatClient> self(this);
    const auto filed = co_await m_rest.report(roomId, messageId, userId, reason);
    if (!self)
        co_return;
    if (!filed) {
        setError(describe(filed.error()));
        co_return;
    }
    Q_EMIT reported();
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
    for (qint64 roomId : m_openRooms.keys())
        closeRoom(roomId);
    ++m_session;
    m_outbox.clear();
    m_connection.close(); // and with it every subscription
    m_watchedRooms.clear();
    m_token.clear();
    m_user = {};
    m_rest.setToken({});
    ServerCredentials::shared().clear();
    AuthorizedNetworkFactory::forgetCachedFiles(); // the next user on this device sees none
    QSettings().remove(u"session"_s);
    m_rooms.setFirstPage({}, {});
    m_blocked.clear();
    Q_EMIT blockedUsersChanged();
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
    const quint64 session = m_session;
    const auto page = co_await m_rest.rooms(m_mineOnly, cursor);
    if (session != m_session)
        co_return; // asked for another user (signed out meanwhile): not this one's list
    if (!page) {
        m_rooms.pageFailed();
        setError(describe(page.error()));
        co_return;
    }
    if (cursor.isEmpty()) {
        m_rooms.setByActivity(m_mineOnly); // as RestClient::rooms asked for it
        m_rooms.setFirstPage(page->rooms, page->nextCursor);
    } else {
        m_rooms.appendPage(page->rooms, page->nextCursor);
    }
    watchListedRooms();
}

void ChatClient::watchListedRooms() {
    // The first rooms of the list (a connection has a few hundred subscriptions at
    // most); rooms gone from the list are let go.
    constexpr int kWatched = 60;
    QSet<qint64> wanted;
    for (qint64 id : m_rooms.ids(kWatched))
        wanted.insert(id);
    for (qint64 id : m_watchedRooms - wanted)
        m_connection.unsubscribe(destinations::roomSummary(id));
    for (qint64 id : wanted - m_watchedRooms)
        m_connection.subscribe(destinations::roomSummary(id));
    m_watchedRooms = wanted;
}

void ChatClient::onNewRoom(const QByteArray &body) {
    const auto json = parseJsonObject(body);
    if (!json || m_mineOnly) // "mine" grows by what I open or join, not by others' rooms
        return;
    const auto room = Room::fromJson(*json);
    if (!room || room->status != RoomStatus::Active)
        return;
    m_rooms.prepend(*room);
    watchListedRooms();
}

void ChatClient::onRoomSummary(const QByteArray &body) {
    const auto json = parseJsonObject(body);
    if (!json)
        return;
    const auto room = Room::fromJson(json->value(u"room"_s).toObject());
    if (!room)
        return;
    if (room->lastMessage)
        m_rooms.noteMessage(*room->lastMessage); // the preview, and the place by activity
    m_rooms.update(*room, /*keepMyRole=*/true);  // broadcast: no myRole in it
}

RoomSession *ChatClient::openAlso(qint64 roomId) {
    if (RoomSession *open = m_openRooms.value(roomId))
        return open;
    auto *session =
        new RoomSession(roomId, {m_connection, m_rest, m_outbox, m_user.id, m_user.displayName},
                        m_rooms.roomById(roomId), this);
    m_openRooms.insert(roomId, session);
    connect(session, &RoomSession::roomUpdated, this,
            [this](const Room &room, bool keepMyRole) { m_rooms.update(room, keepMyRole); });
    connect(session, &RoomSession::messageArrived, &m_rooms, &RoomListModel::noteMessage);
    connect(session, &RoomSession::readUpTo, &m_rooms, &RoomListModel::noteRead);
    connect(session, &RoomSession::failed, this,
            [this](const Error &error) { setError(describe(error)); });
    connect(session, &RoomSession::notice, this, &ChatClient::setError);
    return session;
}

RoomSession *ChatClient::openRoom(qint64 roomId) {
    if (m_currentRoom && m_currentRoom->roomId() == roomId)
        return m_currentRoom;
    closeRoom();
    m_currentRoom = openAlso(roomId);
    m_rooms.setOpenRoom(roomId);
    Q_EMIT currentRoomChanged();
    return m_currentRoom;
}

void ChatClient::closeRoom() {
    if (m_currentRoom)
        closeRoom(m_currentRoom->roomId());
}

void ChatClient::closeRoom(qint64 roomId) {
    RoomSession *session = m_openRooms.take(roomId);
    if (!session)
        return;
    const bool current = session == m_currentRoom;
    session->close();
    session->deleteLater(); // QML may still hold it in this event
    if (current) {
        m_currentRoom = nullptr;
        m_rooms.setOpenRoom(0);
        Q_EMIT currentRoomChanged();
    }
}

void ChatClient::createRoom(const QString &title, const QString &description, int maxParticipants,
                            int minParticipants, int hoursOpen, const QVariantMap &product) {
    std::optional<ProductForm> form;
    if (!product.isEmpty()) {
        auto parsed = productFromForm(product);
        if (!parsed) {
            setError(describe(parsed.error()));
            return;
        }
        form = std::move(*parsed);
    }
    // A seller creating a group buy here has no marketplace product id: use a time-based one.
    RoomDraft draft{QDateTime::currentMSecsSinceEpoch(),
                    title,
                    description,
                    maxParticipants,
                    minParticipants,
                    QDateTime::currentDateTimeUtc().addSecs(qint64(hoursOpen) * 3600),
                    {}};
    if (form)
        draft.product = form->product;
    create(std::move(draft), std::move(form));
}

QString ChatClient::productProblem(const QVariantMap &form) {
    const auto product = productFromForm(form);
    return product ? QString() : product.error().field;
}

QVariantMap ChatClient::productPreview(const QVariantMap &form) {
    const auto product = productFromForm(form);
    return product ? productView(product->product, {}) : QVariantMap();
}

QCoro::Task<> ChatClient::create(RoomDraft draft, std::optional<ProductForm> product) {
    const quint64 session = m_session;
    beginBusy();
    auto room = co_await m_rest.createRoom(draft);
    // A file belongs to a room: the photo follows once the room exists.
    if (room && product && product->newPhoto && session == m_session) {
        auto updated = co_await putProduct(m_rest, room->id, std::move(*product));
        if (session == m_session && !updated)
            setError(describe(updated.error())); // the room stands; the photo can follow
        else if (updated)
            room = std::move(updated);
    }
    endBusy();
    if (session != m_session)
        co_return;
    if (!room) {
        setError(describe(room.error()));
        co_return;
    }
    m_rooms.prepend(*room);
    watchListedRooms();
    openRoom(room->id);
}

void ChatClient::onOnline() {
    // Each open room fills its own gap; the outbox resends what is pending.
    if (m_wasOnline)
        refreshRooms();
    m_wasOnline = true;
}

void ChatClient::onNotification(const QString &destination, const QByteArray &body) {
    if (destination.startsWith(destinations::kRoomSummaryPrefix)) {
        onRoomSummary(body);
        return;
    }
    if (destination == destinations::kNewRooms) {
        onNewRoom(body);
        return;
    }
    if (destination != destinations::kNotifications)
        return; // the rooms' own destinations are theirs
    const auto json = parseJsonObject(body);
    if (!json)
        return;
    const auto notification = UserNotification::fromJson(*json);
    if (!notification)
        return; // a type from a newer server: nothing to show
    tell(*notification);
    // An order's news: the open room's checklist or the buyer's own order follows.
    if (notification->order) {
        if (RoomSession *open = m_openRooms.value(notification->roomId))
            open->orders()->note(*notification->order);
    }
    // A status change or a removal: only that row of the list changes.
    const Room *listed = m_rooms.roomById(notification->roomId);
    if (!listed)
        return;
    Room room = *listed;
    if (notification->status) {
        room.status = *notification->status;
    } else if (notification->reason) {
        room.myRole.reset();
        room.status = RoomStatus::Closed; // viewers are removed when a room closes
    } else if (notification->message) {
        room.lastMessage = *notification->message;
    }
    m_rooms.update(room);
}

ChatClient::NoticeWay ChatClient::noticeWay(bool muted, bool appActive, bool roomOpen) {
    if (muted || (appActive && roomOpen))
        return NoticeWay::None; // an open room shows it in the chat itself
    return appActive ? NoticeWay::Banner : NoticeWay::System;
}

QString ChatClient::orderNoticeText(const Order &order, const QString &myUserId) {
    if (order.userId == myUserId) {
        switch (order.status) {
        case OrderStatus::AwaitingPayment:
            return tr("Your order is waiting for payment again.");
        case OrderStatus::Paid:
            return tr("Your payment was confirmed.");
        case OrderStatus::HandedOver:
            return tr("Your order was handed over.");
        case OrderStatus::Cancelled:
            return tr("Your order was cancelled.");
        }
    }
    switch (order.status) { // the seller's: a buyer or the trade service moved it
    case OrderStatus::AwaitingPayment:
        return tr("%1 is waiting for payment again.").arg(order.displayName);
    case OrderStatus::Paid:
        return tr("%1 has paid.").arg(order.displayName);
    case OrderStatus::HandedOver:
        return tr("%1 confirmed receipt.").arg(order.displayName);
    case OrderStatus::Cancelled:
        return tr("The order of %1 was cancelled.").arg(order.displayName);
    }
    return {};
}

QString ChatClient::pickupTime(const QDateTime &at) {
    const QLocale locale(Preferences::instance()->localeName());
    return locale.toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString ChatClient::noticeText(const UserNotification &notification, const QString &myUserId) {
    switch (notification.type) {
    case UserNotification::Type::Announcement:
        return tr("Announcement: %1").arg(notification.message->content.left(200));
    case UserNotification::Type::RoomStatus:
        return notification.status == RoomStatus::Closed ? tr("The group buy is complete.")
                                                         : tr("The group buy was called off.");
    case UserNotification::Type::RoomRemoved:
        if (notification.reason == SystemEvent::RemovedBySeller)
            return tr("The seller removed you from this group buy: %1")
                .arg(notification.note.value_or(QString()));
        return tr("The group buy is complete; its chat is now for the buyers only.");
    case UserNotification::Type::PaymentReminder:
        return tr("The seller is waiting for your payment.");
    case UserNotification::Type::OrderChanged:
        return orderNoticeText(*notification.order, myUserId);
    case UserNotification::Type::AppointmentChanged:
        return tr("The pickup moved: %1, %2. Please answer again.")
            .arg(pickupTime(notification.appointment->at), notification.appointment->place);
    case UserNotification::Type::AppointmentCancelled:
        return tr("The pickup on %1 was called off.").arg(pickupTime(notification.appointment->at));
    case UserNotification::Type::AppointmentReminder:
        return tr("Pickup in an hour: %1, %2.")
            .arg(pickupTime(notification.appointment->at), notification.appointment->place);
    }
    return {};
}

void ChatClient::tell(const UserNotification &notification) {
    const bool active = qGuiApp && QGuiApplication::applicationState() == Qt::ApplicationActive;
    const bool open = m_currentRoom && m_currentRoom->roomId() == notification.roomId;
    const QString text = noticeText(notification, m_user.id);
    switch (
        noticeWay(Preferences::instance()->isMuted(double(notification.roomId)), active, open)) {
    case NoticeWay::None:
        return;
    case NoticeWay::Banner:
        Q_EMIT noticeArrived(double(notification.roomId), notification.roomTitle, text);
        return;
    case NoticeWay::System:
        m_notifier->show(notification.roomId, notification.roomTitle, text);
        return;
    }
}

} // namespace gonggu::client
