#include "roomlistmodel.h"

#include "productview.h"

namespace gonggu::client {

QString RoomListModel::filesPreview(const QList<Attachment> &files) {
    // What a photo without words says in the list, as KakaoTalk does.
    const auto photos = std::count_if(files.cbegin(), files.cend(),
                                      [](const Attachment &a) { return a.isImage(); });
    if (photos == files.size())
        return tr("%n photo(s)", "", int(photos));
    if (files.size() == 1)
        return tr("File: %1").arg(files.first().name);
    return tr("%n file(s)", "", int(files.size()));
}

RoomListModel::RoomListModel(QObject *parent)
    : QAbstractListModel(parent) {
}

int RoomListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Room &r = m_rows.at(index.row());
    switch (role) {
    case RoomIdRole:
        return r.id;
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case DescriptionRole:
        return r.description;
    case SellerNameRole:
        return r.sellerName;
    case StatusRole:
        return int(r.status); // QML holds enums as ints
    case ParticipantCountRole:
        return r.participantCount;
    case MaxParticipantsRole:
        return r.maxParticipants;
    case MinParticipantsRole:
        return r.minParticipants;
    case ExpiresAtRole:
        return r.expiresAt.toLocalTime();
    case MyRoleRole:
        return r.myRole ? QVariant(int(*r.myRole)) : QVariant();
    case UnreadCountRole:
        return r.unreadCount.value_or(-1);
    case PreviewTextRole:
        if (r.lastMessage && r.lastMessage->isDeleted())
            return tr("Message deleted");
        if (r.lastMessage && r.lastMessage->content.isEmpty() &&
            !r.lastMessage->attachments.isEmpty())
            return filesPreview(r.lastMessage->attachments);
        return r.lastMessage ? r.lastMessage->content : QString();
    case PreviewSenderRole:
        return r.lastMessage ? r.lastMessage->senderName : QString();
    case PreviewTypeRole:
        return r.lastMessage ? int(r.lastMessage->type) : -1;
    case PreviewEventRole:
        return r.lastMessage && r.lastMessage->event ? QVariant(int(*r.lastMessage->event))
                                                     : QVariant();
    case PreviewSubjectRole:
        return r.lastMessage ? r.lastMessage->subjectName.value_or(QString()) : QString();
    case LastActivityRole:
        return (r.lastMessage ? r.lastMessage->createdAt : r.createdAt).toLocalTime();
    case ProductRole:
        return productView(r.product, m_filesBase);
    }
    return {};
}

QHash<int, QByteArray> RoomListModel::roleNames() const {
    return {{RoomIdRole, "roomId"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {SellerNameRole, "sellerName"},
            {StatusRole, "status"},
            {ParticipantCountRole, "participantCount"},
            {MaxParticipantsRole, "maxParticipants"},
            {MinParticipantsRole, "minParticipants"},
            {ExpiresAtRole, "expiresAt"},
            {MyRoleRole, "myRole"},
            {UnreadCountRole, "unreadCount"},
            {PreviewTextRole, "previewText"},
            {PreviewSenderRole, "previewSender"},
            {PreviewTypeRole, "previewType"},
            {PreviewEventRole, "previewEvent"},
            {PreviewSubjectRole, "previewSubject"},
            {LastActivityRole, "lastActivity"},
            {ProductRole, "product"}};
}

void RoomListModel::loadMore() {
    if (!canLoadMore())
        return;
    setLoading(true);
    Q_EMIT nextPageWanted(m_nextCursor);
}

void RoomListModel::setFirstPage(const QList<Room> &rooms, const QString &nextCursor) {
    beginResetModel(); // a new filter or a refresh: a different list
    m_rows = rooms;
    m_nextCursor = nextCursor;
    endResetModel();
    setLoading(false);
    Q_EMIT countChanged();
}

void RoomListModel::appendPage(const QList<Room> &rooms, const QString &nextCursor) {
    QList<Room> fresh;
    for (const Room &room : rooms) {
        if (!roomById(room.id))
            fresh.append(room);
    }
    if (!fresh.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size()) - 1);
        m_rows += fresh;
        endInsertRows();
        Q_EMIT countChanged();
    }
    m_nextCursor = nextCursor;
    setLoading(false);
}

void RoomListModel::pageFailed() {
    setLoading(false);
}

void RoomListModel::update(const Room &room, bool keepMyRole) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == room.id) {
            Room merged = room;
            if (keepMyRole)
                merged.myRole = m_rows.at(row).myRole;
            const auto &listed = m_rows.at(row).lastMessage; // may be newer than a snapshot
            if (listed && (!merged.lastMessage || merged.lastMessage->id < listed->id))
                merged.lastMessage = listed;
            if (!merged.unreadCount) { // a broadcast says nothing of my reading
                merged.unreadCount = m_rows.at(row).unreadCount;
                merged.lastReadMessageId = m_rows.at(row).lastReadMessageId;
            }
            m_rows[row] = merged;
            Q_EMIT dataChanged(index(row), index(row));
            return;
        }
    }
}

void RoomListModel::noteMessage(const ChatMessage &message) {
    int row = 0;
    while (row < m_rows.size() && m_rows.at(row).id != message.roomId)
        ++row;
    if (row == m_rows.size())
        return;
    Room &room = m_rows[row];
    if (room.lastMessage && room.lastMessage->id == message.id) { // edited or deleted
        room.lastMessage = message.preview();
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    if (room.lastMessage && room.lastMessage->id > message.id)
        return;
    room.lastMessage = message.preview(); // as the server cuts it
    if (room.unreadCount && room.id != m_openRoom && message.senderId != m_myUserId &&
        message.type != MessageType::System && message.id > room.lastReadMessageId.value_or(0))
        room.unreadCount = *room.unreadCount + 1;
    Q_EMIT dataChanged(index(row), index(row));
    if (m_byActivity && row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_rows.move(row, 0);
        endMoveRows();
    }
}

void RoomListModel::noteRead(qint64 roomId, qint64 lastReadId) {
    for (int row = 0; row < m_rows.size(); ++row) {
        Room &room = m_rows[row];
        if (room.id != roomId || room.lastReadMessageId.value_or(0) >= lastReadId)
            continue;
        room.lastReadMessageId = lastReadId;
        if (room.lastMessage && room.lastMessage->id <= lastReadId)
            room.unreadCount = 0;
        Q_EMIT dataChanged(index(row), index(row), {UnreadCountRole});
        return;
    }
}

void RoomListModel::prepend(const Room &room) {
    if (roomById(room.id)) {
        update(room);
        return;
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(room);
    endInsertRows();
    Q_EMIT countChanged();
}

QList<qint64> RoomListModel::ids(int atMost) const {
    QList<qint64> ids;
    for (qsizetype i = 0; i < m_rows.size() && i < atMost; ++i)
        ids.append(m_rows.at(i).id);
    return ids;
}

const Room *RoomListModel::roomById(qint64 id) const {
    for (const Room &room : m_rows) {
        if (room.id == id)
            return &room;
    }
    return nullptr;
}

void RoomListModel::setLoading(bool loading) {
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace gonggu::client
