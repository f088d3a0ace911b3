#include "messagelistmodel.h"

#include "common/apipaths.h"

using namespace Qt::StringLiterals;

namespace gonggu::client {

MessageListModel::MessageListModel(QString myUserId, QObject *parent)
    : QAbstractListModel(parent)
    , m_myUserId(std::move(myUserId)) {
}

int MessageListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool MessageListModel::isNewDay(int row) const {
    if (row == 0)
        return true;
    return m_rows.at(row).message.createdAt.toLocalTime().date() !=
           m_rows.at(row - 1).message.createdAt.toLocalTime().date();
}

bool MessageListModel::sameRun(int earlier, int later) const {
    const ChatMessage &a = m_rows.at(earlier).message;
    const ChatMessage &b = m_rows.at(later).message;
    return a.type != MessageType::System && b.type != MessageType::System &&
           a.senderId == b.senderId && !isNewDay(later);
}

void MessageListModel::groupingChanged(int row) {
    const int first = std::max(0, row - 1);
    const int last = std::min(int(m_rows.size()) - 1, row + 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first), index(last), {NewDayRole, FirstOfRunRole, ShowTimeRole});
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ChatMessage &m = row.message;
    switch (role) {
    case IdRole:
        return m.id;
    case TypeRole:
        return int(m.type); // QML holds enums as ints
    case SenderIdRole:
        return m.senderId;
    case SenderNameRole:
        return m.senderName;
    case Qt::DisplayRole:
    case ContentRole:
        return m.content;
    case CreatedAtRole:
        return m.createdAt.toLocalTime();
    case EventRole:
        return m.event ? QVariant(int(*m.event)) : QVariant();
    case SubjectNameRole:
        return m.subjectName.value_or(QString());
    case DeliveryRole:
        return QVariant::fromValue(row.delivery);
    case MineRole:
        return m.senderId == m_myUserId;
    case ClientMsgIdRole:
        return m.clientMsgId.value_or(QString());
    case NewDayRole:
        return isNewDay(index.row());
    case FirstOfRunRole:
        return index.row() == 0 || !sameRun(index.row() - 1, index.row());
    case ShowTimeRole: {
        const int next = index.row() + 1;
        if (next >= m_rows.size() || !sameRun(index.row(), next) ||
            m_rows.at(next).delivery != row.delivery)
            return true;
        const auto minute = [](const QDateTime &t) {
            return t.toSecsSinceEpoch() / 60;
        };
        return minute(m_rows.at(next).message.createdAt) != minute(row.message.createdAt);
    }
    case ReplyToRole:
        return m.replyTo.value_or(0);
    case QuoteSenderRole:
        return m.quote ? m.quote->senderName : QString();
    case QuoteMineRole:
        return m.quote && m.quote->senderId == m_myUserId;
    case QuoteContentRole:
        return m.quote ? m.quote->content : QString();
    case QuoteDeletedRole:
        return m.quote && m.quote->deleted;
    case EditedRole:
        return m.editedAt.has_value();
    case DeletedRole:
        return m.isDeleted();
    case UnreadByRole:
        return row.delivery == Delivery::Sent ? unreadBy(m) : 0;
    case ReactionsRole: {
        QVariantList list;
        for (const ReactionCount &r : m.reactions)
            list.append(QVariantMap{{u"emoji"_s, r.emoji},
                                    {u"count"_s, r.count},
                                    {u"mine"_s, isMyReaction(m.id, r.emoji)}});
        return list;
    }
    case FirstUnreadRole:
        return m_firstUnreadId != 0 && m.id == m_firstUnreadId && row.delivery == Delivery::Sent;
    case AttachmentsRole:
        return attachmentsOf(row);
    case UploadProgressRole:
        return row.uploadProgress;
    case AppointmentRole:
        if (!m.appointment)
            return QVariantMap();
        return QVariantMap{{u"at"_s, m.appointment->at.toLocalTime()},
                           {u"place"_s, m.appointment->place},
                           {u"note"_s, m.appointment->note}};
    }
    return {};
}

QVariantList MessageListModel::attachmentsOf(const Row &row) const {
    QVariantList list;
    const QList<Attachment> &files = row.message.attachments;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Attachment &a = files.at(i);
        QUrl url = row.localFiles.value(i);
        QUrl thumbnail = url;
        if (url.isEmpty() && a.fileId > 0) {
            url = m_filesBase.resolved(QUrl(apipaths::fill(apipaths::kFile, a.fileId)));
            thumbnail =
                m_filesBase.resolved(QUrl(apipaths::fill(apipaths::kFileThumbnail, a.fileId)));
        }
        list.append(QVariantMap{{u"fileId"_s, a.fileId},
                                {u"name"_s, a.name},
                                {u"contentType"_s, a.contentType},
                                {u"size"_s, a.size},
                                {u"width"_s, a.width},
                                {u"height"_s, a.height},
                                {u"image"_s, a.isImage()},
                                {u"thumbnailUrl"_s, thumbnail},
                                {u"url"_s, url}});
    }
    return list;
}

QHash<int, QByteArray> MessageListModel::roleNames() const {
    return {{IdRole, "messageId"},
            {TypeRole, "type"},
            {SenderIdRole, "senderId"},
            {SenderNameRole, "senderName"},
            {ContentRole, "content"},
            {CreatedAtRole, "createdAt"},
            {EventRole, "event"},
            {SubjectNameRole, "subjectName"},
            {DeliveryRole, "delivery"},
            {MineRole, "mine"},
            {ClientMsgIdRole, "clientMsgId"},
            {NewDayRole, "newDay"},
            {FirstOfRunRole, "firstOfRun"},
            {ShowTimeRole, "showTime"},
            {ReplyToRole, "replyTo"},
            {QuoteSenderRole, "quoteSender"},
            {QuoteMineRole, "quoteMine"},
            {QuoteContentRole, "quoteContent"},
            {QuoteDeletedRole, "quoteDeleted"},
            {EditedRole, "edited"},
            {DeletedRole, "deleted"},
            {UnreadByRole, "unreadBy"},
            {FirstUnreadRole, "firstUnread"},
            {ReactionsRole, "reactions"},
            {AttachmentsRole, "attachments"},
            {AppointmentRole, "appointment"},
            {UploadProgressRole, "uploadProgress"}};
}

void MessageListModel::loadOlder() {
    if (!canLoadOlder())
        return;
    setLoadingOlder(true);
    Q_EMIT olderPageWanted(oldestId());
}

void MessageListModel::setInitialPage(const QList<ChatMessage> &messages, bool hasOlder) {
    beginResetModel();
    // Keep what the user typed and the server has not confirmed yet, and live
    // messages that arrived after the server read this page.
    const qint64 newestInPage = messages.isEmpty() ? 0 : messages.last().id;
    QList<Row> pending;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.delivery != Delivery::Sent || row.message.id > newestInPage)
            pending.append(row);
    }
    m_rows.clear();
    m_ids.clear();
    for (const Row &row : std::as_const(pending)) {
        if (row.delivery == Delivery::Sent)
            m_ids.insert(row.message.id);
    }
    for (const ChatMessage &message : messages) {
        if (!m_ids.contains(message.id)) {
            m_ids.insert(message.id);
            m_rows.append({message, Delivery::Sent, {}, -1});
        }
    }
    m_rows += pending;
    findFirstUnread();
    endResetModel();
    updatePinnedNotice();
    setHasOlder(hasOlder);
    setLoadingOlder(false);
}

void MessageListModel::prependOlder(const QList<ChatMessage> &messages, bool hasOlder) {
    QList<Row> older;
    for (const ChatMessage &message : messages) {
        if (!m_ids.contains(message.id))
            older.append({message, Delivery::Sent, {}, -1});
    }
    if (!older.isEmpty()) {
        beginInsertRows({}, 0, int(older.size()) - 1);
        for (const Row &row : std::as_const(older))
            m_ids.insert(row.message.id);
        m_rows = older + m_rows;
        endInsertRows();
        // The former first row may no longer start a new day or a run.
        groupingChanged(int(older.size()));
        updatePinnedNotice();
    }
    setHasOlder(hasOlder);
    setLoadingOlder(false);
}

void MessageListModel::olderPageFailed() {
    setLoadingOlder(false);
}

int MessageListModel::firstPendingRow() const {
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).delivery == Delivery::Sent)
            return row + 1;
    }
    return 0;
}

int MessageListModel::rowOfClientMsgId(const QString &clientMsgId) const {
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).message.clientMsgId == clientMsgId &&
            m_rows.at(row).message.senderId == m_myUserId)
            return row;
    }
    return -1;
}

int MessageListModel::confirmedRowFor(qint64 id) const {
    // Confirmed rows stand in id order (the server's) above the pending ones; a
    // message arriving late (a gap fill after my re-sent one, another
    // instance's commit) is usually a few rows from the end.
    int row = firstPendingRow();
    while (row > 0 && m_rows.at(row - 1).message.id > id)
        --row;
    return row;
}

namespace {

// Whether `incoming` is a later version of the shown message: a page read before
// an edit may arrive after the edit's broadcast, and must not take it back.
bool isLaterVersion(const ChatMessage &incoming, const ChatMessage &shown) {
    if (shown.isDeleted())
        return false;
    if (incoming.isDeleted())
        return true;
    if (incoming.editedAt != shown.editedAt)
        return incoming.editedAt && (!shown.editedAt || *incoming.editedAt > *shown.editedAt);
    return incoming.reactions != shown.reactions; // counts carry no version: the latest wins
}

} // namespace

void MessageListModel::noteMyReactions(const QHash<qint64, QStringList> &mine) {
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        m_myReactions.insert(it.key(), it.value());
        if (const int row = rowOfId(it.key()); row >= 0)
            Q_EMIT dataChanged(index(row), index(row), {ReactionsRole});
    }
}

void MessageListModel::setMyReaction(qint64 messageId, const QString &emoji, bool on) {
    QStringList &mine = m_myReactions[messageId];
    mine.removeAll(emoji);
    if (on)
        mine.append(emoji);
    if (const int row = rowOfId(messageId); row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {ReactionsRole});
}

int MessageListModel::unreadBy(const ChatMessage &message) const {
    if (message.type == MessageType::System || m_markers.empty())
        return 0;
    // Markers below the message's id have not reached it; the sender's own aside.
    auto below =
        std::lower_bound(m_markers.begin(), m_markers.end(), message.id) - m_markers.begin();
    const auto sender = m_readBy.constFind(message.senderId);
    if (sender != m_readBy.constEnd() && *sender < message.id)
        --below;
    return int(std::max<qsizetype>(0, below));
}

void MessageListModel::readMarkersChanged() {
    m_markers.clear();
    m_markers.reserve(size_t(m_readBy.size()));
    for (qint64 marker : std::as_const(m_readBy))
        m_markers.push_back(marker);
    std::sort(m_markers.begin(), m_markers.end());
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {UnreadByRole});
}

void MessageListModel::setReadMarkers(const QList<Participant> &participants) {
    QHash<QString, qint64> readBy;
    for (const Participant &p : participants) {
        if (p.lastReadMessageId) // an older server says nothing of them
            readBy.insert(p.userId, std::max(*p.lastReadMessageId, m_readBy.value(p.userId)));
    }
    if (readBy == m_readBy)
        return;
    m_readBy = std::move(readBy);
    readMarkersChanged();
}

void MessageListModel::noteReadMarker(const QString &userId, qint64 lastReadId) {
    auto it = m_readBy.find(userId);
    if (it != m_readBy.end() && *it >= lastReadId)
        return;
    m_readBy.insert(userId, lastReadId);
    readMarkersChanged();
}

void MessageListModel::findFirstUnread() {
    m_firstUnreadId = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const ChatMessage &m = row.message;
        if (m_readPosition && row.delivery == Delivery::Sent && m.id > *m_readPosition &&
            m.senderId != m_myUserId && m.type != MessageType::System) {
            m_firstUnreadId = m.id;
            break;
        }
    }
}

void MessageListModel::setReadPosition(qint64 lastReadId) {
    m_readPosition = lastReadId;
    findFirstUnread();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {FirstUnreadRole});
}

qint64 MessageListModel::confirmedIdAtOrAbove(int row) const {
    for (int r = std::min(row, int(m_rows.size()) - 1); r >= 0; --r) {
        if (m_rows.at(r).delivery == Delivery::Sent)
            return m_rows.at(r).message.id;
    }
    return 0;
}

int MessageListModel::rowOfId(qint64 id) const {
    if (!m_ids.contains(id))
        return -1;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).message.id == id && m_rows.at(row).delivery == Delivery::Sent)
            return row;
    }
    return -1;
}

qint64 MessageListModel::lastEditableId() const {
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        const ChatMessage &m = it->message;
        if (it->delivery == Delivery::Sent && m.senderId == m_myUserId &&
            m.type != MessageType::System && !m.isDeleted())
            return m.id;
    }
    return 0;
}

void MessageListModel::replaceConfirmed(int row, const ChatMessage &message) {
    Row &shown = m_rows[row];
    // The server's copy of a reply may lack a quote it had (an older page): keep ours.
    std::optional<Quote> quote = message.quote ? message.quote : shown.message.quote;
    shown.message = message;
    shown.message.quote = quote;
    Q_EMIT dataChanged(index(row), index(row));
    // Replies quote it: they follow (the server's next page would say the same).
    const Quote quoted = message.quoted();
    for (int r = 0; r < m_rows.size(); ++r) {
        ChatMessage &reply = m_rows[r].message;
        if (reply.replyTo == message.id && reply.quote != quoted) {
            reply.quote = quoted;
            Q_EMIT dataChanged(
                index(r), index(r),
                {QuoteSenderRole, QuoteMineRole, QuoteContentRole, QuoteDeletedRole});
        }
    }
    if (message.type != MessageType::Notification || !m_pinned || m_pinned->id != message.id)
        return;
    if (message.isDeleted()) {
        m_pinned.reset(); // the one before it, if loaded (or the server's next snapshot)
        updatePinnedNotice();
    } else {
        m_pinned = message;
    }
    Q_EMIT pinnedNoticeChanged();
}

void MessageListModel::addConfirmed(const ChatMessage &message) {
    if (m_ids.contains(message.id)) {
        // Already shown (broadcast and gap fill overlap), or a change of it.
        const int row = rowOfId(message.id);
        if (row >= 0 && isLaterVersion(message, m_rows.at(row).message))
            replaceConfirmed(row, message);
        return;
    }
    m_ids.insert(message.id);
    const int target = confirmedRowFor(message.id);
    const int pendingRow = message.clientMsgId && message.senderId == m_myUserId
                               ? rowOfClientMsgId(*message.clientMsgId)
                               : -1;
    if (pendingRow >= 0) {
        // Confirmed: update in place, then move it to its place in server order. Its
        // files keep showing from the disk they were sent from.
        const QList<QUrl> local = m_rows.at(pendingRow).localFiles;
        m_rows[pendingRow] = {message, Delivery::Sent,
                              local.size() == message.attachments.size() ? local : QList<QUrl>(),
                              -1};
        const QModelIndex changed = index(pendingRow);
        Q_EMIT dataChanged(changed, changed);
        groupingChanged(pendingRow);
        if (pendingRow > target) {
            beginMoveRows({}, pendingRow, pendingRow, {}, target);
            m_rows.move(pendingRow, target);
            endMoveRows();
            groupingChanged(pendingRow);
        }
    } else {
        beginInsertRows({}, target, target);
        m_rows.insert(target, {message, Delivery::Sent, {}, -1});
        endInsertRows();
    }
    // The rows beside it may no longer start a new day or a run, or show the time.
    groupingChanged(target);
    if (message.type == MessageType::Notification)
        updatePinnedNotice();
}

void MessageListModel::addPending(const QString &clientMsgId, const QString &senderName,
                                  const QString &content, MessageType type,
                                  std::optional<qint64> replyTo, const QList<LocalFile> &files) {
    ChatMessage message;
    message.type = type;
    message.replyTo = replyTo;
    if (const int original = replyTo ? rowOfId(*replyTo) : -1; original >= 0)
        message.quote = m_rows.at(original).message.quoted();
    message.senderId = m_myUserId;
    message.senderName = senderName;
    message.content = content;
    message.clientMsgId = clientMsgId;
    message.createdAt = QDateTime::currentDateTimeUtc();
    QList<QUrl> local;
    for (const LocalFile &file : files) {
        message.attachments.append({0, file.name, file.contentType, file.size,
                                    file.shownSize.width(), file.shownSize.height()});
        local.append(file.url);
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({message, Delivery::Pending, local, files.isEmpty() ? -1.0 : 0.0});
    endInsertRows();
    groupingChanged(row);
}

void MessageListModel::setUploadProgress(const QString &clientMsgId, double fraction) {
    const int row = rowOfClientMsgId(clientMsgId);
    if (row < 0 || m_rows.at(row).delivery == Delivery::Sent)
        return;
    m_rows[row].uploadProgress = fraction;
    Q_EMIT dataChanged(index(row), index(row), {UploadProgressRole});
}

QList<QUrl> MessageListModel::localFilesOf(const QString &clientMsgId) const {
    const int row = rowOfClientMsgId(clientMsgId);
    return row < 0 ? QList<QUrl>() : m_rows.at(row).localFiles;
}

void MessageListModel::removePending(const QString &clientMsgId) {
    const int row = rowOfClientMsgId(clientMsgId);
    if (row < 0 || m_rows.at(row).delivery == Delivery::Sent)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    if (row < m_rows.size())
        groupingChanged(row);
    else if (row > 0)
        groupingChanged(row - 1);
}

void MessageListModel::setDelivery(const QString &clientMsgId, Delivery delivery) {
    const int row = rowOfClientMsgId(clientMsgId);
    if (row < 0 || m_rows.at(row).delivery == Delivery::Sent)
        return;
    m_rows[row].delivery = delivery;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed, {DeliveryRole});
    groupingChanged(row);
}

std::optional<ChatMessage> MessageListModel::ownMessage(const QString &clientMsgId) const {
    const int row = rowOfClientMsgId(clientMsgId);
    return row < 0 ? std::nullopt : std::optional<ChatMessage>(m_rows.at(row).message);
}

qint64 MessageListModel::newestConfirmedId() const {
    qint64 newest = 0;
    for (const Row &row : m_rows)
        newest = std::max(newest, row.message.id);
    return newest;
}

qint64 MessageListModel::oldestId() const {
    for (const Row &row : m_rows) {
        if (row.delivery == Delivery::Sent)
            return row.message.id;
    }
    return 0;
}

void MessageListModel::updatePinnedNotice() {
    for (auto it = m_rows.crbegin(); it != m_rows.crend(); ++it) {
        if (it->message.type == MessageType::Notification && it->delivery == Delivery::Sent &&
            !it->message.isDeleted()) {
            notePinned(it->message);
            return;
        }
    }
}

void MessageListModel::notePinned(const std::optional<ChatMessage> &notice) {
    if (!notice || (m_pinned && m_pinned->id >= notice->id))
        return;
    if (const int row = rowOfId(notice->id); row >= 0 && m_rows.at(row).message.isDeleted())
        return; // a snapshot older than the deletion
    m_pinned = notice;
    Q_EMIT pinnedNoticeChanged();
}

void MessageListModel::setLoadingOlder(bool loading) {
    if (m_loadingOlder == loading)
        return;
    m_loadingOlder = loading;
    Q_EMIT loadingOlderChanged();
}

void MessageListModel::setHasOlder(bool hasOlder) {
    if (m_hasOlder == hasOlder)
        return;
    m_hasOlder = hasOlder;
    Q_EMIT hasOlderChanged();
}

} // namespace gonggu::client
