// Plain data of the room domain, as the store reads and writes it.
#pragma once

#include "common/chatmessage.h"
#include "common/deliveryaddress.h"
#include "common/order.h"
#include "common/room.h"
#include "common/roomevent.h"

#include <QSet>

namespace gonggu::server {

struct MemberRecord {
    QString userId;
    QString displayName;
    Role role = Role::Viewer;
    // False for a VIEWER who has only looked: nobody was told they are there (no SYSTEM
    // message, not in the participant list) until they first write.
    bool announced = true;
    qint64 lastReadId = 0; // the newest message they have read
    // A PARTICIPANT's answer to the room's pickup appointment (since its setAt).
    std::optional<AppointmentAnswer> answer{};
    std::optional<QDateTime> answeredAt{};
    // Muted by the seller until then (they read, and do not write).
    std::optional<QDateTime> mutedUntil{};
};

// A recent message as unread counts need it: its id, and whose it is (one's own
// messages are never unread to oneself).
struct RecentMessage {
    qint64 id = 0;
    size_t sender = 0; // qHash of the sender's id
    friend bool operator==(const RecentMessage &, const RecentMessage &) = default;
};

struct RoomRecord {
    Room room; // myRole, lastRead and unread are per caller and left empty here
    QList<MemberRecord> members;
    // The newest CHAT and NOTIFICATION messages, oldest first, at most kUnreadWindow:
    // what unread counts are counted from.
    QList<RecentMessage> recentMessages;
    static constexpr int kUnreadWindow = 300;
    // The hour-before reminder of the room's appointment went (or its time passed).
    bool appointmentReminded = false;
    // Those the seller removed: they do not join, look or read again.
    QSet<QString> banned{};
};

// What a member reported to the operators: a message (and so its sender) or a member,
// and why. The reported person is never told.
struct ReportRecord {
    qint64 id = 0;
    qint64 roomId = 0;
    QString reporterId;
    QString reporterName;
    QString reportedId;
    QString reportedName;
    std::optional<qint64> messageId;
    QString reason;
    QDateTime createdAt;
    // The operators' list: the room's title and the message as it is now (if any).
    QString roomTitle{};
    std::optional<ChatMessage> message{};
};

// Someone a user blocked: the app hides their messages for that user.
struct BlockRecord {
    QString userId;
    QDateTime blockedAt;
};

struct NewRoom {
    qint64 productId = 0;
    QString title;
    QString description;
    QString sellerId;
    QString sellerName;
    int maxParticipants = 0;
    int minParticipants = 0;
    QDateTime expiresAt;
    std::optional<Product> product;
};

struct NewMessage {
    qint64 roomId = 0;
    MessageType type = MessageType::Chat;
    QString senderId;
    QString senderName;
    QString content;
    std::optional<QString> clientMsgId;
    std::optional<SystemEvent> event;
    std::optional<QString> subjectId;
    std::optional<QString> subjectName;
    std::optional<qint64> replyTo;
    std::optional<Quote> quote;               // of replyTo, as read in the same transaction
    std::optional<Appointment> appointment{}; // APPOINTMENT_SET and _CHANGED
    // The files the sender names (changes::insert resolves them into `attachments`:
    // theirs, uploaded to this room, in no other message yet).
    QList<qint64> fileIds;
    QList<Attachment> attachments;

    // The message as committed under `id`, `seq`-th in its room, at `createdAt`.
    ChatMessage committed(qint64 id, qint64 seq, const QDateTime &createdAt) const {
        return {.id = id,
                .roomId = roomId,
                .seq = seq,
                .type = type,
                .senderId = senderId,
                .senderName = senderName,
                .content = content,
                .clientMsgId = clientMsgId,
                .createdAt = createdAt,
                .event = event,
                .subjectId = subjectId,
                .subjectName = subjectName,
                .appointment = appointment,
                .replyTo = replyTo,
                .quote = quote,
                .attachments = attachments};
    }
};

struct StoredMessage {
    ChatMessage message;
    bool duplicate = false; // an earlier message with the same (sender, clientMsgId)
    // A NOTIFICATION: what the members are told, recorded with it.
    std::optional<roomevent::Notified> announcement;
};

struct HistoryQuery {
    qint64 roomId = 0;
    std::optional<qint64> before;
    std::optional<qint64> after;
    int limit = 50;
    // The seller's announcements alone (NOTIFICATION, not deleted): earlier ones
    // under the pinned one.
    bool announcementsOnly = false;
};

// Messages of one room whose text contains `text`, newest first, scanning at most
// `scanLimit` messages older than `before` (the content is sealed at rest: the
// server opens and matches, no plaintext index exists).
struct SearchQuery {
    qint64 roomId = 0;
    QString text;
    std::optional<qint64> before;
    int limit = 20;
    int scanLimit = 5000;
};

// What a user missed: their own notifications and those of `rooms` (theirs now)
// after `afterId` and not older than `notBefore`, oldest first, at most `limit`.
struct NotificationQuery {
    QString userId;
    QList<qint64> rooms;
    qint64 afterId = 0;
    QDateTime notBefore;
    int limit = 500;
};

// A buyer's address as stored, with when they last changed it.
struct StoredAddress {
    QString userId;
    DeliveryAddress address;
    QDateTime updatedAt;
};

// An order as stored: only one that was changed or reminded has a row; a buyer
// without one is AWAITING_PAYMENT since the close (changes::ordersOf).
struct OrderRecord {
    QString userId;
    OrderStatus status = OrderStatus::AwaitingPayment;
    std::optional<OrderActor> changedBy;
    QDateTime updatedAt;
    std::optional<QDateTime> remindedAt;
};

struct SearchPage {
    QList<ChatMessage> messages;      // newest first
    std::optional<qint64> nextBefore; // where to go on; none: the start of the room was reached
    int scanned = 0;
};

struct HistoryPage {
    QList<ChatMessage> messages; // oldest -> newest
    bool hasMore = false;
};

// Newest created first (the contract's default), or, as chat apps list them, the
// room with the newest message first (sort=activity).
enum class RoomOrder { Created, Activity };

struct RoomListQuery {
    RoomOrder order = RoomOrder::Created;
    std::optional<RoomStatus> status;
    std::optional<QString> memberUserId; // mine=true
    int limit = 20;
    std::optional<std::pair<qint64, qint64>> after; // cursor: (createdAt ms, id) of the last row
};

struct RoomListPage {
    QList<qint64> roomIds; // newest first
    std::optional<std::pair<qint64, qint64>> next;
};

} // namespace gonggu::server
