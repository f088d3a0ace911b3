// The app's entry point for QML: signs in, keeps the one STOMP connection, the
// outbox of messages not yet confirmed and the room list, and opens rooms
// (each a RoomSession that owns its room; several may be open at once).
#pragma once

#include "models/roomlistmodel.h"
#include "notify/systemnotifier.h"
#include "outbox.h"
#include "restclient.h"
#include "roomsession.h"
#include "stompconnection.h"

#include "common/content.h"
#include "common/usernotification.h"

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
    // The longest message the server takes, in characters (code points).
    Q_PROPERTY(int maxMessageLength READ maxMessageLength CONSTANT)
    Q_PROPERTY(gonggu::client::RoomSession *currentRoom READ currentRoom NOTIFY currentRoomChanged)
    // Whom the user blocked: their messages are hidden for them (the chat shows a
    // folded line instead).
    Q_PROPERTY(QStringList blockedUsers READ blockedUsers NOTIFY blockedUsersChanged)

public:
    enum class ConnectionState { Offline, Connecting, Online, Reconnecting };
    Q_ENUM(ConnectionState)

    explicit ChatClient(QObject *parent = nullptr);
    ~ChatClient() override;
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
    static int maxMessageLength() { return int(kMaxContentCharacters); }
    RoomSession *currentRoom() { return m_currentRoom; }
    QStringList blockedUsers() const { return m_blocked; }
    Q_INVOKABLE void setBlocked(const QString &userId, bool blocked);
    // A report to the operators: of a message (messageId > 0) or else of a member.
    // reported(), or lastError says why not.
    Q_INVOKABLE void report(double roomId, double messageId, const QString &userId,
                            const QString &reason);

    Q_INVOKABLE void signIn(const QString &serverUrl, const QString &username,
                            const QString &password);
    Q_INVOKABLE void registerAccount(const QString &serverUrl, const QString &username,
                                     const QString &password, const QString &displayName);
    Q_INVOKABLE void signOut();
    // The server the sign-in page offers (the app's --server); no effect once signed in.
    void offerServer(const QUrl &url);
    Q_INVOKABLE void refreshRooms();
    // Opens the room (or finds it open) and makes it the current one.
    Q_INVOKABLE gonggu::client::RoomSession *openRoom(qint64 roomId);
    // Closes the current room.
    Q_INVOKABLE void closeRoom();
    // The open room with this id, or null.
    RoomSession *openedRoom(qint64 roomId) const { return m_openRooms.value(roomId); }
    // Opens a room beside the current one (a second pane), or finds it open.
    RoomSession *openAlso(qint64 roomId);
    void closeRoom(qint64 roomId);
    // `product`: productform.h's keys, or empty for none; its photo follows once the
    // room exists (a product photo is a file of its room).
    Q_INVOKABLE void createRoom(const QString &title, const QString &description,
                                int maxParticipants, int minParticipants, int hoursOpen,
                                const QVariantMap &product = {});
    // Which field of a product form is not right yet ("" when it can be saved).
    Q_INVOKABLE static QString productProblem(const QVariantMap &form);
    // The form's product as the card will show it (productview.h); empty while wrong.
    Q_INVOKABLE static QVariantMap productPreview(const QVariantMap &form);
    Q_INVOKABLE void clearError();

    // Localised text for a server error code.
    static QString describe(const Error &error);

    // How a notification reaches the user: not at all (the room is muted, or open in
    // front of them), as a banner in the window, or through the system.
    enum class NoticeWay { None, Banner, System };
    Q_ENUM(NoticeWay)
    static NoticeWay noticeWay(bool muted, bool appActive, bool roomOpen);
    // What a notice says, localised; empty for a type this app does not know.
    static QString noticeText(const UserNotification &notification, const QString &myUserId = {});
    // An order's news: to the buyer it is theirs, to the seller whose it is.
    static QString orderNoticeText(const Order &order, const QString &myUserId);
    // A pickup's time in the user's language, as notices say it.
    static QString pickupTime(const QDateTime &at);

Q_SIGNALS:
    void blockedUsersChanged();
    void reported();
    void sessionChanged();
    void connectionStateChanged();
    void busyChanged();
    void lastErrorChanged();
    void mineOnlyChanged();
    void currentRoomChanged();
    // For the in-app banner: a tap opens the room.
    void noticeArrived(double roomId, const QString &title, const QString &text);
    // A system notice was tapped and its room opened: the window comes forward.
    void noticeOpened();

private:
    QCoro::Task<> authenticate(QString serverUrl, QString username, QString password,
                               QString displayName);
    QCoro::Task<> loadRooms(QString cursor);
    QCoro::Task<> create(RoomDraft draft, std::optional<ProductForm> product);
    void startSession(const AuthSession &session, const QUrl &serverUrl);
    void restoreSession();
    void onNotification(const QString &destination, const QByteArray &body);
    void tell(const UserNotification &notification);
    // The listed rooms' summaries, live (their newest message, counts, status).
    void watchListedRooms();
    void onRoomSummary(const QByteArray &body);
    void onNewRoom(const QByteArray &body);
    void onOnline();
    void setError(const QString &text);
    void beginBusy();
    void endBusy();

    RestClient m_rest;
    QStringList m_blocked;
    QCoro::Task<> loadBlocked();
    QCoro::Task<> storeBlocked(QString userId, bool blocked);
    QCoro::Task<> fileReport(qint64 roomId, std::optional<qint64> messageId,
                             std::optional<QString> userId, QString reason);
    StompConnection m_connection;
    Outbox m_outbox{m_connection, m_rest};
    RoomListModel m_rooms;
    QHash<qint64, RoomSession *> m_openRooms; // owned (children)
    QSet<qint64> m_watchedRooms;              // their /topic/room-summary is subscribed
    QPointer<RoomSession> m_currentRoom;
    std::unique_ptr<SystemNotifier> m_notifier = SystemNotifier::create();
    QString m_token;
    User m_user;
    QString m_lastError;
    bool m_mineOnly = false;
    bool m_wasOnline = false;
    int m_busy = 0;
    quint64 m_session =
        0; // counts sign-ins and sign-outs: late answers of an earlier one are dropped
};

} // namespace gonggu::client
