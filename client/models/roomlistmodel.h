// The group buys the user sees: newest first, paged with the server's cursor.
// Paging is loadMore(), called by the view when the user reaches the end; not
// canFetchMore()/fetchMore(), which Qt views call eagerly on their own.
#pragma once

#include "common/room.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace gonggu::client {

class RoomListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ChatClient provides the room list")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // "2 photos", "File: order.pdf": a message of files alone, in a list or a notice.
    static QString filesPreview(const QList<Attachment> &files);
    enum Role {
        RoomIdRole = Qt::UserRole + 1,
        TitleRole,
        DescriptionRole,
        SellerNameRole,
        StatusRole, // gonggu::RoomStatus as an int (Contract.RoomStatus in QML)
        ParticipantCountRole,
        MaxParticipantsRole,
        MinParticipantsRole,
        ExpiresAtRole,   // QDateTime
        MyRoleRole,      // gonggu::Role as an int; undefined for non-members
        UnreadCountRole, // -1 when the server gives none
        // The newest message, for the preview line: its text (cut by the server),
        // sender, gonggu::MessageType as an int (-1: no message yet), and for SYSTEM
        // messages the event (int) and whom it is about.
        PreviewTextRole,
        PreviewSenderRole,
        PreviewTypeRole,
        PreviewEventRole,
        PreviewSubjectRole,
        LastActivityRole, // QDateTime of the newest message, else of the room's creation
        ProductRole,      // productview.h's map; empty without a product
    };
    Q_ENUM(Role)

    explicit RoomListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // A next page exists and none is on its way.
    bool canLoadMore() const { return !m_nextCursor.isEmpty() && !m_loading; }
    // Asks for the next page (nextPageWanted), if canLoadMore().
    Q_INVOKABLE void loadMore();

    void setFirstPage(const QList<Room> &rooms, const QString &nextCursor);
    void appendPage(const QList<Room> &rooms, const QString &nextCursor);
    void pageFailed();
    // A listed room changed (rooms outside the current filter are left out).
    // Broadcast snapshots carry no myRole: keepMyRole keeps ours then.
    void update(const Room &room, bool keepMyRole = false);
    // A message arrived in a listed room: its preview, and with byActivity the
    // room moves to the top.
    // Someone else's message in a room not open also counts as unread (one per
    // message seen; the server's exact count comes with every listing).
    void noteMessage(const ChatMessage &message);
    // My read marker moved: the badge follows (0 when it reached the newest message).
    void noteRead(qint64 roomId, qint64 lastReadId);
    // The room on screen: its messages are being read, not counted.
    void setOpenRoom(qint64 roomId) { m_openRoom = roomId; }
    void setMyUserId(const QString &userId) { m_myUserId = userId; }
    // Where product photos are: the server signed in to.
    void setFilesBaseUrl(const QUrl &server) { m_filesBase = server; }
    void setByActivity(bool byActivity) { m_byActivity = byActivity; }
    // A room the user just opened as seller: shown first.
    void prepend(const Room &room);
    const Room *roomById(qint64 id) const;
    QList<qint64> ids(int atMost) const; // from the top
    bool loading() const { return m_loading; }
    int count() const { return int(m_rows.size()); }

Q_SIGNALS:
    void nextPageWanted(const QString &cursor);
    void loadingChanged();
    void countChanged();

private:
    void setLoading(bool loading);

    QList<Room> m_rows;
    QString m_nextCursor;
    bool m_loading = false;
    qint64 m_openRoom = 0;
    QString m_myUserId;
    QUrl m_filesBase;
    bool m_byActivity = false;
};

} // namespace gonggu::client
