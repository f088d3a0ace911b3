// The app's entry point for QML: signs in, keeps the one STOMP connection, the
// room list, the open room, and the outbox of messages not yet confirmed.
#pragma once

#include "models/roomlistmodel.h"
#include "outbox.h"
#include "restclient.h"
#include "roomsession.h"
#include "stompconnection.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace gonggu::client {

class ChatClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY sessionChanged)
    Q_PROPERTY(ConnectionState connectionState READ connectionState NOTIFY connectionStateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    Q_PROPERTY(bool mineOnly READ mineOnly WRITE setMineOnly NOTIFY mineOnlyChanged)
    Q_PROPERTY(gonggu::client::RoomListModel *rooms READ rooms CONSTANT)
    Q_PROPERTY(gonggu::client::RoomSession *currentRoom READ currentRoom NOTIFY currentRoomChanged)

public:
    enum class ConnectionState { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(ConnectionState)

    explicit ChatClient(QObject *parent = nullptr);
    static ChatClient *create(QQmlEngine *, QJSEngine *);

    QString serverUrl() const { return m_rest.baseUrl().toString(); }
    bool signedIn() const { return !m_token.isEmpty(); }
    QString userId() const { return m_user.id; }
    QString displayName() const { return m_user.displayName; }
    ConnectionState connectionState() const { return ConnectionState(int(m_connection.state())); }
    bool busy() const { return m_busy > 0; }
    QString lastError() const { return m_lastError; }
    bool mineOnly() const { return m_mineOnly; }
    void setMineOnly(bool mineOnly);
    RoomListModel *rooms() { return &m_rooms; }
    RoomSession *currentRoom() { return m_currentRoom; }

    Q_INVOKABLE void signIn(const QString &serverUrl, const QString &username,
                            const QString &password);
    Q_INVOKABLE void registerAccount(const QString &serverUrl, const QString &username,
                                     const QString &password, const QString &displayName);
    Q_INVOKABLE void signOut();
    Q_INVOKABLE void refreshRooms();
    Q_INVOKABLE void openRoom(qint64 roomId);
    Q_INVOKABLE void closeRoom();
    Q_INVOKABLE void createRoom(const QString &title, const QString &description,
                                int maxParticipants, int minParticipants, int hoursOpen);
    Q_INVOKABLE void clearError();

    // Localised text for a server error code.
    static QString describe(const Error &error);

Q_SIGNALS:
    void sessionChanged();
    void connectionStateChanged();
    void busyChanged();
    void lastErrorChanged();
    void mineOnlyChanged();
    void currentRoomChanged();

private:
    QCoro::Task<> authenticate(QString serverUrl, QString username, QString password,
                               QString displayName);
    QCoro::Task<> loadRooms(QString cursor);
    QCoro::Task<> loadRoom(QPointer<RoomSession> session);
    QCoro::Task<> loadOlder(QPointer<RoomSession> session, qint64 beforeId);
    QCoro::Task<> fillGap(QPointer<RoomSession> session);
    QCoro::Task<> act(QPointer<RoomSession> session, int action);
    QCoro::Task<> create(RoomDraft draft);
    void startSession(const AuthSession &session, const QUrl &serverUrl);
    void restoreSession();
    void onMessage(const QString &destination, const QByteArray &body);
    void onOnline();
    void sendNow(const OutgoingMessage &message);
    void send(const QString &text);
    void setError(const QString &text);
    void beginBusy();
    void endBusy();

    RestClient m_rest;
    StompConnection m_connection;
    RoomListModel m_rooms;
    Outbox m_outbox;
    QPointer<RoomSession> m_currentRoom;
    QString m_token;
    User m_user;
    QString m_lastError;
    bool m_mineOnly = false;
    bool m_wasOnline = false;
    int m_busy = 0;
};

} // namespace gonggu::client
