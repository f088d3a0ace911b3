// One room's messages for the chat view, oldest first. Older pages are prepended
// (loadOlder), live messages appended; a message typed here appears at once as
// Pending (keyed by clientMsgId) and is updated in place when the server confirms it.
//
// Not canFetchMore()/fetchMore(): Qt's item views call fetchMore() by themselves when
// they reach the END of a model, which in a top-to-bottom chat is the newest message;
// they would page through the whole history on opening. The view asks at its top.
#pragma once

#include "localfile.h"

#include "common/chatmessage.h"
#include "common/participant.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace gonggu::client {

class MessageListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Rooms provide their message list")
    Q_PROPERTY(bool loadingOlder READ loadingOlder NOTIFY loadingOlderChanged)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY hasOlderChanged)
    // The newest NOTIFICATION (seller's announcement), pinned above the chat.
    Q_PROPERTY(QString pinnedNotice READ pinnedNotice NOTIFY pinnedNoticeChanged)

public:
    enum class Delivery { Sent, Pending, Failed };
    Q_ENUM(Delivery)

    enum Role {
        IdRole = Qt::UserRole + 1, // server id; 0 while pending
        TypeRole,                  // gonggu::MessageType as an int (Contract.MessageType)
        SenderIdRole,
        SenderNameRole,
        ContentRole,     // raw text: views must show it as plain text
        CreatedAtRole,   // QDateTime (local time for display)
        EventRole,       // SYSTEM: gonggu::SystemEvent as an int; undefined for others
        SubjectNameRole, // SYSTEM: whom it is about
        DeliveryRole,    // Delivery
        MineRole,        // sent by the signed-in user
        ClientMsgIdRole,
        NewDayRole, // first message of its calendar day (date separator)
        // KakaoTalk's grouping: name and avatar once per run of one sender, the time
        // once, on the last message of a run within one minute.
        FirstOfRunRole,
        ShowTimeRole,
        ReplyToRole,      // the id of the message this one answers; 0 if none
        QuoteSenderRole,  // who wrote the answered message
        QuoteMineRole,    // the signed-in user wrote it ("Reply to yourself")
        QuoteContentRole, // its first 100 characters ("" when deleted or unknown)
        QuoteDeletedRole, // the answered message was deleted
        EditedRole,       // edited after it was sent
        DeletedRole,      // a tombstone: "message deleted"
        // KakaoTalk's number: members who have not read it yet (the sender aside); 0
        // when everyone has, or when the server says nothing of read markers.
        UnreadByRole,
        // The first message that was unread when the room opened: "New messages" above it.
        FirstUnreadRole,
        // [{emoji, count, mine}] in the set's order: what the bubble shows under it.
        ReactionsRole,
        // [{fileId, name, contentType, size, width, height, image, thumbnailUrl, url}]:
        // its files. A file sent from here shows from the disk (no download).
        AttachmentsRole,
        // While its files upload: the share sent (0..1); -1 otherwise.
        UploadProgressRole,
        AppointmentRole, // APPOINTMENT_SET/_CHANGED: {at (local), place, note}; {} otherwise
    };
    Q_ENUM(Role)

    explicit MessageListModel(QString myUserId, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Older history exists and no page request is on its way.
    bool canLoadOlder() const { return m_hasOlder && !m_loadingOlder; }
    // Asks for the page before the oldest message shown (olderPageWanted).
    Q_INVOKABLE void loadOlder();

    // The newest page, on opening the room (a reset: nothing was shown before).
    void setInitialPage(const QList<ChatMessage> &messages, bool hasOlder);
    // An older page arrived (the answer to olderPageWanted).
    void prependOlder(const QList<ChatMessage> &messages, bool hasOlder);
    void olderPageFailed();
    // A message from the server (live or gap fill): dedupes by id, confirms pending rows;
    // a newer version of a shown message (edited, deleted) replaces it in place, and
    // the replies quoting it follow.
    void addConfirmed(const ChatMessage &message);
    void addPending(const QString &clientMsgId, const QString &senderName, const QString &content,
                    MessageType type = MessageType::Chat,
                    std::optional<qint64> replyTo = std::nullopt,
                    const QList<LocalFile> &files = {});
    void setUploadProgress(const QString &clientMsgId, double fraction);
    // The files a message of mine was sent with, from here (for a retry).
    QList<QUrl> localFilesOf(const QString &clientMsgId) const;
    // A message of mine that was cancelled before it was sent.
    void removePending(const QString &clientMsgId);
    // Where files are: {server}/api/files/{id} (and /thumbnail).
    void setFilesBaseUrl(const QUrl &server) { m_filesBase = server; }
    // The reactions I gave (from history pages), and one I just gave or took back.
    void noteMyReactions(const QHash<qint64, QStringList> &mine);
    void setMyReaction(qint64 messageId, const QString &emoji, bool on);
    Q_INVOKABLE bool isMyReaction(qint64 messageId, const QString &emoji) const {
        return m_myReactions.value(messageId).contains(emoji);
    }
    // Members' read markers (the participants of a snapshot), and one that moved.
    void setReadMarkers(const QList<Participant> &participants);
    void noteReadMarker(const QString &userId, qint64 lastReadId);
    // Where I had read up to when the room opened: the divider goes above the first
    // message after it that is not mine (in the rows now, and in the next initial
    // page: set it first, so that the page is laid out with its divider).
    void setReadPosition(qint64 lastReadId);
    // The newest confirmed message shown at or above `row` (for read markers).
    Q_INVOKABLE qint64 confirmedIdAtOrAbove(int row) const;
    // The row of a confirmed message; -1 if it is not loaded.
    Q_INVOKABLE int rowOfId(qint64 id) const;
    // The newest of my messages that I may still edit (for the Up key); 0 if none.
    Q_INVOKABLE qint64 lastEditableId() const;
    void setDelivery(const QString &clientMsgId, Delivery delivery);

    // What the user typed for a row of theirs, found by clientMsgId (for retry).
    std::optional<ChatMessage> ownMessage(const QString &clientMsgId) const;
    qint64 newestConfirmedId() const;
    qint64 oldestId() const;
    bool loadingOlder() const { return m_loadingOlder; }
    bool hasOlder() const { return m_hasOlder; }
    QString pinnedNotice() const { return m_pinned ? m_pinned->content : QString(); }
    // The room's pinned NOTIFICATION as the server keeps it (however far back);
    // the newest of it and those loaded or arriving is shown.
    void notePinned(const std::optional<ChatMessage> &notice);
    const ChatMessage &messageAt(int row) const { return m_rows.at(row).message; }
    Delivery deliveryAt(int row) const { return m_rows.at(row).delivery; }

Q_SIGNALS:
    void olderPageWanted(qint64 beforeId);
    void loadingOlderChanged();
    void hasOlderChanged();
    void pinnedNoticeChanged();

private:
    struct Row {
        ChatMessage message;
        Delivery delivery = Delivery::Sent;
        QList<QUrl> localFiles; // files sent from here, by attachment
        double uploadProgress = -1;
    };
    QVariantList attachmentsOf(const Row &row) const;
    int firstPendingRow() const;
    int confirmedRowFor(qint64 id) const; // where a confirmed message goes
    int rowOfClientMsgId(const QString &clientMsgId) const;
    void replaceConfirmed(int row, const ChatMessage &message);
    bool isNewDay(int row) const;
    bool sameRun(int earlier, int later) const; // one sender, one day, no SYSTEM between
    // Rows around `row` may have changed how they group (after an insert or a move).
    void groupingChanged(int row);
    void setLoadingOlder(bool loading);
    void setHasOlder(bool hasOlder);
    void updatePinnedNotice();

    QString m_myUserId;
    QUrl m_filesBase;
    QList<Row> m_rows;
    QSet<qint64> m_ids;
    bool m_loadingOlder = false;
    bool m_hasOlder = false;
    std::optional<ChatMessage> m_pinned;
    // Read markers: by member, and all of them sorted (a count is a binary search).
    QHash<qint64, QStringList> m_myReactions;
    QHash<QString, qint64> m_readBy;
    std::vector<qint64> m_markers;
    std::optional<qint64> m_readPosition;
    qint64 m_firstUnreadId = 0;
    void findFirstUnread();
    int unreadBy(const ChatMessage &message) const;
    void readMarkersChanged();
};

} // namespace gonggu::client
