#include "restclient.h"

#include "common/apipaths.h"
#include "common/filetype.h"
#include "common/jsonfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <coroutine>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {

Result<AuthSession> sessionFrom(const QJsonObject &json) {
    JsonFields fields(json);
    AuthSession session;
    session.token = fields.string("token"_L1);
    session.expiresAt = fields.time("expiresAt"_L1);
    const QJsonObject user = fields.object("user"_L1);
    if (!fields.ok())
        return fields.error();
    auto decoded = User::fromJson(user);
    if (!decoded)
        return decoded.error();
    session.user = *decoded;
    return session;
}

template <typename T> Result<QList<T>> listFrom(const QJsonValue &value, const char *field) {
    if (!value.isArray())
        return Error{ErrorCode::BadRequest,
                     u"field '%1': expected an array"_s.arg(QLatin1StringView(field))};
    QList<T> items;
    for (const QJsonValue &item : value.toArray()) {
        auto decoded = T::fromJson(item.toObject());
        if (!decoded)
            return decoded.error();
        items.append(*decoded);
    }
    return items;
}

// {messages, hasMore, myReactions?}: a history page, or the announcements.
Result<MessagePage> messagePageFrom(const QJsonObject &json) {
    auto messages = listFrom<ChatMessage>(json.value(u"messages"_s), "messages");
    if (!messages)
        return messages.error();
    MessagePage page{*messages, json.value(u"hasMore"_s).toBool(), {}};
    const QJsonObject mine = json.value(u"myReactions"_s).toObject();
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        QStringList emoji;
        for (const QJsonValue &e : it.value().toArray())
            emoji.append(e.toString());
        page.myReactions.insert(it.key().toLongLong(), emoji);
    }
    return page;
}

// Resumes the caller when `reply` finishes, on a direct connection. QCoro's
// awaiter resumes through a queued call bound to the reply: when an owner goes
// away and aborts its requests, that call is dropped with the reply and the
// coroutine never resumes (its frame leaks). Here abort() resumes it at once,
// while everything it uses is alive. The reply must then outlive the signal
// that is being emitted: the caller deletes it later, never in place.
class ReplyFinished {
public:
    explicit ReplyFinished(QNetworkReply *reply)
        : m_reply(reply) {}
    bool await_ready() const { return m_reply->isFinished(); }
    void await_suspend(std::coroutine_handle<> caller) {
        m_connection = QObject::connect(
            m_reply, &QNetworkReply::finished, m_reply,
            [this, caller] {
                QObject::disconnect(m_connection);
                caller.resume();
            },
            Qt::DirectConnection);
    }
    void await_resume() const {}

private:
    QNetworkReply *m_reply;
    QMetaObject::Connection m_connection;
};

} // namespace

RestClient::RestClient(QObject *parent)
    : QObject(parent) {
    m_network.setTransferTimeout(15000);
}

QNetworkRequest RestClient::requestFor(const QString &pathAndQuery) const {
    QUrl url = m_baseUrl;
    const qsizetype question = pathAndQuery.indexOf(u'?');
    url.setPath(pathAndQuery.left(question));
    if (question >= 0)
        url.setQuery(pathAndQuery.mid(question + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

Error RestClient::errorOf(QNetworkReply *reply, const QByteArray &body) {
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return Error{ErrorCode::Unavailable, reply->errorString()};
    const auto json = parseJsonObject(body);
    const QJsonObject error = json ? json->value(u"error"_s).toObject() : QJsonObject();
    return Error{
        errorCodeFromString(error.value(u"code"_s).toString()).value_or(ErrorCode::Internal),
        error.value(u"message"_s).toString(), error.value(u"field"_s).toString()};
}

QCoro::Task<Result<QJsonObject>> RestClient::call(QByteArray method, QString pathAndQuery,
                                                  QJsonObject body) {
    const QNetworkRequest request = requestFor(pathAndQuery);
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Deleted later: we resume inside its finished() (ReplyFinished).
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        m_network.sendCustomRequest(request, method, payload),
        [](QNetworkReply *finished) { finished->deleteLater(); });
    m_pending.insert(reply.get());
    co_await ReplyFinished(reply.get());
    m_pending.remove(reply.get());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->readAll();
    if (status == 0)
        co_return Error{ErrorCode::Internal, reply->errorString()};
    if (status >= 400)
        co_return errorOf(reply.get(), bytes);
    co_return parseJsonObject(bytes);
}

QCoro::Task<Result<Attachment>> RestClient::upload(qint64 roomId, QByteArray bytes, QString name,
                                                   QString tag,
                                                   std::function<void(qint64, qint64)> progress) {
    QNetworkRequest request = requestFor(apipaths::fill(apipaths::kFiles, roomId));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      sniffContentType(bytes).value_or(u"application/octet-stream"_s).toLatin1());
    request.setRawHeader("X-File-Name", QUrl::toPercentEncoding(name));
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        m_network.post(request, bytes), [](QNetworkReply *finished) { finished->deleteLater(); });
    if (progress)
        connect(reply.get(), &QNetworkReply::uploadProgress, this, progress);
    m_pending.insert(reply.get());
    m_uploads.insert(tag, reply.get());
    co_await ReplyFinished(reply.get());
    m_pending.remove(reply.get());
    m_uploads.remove(tag);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status != 201)
        co_return errorOf(reply.get(), body);
    const auto json = parseJsonObject(body);
    if (!json)
        co_return json.error();
    co_return Attachment::fromJson(*json);
}

void RestClient::abortUpload(const QString &tag) {
    if (QNetworkReply *reply = m_uploads.value(tag))
        reply->abort(); // resumes the waiting upload() with an error
}

QCoro::Task<Result<QByteArray>> RestClient::download(qint64 fileId) {
    co_return co_await fetch(apipaths::fill(apipaths::kFile, fileId));
}

QCoro::Task<Result<QByteArray>> RestClient::fetch(QString pathAndQuery) {
    const std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        m_network.get(requestFor(pathAndQuery)),
        [](QNetworkReply *finished) { finished->deleteLater(); });
    m_pending.insert(reply.get());
    co_await ReplyFinished(reply.get());
    m_pending.remove(reply.get());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    if (status != 200)
        co_return errorOf(reply.get(), body);
    co_return body;
}

void RestClient::abortPending() {
    // abort() emits finished() at once, which resumes the waiting call() (ReplyFinished).
    for (QNetworkReply *reply : std::exchange(m_pending, {}))
        reply->abort();
}

QCoro::Task<Result<AuthSession>> RestClient::login(QString username, QString password) {
    const auto json = co_await call("POST", apipaths::kLogin,
                                    {{u"username"_s, username}, {u"password"_s, password}});
    if (!json)
        co_return json.error();
    co_return sessionFrom(*json);
}

QCoro::Task<Result<AuthSession>> RestClient::registerAccount(QString username, QString password,
                                                             QString displayName) {
    const auto json = co_await call(
        "POST", apipaths::kRegister,
        {{u"username"_s, username}, {u"password"_s, password}, {u"displayName"_s, displayName}});
    if (!json)
        co_return json.error();
    co_return sessionFrom(*json);
}

QCoro::Task<Result<RoomPage>> RestClient::rooms(bool mineOnly, QString cursor) {
    QString path = apipaths::kRooms + u"?limit=20"_s;
    if (mineOnly) // my conversations: the one with the newest message first
        path += u"&mine=true&sort=activity"_s;
    else
        path += u"&status=ACTIVE"_s;
    if (!cursor.isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
    const auto json = co_await call("GET", path);
    if (!json)
        co_return json.error();
    auto rooms = listFrom<Room>(json->value(u"rooms"_s), "rooms");
    if (!rooms)
        co_return rooms.error();
    co_return RoomPage{*rooms, json->value(u"nextCursor"_s).toString()};
}

QCoro::Task<Result<RoomSnapshot>> RestClient::room(qint64 roomId) {
    const auto json = co_await call("GET", apipaths::fill(apipaths::kRoom, roomId));
    if (!json)
        co_return json.error();
    auto room = Room::fromJson(*json);
    if (!room)
        co_return room.error();
    auto participants = participantsFromJson(json->value(u"participants"_s));
    if (!participants)
        co_return participants.error();
    co_return RoomSnapshot{*room, *participants};
}

QCoro::Task<Result<ChatMessage>> RestClient::editMessage(qint64 roomId, qint64 messageId,
                                                         QString content) {
    const auto json = co_await call("PATCH", apipaths::fill(apipaths::kMessage, roomId, messageId),
                                    {{u"content"_s, content}});
    if (!json)
        co_return json.error();
    co_return ChatMessage::fromJson(*json);
}

QCoro::Task<Result<ChatMessage>> RestClient::deleteMessage(qint64 roomId, qint64 messageId) {
    const auto json =
        co_await call("DELETE", apipaths::fill(apipaths::kMessage, roomId, messageId));
    if (!json)
        co_return json.error();
    co_return ChatMessage::fromJson(*json);
}

QCoro::Task<Result<SearchResults>> RestClient::search(qint64 roomId, QString text,
                                                      std::optional<qint64> before) {
    QString path = apipaths::fill(apipaths::kSearch, roomId) + u"?q="_s +
                   QString::fromLatin1(QUrl::toPercentEncoding(text));
    if (before)
        path += u"&before=%1"_s.arg(*before);
    const auto json = co_await call("GET", path);
    if (!json)
        co_return json.error();
    auto messages = listFrom<ChatMessage>(json->value(u"messages"_s), "messages");
    if (!messages)
        co_return messages.error();
    SearchResults results{*messages, {}};
    if (const QJsonValue next = json->value(u"nextBefore"_s); next.isDouble())
        results.nextBefore = next.toInteger();
    co_return results;
}

QCoro::Task<Result<MessagePage>> RestClient::announcements(qint64 roomId,
                                                           std::optional<qint64> before) {
    QString path = apipaths::fill(apipaths::kNotifications, roomId) + u"?limit=20"_s;
    if (before)
        path += u"&before=%1"_s.arg(*before);
    const auto json = co_await call("GET", path);
    if (!json)
        co_return json.error();
    co_return messagePageFrom(*json);
}

QCoro::Task<Result<ChatMessage>> RestClient::react(qint64 roomId, qint64 messageId, QString emoji,
                                                   bool on) {
    const auto json = co_await call("POST", apipaths::fill(apipaths::kReactions, roomId, messageId),
                                    {{u"emoji"_s, emoji}, {u"on"_s, on}});
    if (!json)
        co_return json.error();
    co_return ChatMessage::fromJson(*json);
}

QCoro::Task<Result<std::optional<DeliveryAddress>>> RestClient::myAddress(qint64 roomId) {
    const auto json = co_await call("GET", apipaths::fill(apipaths::kMyAddress, roomId));
    if (!json && json.error().code == ErrorCode::NotFound)
        co_return std::optional<DeliveryAddress>();
    if (!json)
        co_return json.error();
    auto address = DeliveryAddress::fromJson(*json);
    if (!address)
        co_return address.error();
    co_return std::optional(std::move(*address));
}

QCoro::Task<Result<DeliveryAddress>> RestClient::setAddress(qint64 roomId,
                                                            DeliveryAddress address) {
    const auto json =
        co_await call("PUT", apipaths::fill(apipaths::kMyAddress, roomId), address.toJson());
    if (!json)
        co_return json.error();
    co_return DeliveryAddress::fromJson(*json);
}

QCoro::Task<Result<QList<AddressEntry>>> RestClient::addresses(qint64 roomId) {
    const auto json = co_await call("GET", apipaths::fill(apipaths::kAddresses, roomId));
    if (!json)
        co_return json.error();
    QList<AddressEntry> entries;
    for (const QJsonValue &value : json->value(u"addresses"_s).toArray()) {
        auto entry = AddressEntry::fromJson(value.toObject());
        if (!entry)
            co_return entry.error();
        entries.append(std::move(*entry));
    }
    co_return entries;
}

namespace {

Result<QList<Order>> ordersFrom(const QJsonObject &json) {
    QList<Order> orders;
    for (const QJsonValue &value : json.value(u"orders"_s).toArray()) {
        auto order = Order::fromJson(value.toObject());
        if (!order)
            return order.error();
        orders.append(std::move(*order));
    }
    return orders;
}

} // namespace

QCoro::Task<Result<QList<Order>>> RestClient::orders(qint64 roomId) {
    const auto json = co_await call("GET", apipaths::fill(apipaths::kOrders, roomId));
    if (!json)
        co_return json.error();
    co_return ordersFrom(*json);
}

QCoro::Task<Result<Order>> RestClient::myOrder(qint64 roomId) {
    const auto json = co_await call("GET", apipaths::fill(apipaths::kOrder, roomId, u"me"_s));
    if (!json)
        co_return json.error();
    co_return Order::fromJson(*json);
}

QCoro::Task<Result<Order>> RestClient::setOrderStatus(qint64 roomId, QString userId,
                                                      OrderStatus status) {
    const auto json = co_await call("PUT", apipaths::fill(apipaths::kOrder, roomId, userId),
                                    {{u"status"_s, toString(status)}});
    if (!json)
        co_return json.error();
    co_return Order::fromJson(*json);
}

QCoro::Task<Result<int>> RestClient::remindUnpaid(qint64 roomId) {
    const auto json = co_await call("POST", apipaths::fill(apipaths::kPaymentReminders, roomId));
    if (!json)
        co_return json.error();
    co_return json->value(u"reminded"_s).toInt();
}

QCoro::Task<Result<QByteArray>> RestClient::ordersSpreadsheet(qint64 roomId) {
    co_return co_await fetch(apipaths::fill(apipaths::kOrders, roomId) + u"?format=csv"_s);
}

QCoro::Task<Result<Room>> RestClient::changeLimits(qint64 roomId,
                                                   std::optional<int> maxParticipants,
                                                   std::optional<QDateTime> expiresAt) {
    QJsonObject body;
    if (maxParticipants)
        body.insert(u"maxParticipants"_s, *maxParticipants);
    if (expiresAt)
        body.insert(u"expiresAt"_s, toIsoUtc(*expiresAt));
    const auto json = co_await call("PATCH", apipaths::fill(apipaths::kRoom, roomId), body);
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<AppointmentView>> RestClient::appointmentCall(QByteArray method, QString path,
                                                                 QJsonObject body) {
    const auto json = co_await call(std::move(method), std::move(path), std::move(body));
    if (!json)
        co_return json.error();
    co_return AppointmentView::fromJson(*json);
}

QCoro::Task<Result<AppointmentView>> RestClient::appointment(qint64 roomId) {
    co_return co_await appointmentCall("GET", apipaths::fill(apipaths::kAppointment, roomId));
}

QCoro::Task<Result<AppointmentView>> RestClient::setAppointment(qint64 roomId,
                                                                AppointmentRequest request) {
    co_return co_await appointmentCall("PUT", apipaths::fill(apipaths::kAppointment, roomId),
                                       request.toJson());
}

QCoro::Task<Result<AppointmentView>> RestClient::cancelAppointment(qint64 roomId) {
    co_return co_await appointmentCall("DELETE", apipaths::fill(apipaths::kAppointment, roomId));
}

QCoro::Task<Result<AppointmentView>> RestClient::answerAppointment(qint64 roomId,
                                                                   AppointmentAnswer answer) {
    co_return co_await appointmentCall("PUT", apipaths::fill(apipaths::kAppointmentAnswer, roomId),
                                       QJsonObject{{u"answer"_s, toString(answer)}});
}

QCoro::Task<Status> RestClient::report(qint64 roomId, std::optional<qint64> messageId,
                                       std::optional<QString> userId, QString reason) {
    QJsonObject body{{u"reason"_s, reason}};
    if (messageId)
        body.insert(u"messageId"_s, *messageId);
    if (userId)
        body.insert(u"userId"_s, *userId);
    const auto json = co_await call("POST", apipaths::fill(apipaths::kReports, roomId), body);
    if (!json)
        co_return json.error();
    co_return okStatus();
}

QCoro::Task<Result<QStringList>> RestClient::blocked() {
    const auto json = co_await call("GET", QString(apipaths::kBlocks));
    if (!json)
        co_return json.error();
    QStringList ids;
    for (const QJsonValue &b : json->value(u"blocked"_s).toArray())
        ids.append(b[u"userId"_s].toString());
    co_return ids;
}

QCoro::Task<Status> RestClient::setBlocked(QString userId, bool on) {
    const QString path = QString(apipaths::kBlock)
                             .replace(u"{}"_s, QString::fromUtf8(QUrl::toPercentEncoding(userId)));
    const auto json = co_await call(on ? "PUT" : "DELETE", path);
    if (!json)
        co_return json.error();
    co_return okStatus();
}

QCoro::Task<Result<Room>> RestClient::setFrozen(qint64 roomId, bool frozen) {
    const auto json = co_await call(
        "POST", apipaths::fill(frozen ? apipaths::kFreeze : apipaths::kUnfreeze, roomId));
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<Room>> RestClient::mute(qint64 roomId, QString userId,
                                           std::optional<int> minutes) {
    const QString path = apipaths::fill(apipaths::kMute, roomId, userId);
    const auto json = minutes ? co_await call("PUT", path, {{u"minutes"_s, *minutes}})
                              : co_await call("DELETE", path);
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<Room>> RestClient::removeMember(qint64 roomId, QString userId, QString reason) {
    const auto json = co_await call("POST", apipaths::fill(apipaths::kRemoval, roomId, userId),
                                    {{u"reason"_s, reason}});
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<Room>> RestClient::setProduct(qint64 roomId, Product product) {
    const auto json =
        co_await call("PUT", apipaths::fill(apipaths::kProduct, roomId), product.toJson());
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<Room>> RestClient::act(qint64 roomId, RoomAction action) {
    using namespace apipaths;
    Result<QJsonObject> json = Error{ErrorCode::Internal, {}};
    switch (action) {
    case RoomAction::Join:
        json = co_await call("POST", fill(kParticipants, roomId));
        break;
    case RoomAction::Leave:
        json = co_await call("DELETE", fill(kMyParticipation, roomId));
        break;
    case RoomAction::Close:
        json = co_await call("POST", fill(kClose, roomId));
        break;
    case RoomAction::Cancel:
        json = co_await call("POST", fill(kCancel, roomId));
        break;
    }
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<Room>> RestClient::createRoom(RoomDraft draft) {
    const auto json = co_await call("POST", apipaths::kRooms, draft.toJson());
    if (!json)
        co_return json.error();
    co_return Room::fromJson(*json);
}

QCoro::Task<Result<MessagePage>> RestClient::history(qint64 roomId, std::optional<qint64> before,
                                                     std::optional<qint64> after, int limit) {
    QString path = apipaths::fill(apipaths::kMessages, roomId) + u"?limit=%1"_s.arg(limit);
    if (before)
        path += u"&before=%1"_s.arg(*before);
    if (after)
        path += u"&after=%1"_s.arg(*after);
    const auto json = co_await call("GET", path);
    if (!json)
        co_return json.error();
    co_return messagePageFrom(*json);
}

} // namespace gonggu::client
