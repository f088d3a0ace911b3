// The group-buy rules, as tables of cases (no server, no database).
#include "rooms/roomrules.h"

#include <QTest>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Role>)

namespace {
Room room(RoomStatus status, int count = 3, int max = 10, int min = 5) {
    Room r;
    r.id = r.productId = 1;
    r.status = status;
    r.participantCount = count;
    r.maxParticipants = max;
    r.minParticipants = min;
    return r;
}
// -1 = allowed, otherwise the ErrorCode
int outcome(const Status &status) {
    return status.ok() ? -1 : int(status.error().code);
}
constexpr int kOk = -1;
const std::optional<Role> kNone;
} // namespace

class TestRoomRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readingTheChat_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<std::optional<Role>>("role");
        QTest::addColumn<int>("expected");
        const struct {
            RoomStatus status;
            std::optional<Role> role;
            int expected;
        } table[] = {
            {RoomStatus::Active, kNone, kOk},
            {RoomStatus::Active, Role::Viewer, kOk},
            {RoomStatus::Closed, kNone, int(ErrorCode::NotAMember)},
            {RoomStatus::Closed, Role::Viewer, int(ErrorCode::NotAMember)},
            {RoomStatus::Closed, Role::Participant, kOk},
            {RoomStatus::Closed, Role::Seller, kOk},
            {RoomStatus::Cancelled, kNone, int(ErrorCode::NotAMember)},
            {RoomStatus::Cancelled, Role::Viewer, kOk},
            {RoomStatus::Cancelled, Role::Participant, kOk},
        };
        for (const auto &row : table) {
            QTest::addRow("%s/%s", qPrintable(toString(row.status)),
                          row.role ? qPrintable(toString(*row.role)) : "none")
                << int(row.status) << row.role << row.expected;
        }
    }

    void readingTheChat() {
        QFETCH(int, status);
        QFETCH(std::optional<Role>, role);
        QFETCH(int, expected);
        QCOMPARE(outcome(rules::canReadChat(RoomStatus(status), role)), expected);
    }

    void sending_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<std::optional<Role>>("role");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("tradeService");
        QTest::addColumn<int>("expected");
        const struct {
            RoomStatus status;
            std::optional<Role> role;
            MessageType type;
            bool trade;
            int expected;
        } table[] = {
            {RoomStatus::Active, kNone, MessageType::Chat, false, int(ErrorCode::NotAMember)},
            {RoomStatus::Active, Role::Viewer, MessageType::Chat, false, kOk},
            {RoomStatus::Active, Role::Participant, MessageType::Chat, false, kOk},
            {RoomStatus::Active, Role::Participant, MessageType::Notification, false,
             int(ErrorCode::Forbidden)},
            {RoomStatus::Active, Role::Seller, MessageType::Notification, false, kOk},
            {RoomStatus::Active, kNone, MessageType::Notification, true, kOk},
            {RoomStatus::Active, Role::Seller, MessageType::System, false,
             int(ErrorCode::Forbidden)},
            {RoomStatus::Closed, Role::Participant, MessageType::Chat, false, kOk},
            {RoomStatus::Closed, Role::Viewer, MessageType::Chat, false,
             int(ErrorCode::NotAMember)},
            {RoomStatus::Cancelled, Role::Seller, MessageType::Chat, false,
             int(ErrorCode::RoomNotWritable)},
            {RoomStatus::Cancelled, Role::Participant, MessageType::Chat, false,
             int(ErrorCode::RoomNotWritable)},
            {RoomStatus::Cancelled, Role::Seller, MessageType::Notification, false,
             int(ErrorCode::RoomNotWritable)},
        };
        int i = 0;
        for (const auto &row : table)
            QTest::addRow("case %d", i++)
                << int(row.status) << row.role << int(row.type) << row.trade << row.expected;
    }

    void sending() {
        QFETCH(int, status);
        QFETCH(std::optional<Role>, role);
        QFETCH(int, type);
        QFETCH(bool, tradeService);
        QFETCH(int, expected);
        QCOMPARE(outcome(rules::canSend(RoomStatus(status), role, MessageType(type), tradeService)),
                 expected);
    }

    // Who may edit and delete which message, by role, status and authorship. "me" is the
    // caller; a message is mine or another member's.
    void editingAndDeleting_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<std::optional<Role>>("role");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("mine");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<bool>("tradeService");
        QTest::addColumn<int>("edit");
        QTest::addColumn<int>("remove");
        constexpr int kForbidden = int(ErrorCode::Forbidden);
        constexpr int kNotMember = int(ErrorCode::NotAMember);
        constexpr int kReadOnly = int(ErrorCode::RoomNotWritable);
        constexpr int kConflict = int(ErrorCode::Conflict);
        const auto chat = MessageType::Chat;
        const struct {
            RoomStatus status;
            std::optional<Role> role;
            MessageType type;
            bool mine, deleted, trade;
            int edit, remove;
        } table[] = {
            // Their own message, while they may write.
            {RoomStatus::Active, Role::Viewer, chat, true, false, false, kOk, kOk},
            {RoomStatus::Active, Role::Participant, chat, true, false, false, kOk, kOk},
            {RoomStatus::Closed, Role::Participant, chat, true, false, false, kOk, kOk},
            {RoomStatus::Active, Role::Seller, MessageType::Notification, true, false, false, kOk,
             kOk},
            // Someone else's: only the seller and the trade service delete it.
            {RoomStatus::Active, Role::Participant, chat, false, false, false, kForbidden,
             kForbidden},
            {RoomStatus::Active, Role::Seller, chat, false, false, false, kForbidden, kOk},
            {RoomStatus::Active, kNone, chat, false, false, true, kForbidden, kOk},
            // Out of the room, or the room read-only: the sender may do neither.
            {RoomStatus::Active, kNone, chat, true, false, false, kNotMember, kNotMember},
            {RoomStatus::Closed, Role::Viewer, chat, true, false, false, kNotMember, kNotMember},
            {RoomStatus::Cancelled, Role::Participant, chat, true, false, false, kReadOnly,
             kReadOnly},
            // The seller moderates whatever the status, but edits nobody's words.
            {RoomStatus::Cancelled, Role::Seller, chat, false, false, false, kForbidden, kOk},
            // Deleted: no edit; a repeated delete is not refused (a retry).
            {RoomStatus::Active, Role::Participant, chat, true, true, false, kConflict, kOk},
            // SYSTEM messages: never, by anyone.
            {RoomStatus::Active, Role::Seller, MessageType::System, false, false, false, kForbidden,
             kForbidden},
            {RoomStatus::Active, kNone, MessageType::System, false, false, true, kForbidden,
             kForbidden},
        };
        int i = 0;
        for (const auto &row : table)
            QTest::addRow("case %d", i++)
                << int(row.status) << row.role << int(row.type) << row.mine << row.deleted
                << row.trade << row.edit << row.remove;
    }

    void editingAndDeleting() {
        QFETCH(int, status);
        QFETCH(std::optional<Role>, role);
        QFETCH(int, type);
        QFETCH(bool, mine);
        QFETCH(bool, deleted);
        QFETCH(bool, tradeService);
        QFETCH(int, edit);
        QFETCH(int, remove);
        ChatMessage message;
        message.id = 7;
        message.roomId = 1;
        message.type = MessageType(type);
        message.senderId = mine ? u"me"_s : u"u-other"_s;
        message.content = u"hello"_s;
        if (deleted)
            message.deletedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(outcome(rules::canEdit(RoomStatus(status), role, message, u"me"_s, tradeService)),
                 edit);
        QCOMPARE(
            outcome(rules::canDelete(RoomStatus(status), role, message, u"me"_s, tradeService)),
            remove);
    }

    void reacting() {
        ChatMessage message;
        message.type = MessageType::Chat;
        message.senderId = u"u-other"_s;
        const auto react = [&](RoomStatus status, std::optional<Role> role, bool trade = false) {
            return outcome(rules::canReact(status, role, message, trade));
        };
        QCOMPARE(react(RoomStatus::Active, Role::Viewer), kOk);
        QCOMPARE(react(RoomStatus::Closed, Role::Participant), kOk);
        QCOMPARE(react(RoomStatus::Closed, Role::Viewer), int(ErrorCode::NotAMember));
        QCOMPARE(react(RoomStatus::Active, kNone), int(ErrorCode::NotAMember));
        QCOMPARE(react(RoomStatus::Cancelled, Role::Seller), int(ErrorCode::RoomNotWritable));
        message.deletedAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(react(RoomStatus::Active, Role::Participant), int(ErrorCode::Conflict));
        message.deletedAt.reset();
        message.type = MessageType::System;
        QCOMPARE(react(RoomStatus::Active, Role::Seller), int(ErrorCode::Forbidden));
    }

    void joiningLeavingSettling() {
        QCOMPARE(outcome(rules::canJoin(room(RoomStatus::Active), kNone)), kOk);
        QCOMPARE(outcome(rules::canJoin(room(RoomStatus::Active), Role::Viewer)), kOk);
        QCOMPARE(outcome(rules::canJoin(room(RoomStatus::Active, 10, 10), kNone)),
                 int(ErrorCode::RoomFull));
        QCOMPARE(outcome(rules::canJoin(room(RoomStatus::Active, 10, 10), Role::Participant)), kOk);
        QCOMPARE(outcome(rules::canJoin(room(RoomStatus::Active), Role::Seller)),
                 int(ErrorCode::Forbidden));
        QCOMPARE(outcome(rules::canJoin(room(RoomStatus::Closed), kNone)),
                 int(ErrorCode::RoomNotActive));
        QCOMPARE(outcome(rules::canLeave(room(RoomStatus::Active), Role::Participant)), kOk);
        QCOMPARE(outcome(rules::canLeave(room(RoomStatus::Active), kNone)),
                 int(ErrorCode::NotAMember));
        QCOMPARE(outcome(rules::canLeave(room(RoomStatus::Active), Role::Seller)),
                 int(ErrorCode::Forbidden));
        QCOMPARE(outcome(rules::canLeave(room(RoomStatus::Closed), Role::Participant)),
                 int(ErrorCode::RoomNotActive));
        QCOMPARE(outcome(rules::canSettle(room(RoomStatus::Active), Role::Seller, false)), kOk);
        QCOMPARE(outcome(rules::canSettle(room(RoomStatus::Active), kNone, true)), kOk);
        QCOMPARE(outcome(rules::canSettle(room(RoomStatus::Active), Role::Participant, false)),
                 int(ErrorCode::Forbidden));
        QCOMPARE(outcome(rules::canSettle(room(RoomStatus::Cancelled), Role::Seller, false)),
                 int(ErrorCode::RoomNotActive));
        QCOMPARE(outcome(rules::canEditProduct(room(RoomStatus::Active), Role::Seller, false)),
                 kOk);
        QCOMPARE(outcome(rules::canEditProduct(room(RoomStatus::Active), kNone, true)), kOk);
        QCOMPARE(outcome(rules::canEditProduct(room(RoomStatus::Active), Role::Participant, false)),
                 int(ErrorCode::Forbidden));
        QCOMPARE(outcome(rules::canEditProduct(room(RoomStatus::Closed), Role::Seller, false)),
                 int(ErrorCode::RoomNotActive));
        QCOMPARE(outcome(rules::canEditProduct(room(RoomStatus::Closed), kNone, true)),
                 int(ErrorCode::RoomNotActive));
    }

    void fillingAndExpiry() {
        QVERIFY(rules::joinFillsRoom(room(RoomStatus::Active, 9, 10), 10));
        QVERIFY(!rules::joinFillsRoom(room(RoomStatus::Active, 8, 10), 9));
        QVERIFY(rules::expiryOutcome(room(RoomStatus::Active, 5, 10, 5)) == RoomStatus::Closed);
        QVERIFY(rules::expiryOutcome(room(RoomStatus::Active, 4, 10, 5)) == RoomStatus::Cancelled);
    }

    void draftValidation() {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        RoomDraft draft{1042, u"Jeju tangerines"_s, QString(), 10, 5, now.addDays(1), {}};
        QVERIFY(rules::validateDraft(draft, now).ok());
        draft.product = Product{.groupPrice = 29000, .regularPrice = 39000};
        QVERIFY(rules::validateDraft(draft, now).ok());
        draft.product->photoFileId = 7; // no file can be in a room not yet opened
        QCOMPARE(rules::validateDraft(draft, now).error().field, u"photoFileId"_s);
        draft.product.reset();
        auto broken = draft;
        broken.minParticipants = 11;
        QVERIFY(!rules::validateDraft(broken, now).ok());
        broken = draft;
        broken.maxParticipants = 10001;
        broken.minParticipants = 1;
        QVERIFY(!rules::validateDraft(broken, now).ok());
        broken = draft;
        broken.expiresAt = now;
        QVERIFY(!rules::validateDraft(broken, now).ok());
        broken = draft;
        broken.title = u"   "_s;
        QVERIFY(!rules::validateDraft(broken, now).ok());
        broken = draft;
        broken.title = QString(120, u'감');
        QVERIFY(rules::validateDraft(broken, now).ok());
        broken.title = QString(121, u'감');
        QVERIFY(!rules::validateDraft(broken, now).ok());
    }
};

QTEST_GUILESS_MAIN(TestRoomRules)
#include "tst_roomrules.moc"
