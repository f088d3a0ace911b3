// RoomService over an in-memory store: the life cycle of a group buy as the
// domain runs it, and the events it announces, with no database and no sockets.
#include "inmemoryroomstore.h"

#include "rooms/roomservice.h"

#include <QTest>
#include <qcoro/qcorotask.h>

using namespace gonggu;
using namespace gonggu::server;
using namespace Qt::StringLiterals;

namespace {

Identity user(const QString &id, const QString &name) {
    return {id, name, {}};
}
const Identity kSeller = user(u"u-seller"_s, u"Farm Kim"_s);
const Identity kTrade{u"trade"_s, u"Marketplace"_s, {u"rooms:write"_s}};

// One line per event, in the order announced: what a transport would deliver.
QString describe(const RoomEvent &event) {
    return std::visit(
        Overloaded{
            [](const roomevent::MessageStored &e) -> QString {
                return u"message "_s +
                       (e.message.event ? toString(*e.message.event) : e.message.content);
            },
            [](const roomevent::MessageChanged &e) -> QString {
                return (e.message.isDeleted() ? u"deleted "_s : u"edited "_s) + e.message.content;
            },
            [](const roomevent::RoomChanged &) -> QString { return u"room"_s; },
            [](const roomevent::TypingChanged &e) -> QString {
                return u"typing "_s + e.userId + (e.typing ? u" on"_s : u" off"_s);
            },
            [](const roomevent::ReadMoved &e) -> QString {
                return u"read "_s + e.userId + u' ' + QString::number(e.lastReadId);
            },
            [](const roomevent::RoomCreated &) -> QString { return u"created"_s; },
            [](const roomevent::MemberRemoved &e) -> QString {
                return u"removed "_s + e.userId + u' ' + toString(e.why);
            },
            [](const roomevent::StatusChanged &e) -> QString {
                return u"status "_s + toString(e.status);
            },
            [](const roomevent::PresenceChanged &e) -> QString {
                return u"presence "_s + e.userId + (e.online ? u" online"_s : u" offline"_s);
            },
            [](const roomevent::Notified &e) -> QString {
                return u"notified "_s + (e.userId.isEmpty() ? u"members"_s : e.userId) + u' ' +
                       toString(e.notification.type);
            },
        },
        event);
}

template <typename T> T await(QCoro::Task<T> task) {
    return QCoro::waitFor(std::move(task));
}

} // namespace

class TestRoomService : public QObject {
    Q_OBJECT

    std::unique_ptr<testing::InMemoryRoomStore> store;
    std::unique_ptr<RoomService> service;
    QStringList events;
    QList<EventOrigin> origins;
    qint64 nextProductId = 1'764'000'000'000; // epoch milliseconds, past 2^31

    qint64 openRoom(int max, int min, int secondsOpen = 3600) {
        RoomService::CreateRequest request;
        request.draft = {++nextProductId,
                         u"Jeju tangerines 10kg"_s,
                         {},
                         max,
                         min,
                         QDateTime::currentDateTimeUtc().addSecs(secondsOpen),
                         {}};
        const auto created = await(service->createRoom(kSeller, request));
        if (!created || !created->second)
            qFatal("room not created");
        events.clear();
        return created->first.id;
    }
    const RoomState &stateOf(qint64 roomId) { return *service->registry().find(roomId); }
    // The refusal's code as the wire spells it; "ok" when there was none.
    QString errorOf(const auto &result) { return result ? u"ok"_s : toString(result.error().code); }
    QString statusOf(qint64 roomId) { return toString(stateOf(roomId).room.status); }
    // Another open room, for a message id that is not of `roomId`.
    qint64 other(qint64 roomId) {
        const qint64 id = openRoom(5, 1);
        return id == roomId ? openRoom(5, 1) : id;
    }

private Q_SLOTS:
    void init() {
        store = std::make_unique<testing::InMemoryRoomStore>();
        service = std::make_unique<RoomService>(*store, 1000, 1000);
        connect(service.get(), &RoomService::eventCommitted, this,
                [this](const RoomEvent &event, EventOrigin origin) {
                    events.append(describe(event));
                    origins.append(origin);
                });
        QVERIFY(await(service->start()));
        events.clear();
        origins.clear();
    }

    void createIsIdempotentOnTheProduct() {
        RoomService::CreateRequest request;
        request.draft = {42, u"Apples"_s, {}, 5, 2, QDateTime::currentDateTimeUtc().addDays(1), {}};
        const auto first = await(service->createRoom(kSeller, request));
        QVERIFY(first && first->second);
        QCOMPARE(first->first.myRole, std::optional(Role::Seller));
        QCOMPARE(events, (QStringList{u"created"_s, u"room"_s}));
        request.draft.title = u"Pears"_s;
        const auto again = await(service->createRoom(kSeller, request));
        QVERIFY(again && !again->second);
        QCOMPARE(again->first.title, u"Apples"_s);
        QCOMPARE(events, (QStringList{u"created"_s, u"room"_s})); // nothing new announced
    }

    void theTradeServiceNamesTheSellerByAccount() {
        store->state.accountNames.insert(u"u-77"_s, u"김농부"_s);
        RoomService::CreateRequest request;
        request.draft = {43, u"Apples"_s, {}, 5, 2, QDateTime::currentDateTimeUtc().addDays(1), {}};
        request.sellerId = u"u-77"_s;
        const auto created = await(service->createRoom(kTrade, request));
        QVERIFY(created);
        QCOMPARE(created->first.sellerName, u"김농부"_s);
        QCOMPARE(created->first.myRole, std::nullopt);
        QCOMPARE(stateOf(43).roleOf(u"u-77"_s), std::optional(Role::Seller));
    }

    void joiningCountsOnceAndTheSellerCannot() {
        const qint64 room = openRoom(3, 1);
        const auto joined = await(service->join(user(u"u-1"_s, u"민수"_s), room));
        QVERIFY(joined);
        QCOMPARE(joined->participantCount, 1);
        QCOMPARE(joined->myRole, std::optional(Role::Participant));
        QCOMPARE(events, (QStringList{u"message PARTICIPATING"_s, u"room"_s}));
        QVERIFY(await(service->join(user(u"u-1"_s, u"민수"_s), room)));
        QCOMPARE(stateOf(room).room.participantCount, 1); // joining again changes nothing
        QCOMPARE(errorOf(await(service->join(kSeller, room))), toString(ErrorCode::Forbidden));
        QCOMPARE(errorOf(await(service->join(user(u"u-1"_s, u"민수"_s), 999))),
                 toString(ErrorCode::NotFound));
    }

    // Opening a room to look tells nobody; the first message does, just before it.
    void aViewerIsAnnouncedWhenTheyFirstWrite() {
        const qint64 room = openRoom(2, 1);
        const Identity viewer = user(u"u-v"_s, u"구경꾼"_s);
        const auto listed = [&] {
            QStringList ids;
            const auto snapshot = service->snapshot(room, kSeller.userId);
            for (const Participant &p : snapshot->participants)
                ids << p.userId;
            return ids;
        };
        events.clear();
        QVERIFY(await(service->admitToChat(viewer, room)));
        QCOMPARE(stateOf(room).roleOf(viewer.userId), std::optional(Role::Viewer));
        QCOMPARE(service->snapshot(room, viewer.userId)->room.myRole, std::optional(Role::Viewer));
        QCOMPARE(events, QStringList{u"room"_s}); // no SYSTEM message
        QCOMPARE(listed(), QStringList{kSeller.userId});
        service->sessionOpened(viewer);
        QVERIFY(!events.contains(u"presence u-v online"_s));

        events.clear();
        QVERIFY(await(
            service->post(viewer, room, {MessageType::Chat, u"택배도 되나요?"_s, {}, {}, {}})));
        QCOMPARE(events,
                 (QStringList{u"message JOINED"_s, u"room"_s, u"message 택배도 되나요?"_s}));
        QCOMPARE(listed(), (QStringList{kSeller.userId, viewer.userId}));
        events.clear();
        QVERIFY(
            await(service->post(viewer, room, {MessageType::Chat, u"감사합니다"_s, {}, {}, {}})));
        QCOMPARE(events, QStringList{u"message 감사합니다"_s}); // announced once
        service->sessionClosed(viewer.userId);
    }

    // A viewer who only looked leaves as quietly when the room closes.
    void aViewerWhoOnlyLookedIsRemovedQuietly() {
        const qint64 room = openRoom(1, 1);
        const Identity viewer = user(u"u-q"_s, u"조용"_s);
        QVERIFY(await(service->admitToChat(viewer, room)));
        events.clear();
        QVERIFY(await(service->join(user(u"u-1"_s, u"민수"_s), room)));
        QCOMPARE(events, (QStringList{u"message PARTICIPATING"_s, u"message CLOSED"_s,
                                      u"removed u-q REMOVED"_s, u"status CLOSED"_s,
                                      u"notified u-q ROOM_REMOVED"_s,
                                      u"notified members ROOM_STATUS"_s, u"room"_s}));
        QCOMPARE(stateOf(room).roleOf(viewer.userId), std::nullopt);
    }

    void theJoinThatFillsTheRoomClosesItAndRemovesViewers() {
        const qint64 room = openRoom(2, 1);
        const Identity viewer = user(u"u-v"_s, u"구경꾼"_s);
        QVERIFY(await(service->admitToChat(viewer, room)));
        QCOMPARE(stateOf(room).roleOf(viewer.userId), std::optional(Role::Viewer));
        QVERIFY(
            await(service->post(viewer, room, {MessageType::Chat, u"질문 있어요"_s, {}, {}, {}})));
        QVERIFY(await(service->join(user(u"u-1"_s, u"민수"_s), room)));
        events.clear();
        const auto last = await(service->join(user(u"u-2"_s, u"지우"_s), room));
        QVERIFY(last);
        QVERIFY(last->status == RoomStatus::Closed);
        QCOMPARE(last->participantCount, 2);
        QCOMPARE(events, (QStringList{u"message PARTICIPATING"_s, u"message CLOSED"_s,
                                      u"message REMOVED"_s, u"removed u-v REMOVED"_s,
                                      u"status CLOSED"_s, u"notified u-v ROOM_REMOVED"_s,
                                      u"notified members ROOM_STATUS"_s, u"room"_s}));
        QCOMPARE(stateOf(room).roleOf(viewer.userId), std::nullopt);
        // Full and settled: nobody else joins, the viewer may not read or write.
        QCOMPARE(errorOf(await(service->join(user(u"u-3"_s, u"하나"_s), room))),
                 toString(ErrorCode::RoomNotActive));
        QVERIFY(!await(service->admitToChat(viewer, room)));
        QCOMPARE(
            errorOf(await(service->post(viewer, room, {MessageType::Chat, u"hi"_s, {}, {}, {}}))),
            toString(ErrorCode::NotAMember));
        QVERIFY(await(service->post(user(u"u-1"_s, u"민수"_s), room,
                                    {MessageType::Chat, u"pickup at 6?"_s, {}, {}, {}})));
    }

    void leavingUncountsAndEndsTheMembership() {
        const qint64 room = openRoom(5, 1);
        const Identity buyer = user(u"u-1"_s, u"민수"_s);
        QVERIFY(await(service->join(buyer, room)));
        events.clear();
        const auto left = await(service->leave(buyer, room));
        QVERIFY(left);
        QCOMPARE(left->participantCount, 0);
        QCOMPARE(left->myRole, std::nullopt);
        QCOMPARE(events, (QStringList{u"message LEFT"_s, u"removed u-1 LEFT"_s, u"room"_s}));
        QCOMPARE(errorOf(await(service->leave(buyer, room))), toString(ErrorCode::NotAMember));
        QCOMPARE(errorOf(await(service->leave(kSeller, room))), toString(ErrorCode::Forbidden));
    }

    // An announcement is also a notification of the room's members, recorded with it;
    // what a member missed is theirs to replay, nobody else's.
    void anAnnouncementNotifiesTheMembers() {
        const qint64 room = openRoom(5, 1);
        const Identity buyer = user(u"u-1"_s, u"민수"_s);
        QVERIFY(await(service->join(buyer, room)));
        events.clear();
        const auto posted = await(service->post(
            kSeller, room, {MessageType::Notification, u"Pickup at 6"_s, {}, {}, {}}));
        QVERIFY(posted);
        QCOMPARE(events,
                 (QStringList{u"message Pickup at 6"_s, u"notified members NOTIFICATION"_s}));
        const auto missed = await(service->missedNotifications(u"u-1"_s, 0));
        QVERIFY(missed);
        QCOMPARE(missed->size(), 1);
        QCOMPARE(missed->first().message->id, posted->message.id);
        QCOMPARE(missed->first().roomTitle, u"Jeju tangerines 10kg"_s);
        QVERIFY(await(service->missedNotifications(u"u-1"_s, missed->first().id))->isEmpty());
        QVERIFY(await(service->missedNotifications(u"u-outsider"_s, 0))->isEmpty());
        // A retried SEND (same clientMsgId) notifies nobody twice.
        events.clear();
        QVERIFY(await(service->post(
            kSeller, room, {MessageType::Notification, u"Bring a bag"_s, u"c-9"_s, {}, {}})));
        QVERIFY(await(service->post(
            kSeller, room, {MessageType::Notification, u"Bring a bag"_s, u"c-9"_s, {}, {}})));
        QCOMPARE(events.count(u"notified members NOTIFICATION"_s), 1);
    }

    void onlyTheSellerOrTheTradeServiceSettles() {
        const qint64 room = openRoom(5, 1);
        QCOMPARE(
            errorOf(await(service->settle(user(u"u-1"_s, u"민수"_s), room, RoomStatus::Cancelled))),
            toString(ErrorCode::Forbidden));
        QCOMPARE(events, QStringList{});
        QVERIFY(await(service->settle(kTrade, room, RoomStatus::Cancelled)));
        QCOMPARE(events, (QStringList{u"message CANCELLED"_s, u"status CANCELLED"_s,
                                      u"notified members ROOM_STATUS"_s, u"room"_s}));
        QCOMPARE(errorOf(await(service->settle(kSeller, room, RoomStatus::Closed))),
                 toString(ErrorCode::RoomNotActive));
        // Read-only now, for everybody.
        QCOMPARE(
            errorOf(await(service->post(kSeller, room, {MessageType::Chat, u"hi"_s, {}, {}, {}}))),
            toString(ErrorCode::RoomNotWritable));
    }

    void expiryClosesOrCancelsByTheMinimum() {
        const qint64 enough = openRoom(5, 1, 1);
        const qint64 tooFew = openRoom(5, 2, 1);
        QVERIFY(await(service->join(user(u"u-1"_s, u"민수"_s), enough)));
        QVERIFY(await(service->join(user(u"u-1"_s, u"민수"_s), tooFew)));
        events.clear();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(enough), u"CLOSED"_s, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(tooFew), u"CANCELLED"_s, 5000);
        QCOMPARE(events.count(u"message EXPIRED"_s), 2);
        QVERIFY(events.contains(u"status CLOSED"_s));
        QVERIFY(events.contains(u"status CANCELLED"_s));
        // Settled once: the store holds one EXPIRED message per room.
        const auto expired =
            std::count_if(store->state.messages.cbegin(), store->state.messages.cend(),
                          [](const ChatMessage &m) { return m.event == SystemEvent::Expired; });
        QCOMPARE(expired, 2);
    }

    void aFailedCommitAnnouncesNothingAndChangesNothing() {
        const qint64 room = openRoom(5, 1);
        store->failNextCommit = true;
        QCOMPARE(errorOf(await(service->join(user(u"u-1"_s, u"민수"_s), room))),
                 toString(ErrorCode::Internal));
        QCOMPARE(events, QStringList{});
        QCOMPARE(stateOf(room).room.participantCount, 0);
        QCOMPARE(stateOf(room).roleOf(u"u-1"_s), std::nullopt);
        QCOMPARE(store->state.rooms.at(room).room.participantCount, 0);
    }

    void aMessageIsAnnouncedOnceWithItsWireJson() {
        const qint64 room = openRoom(5, 1);
        const Identity buyer = user(u"u-1"_s, u"민수"_s);
        QVERIFY(await(service->join(buyer, room)));
        events.clear();
        QList<RoomEvent> seen;
        connect(service.get(), &RoomService::eventCommitted, this,
                [&](const RoomEvent &event) { seen.append(event); });
        const SendRequest send{MessageType::Chat, u"<b>6시 픽업?</b>"_s, u"c-1"_s, {}, {}};
        const auto stored = await(service->post(buyer, room, send));
        QVERIFY(stored && !stored->duplicate);
        QCOMPARE(seen.size(), 1);
        const auto &message = std::get<roomevent::MessageStored>(seen.first());
        QCOMPARE(message.message.content, u"<b>6시 픽업?</b>"_s);
        QCOMPARE(message.json, stored->message.toCompactJson());
        // A retry is answered as the first and not announced again.
        const auto retry = await(service->post(buyer, room, send));
        QVERIFY(retry && retry->duplicate);
        QCOMPARE(retry->message.id, stored->message.id);
        QCOMPARE(seen.size(), 1);
        // The newest page is served from what was announced.
        const auto page = await(service->history(buyer, {room, {}, {}, 50}));
        QVERIFY(page);
        QCOMPARE(page->messages.last().json, message.json);
        // Only the seller posts notifications.
        QCOMPARE(errorOf(await(service->post(buyer, room,
                                             {MessageType::Notification, u"paid?"_s, {}, {}, {}}))),
                 toString(ErrorCode::Forbidden));
    }

    // An edit and a deletion are one event each, not a new message and not a room change;
    // the cache and the room's newest message follow, and a repeated delete says nothing.
    void editsAndDeletionsAreAnnouncedAsChanges() {
        const qint64 room = openRoom(5, 1);
        const Identity buyer = user(u"u-1"_s, u"민수"_s);
        QVERIFY(await(service->join(buyer, room)));
        const auto question =
            await(service->post(buyer, room, {MessageType::Chat, u"6시 픽업?"_s, {}, {}, {}}));
        QVERIFY(question);
        const qint64 id = question->message.id;
        const auto answer =
            await(service->post(kSeller, room, {MessageType::Chat, u"네"_s, {}, id, {}}));
        QVERIFY(answer);
        QCOMPARE(answer->message.quote->content, u"6시 픽업?"_s);
        QVERIFY(await(service->history(buyer, {room, {}, {}, 50}))); // cached now
        events.clear();

        const auto edited = await(service->editMessage(buyer, room, {id, u"7시 픽업?"_s}));
        QVERIFY(edited);
        QCOMPARE(edited->content, u"7시 픽업?"_s);
        QVERIFY(edited->editedAt);
        QCOMPARE(events, QStringList{u"edited 7시 픽업?"_s});
        // The reply's quote is read again, not kept from before.
        const auto page = await(service->history(buyer, {room, {}, {}, 50}));
        QVERIFY(page && page->messages.last().json.contains("7시 픽업?"));

        QCOMPARE(errorOf(await(service->editMessage(kSeller, room, {id, u"x"_s}))),
                 toString(ErrorCode::Forbidden));
        QCOMPARE(errorOf(await(service->deleteMessage(buyer, room, answer->message.id))),
                 toString(ErrorCode::Forbidden));
        events.clear();
        const auto removed = await(service->deleteMessage(kSeller, room, id));
        QVERIFY(removed && removed->isDeleted() && removed->content.isEmpty());
        QCOMPARE(events, QStringList{u"deleted "_s});
        QVERIFY(await(service->deleteMessage(kSeller, room, id))); // a retry
        QCOMPARE(events.size(), 1);
        QCOMPARE(errorOf(await(service->editMessage(buyer, room, {id, u"x"_s}))),
                 toString(ErrorCode::Conflict));
        QCOMPARE(errorOf(await(service->deleteMessage(buyer, other(room), id))),
                 toString(ErrorCode::NotFound));
        // The newest message (the reply) is unchanged; its preview has no quote.
        QCOMPARE(stateOf(room).room.lastMessage->id, answer->message.id);
        QVERIFY(!stateOf(room).room.lastMessage->quote);
    }

    void presenceIsAnnouncedOnTheFirstAndTheLastSessionOnly() {
        const qint64 room = openRoom(5, 1);
        const Identity buyer = user(u"u-1"_s, u"민수"_s);
        QVERIFY(await(service->join(buyer, room)));
        events.clear();
        service->sessionOpened(buyer);
        service->sessionOpened(buyer); // a second device
        QCOMPARE(events, QStringList{u"presence u-1 online"_s});
        QVERIFY(service->isOnline(buyer.userId));
        service->sessionClosed(buyer.userId);
        QCOMPARE(events.size(), 1); // still online on the other device
        service->sessionClosed(buyer.userId);
        QCOMPARE(events, (QStringList{u"presence u-1 online"_s, u"presence u-1 offline"_s}));
        QVERIFY(!service->isOnline(buyer.userId));
        // Presence is counted per instance: another instance's is not taken in.
        QCoro::waitFor(service->applyRemote(roomevent::PresenceChanged{room, u"u-2"_s, true}));
        QCOMPARE(events.size(), 2);
    }

    void anotherInstancesChangeIsReloadedThenAnnounced() {
        const qint64 room = openRoom(5, 1);
        origins.clear();
        // Another instance committed a join: the store has it, this registry not yet.
        auto &record = store->state.rooms.at(room);
        record.room.participantCount = 1;
        record.members.append({u"u-9"_s, u"Elsewhere"_s, Role::Participant});
        QCoro::waitFor(service->applyRemote(roomevent::RoomChanged{room}));
        QCOMPARE(events, QStringList{u"room"_s});
        QCOMPARE(origins, QList<EventOrigin>{EventOrigin::OtherInstance});
        QCOMPARE(stateOf(room).room.participantCount, 1);
        QCOMPARE(stateOf(room).roleOf(u"u-9"_s), std::optional(Role::Participant));
        // An event about a room this store never had is dropped.
        QCoro::waitFor(service->applyRemote(roomevent::RoomChanged{123}));
        QCOMPARE(events.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoomService)
#include "tst_roomservice.moc"
