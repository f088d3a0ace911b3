#include "roomsession.h"

#include "restclient.h"

namespace gonggu::client {

RoomSession::RoomSession(qint64 roomId, const QString &myUserId, QObject *parent)
    : QObject(parent)
    , m_roomId(roomId)
    , m_messages(myUserId)
    , m_participants(myUserId) {
    m_room.id = roomId;
}

QString RoomSession::readOnlyReason() const {
    if (!m_loaded)
        return tr("Loading…");
    if (m_room.status == RoomStatus::Cancelled)
        return tr("This group buy was cancelled. The chat is read-only.");
    // Opening an ACTIVE room subscribes to it, which makes the user a VIEWER.
    if (!m_room.myRole && m_room.status != RoomStatus::Active)
        return tr("You are no longer a member of this room.");
    if (m_room.status == RoomStatus::Closed && m_room.myRole == Role::Viewer)
        return tr("This group buy is closed to viewers.");
    return {};
}

void RoomSession::setRoom(const Room &room, bool keepMyRole) {
    const auto myRole = m_room.myRole;
    m_room = room;
    if (keepMyRole)
        m_room.myRole = myRole;
    m_loaded = true;
    Q_EMIT roomChanged();
}

void RoomSession::setMyRole(std::optional<Role> role) {
    if (m_room.myRole == role)
        return;
    m_room.myRole = role;
    Q_EMIT roomChanged();
}

void RoomSession::setReady() {
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT readyChanged();
}

void RoomSession::send(const QString &text) {
    Q_EMIT sendRequested(text);
}

void RoomSession::retry(const QString &clientMsgId) {
    Q_EMIT retryRequested(clientMsgId);
}

void RoomSession::join() {
    Q_EMIT actionRequested(int(RoomAction::Join));
}

void RoomSession::leave() {
    Q_EMIT actionRequested(int(RoomAction::Leave));
}

void RoomSession::closeGroupBuy() {
    Q_EMIT actionRequested(int(RoomAction::Close));
}

void RoomSession::cancelGroupBuy() {
    Q_EMIT actionRequested(int(RoomAction::Cancel));
}

} // namespace gonggu::client
