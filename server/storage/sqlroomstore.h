// The room store on the database: every change runs as one job on the storage
// thread (group commit), inside a transaction of SQLite or PostgreSQL.
#pragma once

#include "rooms/roomstore.h"

namespace gonggu::server {

class StorageThread;

class SqlRoomStore final : public RoomStore {
public:
    // `webhooks`: the webhook outbox is written (a webhook URL is configured).
    explicit SqlRoomStore(StorageThread &storage, bool webhooks = false)
        : m_storage(storage)
        , m_webhooks(webhooks) {}

    QCoro::Task<Result<RoomChange>> change(qint64 roomId, Work<RoomChange> work) override;
    QCoro::Task<Result<StoredMessage>> post(qint64 roomId, Work<StoredMessage> work,
                                            bool severalWrites = false) override;
    QCoro::Task<Result<QList<RoomRecord>>> loadRooms() override;
    QCoro::Task<Result<std::optional<RoomRecord>>> loadRoom(qint64 roomId) override;
    QCoro::Task<Result<RoomListPage>> listRooms(RoomListQuery query) override;
    QCoro::Task<Result<HistoryPage>> history(HistoryQuery query) override;
    QCoro::Task<Result<SearchPage>> search(SearchQuery query) override;
    QCoro::Task<Result<QList<qint64>>> roomsWrittenAfter(qint64 messageId) override;
    QCoro::Task<Result<QHash<qint64, QStringList>>> reactionsBy(QString userId, qint64 low,
                                                                qint64 high) override;
    QCoro::Task<Result<QList<UserNotification>>>
    notificationsSince(NotificationQuery query) override;
    QCoro::Task<Result<int>> purgeNotifications(QDateTime before) override;
    QCoro::Task<Result<QList<OrderRecord>>> orders(qint64 roomId) override;
    QCoro::Task<Result<QList<ReportRecord>>> reports(qint64 afterId, int limit) override;
    QCoro::Task<Result<QList<BlockRecord>>> blocked(QString userId) override;
    QCoro::Task<Result<bool>> setBlocked(QString userId, QString blockedId, bool on,
                                         QDateTime now) override;
    QCoro::Task<Result<std::optional<StoredAddress>>> addressOf(qint64 roomId,
                                                                QString userId) override;
    QCoro::Task<Result<QList<StoredAddress>>> readAddresses(qint64 roomId,
                                                            QString readerId) override;

private:
    StorageThread &m_storage;
    bool m_webhooks = false;
};

} // namespace gonggu::server
