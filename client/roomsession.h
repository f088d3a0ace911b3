// The room the user has open: its state, messages and members, and what the
// user can do there. ChatClient feeds it from REST and the STOMP connection.
#pragma once

#include "models/messagelistmodel.h"
#include "models/participantlistmodel.h"

#include "common/room.h"

#include <QObject>
#include <QQmlEngine>

namespace gonggu::client {

class RoomSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChatClient.openRoom() returns a RoomSession")
    Q_PROPERTY(qint64 roomId READ roomId CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY roomChanged)
    Q_PROPERTY(QString description READ description NOTIFY roomChanged)
    Q_PROPERTY(QString sellerName READ sellerName NOTIFY roomChanged)
    Q_PROPERTY(QString status READ status NOTIFY roomChanged)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY roomChanged)
    Q_PROPERTY(int maxParticipants READ maxParticipants NOTIFY roomChanged)
    Q_PROPERTY(int minParticipants READ minParticipants NOTIFY roomChanged)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY roomChanged)
    Q_PROPERTY(QString myRole READ myRole NOTIFY roomChanged)
    Q_PROPERTY(bool writable READ writable NOTIFY roomChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY roomChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY roomChanged)
    // The newest page of history and the members have arrived.
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(gonggu::client::MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(gonggu::client::ParticipantListModel *participants READ participants CONSTANT)

public:
    RoomSession(qint64 roomId, const QString &myUserId, QObject *parent = nullptr);

    qint64 roomId() const { return m_roomId; }
    QString title() const { return m_room.title; }
    QString description() const { return m_room.description; }
    QString sellerName() const { return m_room.sellerName; }
    QString status() const { return toString(m_room.status); }
    int participantCount() const { return m_room.participantCount; }
    int maxParticipants() const { return m_room.maxParticipants; }
    int minParticipants() const { return m_room.minParticipants; }
    QDateTime expiresAt() const { return m_room.expiresAt.toLocalTime(); }
    QString myRole() const { return m_room.myRole ? toString(*m_room.myRole) : QString(); }
    bool writable() const { return readOnlyReason().isEmpty(); }
    QString readOnlyReason() const; // localised; empty when the user can write
    bool loaded() const { return m_loaded; }
    bool ready() const { return m_ready; }
    void setReady();
    MessageListModel *messages() { return &m_messages; }
    ParticipantListModel *participants() { return &m_participants; }
    const Room &room() const { return m_room; }

    void setRoom(const Room &room, bool keepMyRole);
    void setMyRole(std::optional<Role> role);
    void setParticipants(const QList<Participant> &participants) {
        m_participants.update(participants);
    }

    Q_INVOKABLE void send(const QString &text);
    Q_INVOKABLE void retry(const QString &clientMsgId);
    Q_INVOKABLE void join();
    Q_INVOKABLE void leave();
    Q_INVOKABLE void closeGroupBuy();
    Q_INVOKABLE void cancelGroupBuy();

Q_SIGNALS:
    void roomChanged();
    void readyChanged();
    void sendRequested(const QString &text);
    void retryRequested(const QString &clientMsgId);
    void actionRequested(int action); // RoomAction

private:
    qint64 m_roomId;
    Room m_room;
    bool m_loaded = false;
    bool m_ready = false;
    MessageListModel m_messages;
    ParticipantListModel m_participants;
};

} // namespace gonggu::client
