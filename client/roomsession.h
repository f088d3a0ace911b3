// One open room: its state, messages and members, and what the user can do
// there. It owns the room: subscribes to the room's destinations on the shared
// connection, handles their frames, loads and pages history, posts messages
// through the outbox and runs the room actions over REST. Several can be open
// at once; ChatClient keeps only sign-in and the connection.
#pragma once

#include "models/messagelistmodel.h"
#include "models/participantlistmodel.h"
#include "productform.h"
#include "restclient.h"
#include "roomaddresses.h"
#include "roomappointment.h"
#include "roomorders.h"

#include "contractenums.h"

#include "common/room.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace gonggu::client {

class Outbox;
class StompConnection;
struct OutgoingMessage;

class RoomSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChatClient.openRoom() returns a RoomSession")
    Q_PROPERTY(qint64 roomId READ roomId CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY roomChanged)
    Q_PROPERTY(QString description READ description NOTIFY roomChanged)
    Q_PROPERTY(QString sellerName READ sellerName NOTIFY roomChanged)
    Q_PROPERTY(gonggu::RoomStatus status READ status NOTIFY roomChanged)
    Q_PROPERTY(int participantCount READ participantCount NOTIFY roomChanged)
    Q_PROPERTY(int maxParticipants READ maxParticipants NOTIFY roomChanged)
    Q_PROPERTY(int minParticipants READ minParticipants NOTIFY roomChanged)
    Q_PROPERTY(QDateTime expiresAt READ expiresAt NOTIFY roomChanged)
    Q_PROPERTY(bool seller READ isSeller NOTIFY roomChanged)
    // What is sold (productview.h's map; empty when the room has no product), and
    // whether the user may change it (the seller, while it recruits).
    Q_PROPERTY(QVariantMap product READ product NOTIFY roomChanged)
    Q_PROPERTY(bool canEditProduct READ canEditProduct NOTIFY roomChanged)
    // The one action the header offers the user now, by their role and the status.
    Q_PROPERTY(Action primaryAction READ primaryAction NOTIFY roomChanged)
    Q_PROPERTY(bool canCancel READ canCancel NOTIFY roomChanged)
    Q_PROPERTY(bool writable READ writable NOTIFY roomChanged)
    Q_PROPERTY(QString readOnlyReason READ readOnlyReason NOTIFY roomChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY roomChanged)
    // The newest page of history and the members have arrived.
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    // A room action (join, leave, close, cancel) is on its way.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // "Minsu is typing…", "Minsu, Jiwoo and 5 others are typing…", or empty.
    Q_PROPERTY(QString typingText READ typingText NOTIFY typingTextChanged)
    // Search in this room: [{messageId, senderName, content, createdAt}], newest first.
    Q_PROPERTY(QVariantList searchResults READ searchResults NOTIFY searchChanged)
    // Delivery addresses: a participant's own, and the seller's list.
    Q_PROPERTY(gonggu::client::RoomAddresses *addresses READ addresses CONSTANT)
    Q_PROPERTY(bool canGiveAddress READ canGiveAddress NOTIFY roomChanged)
    Q_PROPERTY(bool canReadAddresses READ canReadAddresses NOTIFY roomChanged)
    // Orders once the buy closed: the seller's checklist, or the buyer's own.
    Q_PROPERTY(gonggu::client::RoomOrders *orders READ orders CONSTANT)
    Q_PROPERTY(bool canManageOrders READ canManageOrders NOTIFY roomChanged)
    Q_PROPERTY(bool hasOrder READ hasOrder NOTIFY roomChanged)
    // The seller's tools: the chat paused (read-only for all but the seller), and
    // whether this user may pause it, mute and remove members. `mutedUntil`: the
    // user's own mute (invalid when none).
    Q_PROPERTY(bool frozen READ frozen NOTIFY roomChanged)
    Q_PROPERTY(bool canModerate READ canModerate NOTIFY roomChanged)
    Q_PROPERTY(QDateTime mutedUntil READ mutedUntil NOTIFY roomChanged)
    // The pickup appointment; the seller sets it (not in a cancelled buy), buyers answer.
    Q_PROPERTY(gonggu::client::RoomAppointment *appointment READ appointment CONSTANT)
    Q_PROPERTY(bool canSetAppointment READ canSetAppointment NOTIFY roomChanged)
    Q_PROPERTY(bool canAnswerAppointment READ canAnswerAppointment NOTIFY roomChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchChanged)
    // The seller's announcements, newest first: [{messageId, senderName, content,
    // createdAt}] (loadAnnouncements(), then loadOlderAnnouncements()).
    Q_PROPERTY(QVariantList announcements READ announcements NOTIFY announcementsChanged)
    Q_PROPERTY(bool announcementsHaveMore READ announcementsHaveMore NOTIFY announcementsChanged)
    Q_PROPERTY(bool loadingAnnouncements READ loadingAnnouncements NOTIFY announcementsChanged)
    Q_PROPERTY(bool searchHasMore READ searchHasMore NOTIFY searchChanged)
    Q_PROPERTY(gonggu::client::MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(gonggu::client::ParticipantListModel *participants READ participants CONSTANT)

public:
    enum class Action { None, Join, Leave, Close };
    Q_ENUM(Action)

    // What every open room shares with the others.
    struct Services {
        StompConnection &connection;
        RestClient &rest;
        Outbox &outbox;
        QString myUserId;
        QString myDisplayName;
    };
    // Subscribes and starts loading; `known` (from the room list) is shown meanwhile.
    RoomSession(qint64 roomId, Services services, const Room *known, QObject *parent = nullptr);
    ~RoomSession() override; // closes
    // Unsubscribes and stops listening to the shared services; the session
    // keeps what it shows until it is deleted.
    void close();

    qint64 roomId() const { return m_roomId; }
    QString title() const { return m_room.title; }
    QString description() const { return m_room.description; }
    QString sellerName() const { return m_room.sellerName; }
    RoomStatus status() const { return m_room.status; }
    int participantCount() const { return m_room.participantCount; }
    int maxParticipants() const { return m_room.maxParticipants; }
    int minParticipants() const { return m_room.minParticipants; }
    QDateTime expiresAt() const { return m_room.expiresAt.toLocalTime(); }
    std::optional<Role> myRole() const { return m_room.myRole; }
    bool isSeller() const { return m_room.myRole == Role::Seller; }
    QVariantMap product() const;
    bool canEditProduct() const { return isSeller() && m_room.status == RoomStatus::Active; }
    // The product form's new values (productform.h's keys): productSaved(), or
    // productRefused(field, message): the field the form marks, or (field empty) why
    // in the user's language.
    Q_INVOKABLE void saveProduct(const QVariantMap &form);
    // The seller gives the buy `extendHours` more (0: none) and `maxParticipants`
    // places: limitsSaved(), or failed(error) with why.
    Q_INVOKABLE void changeLimits(int maxParticipants, int extendHours);
    Action primaryAction() const;
    bool canCancel() const { return isSeller() && m_room.status == RoomStatus::Active; }
    bool writable() const { return readOnlyReason().isEmpty(); }
    QString readOnlyReason() const; // localised; empty when the user can write
    bool loaded() const { return m_loaded; }
    bool ready() const { return m_ready; }
    bool busy() const { return m_busy; }
    MessageListModel *messages() { return &m_messages; }
    ParticipantListModel *participants() { return &m_participants; }
    const Room &room() const { return m_room; }

    // `announce`: the seller's NOTIFICATION (pinned for everyone), else CHAT;
    // `replyTo`: the id of the message it answers (0: none); `files`: photos and PDFs
    // to go with it (then the text may be empty), uploaded first.
    Q_INVOKABLE void send(const QString &text, bool announce = false, qint64 replyTo = 0,
                          const QList<QUrl> &files = {});
    // What the input shows of picked files before they are sent: [{url, name, size,
    // image, width, height, problem}], `problem` saying (in the user's language) why
    // one cannot go.
    Q_INVOKABLE QVariantList inspectFiles(const QList<QUrl> &files) const;
    Q_INVOKABLE void loadAnnouncements();
    Q_INVOKABLE void loadOlderAnnouncements();
    QVariantList announcements() const;
    bool announcementsHaveMore() const { return m_announcementsHaveMore; }
    bool loadingAnnouncements() const { return m_loadingAnnouncements; }
    // Stops a message whose files are uploading and takes it away.
    Q_INVOKABLE void cancelUpload(const QString &clientMsgId);
    // Fetches a file and opens it with the system's viewer (a PDF).
    Q_INVOKABLE void openFile(qint64 fileId, const QString &name);
    // My message's new text; deleting: mine, or any as the seller (canDelete).
    Q_INVOKABLE void editMessage(qint64 messageId, const QString &text);
    Q_INVOKABLE void deleteMessage(qint64 messageId);
    // Gives the reaction, or takes it back if it is mine already.
    Q_INVOKABLE void toggleReaction(qint64 messageId, const QString &emoji);
    Q_INVOKABLE QStringList reactionSet() const;
    Q_INVOKABLE bool canDelete(const QString &senderId, int type) const;
    // Shows the message with this id: loads older pages until it is there, then
    // says revealed(row); revealFailed() if the history has no such message.
    Q_INVOKABLE void reveal(qint64 messageId);
    // The user has seen the room up to this message: the read marker follows, sent at
    // most every half second (and only forward).
    Q_INVOKABLE void markSeen(qint64 messageId);
    // The user is writing (true at each edit of a non-empty field) or stopped.
    Q_INVOKABLE void setTyping(bool typing);
    QString typingText() const { return m_typingText; }
    // A new search (empty text: none), or the next older results of this one.
    Q_INVOKABLE void search(const QString &text);
    Q_INVOKABLE void searchMore();
    QVariantList searchResults() const { return m_searchResults; }
    RoomAddresses *addresses() { return &m_addresses; }
    bool canGiveAddress() const {
        return m_room.myRole == Role::Participant && m_room.status != RoomStatus::Cancelled;
    }
    bool canReadAddresses() const { return isSeller(); }
    RoomOrders *orders() { return &m_orders; }
    RoomAppointment *appointment() { return &m_appointment; }
    bool frozen() const { return m_room.frozen; }
    bool canModerate() const { return isSeller() && m_room.status != RoomStatus::Cancelled; }
    QDateTime mutedUntil() const {
        return m_myMutedUntil ? m_myMutedUntil->toLocalTime() : QDateTime();
    }
    // A buyer is removed only while the buy recruits (after, they have an order).
    Q_INVOKABLE bool canRemove(int role) const {
        return canModerate() && role != int(Role::Seller) &&
               (role != int(Role::Participant) || m_room.status == RoomStatus::Active);
    }
    // Each answers with the room (roomChanged), or failed(error).
    Q_INVOKABLE void setFrozen(bool frozen);
    Q_INVOKABLE void mute(const QString &userId, int minutes);
    Q_INVOKABLE void unmute(const QString &userId);
    Q_INVOKABLE void removeMember(const QString &userId, const QString &reason);
    bool canSetAppointment() const { return isSeller() && m_room.status != RoomStatus::Cancelled; }
    bool canAnswerAppointment() const {
        return m_room.myRole == Role::Participant && m_room.status != RoomStatus::Cancelled;
    }
    bool canManageOrders() const { return isSeller() && m_room.status == RoomStatus::Closed; }
    bool hasOrder() const {
        return m_room.myRole == Role::Participant && m_room.status == RoomStatus::Closed;
    }
    bool searching() const { return m_searching; }
    bool searchHasMore() const { return m_searchNext.has_value(); }
    Q_INVOKABLE void retry(const QString &clientMsgId);
    Q_INVOKABLE void runPrimaryAction();
    Q_INVOKABLE void join();
    Q_INVOKABLE void leave();
    Q_INVOKABLE void closeGroupBuy();
    Q_INVOKABLE void cancelGroupBuy();

Q_SIGNALS:
    void roomChanged();
    void readyChanged();
    void busyChanged();
    // The room as the server has it now, for the room list (broadcast snapshots
    // carry no myRole: keepMyRole says to keep the listed one).
    void roomUpdated(const gonggu::Room &room, bool keepMyRole);
    // A message of this room arrived live (for the room list's preview).
    void messageArrived(const gonggu::ChatMessage &message);
    // Something the user should be told: a refusal, or a change they did not make.
    void failed(const gonggu::Error &error);
    void announcementsChanged();
    // openFile() could not fetch or open it.
    void fileOpenFailed(const QString &name);
    void notice(const QString &text);
    void revealed(int row);
    void typingTextChanged();
    void searchChanged();
    // My read marker moved here (the room list clears its badge).
    void readUpTo(qint64 roomId, qint64 messageId);
    void revealFailed();
    void productSaved();
    void limitsSaved();
    // A tool of the seller's was applied (the room has changed with it).
    void moderated();
    void productRefused(const QString &field, const QString &message);

private:
    void subscribe();
    void unsubscribe();
    bool subscribed() const; // false once the server ended them (left, removed)
    // The server ended my membership and so this room's subscriptions.
    void endedByServer();
    void onFrame(const QString &destination, const QByteArray &body);
    void onChatMessage(const ChatMessage &message);
    void onChatSubscribed();
    void onOnline();
    void setRoom(const Room &room, bool keepMyRole);
    void setMyRole(std::optional<Role> role);
    void setStatus(RoomStatus status);
    void setReady();
    void setBusy(bool busy);
    QCoro::Task<> load();
    QCoro::Task<> loadOlder(qint64 beforeId);
    QCoro::Task<> fillGap();
    QCoro::Task<> act(RoomAction action);
    QCoro::Task<> storeProduct(ProductForm form);
    QCoro::Task<> storeLimits(std::optional<int> maxParticipants,
                              std::optional<QDateTime> expiresAt);
    // An edit or a deletion's answer replaces the row (the broadcast may be later).
    QCoro::Task<> changeMessage(QCoro::Task<Result<ChatMessage>> change);
    QCoro::Task<> react(qint64 messageId, QString emoji, bool on);
    QCoro::Task<> fetchAndOpen(qint64 fileId, QString name);
    QCoro::Task<> fetchAnnouncements(std::optional<qint64> before);
    QList<ChatMessage> m_announcements; // newest first
    bool m_announcementsHaveMore = false;
    bool m_loadingAnnouncements = false;
    bool m_announcementsWanted = false;              // shown: a new or deleted one reloads them
    static QString problemOf(const LocalFile &file); // localised, empty when it can go
    void continueReveal();
    void sendReadMarker();
    void onTyping(const QByteArray &body);
    void setTypers(const QString &text);
    QCoro::Task<> runSearch(QString text, std::optional<qint64> before);

    qint64 m_roomId;
    Services m_services;
    RoomAddresses m_addresses{m_services.rest, m_roomId};
    RoomOrders m_orders{m_services.rest, m_roomId, m_services.myUserId};
    RoomAppointment m_appointment{m_services.rest, m_roomId};
    QString m_chatDestination;
    QString m_stateDestination;
    Room m_room;
    bool m_loaded = false;
    bool m_ready = false;
    bool m_busy = false;
    bool m_loading = false;
    bool m_closed = false;
    bool m_roleFromChat = false;       // the chat's PARTICIPATING told my role (newer than a GET)
    bool m_admittedToChat = false;     // the server confirmed the chat subscription
    std::optional<qint64> m_revealing; // reveal() is loading older pages for it
    qint64 m_revealOldest = 0;         // the oldest id when reveal() last asked for a page
    qint64 m_seen = 0;                 // the newest message the user has seen
    qint64 m_readSent = 0;             // the marker the server was sent
    QTimer m_readTimer;
    // The user's own mute, and the moment it ends (writable again).
    std::optional<QDateTime> m_myMutedUntil;
    QTimer m_muteEnds;
    void noteMyMute();
    // A change whose answer is the room (product, limits, the seller's tools): busy
    // meanwhile, then the room shown and `done` emitted, or `refused` (else failed()).
    QCoro::Task<> changeRoom(QCoro::Task<Result<Room>> call, void (RoomSession::*done)(),
                             std::function<void(const Error &)> refused = {});
    QString m_typingText;
    QString m_searchText;
    QVariantList m_searchResults;
    std::optional<qint64> m_searchNext;
    bool m_searching = false;
    quint64 m_searchGeneration = 0; // a newer search makes an older answer moot
    qint64 m_typingSentAt = 0;      // when a start was last sent; 0: not typing
    MessageListModel m_messages;
    ParticipantListModel m_participants;
};

} // namespace gonggu::client
