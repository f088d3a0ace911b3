// QtQuickTest runner for the app's QML components (one tst_*.qml per component),
// with a fixture that feeds them the real C++ models.
#include "roomappointment.h"

#include "models/messagelistmodel.h"
#include "models/participantlistmodel.h"
#include "models/roomlistmodel.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include <utility>

Q_IMPORT_QML_PLUGIN(Gonggu_ClientPlugin)
Q_IMPORT_QML_PLUGIN(GongguPlugin)

using namespace gonggu;
using namespace gonggu::client;
using namespace Qt::StringLiterals;

// 150 messages of history served 50 at a time, and a room's members.
class Fixture : public QObject {
    Q_OBJECT
    Q_PROPERTY(gonggu::client::MessageListModel *history READ history NOTIFY changed)
    Q_PROPERTY(gonggu::client::ParticipantListModel *members READ members NOTIFY changed)
    Q_PROPERTY(int pageRequests MEMBER m_pageRequests NOTIFY changed)
    // When set, older pages wait for answerPage() instead of arriving by themselves.
    Q_PROPERTY(bool holdPages MEMBER m_holdPages NOTIFY changed)
    Q_PROPERTY(gonggu::client::RoomListModel *rooms READ rooms NOTIFY changed)
    Q_PROPERTY(int roomPageRequests MEMBER m_roomPageRequests NOTIFY changed)
    // A room's pickup, as the room's JSON would set it (setPickup).
    Q_PROPERTY(gonggu::client::RoomAppointment *pickup READ pickup NOTIFY changed)

public:
    MessageListModel *history() { return m_history.get(); }
    ParticipantListModel *members() { return m_members.get(); }
    RoomListModel *rooms() { return m_rooms.get(); }
    RoomAppointment *pickup() { return m_pickup.get(); }

    // `minutesAhead` from now; `myAnswer` -1 for none, else a Contract.AppointmentAnswer.
    Q_INVOKABLE void setPickup(int minutesAhead, const QString &place, const QString &note,
                               int coming, int notComing, int myAnswer) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Appointment a{now.addSecs(qint64(minutesAhead) * 60), place, note, now, coming, notComing};
        if (myAnswer >= 0)
            a.myAnswer = AppointmentAnswer(myAnswer);
        m_pickup->note(a, true);
    }
    Q_INVOKABLE void clearPickup() { m_pickup->note(std::nullopt, true); }
    Q_INVOKABLE void setPickupInSeconds(int seconds) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_pickup->note(Appointment{now.addSecs(seconds), u"정문 앞"_s, {}, now, 0, 0}, true);
    }
    // The seller muted the viewer for an hour.
    Q_INVOKABLE void muteViewer() {
        m_members->apply({u"u-view"_s, u"Curious"_s, Role::Viewer, false, {},
                          QDateTime::currentDateTimeUtc().addSecs(3600)});
    }

    Q_INVOKABLE void reset() {
        m_pageRequests = 0;
        m_holdPages = false;
        m_history = std::make_unique<MessageListModel>(u"u-me"_s);
        m_history->setInitialPage(page(101, 150), true);
        connect(m_history.get(), &MessageListModel::olderPageWanted, this, [this](qint64 before) {
            ++m_pageRequests;
            m_wantedBefore = before;
            Q_EMIT changed();
            // Answer asynchronously, as the network would.
            if (!m_holdPages)
                QTimer::singleShot(10, this, &Fixture::answerPage);
        });
        m_pickup = std::make_unique<RoomAppointment>(m_rest, 1);
        m_members = std::make_unique<ParticipantListModel>(u"u-me"_s);
        m_members->update({{u"u-seller"_s, u"Farm Kim"_s, Role::Seller, true, {}},
                           {u"u-me"_s, u"Me"_s, Role::Participant, true, {}},
                           {u"u-view"_s, u"Curious"_s, Role::Viewer, false, {}}});
        // 45 rooms, 20 a page, newest first.
        m_roomPageRequests = 0;
        m_rooms = std::make_unique<RoomListModel>();
        m_rooms->setFirstPage(roomPage(45, 26), u"page-2"_s);
        connect(m_rooms.get(), &RoomListModel::nextPageWanted, this, [this](const QString &cursor) {
            ++m_roomPageRequests;
            QTimer::singleShot(10, this, [this, cursor] {
                if (cursor == u"page-2")
                    m_rooms->appendPage(roomPage(25, 6), u"page-3"_s);
                else
                    m_rooms->appendPage(roomPage(5, 1), QString());
            });
        });
        Q_EMIT changed();
    }
    Q_INVOKABLE void answerPage() {
        const qint64 before = std::exchange(m_wantedBefore, 0);
        if (before > 0)
            m_history->prependOlder(page(before - 50, before - 1), before - 50 > 1);
    }
    Q_INVOKABLE qint64 idAt(int row) const { return m_history->messageAt(row).id; }
    // Marketplace product ids: epoch milliseconds, and the largest id JavaScript holds exactly.
    Q_INVOKABLE void showRoomsWithLargeIds() {
        QList<Room> rooms = roomPage(2, 1);
        rooms[0].id = rooms[0].productId = 1'764'000'000'123;
        rooms[1].id = rooms[1].productId = 9'007'199'254'740'991;
        m_rooms->setFirstPage(rooms, {});
    }
    // One room whose newest message is a chat line, one whose is a SYSTEM message.
    Q_INVOKABLE void showRoomsWithPreviews() {
        QList<Room> rooms = roomPage(2, 1);
        ChatMessage chat = page(1, 1).first();
        chat.senderName = u"Farm Kim"_s;
        chat.content = u"Pickup\n at 6pm"_s; // one line in the list
        rooms[0].lastMessage = chat;
        ChatMessage joined = chat;
        joined.type = MessageType::System;
        joined.event = SystemEvent::Participating;
        joined.subjectName = u"Minsu"_s;
        joined.content = u"Minsu joined the group buy."_s;
        rooms[1].lastMessage = joined;
        m_rooms->setFirstPage(rooms, {});
    }
    Q_INVOKABLE void sellerGoesOffline() {
        m_members->update({{u"u-seller"_s, u"Farm Kim"_s, Role::Seller, false, {}},
                           {u"u-me"_s, u"Me"_s, Role::Participant, true, {}},
                           {u"u-view"_s, u"Curious"_s, Role::Viewer, false, {}}});
    }
    Q_INVOKABLE void viewerJoinsTheGroupBuy() {
        m_members->update({{u"u-seller"_s, u"Farm Kim"_s, Role::Seller, true, {}},
                           {u"u-me"_s, u"Me"_s, Role::Participant, true, {}},
                           {u"u-view"_s, u"Curious"_s, Role::Participant, true, {}}});
    }

Q_SIGNALS:
    void changed();

private:
    static QList<ChatMessage> page(qint64 from, qint64 to) {
        QList<ChatMessage> messages;
        for (qint64 id = from; id <= to; ++id) {
            ChatMessage m;
            m.id = id;
            m.roomId = 1;
            m.senderId = id % 3 ? u"u-seller"_s : u"u-me"_s;
            m.senderName = id % 3 ? u"Farm Kim"_s : u"Me"_s;
            m.content = u"message %1"_s.arg(id);
            m.createdAt = QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC).addSecs(id * 30);
            messages.append(m);
        }
        return messages;
    }

    static QList<Room> roomPage(qint64 from, qint64 downTo) {
        QList<Room> rooms;
        for (qint64 id = from; id >= downTo; --id) {
            Room room;
            room.id = room.productId = id;
            room.title = u"Group buy %1"_s.arg(id);
            room.sellerName = u"Farm Kim"_s;
            room.maxParticipants = 10;
            room.minParticipants = 5;
            room.createdAt = QDateTime::currentDateTimeUtc();
            room.expiresAt = room.createdAt.addDays(1);
            rooms.append(room);
        }
        return rooms;
    }

    RestClient m_rest; // never called: the fixture sets what the server would send
    std::unique_ptr<RoomAppointment> m_pickup;
    std::unique_ptr<MessageListModel> m_history;
    std::unique_ptr<RoomListModel> m_rooms;
    int m_roomPageRequests = 0;
    std::unique_ptr<ParticipantListModel> m_members;
    int m_pageRequests = 0;
    bool m_holdPages = false;
    qint64 m_wantedBefore = 0;
};

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_fixture.reset();
        engine->rootContext()->setContextProperty(u"fixture"_s, &m_fixture);
    }

private:
    Fixture m_fixture;
};

QUICK_TEST_MAIN_WITH_SETUP(gonggu_qml, Setup)
#include "tst_qml.moc"
