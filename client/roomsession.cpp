#include "roomsession.h"

#include "chatclient.h"
#include "outbox.h"
#include "preferences.h"
#include "productview.h"
#include "stompconnection.h"

#include "common/content.h"
#include "common/destinations.h"
#include "common/jsonfields.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gonggu::client {

RoomSession::RoomSession(qint64 roomId, Services services, const Room *known, QObject *parent)
    : QObject(parent)
    , m_roomId(roomId)
    , m_services(std::move(services))
    , m_chatDestination(destinations::chat(roomId))
    , m_stateDestination(destinations::roomState(roomId))
    , m_messages(m_services.myUserId)
    , m_participants(m_services.myUserId) {
    m_room.id = roomId;
    if (known)
        setRoom(*known, false);
    connect(&m_services.connection, &StompConnection::message, this, &RoomSession::onFrame);
    connect(&m_services.connection, &StompConnection::online, this, &RoomSession::onOnline);
    connect(&m_services.connection, &StompConnection::subscribed, this,
            [this](const QString &destination) {
                if (destination == m_chatDestination)
                    onChatSubscribed();
            });
    connect(&m_services.outbox, &Outbox::delivered, this, [this](const OutgoingMessage &sent) {
        if (sent.roomId == m_roomId)
            m_messages.setDelivery(sent.clientMsgId, MessageListModel::Delivery::Sent);
    });
    connect(&m_services.outbox, &Outbox::refused, this,
            [this](const OutgoingMessage &refused, const Error &error) {
                if (refused.roomId != m_roomId)
                    return;
                m_messages.setDelivery(refused.clientMsgId, MessageListModel::Delivery::Failed);
                if (!refused.files.isEmpty())
                    Q_EMIT failed(error); // an upload refused: say why
            });
    connect(&m_services.outbox, &Outbox::uploadProgress, this,
            [this](const QString &clientMsgId, double fraction) {
                m_messages.setUploadProgress(clientMsgId, fraction);
            });
    m_messages.setFilesBaseUrl(m_services.rest.baseUrl());
    m_readTimer.setSingleShot(true);
    m_readTimer.setInterval(500); // a scroll through fifty messages is one marker
    connect(&m_readTimer, &QTimer::timeout, this, &RoomSession::sendReadMarker);
    connect(&m_muteEnds, &QTimer::timeout, this, &RoomSession::noteMyMute);
    connect(&m_messages, &MessageListModel::loadingOlderChanged, this, [this] {
        if (!m_messages.loadingOlder())
            continueReveal();
    });
    connect(&m_messages, &MessageListModel::pinnedNoticeChanged, this, [this] {
        if (m_announcementsWanted) // a new one, or one deleted: the list follows
            loadAnnouncements();
    });
    connect(&m_messages, &MessageListModel::olderPageWanted, this,
            [this](qint64 beforeId) { loadOlder(beforeId); });
    subscribe();
    load();
}

RoomSession::~RoomSession() {
    close();
}

void RoomSession::close() {
    if (std::exchange(m_closed, true))
        return;
    unsubscribe();
    disconnect(&m_services.connection, nullptr, this, nullptr);
    disconnect(&m_services.outbox, nullptr, this, nullptr);
}

void RoomSession::subscribe() {
    m_services.connection.subscribe(m_chatDestination);
    // After the first snapshot, presence changes come as the one participant.
    m_services.connection.subscribe(m_stateDestination, {{"participants", "delta"}});
    m_services.connection.subscribe(destinations::typing(m_roomId));
}

void RoomSession::unsubscribe() {
    m_services.connection.unsubscribe(m_chatDestination);
    m_services.connection.unsubscribe(m_stateDestination);
    m_services.connection.unsubscribe(destinations::typing(m_roomId));
    setTypers({});
}

void RoomSession::endedByServer() {
    m_admittedToChat = false;
    m_services.connection.forget(m_chatDestination);
    m_services.connection.forget(m_stateDestination);
    m_services.connection.forget(destinations::typing(m_roomId));
    setTypers({});
    m_room.myRole.reset();
    m_participants.remove(m_services.myUserId);
    Q_EMIT roomChanged();
}

bool RoomSession::subscribed() const {
    return m_services.connection.isSubscribed(m_chatDestination);
}

QString RoomSession::readOnlyReason() const {
    if (!m_loaded)
        return tr("Loading…");
    if (m_room.status == RoomStatus::Cancelled)
        return tr("This group buy was cancelled. The chat is read-only.");
    if (m_room.frozen && !isSeller())
        return tr("The seller paused the chat. You can read it, and write again once it reopens.");
    if (m_myMutedUntil)
        return tr("The seller muted you until %1. You can read the chat.")
            .arg(QLocale(Preferences::instance()->localeName())
                     .toString(m_myMutedUntil->toLocalTime(), QLocale::ShortFormat));
    if (!m_room.myRole) {
        // Opening an ACTIVE room subscribes to it, which makes the user a VIEWER.
        if (m_room.status == RoomStatus::Active && subscribed())
            return {};
        if (m_room.status == RoomStatus::Active)
            return tr("You left this group buy. Join it to chat again.");
        return tr("You are no longer a member of this room.");
    }
    if (m_room.status == RoomStatus::Closed && m_room.myRole == Role::Viewer)
        return tr("This group buy is closed to viewers.");
    return {};
}

void RoomSession::onFrame(const QString &destination, const QByteArray &body) {
    const bool chat = destination == m_chatDestination;
    const bool state = destination == m_stateDestination;
    if (destination == destinations::typing(m_roomId)) {
        onTyping(body);
        return;
    }
    if (!chat && !state && destination != destinations::kNotifications)
        return;
    const auto json = parseJsonObject(body);
    if (!json)
        return;
    if (chat) {
        if (const auto message = ChatMessage::fromJson(*json);
            message && message->roomId == m_roomId)
            onChatMessage(*message);
    } else if (state && json->contains(u"participant"_s)) {
        if (const auto participant =
                Participant::fromJson(json->value(u"participant"_s).toObject())) {
            m_participants.apply(*participant);
            noteMyMute();
            if (participant->lastReadMessageId)
                m_messages.noteReadMarker(participant->userId, *participant->lastReadMessageId);
        }
    } else if (state) {
        const auto snapshot = RoomSnapshot::fromJson(*json);
        if (!snapshot || snapshot->room.id != m_roomId)
            return;
        setRoom(snapshot->room, true);
        m_participants.update(snapshot->participants);
        noteMyMute();
        m_messages.setReadMarkers(snapshot->participants);
        Q_EMIT roomUpdated(snapshot->room, true);
    } else if (json->value(u"roomId"_s).toInteger() == m_roomId) {
        const QString type = json->value(u"type"_s).toString();
        if (type == u"ROOM_REMOVED") {
            endedByServer();
            Q_EMIT notice(tr("The group buy closed; viewers have left the room."));
        } else if (type == u"ROOM_STATUS") {
            if (const auto status = roomStatusFromString(json->value(u"status"_s).toString()))
                setStatus(*status);
        }
    }
}

void RoomSession::onChatMessage(const ChatMessage &message) {
    m_messages.addConfirmed(message);
    Q_EMIT messageArrived(message);
    if (!message.event)
        return;
    // The chat is ordered: its SYSTEM events say what happened to the room and to
    // me before any snapshot does (and removed members get no snapshot at all).
    switch (*message.event) {
    case SystemEvent::Closed:
        setStatus(RoomStatus::Closed);
        // Closing removes every VIEWER; one who never wrote gets no REMOVED line.
        if (m_room.myRole == Role::Viewer)
            endedByServer();
        break;
    case SystemEvent::Cancelled:
        setStatus(RoomStatus::Cancelled);
        break;
    default:
        break;
    }
    if (message.subjectId != m_services.myUserId)
        return;
    switch (*message.event) {
    case SystemEvent::Participating:
        m_roleFromChat = true;
        setMyRole(Role::Participant);
        break;
    case SystemEvent::Left:
    case SystemEvent::Removed:
        endedByServer();
        break;
    default:
        break;
    }
}

// Admitted to the chat: a non-member of an ACTIVE room is a VIEWER now (quietly: the
// server announces a viewer only with their first message).
void RoomSession::onChatSubscribed() {
    m_admittedToChat = true;
    if (m_ready && !m_room.myRole && m_room.status == RoomStatus::Active)
        setMyRole(Role::Viewer);
}

void RoomSession::onOnline() {
    // After a reconnect: what was missed. If the first load never got through
    // (opened offline), that first.
    if (m_ready)
        fillGap();
    else
        load();
}

void RoomSession::setRoom(const Room &room, bool keepMyRole) {
    const auto myRole = m_room.myRole;
    m_room = room;
    if (keepMyRole)
        m_room.myRole = myRole;
    m_loaded = true;
    m_messages.notePinned(room.pinnedNotice);
    // A broadcast snapshot (keepMyRole) carries nothing of the user's own.
    m_appointment.note(room.appointment, !keepMyRole);
    Q_EMIT roomChanged();
}

void RoomSession::setMyRole(std::optional<Role> role) {
    if (m_room.myRole == role)
        return;
    m_room.myRole = role;
    Q_EMIT roomChanged();
}

void RoomSession::setStatus(RoomStatus status) {
    if (m_room.status == status)
        return;
    m_room.status = status;
    Q_EMIT roomChanged();
}

void RoomSession::setReady() {
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT readyChanged();
}

void RoomSession::setBusy(bool busy) {
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

QCoro::Task<> RoomSession::load() {
    if (m_loading)
        co_return;
    m_loading = true;
    QPointer<RoomSession> self(this);
    const auto snapshot = co_await m_services.rest.room(m_roomId);
    if (!self)
        co_return;
    const auto page = co_await m_services.rest.history(m_roomId, std::nullopt, std::nullopt, 50);
    if (!self)
        co_return;
    m_loading = false;
    if (!snapshot || !page) {
        Q_EMIT failed(!snapshot ? snapshot.error() : page.error());
        co_return;
    }
    // The GET may have been answered before a change the chat already told of
    // (PARTICIPATING, or the subscription's receipt that made me a VIEWER): newer.
    const bool toldMeanwhile = !snapshot->room.myRole && m_roleFromChat && subscribed();
    setRoom(snapshot->room, toldMeanwhile);
    if (!m_room.myRole && m_admittedToChat && subscribed() && m_room.status == RoomStatus::Active)
        setMyRole(Role::Viewer);
    // The live /topic/room snapshot may have arrived first; it is the fresher one.
    if (m_participants.count() == 0)
        m_participants.update(snapshot->participants);
    m_messages.setReadMarkers(snapshot->participants);
    if (snapshot->room.lastReadMessageId) { // before the page: it is laid out with its divider
        m_readSent = std::max(m_readSent, *snapshot->room.lastReadMessageId);
        m_messages.setReadPosition(*snapshot->room.lastReadMessageId);
    }
    m_messages.noteMyReactions(page->myReactions);
    m_messages.setInitialPage(page->messages, page->hasMore);
    Q_EMIT roomUpdated(snapshot->room, false);
    setReady();
}

QCoro::Task<> RoomSession::loadOlder(qint64 beforeId) {
    QPointer<RoomSession> self(this);
    const auto page = co_await m_services.rest.history(m_roomId, beforeId, std::nullopt, 50);
    if (!self)
        co_return;
    if (!page) {
        m_messages.olderPageFailed();
        Q_EMIT failed(page.error());
        co_return;
    }
    m_messages.noteMyReactions(page->myReactions);
    m_messages.prependOlder(page->messages, page->hasMore);
}

QCoro::Task<> RoomSession::fillGap() {
    // Everything newer than the newest message we have, page by page.
    QPointer<RoomSession> self(this);
    for (int pages = 0; pages < 20; ++pages) {
        const auto page = co_await m_services.rest.history(m_roomId, std::nullopt,
                                                           m_messages.newestConfirmedId(), 100);
        if (!self || !page)
            co_return;
        for (const ChatMessage &message : page->messages)
            m_messages.addConfirmed(message);
        if (!page->hasMore)
            co_return;
    }
}

QCoro::Task<> RoomSession::act(RoomAction action) {
    QPointer<RoomSession> self(this);
    setBusy(true);
    const auto room = co_await m_services.rest.act(m_roomId, action);
    if (!self)
        co_return;
    setBusy(false);
    if (!room) {
        Q_EMIT failed(room.error());
        co_return;
    }
    if (action == RoomAction::Leave)
        endedByServer(); // committed: the server has ended our subscriptions
    setRoom(*room, false);
    Q_EMIT roomUpdated(*room, false);
    if (room->myRole && !subscribed()) {
        // Joined again after leaving: listen again, and fetch what was said meanwhile.
        subscribe();
        fillGap();
    }
}

QVariantMap RoomSession::product() const {
    return productView(m_room.product, m_services.rest.baseUrl());
}

void RoomSession::saveProduct(const QVariantMap &form) {
    auto product = productFromForm(form);
    if (!product) {
        Q_EMIT productRefused(product.error().field, {});
        return;
    }
    storeProduct(std::move(*product));
}

QCoro::Task<> RoomSession::storeProduct(ProductForm form) {
    co_await changeRoom(putProduct(m_services.rest, m_roomId, std::move(form)),
                        &RoomSession::productSaved, [this](const Error &error) {
                            Q_EMIT productRefused(error.field, error.field.isEmpty()
                                                                   ? ChatClient::describe(error)
                                                                   : QString());
                        });
}

QCoro::Task<> RoomSession::changeRoom(QCoro::Task<Result<Room>> call, void (RoomSession::*done)(),
                                      std::function<void(const Error &)> refused) {
    QPointer<RoomSession> self(this);
    setBusy(true);
    const auto room = co_await std::move(call);
    if (!self)
        co_return;
    setBusy(false);
    if (!room) {
        if (refused)
            refused(room.error());
        else
            Q_EMIT failed(room.error());
        co_return;
    }
    setRoom(*room, false);
    Q_EMIT roomUpdated(*room, false);
    (this->*done)();
}

void RoomSession::noteMyMute() {
    const auto until = m_participants.mutedUntil(m_services.myUserId);
    if (until == m_myMutedUntil)
        return;
    m_myMutedUntil = until;
    if (until) { // writable again on its own when the time is up
        m_muteEnds.setSingleShot(true);
        m_muteEnds.start(int(std::clamp<qint64>(
            QDateTime::currentDateTimeUtc().msecsTo(*until) + 500, 0, 7 * 24 * 3600 * 1000LL)));
    }
    Q_EMIT roomChanged();
}

void RoomSession::setFrozen(bool frozen) {
    changeRoom(m_services.rest.setFrozen(m_roomId, frozen), &RoomSession::moderated);
}

void RoomSession::mute(const QString &userId, int minutes) {
    changeRoom(m_services.rest.mute(m_roomId, userId, minutes), &RoomSession::moderated);
}

void RoomSession::unmute(const QString &userId) {
    changeRoom(m_services.rest.mute(m_roomId, userId, std::nullopt), &RoomSession::moderated);
}

void RoomSession::removeMember(const QString &userId, const QString &reason) {
    changeRoom(m_services.rest.removeMember(m_roomId, userId, reason), &RoomSession::moderated);
}

void RoomSession::changeLimits(int maxParticipants, int extendHours) {
    std::optional<int> max;
    if (maxParticipants != m_room.maxParticipants)
        max = maxParticipants;
    std::optional<QDateTime> expires;
    if (extendHours > 0)
        expires = m_room.expiresAt.addSecs(qint64(extendHours) * 3600);
    if (!max && !expires) {
        Q_EMIT limitsSaved(); // nothing to change
        return;
    }
    storeLimits(max, expires);
}

QCoro::Task<> RoomSession::storeLimits(std::optional<int> maxParticipants,
                                       std::optional<QDateTime> expiresAt) {
    co_await changeRoom(m_services.rest.changeLimits(m_roomId, maxParticipants, expiresAt),
                        &RoomSession::limitsSaved);
}

void RoomSession::send(const QString &text, bool announce, qint64 replyTo,
                       const QList<QUrl> &files) {
    QList<LocalFile> local;
    for (const QUrl &url : files)
        local.append(LocalFile::inspect(url));
    if (local.size() > kMaxAttachments) {
        Q_EMIT failed({ErrorCode::ContentInvalid, {}, u"attachments"_s});
        return;
    }
    for (const LocalFile &file : std::as_const(local)) {
        if (auto s = file.sendable(); !s) {
            Q_EMIT failed(s.error());
            return;
        }
    }
    if (local.isEmpty() || !text.isEmpty()) {
        if (const auto valid = validateContent(text); !valid) {
            Q_EMIT failed(valid.error());
            return;
        }
    }
    // Only the seller announces; anyone else's "announcement" is a chat message. Files
    // go with chat messages only.
    const MessageType type =
        announce && isSeller() && local.isEmpty() ? MessageType::Notification : MessageType::Chat;
    const QString clientMsgId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto answers = replyTo > 0 ? std::optional(replyTo) : std::nullopt;
    m_messages.addPending(clientMsgId, m_services.myDisplayName, text, type, answers, local);
    m_services.outbox.post(m_roomId, clientMsgId, text, type, answers, local);
}

QString RoomSession::problemOf(const LocalFile &file) {
    const auto sendable = file.sendable();
    return sendable ? QString() : ChatClient::describe(sendable.error()); // one wording
}

QVariantList RoomSession::inspectFiles(const QList<QUrl> &files) const {
    QVariantList list;
    for (const QUrl &url : files) {
        const LocalFile file = LocalFile::inspect(url);
        list.append(QVariantMap{{u"url"_s, url},
                                {u"name"_s, file.name},
                                {u"size"_s, file.size},
                                {u"image"_s, file.isImage()},
                                {u"width"_s, file.shownSize.width()},
                                {u"height"_s, file.shownSize.height()},
                                {u"problem"_s, problemOf(file)}});
    }
    return list;
}

void RoomSession::loadAnnouncements() {
    m_announcementsWanted = true;
    m_announcements.clear();
    fetchAnnouncements(std::nullopt);
}

void RoomSession::loadOlderAnnouncements() {
    if (m_announcementsHaveMore && !m_loadingAnnouncements && !m_announcements.isEmpty())
        fetchAnnouncements(m_announcements.last().id);
}

QCoro::Task<> RoomSession::fetchAnnouncements(std::optional<qint64> before) {
    QPointer<RoomSession> self(this);
    m_loadingAnnouncements = true;
    Q_EMIT announcementsChanged();
    const auto page = co_await m_services.rest.announcements(m_roomId, before);
    if (!self)
        co_return;
    m_loadingAnnouncements = false;
    if (!page) {
        Q_EMIT failed(page.error());
        Q_EMIT announcementsChanged();
        co_return;
    }
    for (auto it = page->messages.crbegin(); it != page->messages.crend(); ++it)
        m_announcements.append(*it);
    m_announcementsHaveMore = page->hasMore;
    Q_EMIT announcementsChanged();
}

QVariantList RoomSession::announcements() const {
    QVariantList list;
    for (const ChatMessage &m : m_announcements)
        list.append(QVariantMap{{u"messageId"_s, m.id},
                                {u"senderName"_s, m.senderName},
                                {u"content"_s, m.content},
                                {u"createdAt"_s, m.createdAt.toLocalTime()}});
    return list;
}

void RoomSession::cancelUpload(const QString &clientMsgId) {
    if (m_services.outbox.cancel(clientMsgId))
        m_messages.removePending(clientMsgId);
}

void RoomSession::openFile(qint64 fileId, const QString &name) {
    fetchAndOpen(fileId, name);
}

QCoro::Task<> RoomSession::fetchAndOpen(qint64 fileId, QString name) {
    QPointer<RoomSession> self(this);
    const auto bytes = co_await m_services.rest.download(fileId);
    if (!self)
        co_return;
    // A file of its own under the cache, named as sent, for the system's viewer.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                        u"/opened/"_s + QString::number(fileId);
    QFile file(dir + u'/' + QFileInfo(name).fileName());
    if (!bytes || !QDir().mkpath(dir) || !file.open(QIODevice::WriteOnly) ||
        file.write(*bytes) != bytes->size()) {
        Q_EMIT fileOpenFailed(name);
        co_return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName())))
        Q_EMIT fileOpenFailed(name);
}

void RoomSession::editMessage(qint64 messageId, const QString &text) {
    if (const auto valid = validateContent(text); !valid) {
        Q_EMIT failed(valid.error());
        return;
    }
    changeMessage(m_services.rest.editMessage(m_roomId, messageId, text));
}

void RoomSession::deleteMessage(qint64 messageId) {
    changeMessage(m_services.rest.deleteMessage(m_roomId, messageId));
}

void RoomSession::toggleReaction(qint64 messageId, const QString &emoji) {
    react(messageId, emoji, !m_messages.isMyReaction(messageId, emoji));
}

QCoro::Task<> RoomSession::react(qint64 messageId, QString emoji, bool on) {
    QPointer<RoomSession> self(this);
    m_messages.setMyReaction(messageId, emoji, on); // at once; the counts follow
    const auto changed = co_await m_services.rest.react(m_roomId, messageId, emoji, on);
    if (!self)
        co_return;
    if (!changed) {
        m_messages.setMyReaction(messageId, emoji, !on);
        Q_EMIT failed(changed.error());
        co_return;
    }
    m_messages.addConfirmed(*changed);
}

QStringList RoomSession::reactionSet() const {
    return gonggu::reactionSet();
}

bool RoomSession::canDelete(const QString &senderId, int type) const {
    if (MessageType(type) == MessageType::System)
        return false;
    return isSeller() || (senderId == m_services.myUserId && writable());
}

QCoro::Task<> RoomSession::changeMessage(QCoro::Task<Result<ChatMessage>> change) {
    QPointer<RoomSession> self(this);
    const auto changed = co_await std::move(change);
    if (!self)
        co_return;
    if (!changed)
        Q_EMIT failed(changed.error());
    else
        m_messages.addConfirmed(*changed);
}

void RoomSession::onTyping(const QByteArray &body) {
    const auto json = parseJsonObject(body);
    if (!json)
        return;
    QStringList names;
    for (const QJsonValue &typer : json->value(u"typing"_s).toArray()) {
        if (typer[u"userId"_s].toString() != m_services.myUserId) // I know that I type
            names.append(typer[u"displayName"_s].toString());
    }
    const int others = json->value(u"others"_s).toInt();
    QString text;
    if (names.isEmpty() && others > 0)
        text = tr("%n people are typing…", "", others);
    else if (names.size() == 1 && others == 0)
        text = tr("%1 is typing…").arg(names.first());
    else if (names.size() == 2 && others == 0)
        text = tr("%1 and %2 are typing…").arg(names.first(), names.last());
    else if (!names.isEmpty())
        text = tr("%1 and %n others are typing…", "", int(names.size()) - 1 + others)
                   .arg(names.first());
    setTypers(text);
}

void RoomSession::setTypers(const QString &text) {
    if (m_typingText == text)
        return;
    m_typingText = text;
    Q_EMIT typingTextChanged();
}

void RoomSession::setTyping(bool typing) {
    // A start at most every TypingTracker's three seconds (the server's throttle, so
    // that the last keystrokes still keep it alive), a stop once.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (typing && m_typingSentAt > 0 && now - m_typingSentAt < 3000)
        return;
    if (!typing && m_typingSentAt == 0)
        return;
    m_typingSentAt = typing ? now : 0;
    m_services.connection.send(
        destinations::typingSend(m_roomId),
        QJsonDocument(QJsonObject{{u"typing"_s, typing}}).toJson(QJsonDocument::Compact), {});
}

void RoomSession::search(const QString &text) {
    m_searchText = text.trimmed();
    m_searchResults.clear();
    m_searchNext.reset();
    ++m_searchGeneration;
    if (m_searchText.isEmpty()) {
        m_searching = false;
        Q_EMIT searchChanged();
        return;
    }
    runSearch(m_searchText, std::nullopt);
}

void RoomSession::searchMore() {
    if (m_searchNext && !m_searching)
        runSearch(m_searchText, m_searchNext);
}

QCoro::Task<> RoomSession::runSearch(QString text, std::optional<qint64> before) {
    QPointer<RoomSession> self(this);
    const quint64 generation = m_searchGeneration;
    m_searching = true;
    Q_EMIT searchChanged();
    const auto results = co_await m_services.rest.search(m_roomId, text, before);
    if (!self || generation != m_searchGeneration)
        co_return;
    m_searching = false;
    if (!results) {
        Q_EMIT searchChanged();
        Q_EMIT failed(results.error());
        co_return;
    }
    for (const ChatMessage &m : results->messages)
        m_searchResults.append(QVariantMap{{u"messageId"_s, m.id},
                                           {u"senderName"_s, m.senderName},
                                           {u"content"_s, m.content},
                                           {u"createdAt"_s, m.createdAt.toLocalTime()}});
    m_searchNext = results->nextBefore;
    Q_EMIT searchChanged();
}

void RoomSession::markSeen(qint64 messageId) {
    if (messageId <= m_seen)
        return;
    m_seen = messageId;
    if (!m_readTimer.isActive())
        m_readTimer.start();
}

void RoomSession::sendReadMarker() {
    if (m_seen <= m_readSent || !m_room.myRole || m_closed)
        return;
    const MessageRef read{m_seen};
    // Over the connection, no answer needed; offline it waits for the next one (the
    // user sees the room again after a reconnect and marks it then).
    if (!m_services.connection.send(destinations::read(m_roomId),
                                    QJsonDocument(read.toJson()).toJson(QJsonDocument::Compact),
                                    {}))
        return;
    m_readSent = m_seen;
    Q_EMIT readUpTo(m_roomId, m_seen);
}

void RoomSession::reveal(qint64 messageId) {
    m_revealing = messageId;
    m_revealOldest = 0;
    continueReveal();
}

void RoomSession::continueReveal() {
    if (!m_revealing || m_messages.loadingOlder())
        return;
    const qint64 oldest = m_messages.oldestId();
    if (const int row = m_messages.rowOfId(*m_revealing); row >= 0) {
        m_revealing.reset();
        Q_EMIT revealed(row);
    } else if (!m_messages.hasOlder() || *m_revealing > oldest || oldest == m_revealOldest) {
        // Not in the history (deleted with its room's retention), or the page failed.
        m_revealing.reset();
        Q_EMIT revealFailed();
    } else {
        m_revealOldest = oldest;
        m_messages.loadOlder(); // continued when the page is in (loadingOlderChanged)
    }
}

void RoomSession::retry(const QString &clientMsgId) {
    const auto message = m_messages.ownMessage(clientMsgId);
    if (!message)
        return;
    m_messages.setDelivery(clientMsgId, MessageListModel::Delivery::Pending);
    QList<LocalFile> files;
    for (const QUrl &url : m_messages.localFilesOf(clientMsgId))
        files.append(LocalFile::inspect(url));
    m_services.outbox.post(m_roomId, clientMsgId, message->content, message->type, message->replyTo,
                           files);
}

RoomSession::Action RoomSession::primaryAction() const {
    if (!m_loaded || m_room.status != RoomStatus::Active)
        return Action::None;
    if (m_room.myRole == Role::Seller)
        return Action::Close;
    if (m_room.myRole == Role::Participant)
        return Action::Leave;
    return Action::Join; // viewers, and those who left
}

void RoomSession::runPrimaryAction() {
    switch (primaryAction()) {
    case Action::Join:
        join();
        break;
    case Action::Leave:
        leave();
        break;
    case Action::Close:
        closeGroupBuy();
        break;
    case Action::None:
        break;
    }
}

void RoomSession::join() {
    act(RoomAction::Join);
}

void RoomSession::leave() {
    act(RoomAction::Leave);
}

void RoomSession::closeGroupBuy() {
    act(RoomAction::Close);
}

void RoomSession::cancelGroupBuy() {
    act(RoomAction::Cancel);
}

} // namespace gonggu::client
