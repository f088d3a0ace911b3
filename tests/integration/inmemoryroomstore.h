// A RoomStore in memory, for testing the room domain without a database. A
// change works on a copy of the state and replaces it only when it succeeds,
// as a transaction would; `failNextCommit` makes the next commit fail.
#pragma once

#include "common/content.h"

#include <set>
#include <tuple>

#include "rooms/roomstore.h"

#include <map>

namespace gonggu::server::testing {

class InMemoryRoomStore final : public RoomStore {
public:
    struct State {
        std::map<qint64, RoomRecord> rooms;
        QList<ChatMessage> messages;          // in commit order
        QHash<QString, QString> accountNames; // user id -> display name
        QList<ReportRecord> reports;
        QList<std::pair<QString, QJsonObject>> webhooks; // what would be sent, in order
        QHash<QString, QList<BlockRecord>> blocks;
        qint64 lastMessageId = 0;
        std::set<std::tuple<qint64, QString, QString>> reactions;      // (message, user, emoji)
        QList<std::pair<QString, UserNotification>> notifications;     // (user or "", notification)
        std::map<std::pair<qint64, QString>, StoredAddress> addresses; // (room, user)
        std::map<std::pair<qint64, QString>, OrderRecord> orders;      // (room, user)
        int addressReads = 0;
    };

    State state;
    bool failNextCommit = false;
    int commits = 0;

    QCoro::Task<Result<RoomChange>> change(qint64, Work<RoomChange> work) override {
        co_return transact<RoomChange>(work);
    }
    QCoro::Task<Result<StoredMessage>> post(qint64, Work<StoredMessage> work,
                                            bool = false) override {
        co_return transact<StoredMessage>(work);
    }
    QCoro::Task<Result<QList<RoomRecord>>> loadRooms() override {
        QList<RoomRecord> rooms;
        for (const auto &[id, record] : state.rooms)
            rooms.append(record);
        co_return rooms;
    }
    QCoro::Task<Result<std::optional<RoomRecord>>> loadRoom(qint64 roomId) override {
        const auto it = state.rooms.find(roomId);
        co_return it == state.rooms.end() ? std::optional<RoomRecord>() : it->second;
    }
    QCoro::Task<Result<RoomListPage>> listRooms(RoomListQuery query) override {
        RoomListPage page;
        for (auto it = state.rooms.rbegin(); it != state.rooms.rend(); ++it) {
            if (!query.status || it->second.room.status == *query.status)
                page.roomIds.append(it->first);
        }
        co_return page;
    }
    QCoro::Task<Result<QList<qint64>>> roomsWrittenAfter(qint64 messageId) override {
        QList<qint64> rooms;
        for (const ChatMessage &m : std::as_const(state.messages)) {
            if (m.id > messageId && !rooms.contains(m.roomId))
                rooms.append(m.roomId);
        }
        co_return rooms;
    }
    QCoro::Task<Result<QHash<qint64, QStringList>>> reactionsBy(QString userId, qint64 low,
                                                                qint64 high) override {
        QHash<qint64, QStringList> mine;
        for (const auto &[id, user, emoji] : state.reactions) {
            if (user == userId && id >= low && id <= high)
                mine[id].append(emoji);
        }
        co_return mine;
    }
    QCoro::Task<Result<QList<UserNotification>>>
    notificationsSince(NotificationQuery query) override {
        QList<UserNotification> found;
        for (const auto &[user, n] : state.notifications) {
            const bool mine =
                user.isEmpty() ? query.rooms.contains(n.roomId) : user == query.userId;
            if (mine && n.id > query.afterId && n.createdAt >= query.notBefore &&
                found.size() < query.limit)
                found.append(n);
        }
        co_return found;
    }
    QCoro::Task<Result<std::optional<StoredAddress>>> addressOf(qint64 roomId,
                                                                QString userId) override {
        const auto it = state.addresses.find({roomId, userId});
        co_return it == state.addresses.end() ? std::optional<StoredAddress>() : it->second;
    }
    QCoro::Task<Result<QList<StoredAddress>>> readAddresses(qint64 roomId, QString) override {
        ++state.addressReads;
        QList<StoredAddress> found;
        for (const auto &[key, stored] : state.addresses) {
            if (key.first == roomId)
                found.append(stored);
        }
        co_return found;
    }
    QCoro::Task<Result<QList<OrderRecord>>> orders(qint64 roomId) override {
        co_return ordersOf(state, roomId);
    }
    QCoro::Task<Result<QList<ReportRecord>>> reports(qint64 afterId, int limit) override {
        QList<ReportRecord> list;
        for (const ReportRecord &r : state.reports) {
            if (r.id > afterId && list.size() < limit)
                list.append(r);
        }
        co_return list;
    }
    QCoro::Task<Result<QList<BlockRecord>>> blocked(QString userId) override {
        co_return state.blocks.value(userId);
    }
    QCoro::Task<Result<bool>> setBlocked(QString userId, QString blockedId, bool on,
                                         QDateTime now) override {
        QList<BlockRecord> &mine = state.blocks[userId];
        const bool had = std::any_of(mine.cbegin(), mine.cend(),
                                     [&](const BlockRecord &b) { return b.userId == blockedId; });
        if (on && !had)
            mine.append({blockedId, now});
        if (!on)
            mine.removeIf([&](const BlockRecord &b) { return b.userId == blockedId; });
        co_return on != had;
    }
    static QList<OrderRecord> ordersOf(const State &s, qint64 roomId) {
        QList<OrderRecord> found;
        for (const auto &[key, row] : s.orders) {
            if (key.first == roomId)
                found.append(row);
        }
        return found;
    }
    QCoro::Task<Result<int>> purgeNotifications(QDateTime before) override {
        co_return int(state.notifications.removeIf(
            [&](const auto &entry) { return entry.second.createdAt < before; }));
    }
    QCoro::Task<Result<SearchPage>> search(SearchQuery query) override {
        SearchPage page;
        for (auto it = state.messages.crbegin(); it != state.messages.crend(); ++it) {
            if (it->roomId == query.roomId && (!query.before || it->id < *query.before) &&
                it->content.contains(query.text, Qt::CaseInsensitive) &&
                page.messages.size() < query.limit)
                page.messages.append(*it);
        }
        co_return page;
    }
    QCoro::Task<Result<HistoryPage>> history(HistoryQuery query) override {
        HistoryPage page;
        for (const ChatMessage &m : state.messages) {
            if (m.roomId == query.roomId && (!query.before || m.id < *query.before) &&
                (!query.after || m.id > *query.after) &&
                (!query.announcementsOnly ||
                 (m.type == MessageType::Notification && !m.isDeleted())))
                page.messages.append(m);
        }
        if (page.messages.size() > query.limit) {
            page.hasMore = true;
            page.messages =
                query.after ? page.messages.first(query.limit) : page.messages.last(query.limit);
        }
        for (ChatMessage &m : page.messages) { // quoted as the original reads now
            if (!m.replyTo)
                continue;
            m.quote.reset();
            for (const ChatMessage &original : state.messages) {
                if (original.id == *m.replyTo)
                    m.quote = original.quoted();
            }
        }
        co_return page;
    }

private:
    class Transaction final : public RoomTransaction {
    public:
        explicit Transaction(State &s)
            : m_s(s) {}

        Result<std::optional<RoomRecord>> room(qint64 roomId) override {
            const auto it = m_s.rooms.find(roomId);
            return it == m_s.rooms.end() ? std::optional<RoomRecord>() : it->second;
        }
        Status insertRoom(const NewRoom &n, const QDateTime &now) override {
            Room r;
            r.id = r.productId = n.productId;
            r.title = n.title;
            r.description = n.description;
            r.sellerId = n.sellerId;
            r.sellerName = n.sellerName;
            r.maxParticipants = n.maxParticipants;
            r.minParticipants = n.minParticipants;
            r.createdAt = now;
            r.expiresAt = n.expiresAt;
            r.product = n.product;
            m_s.rooms[n.productId] = {r, {{n.sellerId, n.sellerName, Role::Seller}}, {}};
            return okStatus();
        }
        Result<bool> incrementParticipants(qint64 roomId) override {
            Room &r = m_s.rooms.at(roomId).room;
            if (r.status != RoomStatus::Active || r.participantCount >= r.maxParticipants)
                return false;
            ++r.participantCount;
            return true;
        }
        Result<bool> decrementParticipants(qint64 roomId) override {
            Room &r = m_s.rooms.at(roomId).room;
            if (r.status != RoomStatus::Active || r.participantCount <= 0)
                return false;
            --r.participantCount;
            return true;
        }
        Result<bool> updateLimits(qint64 roomId, std::optional<int> maxParticipants,
                                  std::optional<QDateTime> expiresAt) override {
            Room &r = m_s.rooms.at(roomId).room;
            if (r.status != RoomStatus::Active ||
                r.participantCount > maxParticipants.value_or(r.maxParticipants) ||
                (expiresAt && *expiresAt <= r.expiresAt))
                return false;
            r.maxParticipants = maxParticipants.value_or(r.maxParticipants);
            r.expiresAt = expiresAt.value_or(r.expiresAt);
            return true;
        }
        Result<bool> updateProduct(qint64 roomId, const Product &product) override {
            Room &r = m_s.rooms.at(roomId).room;
            if (r.status != RoomStatus::Active)
                return false;
            r.product = product;
            return true;
        }
        Result<bool> updateAppointment(qint64 roomId, const std::optional<Appointment> &appointment,
                                       bool askAgain) override {
            RoomRecord &record = m_s.rooms.at(roomId);
            if (record.room.status == RoomStatus::Cancelled)
                return false;
            record.room.appointment =
                appointment ? std::optional(appointment->withoutAnswers()) : std::nullopt;
            if (askAgain) {
                record.appointmentReminded = false;
                for (MemberRecord &m : record.members) {
                    m.answer.reset();
                    m.answeredAt.reset();
                }
            }
            return true;
        }
        Status enqueueWebhook(const QString &type, const QJsonObject &data,
                              const QDateTime &) override {
            m_s.webhooks.append({type, data});
            return okStatus();
        }
        Status insertReport(const ReportRecord &report) override {
            for (const ReportRecord &r : m_s.reports) {
                if (r.reporterId == report.reporterId && r.roomId == report.roomId &&
                    r.reportedId == report.reportedId && r.messageId == report.messageId)
                    return okStatus();
            }
            ReportRecord kept = report;
            kept.id = m_s.reports.size() + 1;
            m_s.reports.append(kept);
            return okStatus();
        }
        Result<bool> setFrozen(qint64 roomId, bool frozen) override {
            Room &r = m_s.rooms.at(roomId).room;
            if (r.status == RoomStatus::Cancelled)
                return false;
            r.frozen = frozen;
            return true;
        }
        Status setMutedUntil(qint64 roomId, const QString &userId,
                             const std::optional<QDateTime> &until) override {
            for (MemberRecord &m : m_s.rooms.at(roomId).members) {
                if (m.userId == userId)
                    m.mutedUntil = until;
            }
            return okStatus();
        }
        Status banMember(qint64 roomId, const QString &userId, const QString &, const QString &,
                         const QDateTime &) override {
            m_s.rooms.at(roomId).banned.insert(userId);
            return okStatus();
        }
        Result<bool> isBanned(qint64 roomId, const QString &userId) override {
            return m_s.rooms.at(roomId).banned.contains(userId);
        }
        Status setAppointmentAnswer(qint64 roomId, const QString &userId, AppointmentAnswer answer,
                                    const QDateTime &now) override {
            for (MemberRecord &m : m_s.rooms.at(roomId).members) {
                if (m.userId == userId) {
                    m.answer = answer;
                    m.answeredAt = now;
                }
            }
            return okStatus();
        }
        Result<bool> markAppointmentReminded(qint64 roomId, const Appointment &appointment,
                                             const QDateTime &) override {
            RoomRecord &record = m_s.rooms.at(roomId);
            if (record.appointmentReminded ||
                record.room.appointment != appointment.withoutAnswers())
                return false;
            record.appointmentReminded = true;
            return true;
        }
        Result<bool> settleRoom(qint64 roomId, RoomStatus to, const QDateTime &now) override {
            Room &r = m_s.rooms.at(roomId).room;
            if (r.status != RoomStatus::Active)
                return false;
            r.status = to;
            r.closedAt = now;
            return true;
        }
        Status upsertMember(qint64 roomId, const MemberRecord &member, const QDateTime &) override {
            auto &members = m_s.rooms.at(roomId).members;
            for (MemberRecord &m : members) {
                if (m.userId == member.userId) {
                    const MemberRecord was = m; // as the SQL upsert keeps them
                    m = member;
                    m.lastReadId = was.lastReadId;
                    m.answer = was.answer;
                    m.answeredAt = was.answeredAt;
                    m.mutedUntil = was.mutedUntil;
                    return okStatus();
                }
            }
            members.append(member);
            return okStatus();
        }
        Status deleteMember(qint64 roomId, const QString &userId) override {
            m_s.rooms.at(roomId).members.removeIf(
                [&](const MemberRecord &m) { return m.userId == userId; });
            return okStatus();
        }
        Result<std::optional<qint64>> markRead(qint64 roomId, const QString &userId,
                                               qint64 messageId) override {
            qint64 newest = 0;
            for (const ChatMessage &m : std::as_const(m_s.messages)) {
                if (m.roomId == roomId)
                    newest = std::max(newest, m.id);
            }
            for (MemberRecord &m : m_s.rooms.at(roomId).members) {
                const qint64 upTo = std::min(messageId, newest);
                if (m.userId == userId && m.lastReadId < upTo) {
                    m.lastReadId = upTo;
                    return std::optional(upTo);
                }
            }
            return std::optional<qint64>();
        }
        Result<StoredMessage> insertMessage(const NewMessage &n, const QDateTime &now) override {
            for (const ChatMessage &m : std::as_const(m_s.messages)) {
                if (n.clientMsgId && m.senderId == n.senderId && m.clientMsgId == n.clientMsgId)
                    return StoredMessage{m, true, {}};
            }
            qint64 seq = 1;
            for (const ChatMessage &m : std::as_const(m_s.messages))
                seq += m.roomId == n.roomId ? 1 : 0;
            const ChatMessage m = n.committed(++m_s.lastMessageId, seq, now);
            m_s.messages.append(m);
            return StoredMessage{m, false, {}};
        }
        Result<std::optional<ChatMessage>> message(qint64 messageId) override {
            ChatMessage *found = find(messageId);
            if (!found)
                return std::optional<ChatMessage>();
            ChatMessage m = *found; // as the SQL store keeps it: no quote, no counts
            m.quote.reset();
            m.reactions.clear();
            return std::optional(m);
        }
        Result<std::optional<ChatMessage>> messageAsShown(qint64 messageId) override {
            ChatMessage *found = find(messageId);
            if (!found)
                return std::optional<ChatMessage>();
            ChatMessage m = *found;
            if (m.replyTo) {
                const ChatMessage *original = find(*m.replyTo);
                m.quote = original ? std::optional(original->quoted()) : std::nullopt;
            }
            m.reactions.clear();
            for (const QString &emoji : reactionSet()) {
                const auto n =
                    std::count_if(m_s.reactions.begin(), m_s.reactions.end(), [&](const auto &r) {
                        return std::get<0>(r) == messageId && std::get<2>(r) == emoji;
                    });
                if (n > 0)
                    m.reactions.append({emoji, int(n)});
            }
            return std::optional(m);
        }
        Result<bool> editMessage(const ChatMessage &message, const QString &content,
                                 const QDateTime &now) override {
            ChatMessage *found = find(message.id);
            if (!found || found->isDeleted())
                return false;
            found->content = content;
            found->editedAt = now;
            return true;
        }
        Result<bool> setReaction(qint64 messageId, const QString &userId, const QString &emoji,
                                 bool on, const QDateTime &) override {
            ChatMessage *found = find(messageId);
            if (!found)
                return false;
            const auto key = std::tuple(messageId, userId, emoji);
            const bool had = m_s.reactions.contains(key);
            if (had == on)
                return false;
            if (on)
                m_s.reactions.insert(key);
            else
                m_s.reactions.erase(key);
            return true;
        }
        Result<bool> deleteMessage(qint64 messageId, const QDateTime &now) override {
            ChatMessage *found = find(messageId);
            if (!found || found->isDeleted())
                return false;
            found->content.clear();
            found->deletedAt = now;
            return true;
        }
        ChatMessage *find(qint64 messageId) {
            for (ChatMessage &m : m_s.messages) {
                if (m.id == messageId)
                    return &m;
            }
            return nullptr;
        }
        Status upsertAddress(qint64 roomId, const QString &userId, const DeliveryAddress &address,
                             const QDateTime &now) override {
            m_s.addresses[{roomId, userId}] = StoredAddress{userId, address, now};
            return okStatus();
        }
        Result<int> deleteAddresses(qint64 roomId, const QString &userId) override {
            return int(std::erase_if(m_s.addresses, [&](const auto &entry) {
                return entry.first.first == roomId &&
                       (userId.isEmpty() || entry.first.second == userId);
            }));
        }
        Result<QList<OrderRecord>> orders(qint64 roomId) override { return ordersOf(m_s, roomId); }
        Status setOrderStatus(qint64 roomId, const QString &userId, OrderStatus status,
                              OrderActor by, const QDateTime &now) override {
            OrderRecord &row = m_s.orders[{roomId, userId}];
            row.userId = userId;
            row.status = status;
            row.changedBy = by;
            row.updatedAt = now;
            return okStatus();
        }
        Status markReminded(qint64 roomId, const QString &userId, const QDateTime &since,
                            const QDateTime &now) override {
            const auto [it, inserted] = m_s.orders.try_emplace({roomId, userId});
            if (inserted)
                it->second = OrderRecord{userId, OrderStatus::AwaitingPayment, {}, since, {}};
            it->second.remindedAt = now;
            return okStatus();
        }
        // Files are the blob store's and SQL's (tst_files); none are here.
        Result<QList<Attachment>> unsentFiles(qint64, const QString &,
                                              const QList<qint64> &) override {
            return QList<Attachment>();
        }
        Result<int> markFilesSent(qint64, const QList<qint64> &) override { return 0; }
        Result<qint64> recordNotification(const QString &userId,
                                          const UserNotification &notification) override {
            UserNotification stored = notification;
            stored.id = m_s.notifications.size() + 1;
            m_s.notifications.append({userId, stored});
            return stored.id;
        }
        Result<std::optional<QString>> accountDisplayName(const QString &userId) override {
            const auto it = m_s.accountNames.constFind(userId);
            return it == m_s.accountNames.constEnd() ? std::optional<QString>() : *it;
        }

    private:
        State &m_s;
    };

    template <typename T> Result<T> transact(const Work<T> &work) {
        State copy = state;
        Transaction tx(copy);
        Result<T> result = work(tx);
        if (!result)
            return result;
        if (std::exchange(failNextCommit, false))
            return Error{ErrorCode::Internal, QStringLiteral("commit failed")};
        state = std::move(copy);
        ++commits;
        return result;
    }
};

} // namespace gonggu::server::testing
