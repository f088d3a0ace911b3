#include "sqlroomstore.h"

#include "filerepository.h"
#include "repository.h"
#include "storagethread.h"

#include <qcoro/qcorofuture.h>

namespace gonggu::server {

namespace {

// A RoomTransaction over the storage thread's connection, inside its batch.
class SqlRoomTransaction final : public RoomTransaction {
public:
    SqlRoomTransaction(QSqlDatabase &db, bool webhooks)
        : m_db(db)
        , m_webhooks(webhooks) {}

    Status enqueueWebhook(const QString &type, const QJsonObject &data,
                          const QDateTime &now) override {
        if (!m_webhooks)
            return okStatus();
        return repository::enqueueWebhook(m_db, type, data, now);
    }

    Result<std::optional<RoomRecord>> room(qint64 roomId) override {
        return repository::loadRoom(m_db, roomId, false);
    }
    Status insertRoom(const NewRoom &room, const QDateTime &now) override {
        return repository::insertRoom(m_db, room, now);
    }
    Result<bool> incrementParticipants(qint64 roomId) override {
        return repository::incrementParticipants(m_db, roomId);
    }
    Result<bool> decrementParticipants(qint64 roomId) override {
        return repository::decrementParticipants(m_db, roomId);
    }
    Result<bool> settleRoom(qint64 roomId, RoomStatus to, const QDateTime &now) override {
        return repository::settleRoom(m_db, roomId, to, now);
    }
    Result<bool> updateLimits(qint64 roomId, std::optional<int> maxParticipants,
                              std::optional<QDateTime> expiresAt) override {
        return repository::updateLimits(m_db, roomId, maxParticipants, expiresAt);
    }
    Result<bool> updateProduct(qint64 roomId, const Product &product) override {
        return repository::updateProduct(m_db, roomId, product);
    }
    Result<bool> updateAppointment(qint64 roomId, const std::optional<Appointment> &appointment,
                                   bool askAgain) override {
        return repository::updateAppointment(m_db, roomId, appointment, askAgain);
    }
    Status insertReport(const ReportRecord &report) override {
        return repository::insertReport(m_db, report);
    }
    Result<bool> setFrozen(qint64 roomId, bool frozen) override {
        return repository::setFrozen(m_db, roomId, frozen);
    }
    Status setMutedUntil(qint64 roomId, const QString &userId,
                         const std::optional<QDateTime> &until) override {
        return repository::setMutedUntil(m_db, roomId, userId, until);
    }
    Status banMember(qint64 roomId, const QString &userId, const QString &reason, const QString &by,
                     const QDateTime &now) override {
        return repository::banMember(m_db, roomId, userId, reason, by, now);
    }
    Result<bool> isBanned(qint64 roomId, const QString &userId) override {
        return repository::isBanned(m_db, roomId, userId);
    }
    Status setAppointmentAnswer(qint64 roomId, const QString &userId, AppointmentAnswer answer,
                                const QDateTime &now) override {
        return repository::setAppointmentAnswer(m_db, roomId, userId, answer, now);
    }
    Result<bool> markAppointmentReminded(qint64 roomId, const Appointment &appointment,
                                         const QDateTime &now) override {
        return repository::markAppointmentReminded(m_db, roomId, appointment, now);
    }
    Status upsertMember(qint64 roomId, const MemberRecord &member, const QDateTime &now) override {
        return repository::upsertMember(m_db, roomId, member, now);
    }
    Status deleteMember(qint64 roomId, const QString &userId) override {
        return repository::deleteMember(m_db, roomId, userId);
    }
    Result<std::optional<qint64>> markRead(qint64 roomId, const QString &userId,
                                           qint64 messageId) override {
        return repository::markRead(m_db, roomId, userId, messageId);
    }
    Result<StoredMessage> insertMessage(const NewMessage &message, const QDateTime &now) override {
        return repository::insertMessage(m_db, message, now);
    }
    Result<std::optional<ChatMessage>> message(qint64 messageId) override {
        return repository::findMessage(m_db, messageId);
    }
    Result<std::optional<ChatMessage>> messageAsShown(qint64 messageId) override {
        auto found = repository::findMessage(m_db, messageId);
        if (!found || !found->has_value())
            return found;
        QList<ChatMessage> one{**found};
        if (auto s = repository::attachQuotes(m_db, one); !s)
            return s.error();
        return std::optional(one.front());
    }
    Result<bool> editMessage(const ChatMessage &message, const QString &content,
                             const QDateTime &now) override {
        return repository::editMessage(m_db, message, content, now);
    }
    Result<bool> setReaction(qint64 messageId, const QString &userId, const QString &emoji, bool on,
                             const QDateTime &now) override {
        return repository::setReaction(m_db, messageId, userId, emoji, on, now);
    }
    Result<bool> deleteMessage(qint64 messageId, const QDateTime &now) override {
        return repository::deleteMessage(m_db, messageId, now);
    }
    Status upsertAddress(qint64 roomId, const QString &userId, const DeliveryAddress &address,
                         const QDateTime &now) override {
        return repository::upsertAddress(m_db, roomId, userId, address, now);
    }
    Result<QList<OrderRecord>> orders(qint64 roomId) override {
        return repository::orders(m_db, roomId);
    }
    Status setOrderStatus(qint64 roomId, const QString &userId, OrderStatus status, OrderActor by,
                          const QDateTime &now) override {
        return repository::setOrderStatus(m_db, roomId, userId, status, by, now);
    }
    Status markReminded(qint64 roomId, const QString &userId, const QDateTime &since,
                        const QDateTime &now) override {
        return repository::markReminded(m_db, roomId, userId, since, now);
    }
    Result<int> deleteAddresses(qint64 roomId, const QString &userId) override {
        return repository::deleteAddresses(m_db, roomId, userId);
    }
    Result<QList<Attachment>> unsentFiles(qint64 roomId, const QString &uploaderId,
                                          const QList<qint64> &fileIds) override {
        return repository::unsentFiles(m_db, roomId, uploaderId, fileIds);
    }
    Result<int> markFilesSent(qint64 messageId, const QList<qint64> &fileIds) override {
        return repository::markFilesSent(m_db, messageId, fileIds);
    }
    Result<qint64> recordNotification(const QString &userId,
                                      const UserNotification &notification) override {
        return repository::insertNotification(m_db, userId, notification);
    }
    Result<std::optional<QString>> accountDisplayName(const QString &userId) override {
        auto account = repository::findAccountById(m_db, userId);
        if (!account)
            return account.error();
        if (!account->has_value())
            return std::optional<QString>();
        return std::optional<QString>((*account)->displayName);
    }

private:
    QSqlDatabase &m_db;
    bool m_webhooks;
};

template <typename T>
std::function<Result<T>(QSqlDatabase &)> inTransaction(RoomStore::Work<T> work, bool webhooks) {
    return [work = std::move(work), webhooks](QSqlDatabase &db) {
        SqlRoomTransaction tx(db, webhooks);
        return work(tx);
    };
}

} // namespace

QCoro::Task<Result<RoomChange>> SqlRoomStore::change(qint64 roomId, Work<RoomChange> work) {
    co_return co_await m_storage.run<RoomChange>(inTransaction(std::move(work), m_webhooks),
                                                 StorageThread::Writes::Several, roomId);
}

QCoro::Task<Result<StoredMessage>> SqlRoomStore::post(qint64 roomId, Work<StoredMessage> work,
                                                      bool severalWrites) {
    co_return co_await m_storage.run<StoredMessage>(
        inTransaction(std::move(work), m_webhooks),
        severalWrites ? StorageThread::Writes::Several : StorageThread::Writes::OneStatement,
        roomId);
}

QCoro::Task<Result<QList<RoomRecord>>> SqlRoomStore::loadRooms() {
    co_return co_await m_storage.run<QList<RoomRecord>>(
        [](QSqlDatabase &db) { return repository::loadRooms(db); });
}

QCoro::Task<Result<std::optional<RoomRecord>>> SqlRoomStore::loadRoom(qint64 roomId) {
    co_return co_await m_storage.run<std::optional<RoomRecord>>(
        [roomId](QSqlDatabase &db) { return repository::loadRoom(db, roomId, true); });
}

QCoro::Task<Result<RoomListPage>> SqlRoomStore::listRooms(RoomListQuery query) {
    co_return co_await m_storage.run<RoomListPage>(
        [query](QSqlDatabase &db) { return repository::listRooms(db, query); });
}

QCoro::Task<Result<HistoryPage>> SqlRoomStore::history(HistoryQuery query) {
    co_return co_await m_storage.run<HistoryPage>(
        [query](QSqlDatabase &db) { return repository::history(db, query); });
}

QCoro::Task<Result<SearchPage>> SqlRoomStore::search(SearchQuery query) {
    co_return co_await m_storage.run<SearchPage>(
        [query](QSqlDatabase &db) { return repository::searchMessages(db, query); });
}

QCoro::Task<Result<QList<qint64>>> SqlRoomStore::roomsWrittenAfter(qint64 messageId) {
    co_return co_await m_storage.run<QList<qint64>>(
        [messageId](QSqlDatabase &db) { return repository::roomsWrittenAfter(db, messageId); });
}

QCoro::Task<Result<QHash<qint64, QStringList>>> SqlRoomStore::reactionsBy(QString userId,
                                                                          qint64 low, qint64 high) {
    co_return co_await m_storage.run<QHash<qint64, QStringList>>(
        [userId, low, high](QSqlDatabase &db) {
            return repository::reactionsBy(db, userId, low, high);
        });
}

QCoro::Task<Result<QList<UserNotification>>>
SqlRoomStore::notificationsSince(NotificationQuery query) {
    co_return co_await m_storage.run<QList<UserNotification>>(
        [query](QSqlDatabase &db) { return repository::notificationsSince(db, query); });
}

QCoro::Task<Result<int>> SqlRoomStore::purgeNotifications(QDateTime before) {
    co_return co_await m_storage.run<int>(
        [before](QSqlDatabase &db) { return repository::purgeNotifications(db, before); });
}

QCoro::Task<Result<std::optional<StoredAddress>>> SqlRoomStore::addressOf(qint64 roomId,
                                                                          QString userId) {
    co_return co_await m_storage.run<std::optional<StoredAddress>>(
        [roomId, userId](QSqlDatabase &db) { return repository::addressOf(db, roomId, userId); });
}

QCoro::Task<Result<QList<StoredAddress>>> SqlRoomStore::readAddresses(qint64 roomId,
                                                                      QString readerId) {
    co_return co_await m_storage.run<QList<StoredAddress>>([roomId, readerId](QSqlDatabase &db) {
        return repository::readAddresses(db, roomId, readerId, QDateTime::currentDateTimeUtc());
    });
}

QCoro::Task<Result<QList<OrderRecord>>> SqlRoomStore::orders(qint64 roomId) {
    co_return co_await m_storage.run<QList<OrderRecord>>(
        [roomId](QSqlDatabase &db) { return repository::orders(db, roomId); });
}

QCoro::Task<Result<QList<ReportRecord>>> SqlRoomStore::reports(qint64 afterId, int limit) {
    co_return co_await m_storage.run<QList<ReportRecord>>(
        [afterId, limit](QSqlDatabase &db) { return repository::reports(db, afterId, limit); });
}

QCoro::Task<Result<QList<BlockRecord>>> SqlRoomStore::blocked(QString userId) {
    co_return co_await m_storage.run<QList<BlockRecord>>(
        [userId](QSqlDatabase &db) { return repository::blocked(db, userId); });
}

QCoro::Task<Result<bool>> SqlRoomStore::setBlocked(QString userId, QString blockedId, bool on,
                                                   QDateTime now) {
    co_return co_await m_storage.run<bool>([userId, blockedId, on, now](QSqlDatabase &db) {
        return repository::setBlocked(db, userId, blockedId, on, now);
    });
}

} // namespace gonggu::server
