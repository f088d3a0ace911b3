// The REST half of the app: typed calls over QNetworkAccessManager, awaited with QCoro.
#pragma once

#include "common/chatmessage.h"
#include "common/deliveryaddress.h"
#include "common/order.h"
#include "common/room.h"
#include "common/user.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <qcoro/qcorotask.h>

namespace gonggu::client {

struct AuthSession {
    QString token;
    QDateTime expiresAt;
    User user;
};

struct RoomPage {
    QList<Room> rooms;
    QString nextCursor; // empty on the last page
};

struct SearchResults {
    QList<ChatMessage> messages; // newest first
    std::optional<qint64> nextBefore;
};

struct MessagePage {
    QList<ChatMessage> messages; // oldest -> newest
    bool hasMore = false;
    QHash<qint64, QStringList> myReactions; // the ones I gave, by message id
};

enum class RoomAction { Join, Leave, Close, Cancel };

class RestClient : public QObject {
    Q_OBJECT
public:
    explicit RestClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }

    QCoro::Task<Result<AuthSession>> login(QString username, QString password);
    QCoro::Task<Result<AuthSession>> registerAccount(QString username, QString password,
                                                     QString displayName);
    QCoro::Task<Result<RoomPage>> rooms(bool mineOnly, QString cursor);
    QCoro::Task<Result<RoomSnapshot>> room(qint64 roomId);
    QCoro::Task<Result<Room>> act(qint64 roomId, RoomAction action);
    QCoro::Task<Result<Room>> createRoom(RoomDraft draft);
    QCoro::Task<Result<MessagePage>> history(qint64 roomId, std::optional<qint64> before,
                                             std::optional<qint64> after, int limit = 50);
    // The message as the server has it afterwards (edited, or its tombstone).
    QCoro::Task<Result<ChatMessage>> editMessage(qint64 roomId, qint64 messageId, QString content);
    QCoro::Task<Result<ChatMessage>> deleteMessage(qint64 roomId, qint64 messageId);
    QCoro::Task<Result<SearchResults>> search(qint64 roomId, QString text,
                                              std::optional<qint64> before);
    // The seller's announcements before `before` (oldest first), as a history page.
    QCoro::Task<Result<MessagePage>> announcements(qint64 roomId, std::optional<qint64> before);
    QCoro::Task<Result<ChatMessage>> react(qint64 roomId, qint64 messageId, QString emoji, bool on);
    // The caller's delivery address in a room (nullopt: none given), giving one (the
    // answer is the address as stored), and the seller's list.
    QCoro::Task<Result<std::optional<DeliveryAddress>>> myAddress(qint64 roomId);
    QCoro::Task<Result<DeliveryAddress>> setAddress(qint64 roomId, DeliveryAddress address);
    QCoro::Task<Result<QList<AddressEntry>>> addresses(qint64 roomId);
    // Orders of a closed buy: the seller's checklist, the buyer's own, a move, payment
    // reminders (how many were sent) and the checklist as a CSV file.
    QCoro::Task<Result<QList<Order>>> orders(qint64 roomId);
    QCoro::Task<Result<Order>> myOrder(qint64 roomId);
    QCoro::Task<Result<Order>> setOrderStatus(qint64 roomId, QString userId, OrderStatus status);
    QCoro::Task<Result<int>> remindUnpaid(qint64 roomId);
    QCoro::Task<Result<QByteArray>> ordersSpreadsheet(qint64 roomId);
    // The seller's later deadline and/or other head count; the room afterwards.
    QCoro::Task<Result<Room>> changeLimits(qint64 roomId, std::optional<int> maxParticipants,
                                           std::optional<QDateTime> expiresAt);
    // The pickup appointment: as the caller sees it (the seller: with every answer),
    // set or moved, called off, and a buyer's answer; each answers the same view.
    QCoro::Task<Result<AppointmentView>> appointment(qint64 roomId);
    QCoro::Task<Result<AppointmentView>> setAppointment(qint64 roomId, AppointmentRequest request);
    QCoro::Task<Result<AppointmentView>> cancelAppointment(qint64 roomId);
    QCoro::Task<Result<AppointmentView>> answerAppointment(qint64 roomId, AppointmentAnswer answer);
    // A report to the operators (a message, or a member: exactly one of the two).
    QCoro::Task<Status> report(qint64 roomId, std::optional<qint64> messageId,
                               std::optional<QString> userId, QString reason);
    // Whom the user blocked, and blocking or unblocking one.
    QCoro::Task<Result<QStringList>> blocked();
    QCoro::Task<Status> setBlocked(QString userId, bool on);
    // The seller's tools; each answers the room afterwards. `minutes` nullopt: unmute.
    QCoro::Task<Result<Room>> setFrozen(qint64 roomId, bool frozen);
    QCoro::Task<Result<Room>> mute(qint64 roomId, QString userId, std::optional<int> minutes);
    QCoro::Task<Result<Room>> removeMember(qint64 roomId, QString userId, QString reason);
    // The seller's new product details; the answer is the room afterwards.
    QCoro::Task<Result<Room>> setProduct(qint64 roomId, Product product);
    // A file for a message of the room: what the server stored (it decides the type
    // from the bytes). `progress(sent, total)` as it goes; abortUpload(tag) ends it.
    // No answer at all (offline, the server away) is UNAVAILABLE: try again later.
    QCoro::Task<Result<Attachment>> upload(qint64 roomId, QByteArray bytes, QString name,
                                           QString tag,
                                           std::function<void(qint64, qint64)> progress);
    void abortUpload(const QString &tag);
    // A file's bytes (to open it with another app).
    QCoro::Task<Result<QByteArray>> download(qint64 fileId);

    // Ends every request still waiting: each awaiting coroutine resumes now with an
    // error. For an owner going away: a coroutine that never resumes is never freed.
    void abortPending();

private:
    QCoro::Task<Result<QByteArray>> fetch(QString pathAndQuery); // a GET's bytes
    QCoro::Task<Result<QJsonObject>> call(QByteArray method, QString pathAndQuery,
                                          QJsonObject body = {});
    QCoro::Task<Result<AppointmentView>> appointmentCall(QByteArray method, QString path,
                                                         QJsonObject body = {});
    QNetworkRequest requestFor(const QString &pathAndQuery) const;
    static Error errorOf(QNetworkReply *reply, const QByteArray &body);

    QNetworkAccessManager m_network;
    QSet<QNetworkReply *> m_pending;           // awaited by a call() now
    QHash<QString, QNetworkReply *> m_uploads; // by tag
    QUrl m_baseUrl;
    QString m_token;
};

} // namespace gonggu::client
