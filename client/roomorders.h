// Orders of one closed group buy, for QML: the seller's checklist (every buyer's
// status, when it last changed, the address they gave; moves, reminders to those
// who have not paid, the list as a CSV file) and a buyer's own order (and "I got
// it"). ORDER_STATUS notifications keep both current while the room is open.
#pragma once

#include "restclient.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <qcoro/qcorotask.h>

namespace gonggu::client {

class RoomOrders : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a room's orders come from its RoomSession")
    // [{userId, displayName, status (Contract.OrderStatus), updatedAt, changedBy,
    //   address (one line, "" when none), moves: [Contract.OrderStatus]}], by name.
    Q_PROPERTY(QVariantList entries READ entries NOTIFY entriesChanged)
    Q_PROPERTY(int unpaidCount READ unpaidCount NOTIFY entriesChanged)
    // The same, of those not paid yet (the checklist's filter).
    Q_PROPERTY(QVariantList unpaidEntries READ unpaidEntries NOTIFY entriesChanged)
    // The buyer's own: {status, updatedAt, changedBy, canConfirm}; empty when none.
    Q_PROPERTY(QVariantMap mine READ mine NOTIFY mineChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last refusal, in the user's language; empty when none.
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    RoomOrders(RestClient &rest, qint64 roomId, QString myUserId, QObject *parent = nullptr);

    QVariantList entries() const { return entriesWhere(std::nullopt); }
    int unpaidCount() const;
    QVariantList unpaidEntries() const;
    QVariantMap mine() const;
    bool busy() const { return m_busy > 0; }
    QString error() const { return m_error; }

    Q_INVOKABLE void loadEntries();
    Q_INVOKABLE void loadMine();
    // The seller moves a buyer's order (`status`: a Contract.OrderStatus).
    Q_INVOKABLE void move(const QString &userId, int status);
    // The buyer has it: PAID -> HANDED_OVER.
    Q_INVOKABLE void confirmReceipt();
    Q_INVOKABLE void remindUnpaid();
    // Writes the checklist as orders-<room>.csv into the Downloads folder: saved(path).
    Q_INVOKABLE void saveSpreadsheet();
    // An order as an ORDER_STATUS notification or a move's answer says it is now.
    void note(const Order &order);

Q_SIGNALS:
    void entriesChanged();
    void mineChanged();
    void busyChanged();
    void errorChanged();
    void reminded(int count);
    void saved(const QString &path);

private:
    QCoro::Task<> fetchEntries();
    QCoro::Task<> fetchMine();
    QCoro::Task<> store(QString userId, OrderStatus status);
    QCoro::Task<> remind();
    QCoro::Task<> save();
    QVariantList entriesWhere(std::optional<OrderStatus> status) const;
    void begin();
    bool end(const Error *error); // false when it failed (the error is kept)

    RestClient &m_rest;
    qint64 m_roomId;
    QString m_myUserId;
    QList<Order> m_list;
    std::optional<Order> m_mine;
    int m_busy = 0;
    QString m_error;
};

} // namespace gonggu::client
