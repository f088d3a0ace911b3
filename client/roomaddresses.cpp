#include "roomaddresses.h"

#include "chatclient.h"

#include <QPointer>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {
const QString kRememberedKey = u"address/last"_s;
} // namespace

RoomAddresses::RoomAddresses(RestClient &rest, qint64 roomId, QObject *parent)
    : QObject(parent)
    , m_rest(rest)
    , m_roomId(roomId) {
}

QVariantMap RoomAddresses::toMap(const DeliveryAddress &address) {
    return {{u"recipient"_s, address.recipient},
            {u"phone"_s, address.phone},
            {u"postalCode"_s, address.postalCode},
            {u"address"_s, address.address}};
}

QVariantMap RoomAddresses::draft() const {
    if (!m_mine.isEmpty())
        return m_mine;
    return QSettings().value(kRememberedKey).toMap();
}

bool RoomAddresses::remembered() {
    return QSettings().contains(kRememberedKey);
}

void RoomAddresses::setError(const Error &error) {
    m_errorField = error.field;
    // A field's refusal is worded by the form; anything else in the user's language.
    m_errorMessage = error.message.isEmpty() && error.field.isEmpty() ? QString()
                     : error.field.isEmpty()                          ? ChatClient::describe(error)
                                                                      : error.message;
    Q_EMIT errorChanged();
}

void RoomAddresses::loadMine() {
    fetchMine();
}

QCoro::Task<> RoomAddresses::fetchMine() {
    QPointer<RoomAddresses> self(this);
    ++m_busy;
    Q_EMIT busyChanged();
    const auto mine = co_await m_rest.myAddress(m_roomId);
    if (!self)
        co_return;
    --m_busy;
    Q_EMIT busyChanged();
    if (!mine) {
        setError(mine.error());
        co_return;
    }
    m_mine = *mine ? toMap(**mine) : QVariantMap();
    Q_EMIT mineChanged();
}

void RoomAddresses::save(const QVariantMap &fields, bool remember) {
    DeliveryAddress address;
    address.recipient = fields.value(u"recipient"_s).toString();
    address.phone = fields.value(u"phone"_s).toString();
    address.postalCode = fields.value(u"postalCode"_s).toString();
    address.address = fields.value(u"address"_s).toString();
    store(std::move(address), remember);
}

QCoro::Task<> RoomAddresses::store(DeliveryAddress address, bool remember) {
    QPointer<RoomAddresses> self(this);
    ++m_busy;
    Q_EMIT busyChanged();
    setError({});
    const auto stored = co_await m_rest.setAddress(m_roomId, std::move(address));
    if (!self)
        co_return;
    --m_busy;
    Q_EMIT busyChanged();
    if (!stored) {
        setError(stored.error());
        co_return;
    }
    m_mine = toMap(*stored);
    QSettings settings;
    if (remember)
        settings.setValue(kRememberedKey, m_mine);
    else
        settings.remove(kRememberedKey);
    Q_EMIT mineChanged();
    Q_EMIT saved();
}

void RoomAddresses::loadEntries() {
    fetchEntries();
}

QCoro::Task<> RoomAddresses::fetchEntries() {
    QPointer<RoomAddresses> self(this);
    ++m_busy;
    Q_EMIT busyChanged();
    const auto list = co_await m_rest.addresses(m_roomId);
    if (!self)
        co_return;
    --m_busy;
    Q_EMIT busyChanged();
    if (!list) {
        setError(list.error());
        co_return;
    }
    m_list = *list;
    m_entries.clear();
    for (const AddressEntry &entry : m_list) {
        QVariantMap row = toMap(entry.address);
        row.insert(u"displayName"_s, entry.displayName);
        row.insert(u"updatedAt"_s, entry.updatedAt.toLocalTime());
        m_entries.append(row);
    }
    Q_EMIT entriesChanged();
}

QString RoomAddresses::spreadsheetText(const QList<AddressEntry> &entries) {
    // Tabs and line breaks would split a cell: none can be in a field (the server
    // refuses control characters), but a pasted list must never shift columns.
    const auto cell = [](QString text) {
        return text.replace(u'\t', u' ').replace(u'\n', u' ');
    };
    QString text = tr("Name") + u'\t' + tr("Recipient") + u'\t' + tr("Phone") + u'\t' +
                   tr("Postal code") + u'\t' + tr("Address") + u'\n';
    for (const AddressEntry &e : entries)
        text += cell(e.displayName) + u'\t' + cell(e.address.recipient) + u'\t' +
                cell(e.address.phone) + u'\t' + cell(e.address.postalCode) + u'\t' +
                cell(e.address.address) + u'\n';
    return text;
}

QString RoomAddresses::forSpreadsheet() const {
    return spreadsheetText(m_list);
}

} // namespace gonggu::client
