#include "roomorders.h"

#include "chatclient.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {

QString oneLine(const std::optional<DeliveryAddress> &a) {
    if (!a)
        return {};
    QStringList parts{a->recipient, a->phone};
    if (!a->postalCode.isEmpty())
        parts.append(u"(%1) %2"_s.arg(a->postalCode, a->address));
    else
        parts.append(a->address);
    return parts.join(u" · "_s);
}

QVariantMap toMap(const Order &order, OrderActor viewer) {
    QVariantList moves;
    for (OrderStatus to : orderMovesFrom(order.status, viewer))
        moves.append(int(to));
    return {{u"userId"_s, order.userId},
            {u"displayName"_s, order.displayName},
            {u"status"_s, int(order.status)},
            {u"updatedAt"_s, order.updatedAt.toLocalTime()},
            {u"changedBy"_s, order.changedBy ? toString(*order.changedBy) : QString()},
            {u"address"_s, oneLine(order.address)},
            {u"moves"_s, moves}};
}

} // namespace

RoomOrders::RoomOrders(RestClient &rest, qint64 roomId, QString myUserId, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_roomId(roomId)
    , m_myUserId(std::move(myUserId)) {
}

QVariantList RoomOrders::entriesWhere(std::optional<OrderStatus> status) const {
    QVariantList list;
    for (const Order &order : m_list) {
        if (!status || order.status == *status)
            list.append(toMap(order, OrderActor::Seller));
    }
    return list;
}

QVariantList RoomOrders::unpaidEntries() const {
    return entriesWhere(OrderStatus::AwaitingPayment);
}

int RoomOrders::unpaidCount() const {
    return int(std::count_if(m_list.cbegin(), m_list.cend(), [](const Order &o) {
        return o.status == OrderStatus::AwaitingPayment;
    }));
}

QVariantMap RoomOrders::mine() const {
    if (!m_mine)
        return {};
    QVariantMap map = toMap(*m_mine, OrderActor::Buyer);
    map.insert(u"canConfirm"_s,
               mayMoveOrder(OrderActor::Buyer, m_mine->status, OrderStatus::HandedOver));
    return map;
}

void RoomOrders::begin() {
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
}

bool RoomOrders::end(const Error *error) {
    if (--m_busy == 0)
        Q_EMIT busyChanged();
    if (!error)
        return true;
    m_error = ChatClient::describe(*error);
    Q_EMIT errorChanged();
    return false;
}

void RoomOrders::note(const Order &order) {
    if (order.userId == m_myUserId) {
        m_mine = order;
        Q_EMIT mineChanged();
    }
    for (Order &listed : m_list) {
        if (listed.userId == order.userId) {
            const auto address = listed.address; // never in a notification
            listed = order;
            if (!listed.address)
                listed.address = address;
            Q_EMIT entriesChanged();
        }
    }
}

void RoomOrders::loadEntries() {
    fetchEntries();
}

QCoro::Task<> RoomOrders::fetchEntries() {
    QPointer<RoomOrders> self(this);
    begin();
    auto list = co_await m_rest.orders(m_roomId);
    if (!self || !end(list ? nullptr : &list.error()))
        co_return;
    m_list = std::move(*list);
    Q_EMIT entriesChanged();
}

void RoomOrders::loadMine() {
    fetchMine();
}

QCoro::Task<> RoomOrders::fetchMine() {
    QPointer<RoomOrders> self(this);
    begin();
    auto mine = co_await m_rest.myOrder(m_roomId);
    if (!self || !end(mine ? nullptr : &mine.error()))
        co_return;
    m_mine = std::move(*mine);
    Q_EMIT mineChanged();
}

void RoomOrders::move(const QString &userId, int status) {
    store(userId, OrderStatus(status));
}

void RoomOrders::confirmReceipt() {
    store(m_myUserId, OrderStatus::HandedOver);
}

QCoro::Task<> RoomOrders::store(QString userId, OrderStatus status) {
    QPointer<RoomOrders> self(this);
    begin();
    const QString target = userId == m_myUserId ? u"me"_s : userId;
    auto order = co_await m_rest.setOrderStatus(m_roomId, target, status);
    if (!self || !end(order ? nullptr : &order.error()))
        co_return;
    note(*order);
}

void RoomOrders::remindUnpaid() {
    remind();
}

QCoro::Task<> RoomOrders::remind() {
    QPointer<RoomOrders> self(this);
    begin();
    const auto count = co_await m_rest.remindUnpaid(m_roomId);
    if (!self)
        co_return;
    if (!count && count.error().code == ErrorCode::RateLimited) {
        end(nullptr);
        m_error = tr("Everyone who has not paid was reminded within the last hour.");
        Q_EMIT errorChanged();
        co_return;
    }
    if (!end(count ? nullptr : &count.error()))
        co_return;
    Q_EMIT reminded(*count);
}

void RoomOrders::saveSpreadsheet() {
    save();
}

QCoro::Task<> RoomOrders::save() {
    QPointer<RoomOrders> self(this);
    begin();
    const auto bytes = co_await m_rest.ordersSpreadsheet(m_roomId);
    if (!self || !end(bytes ? nullptr : &bytes.error()))
        co_return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(u"orders-%1.csv"_s.arg(m_roomId)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(*bytes) != bytes->size()) {
        m_error = tr("The list could not be saved in %1.").arg(folder);
        Q_EMIT errorChanged();
        co_return;
    }
    file.close();
    Q_EMIT saved(file.fileName());
}

} // namespace gonggu::client
