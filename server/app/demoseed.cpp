#include "demoseed.h"

#include "auth/accountservice.h"
#include "files/fileservice.h"
#include "gongguserver.h"
#include "rooms/roomservice.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

QCoro::Task<Result<Identity>> demoUser(AccountService &accounts, QString username, QString name) {
    const QString password = QString::fromLatin1(kDemoPassword);
    auto session = co_await accounts.login(username, password, QHostAddress::LocalHost);
    if (!session)
        session = co_await accounts.registerAccount(username, password, name);
    if (!session)
        co_return session.error();
    co_return Identity{session->user.id, session->user.displayName, {}};
}

struct DemoRoom {
    qint64 id;
    QString title;
    QString description;
    int max;
    int min;
    int hoursLeft;
    Product product;
};

} // namespace

QCoro::Task<Status> seedDemo(GongguServer &server) {
    AccountService *accounts = server.accounts();
    if (!accounts)
        co_return Error{ErrorCode::BadRequest,
                        u"seed-demo needs built-in accounts (accounts = on)"_s};
    RoomService &rooms = server.rooms();

    QList<Identity> people;
    for (const auto &[username, name] :
         {std::pair{u"farmkim"_s, u"김농부 Farm Kim"_s}, std::pair{u"minsu"_s, u"민수"_s},
          std::pair{u"jiwoo"_s, u"Jiwoo"_s}, std::pair{u"hana"_s, u"하나"_s}}) {
        auto identity = co_await demoUser(*accounts, username, name);
        if (!identity)
            co_return identity.error();
        people.append(*identity);
    }
    const Identity &seller = people[0];
    const Identity &minsu = people[1];
    const Identity &jiwoo = people[2];
    const Identity &hana = people[3];

    const QList<DemoRoom> demoRooms{
        {1042, u"제주 감귤 10kg (Jeju tangerines)"_s,
         u"Picked this week on our farm in Seogwipo. Pickup at Gangnam station or delivery."_s, 10,
         5, 48,
         Product{.groupPrice = 29000,
                 .regularPrice = 39000,
                 .unit = u"10kg 한 상자"_s,
                 .pickup = true,
                 .delivery = true}},
        {2001, u"유기농 달걀 30구 Organic eggs"_s, u"Free-range, delivered Saturday morning."_s, 6,
         3, 6,
         Product{.groupPrice = 9900,
                 .regularPrice = 12900,
                 .unit = u"30구"_s,
                 .pickup = false,
                 .delivery = true}},
        {3003, u"나주 배 선물세트 Naju pear gift box"_s, u"Premium pears, 7.5kg box."_s, 2, 2, 72,
         Product{.groupPrice = 45000, .regularPrice = 52000, .unit = u"7.5kg"_s}},
        {4004, u"한우 구이용 세트 Hanwoo BBQ set"_s, u"1+ grade, 1.2kg."_s, 8, 6, 24,
         Product{.groupPrice = 79000, .regularPrice = 98000, .unit = u"1.2kg"_s}},
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const DemoRoom &demo : demoRooms) {
        RoomService::CreateRequest request;
        request.draft = {demo.id,     demo.title, demo.description,
                         demo.max,    demo.min,   now.addSecs(demo.hoursLeft * 3600),
                         demo.product};
        if (auto created = co_await rooms.createRoom(seller, request); !created)
            co_return created.error();
    }
    // The tangerines' photo, as a seller adds it once the room is open (first run only).
    if (const RoomState *tangerines = rooms.registry().find(1042);
        tangerines && tangerines->room.status == RoomStatus::Active && tangerines->room.product &&
        !tangerines->room.product->photoFileId) {
        QFile file(u":/demo/tangerine-box.jpg"_s);
        if (!file.open(QIODevice::ReadOnly))
            co_return Error{ErrorCode::Internal, u"demo photo missing: tangerine-box.jpg"_s};
        auto uploaded =
            co_await server.files().upload(seller, 1042, "tangerine-box.jpg", file.readAll());
        if (!uploaded)
            co_return uploaded.error();
        Product withPhoto = *tangerines->room.product;
        withPhoto.photoFileId = uploaded->attachment.fileId;
        if (auto set = co_await rooms.setProduct(seller, 1042, withPhoto); !set)
            co_return set.error();
    }

    // Each message has its own clientMsgId, so a second run posts nothing twice.
    int sequence = 0;
    auto post = [&](const Identity &who, qint64 roomId, QString text,
                    MessageType type = MessageType::Chat,
                    std::optional<qint64> replyTo = {}) -> QCoro::Task<Result<ChatMessage>> {
        SendRequest request{type, std::move(text), u"demo-%1"_s.arg(++sequence), replyTo, {}};
        if (auto admitted = co_await rooms.admitToChat(who, roomId); !admitted)
            co_return admitted.error();
        auto stored = co_await rooms.post(who, roomId, request);
        if (!stored)
            co_return stored.error();
        co_return stored->message;
    };
    auto say = [&](const Identity &who, qint64 roomId, QString text,
                   MessageType type = MessageType::Chat) -> QCoro::Task<Status> {
        auto posted = co_await post(who, roomId, std::move(text), type);
        if (!posted)
            co_return posted.error();
        co_return okStatus();
    };
    // On a second run the rooms are already settled: ROOM_NOT_ACTIVE is expected then.
    auto settledAlready = [](const auto &result) -> Status {
        if (result.ok() || result.error().code == ErrorCode::RoomNotActive)
            return okStatus();
        return result.error();
    };
    for (const auto &[who, roomId] :
         {std::pair{&minsu, qint64(1042)}, std::pair{&jiwoo, qint64(1042)}}) {
        if (auto s = settledAlready(co_await rooms.join(*who, roomId)); !s)
            co_return s;
    }
    // The seller's greeting with two photos of the harvest. The photos go up only on
    // the first run: on a later one the greeting is there already (a repeat).
    SendRequest greeting{MessageType::Chat,
                         u"안녕하세요! 이번 주에 수확한 감귤입니다. Questions welcome."_s,
                         u"demo-%1"_s.arg(++sequence),
                         {},
                         {}};
    if (auto admitted = co_await rooms.admitToChat(seller, 1042); !admitted)
        co_return admitted.error();
    auto greeted = co_await rooms.post(seller, 1042, greeting);
    if (!greeted)
        co_return greeted.error();
    if (!greeted->duplicate) {
        SendRequest photos{
            MessageType::Chat, u"오늘 아침에 딴 감귤이에요 🍊"_s, u"demo-photos"_s, {}, {}};
        for (const QLatin1StringView name : {"tangerine-box.jpg"_L1, "tangerine.jpg"_L1}) {
            QFile file(u":/demo/"_s + name);
            if (!file.open(QIODevice::ReadOnly))
                co_return Error{ErrorCode::Internal, u"demo photo missing: "_s + name};
            auto uploaded = co_await server.files().upload(seller, 1042, QByteArray(name.data()),
                                                           file.readAll());
            if (!uploaded)
                co_return uploaded.error();
            photos.attachmentIds.append(uploaded->attachment.fileId);
        }
        if (auto sent = co_await rooms.post(seller, 1042, photos); !sent)
            co_return sent.error();
    }
    for (auto status :
         {co_await say(minsu, 1042, u"<b>is pickup at 6pm?</b> 퇴근하고 가도 될까요?"_s),
          co_await say(seller, 1042, u"네, 6시~8시 강남역 11번 출구에서 드려요."_s),
          co_await say(seller, 1042, u"Pickup Friday 6pm at Gangnam station exit 11."_s,
                       MessageType::Notification),
          co_await say(jiwoo, 1042, u"Can I split a box with a friend? 🍊"_s),
          co_await say(seller, 1042, u"Pickup moved to 6:30pm on Friday."_s,
                       MessageType::Notification),
          co_await say(hana, 2001, u"Are the eggs from caged hens?"_s),
          co_await say(seller, 2001, u"아니요, 전부 방사 유정란입니다."_s)}) {
        if (!status)
            co_return status;
    }
    // Two buyers fill the pear box (max 2): the room closes by itself.
    for (const Identity *who : {&minsu, &hana}) {
        if (auto s = settledAlready(co_await rooms.join(*who, 3003)); !s)
            co_return s;
    }
    if (auto s = co_await say(seller, 3003, u"감사합니다! 배송은 월요일에 출발합니다."_s); !s)
        co_return s;
    // The pickup of the pears: tomorrow 18:30 in Seoul; 민수 is coming, 하나 has not said.
    const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addDays(1);
    const AppointmentRequest pickup{QDateTime(tomorrow.date(), QTime(9, 30), Qt::UTC),
                                    u"강남역 11번 출구 앞"_s, u"장바구니를 챙겨 주세요."_s};
    if (auto set = co_await rooms.setAppointment(seller, 3003, pickup); !set)
        co_return set.error();
    if (auto answered = co_await rooms.answerAppointment(minsu, 3003, AppointmentAnswer::Coming);
        !answered)
        co_return answered.error();
    // A reply, an edit and a deletion, as every chat has them.
    auto split = co_await post(jiwoo, 1042, u"반 박스(5kg)씩 나눠서 사도 되나요?"_s);
    if (!split)
        co_return split.error();
    auto reply = co_await post(seller, 1042, u"Yes, half boxes are fine: 5kg each."_s,
                               MessageType::Chat, split->id);
    if (!reply)
        co_return reply.error();
    // Reactions under it: two thumbs and a heart.
    for (const auto &[who, emoji] :
         {std::pair{jiwoo, u"👍"_s}, std::pair{minsu, u"👍"_s}, std::pair{minsu, u"❤️"_s}}) {
        if (auto reacted = co_await rooms.react(who, 1042, {reply->id, emoji, true}); !reacted)
            co_return reacted.error();
    }
    auto typo = co_await post(minsu, 1042, u"I'll take on box"_s);
    if (!typo)
        co_return typo.error();
    if (auto edited = co_await rooms.editMessage(minsu, 1042, {typo->id, u"I'll take one box"_s});
        !edited)
        co_return edited.error();
    auto phone = co_await post(jiwoo, 1042, u"제 번호는 010-1234-5678이에요"_s);
    if (!phone)
        co_return phone.error();
    if (auto deleted = co_await rooms.deleteMessage(jiwoo, 1042, phone->id); !deleted)
        co_return deleted.error();
    // A delivery address the seller can look at (Delivery addresses in the room's menu).
    DeliveryAddress home{u"김민수"_s, u"010-1234-5678"_s, u"06236"_s,
                         u"서울 강남구 테헤란로 123, 101동 1001호"_s};
    if (auto given = co_await rooms.setAddress(minsu, 1042, home); !given)
        co_return given.error();
    if (auto s = settledAlready(co_await rooms.join(jiwoo, 4004)); !s)
        co_return s;
    if (auto s = settledAlready(co_await rooms.settle(seller, 4004, RoomStatus::Cancelled)); !s)
        co_return s;
    co_return okStatus();
}

} // namespace gonggu::server
