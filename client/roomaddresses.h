// Delivery addresses in one room, for QML: the buyer's own (read, given, changed)
// and, for the seller, the room's list with a copy for a spreadsheet. The address
// a buyer gave last can be remembered on this device to fill the next form.
#pragma once

#include "restclient.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>
#include <qcoro/qcorotask.h>

namespace gonggu::client {

class RoomAddresses : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a room's addresses come from its RoomSession")
    // {recipient, phone, postalCode, address}; empty when none is given here.
    Q_PROPERTY(QVariantMap mine READ mine NOTIFY mineChanged)
    // What the form starts with: the one given here, else the one remembered.
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY mineChanged)
    Q_PROPERTY(QVariantList entries READ entries NOTIFY entriesChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The server's refusal of the last save: which field, and why.
    Q_PROPERTY(QString errorField READ errorField NOTIFY errorChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    RoomAddresses(RestClient &rest, qint64 roomId, QObject *parent = nullptr);

    QVariantMap mine() const { return m_mine; }
    QVariantMap draft() const;
    QVariantList entries() const { return m_entries; }
    bool busy() const { return m_busy > 0; }
    QString errorField() const { return m_errorField; }
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE void loadMine();
    // `remember`: keep it on this device for the next form (or forget what was kept).
    Q_INVOKABLE void save(const QVariantMap &address, bool remember);
    Q_INVOKABLE void loadEntries();
    // The list as tab-separated lines with a header: pasted into a spreadsheet, one
    // cell each.
    Q_INVOKABLE QString forSpreadsheet() const;
    Q_INVOKABLE static bool remembered();

    static QVariantMap toMap(const DeliveryAddress &address);
    static QString spreadsheetText(const QList<AddressEntry> &entries);

Q_SIGNALS:
    void mineChanged();
    void entriesChanged();
    void busyChanged();
    void errorChanged();
    void saved();

private:
    QCoro::Task<> fetchMine();
    QCoro::Task<> store(DeliveryAddress address, bool remember);
    QCoro::Task<> fetchEntries();
    void setError(const Error &error);

    RestClient &m_rest;
    qint64 m_roomId;
    QVariantMap m_mine;
    QVariantList m_entries;
    QList<AddressEntry> m_list;
    int m_busy = 0;
    QString m_errorField;
    QString m_errorMessage;
};

} // namespace gonggu::client
