// The people of a group-buy test against the real server: the seller, the trade
// service, buyers, a viewer (subscribed over STOMP, as viewers are made) and an
// outsider, and rooms opened with them in each status. Shared by the suites that
// table who may do what (tst_appointments, tst_hosttools).
#pragma once

#include "serverprocess.h"
#include "stompclient.h"
#include "testsupport.h"

#include <QTest>
#include <memory>

enum class Caller { Seller, Trade, Buyer, Viewer, Outsider };

class RoomCast {
public:
    struct Member {
        QString id;
        QString token;
    };
    QString seller, trade, outsider;
    QList<Member> buyers;
    Member viewer;

    explicit RoomCast(ServerProcess &server)
        : m_server(server) {}

    // Tokens for everyone (the buyers by these names); the viewer connected.
    bool setUp(const QStringList &buyerNames) {
        using namespace Qt::StringLiterals;
        seller = m_server.token(uniqueUser("seller"), u"Farm Kim"_s);
        trade = m_server.token(u"market"_s, u"Market"_s, u"rooms:write"_s);
        outsider = m_server.token(uniqueUser("outsider"), u"Outsider"_s);
        for (const QString &name : buyerNames) {
            const QString id = uniqueUser("buyer");
            buyers.append({id, m_server.token(id, name)});
        }
        viewer.id = uniqueUser("viewer");
        viewer.token = m_server.token(viewer.id, u"Looker"_s);
        return connectViewer();
    }
    // After a restart of the server: the viewer's connection is new.
    bool connectViewer() {
        m_viewerClient = std::make_unique<StompTestClient>();
        return m_viewerClient->open(m_server.webSocketUrl()) &&
               m_viewerClient->connectWith(viewer.token);
    }
    void disconnect() { m_viewerClient.reset(); }

    QString tokenOf(Caller caller) const {
        switch (caller) {
        case Caller::Seller:
            return seller;
        case Caller::Trade:
            return trade;
        case Caller::Buyer:
            return buyers[0].token;
        case Caller::Viewer:
            return viewer.token;
        case Caller::Outsider:
            return outsider;
        }
        return {};
    }
    static QString path(qint64 room, const QString &rest = {}) {
        using namespace Qt::StringLiterals;
        return u"/api/chat/rooms/%1"_s.arg(room) + rest;
    }
    // A room for `max` buyers that the first `buyerCount` joined and the viewer
    // watches, then settled as asked ("close", "cancel", or empty: ACTIVE); 0 if not.
    qint64 openRoom(int buyerCount = 2, const QString &settle = {}, int max = 10) {
        using namespace Qt::StringLiterals;
        const qint64 id = uniqueProductId();
        if (httpJson(m_server, "POST", u"/api/chat/rooms"_s, seller, roomBody(id, max, 1)).status !=
            201)
            return 0;
        for (int i = 0; i < buyerCount; ++i) {
            if (httpRequest(m_server, "POST", path(id, u"/participants"_s), buyers[i].token)
                    .status != 200)
                return 0;
        }
        if (!m_viewerClient->subscribe("v" + QByteArray::number(id), u"/topic/chat/%1"_s.arg(id)))
            return 0;
        if (!settle.isEmpty() &&
            httpRequest(m_server, "POST", path(id, u"/"_s + settle), seller).status != 200)
            return 0;
        return id;
    }
    // The error code of a refusal, or OK.
    static QString outcome(const HttpResult &r) {
        using namespace Qt::StringLiterals;
        return r.status == 200 || r.status == 201 ? u"OK"_s
                                                  : r.json[u"error"_s][u"code"_s].toString();
    }
    static QString fieldOf(const HttpResult &r) {
        using namespace Qt::StringLiterals;
        return r.json[u"error"_s][u"field"_s].toString();
    }
    // The who-may-do-what tables: a row is a room status, a caller and the outcome of
    // each action in turn (OK or the error code).
    static void tableColumns() {
        QTest::addColumn<QString>("settle");
        QTest::addColumn<int>("caller");
        QTest::addColumn<QStringList>("expected");
    }
    static void tableRow(const char *status, Caller caller, const char *name,
                         const QStringList &expected) {
        QTest::addRow("%s, %s", status, name) << settleFor(status) << int(caller) << expected;
    }
    // The settle argument of openRoom for a status row of a table.
    static QString settleFor(const char *status) {
        using namespace Qt::StringLiterals;
        return qstrcmp(status, "ACTIVE") == 0   ? QString()
               : qstrcmp(status, "CLOSED") == 0 ? u"close"_s
                                                : u"cancel"_s;
    }

private:
    ServerProcess &m_server;
    std::unique_ptr<StompTestClient> m_viewerClient;
};
