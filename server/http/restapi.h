// The REST API of PROTOCOL.md, registered on a Router. Handlers parse and check
// the request, call the services, and turn Results into responses.
#pragma once

#include "router.h"

#include "auth/identity.h"
#include "common/result.h"
#include "common/room.h"

namespace gonggu::server {

class AccountService;
class NotificationStreams;
class RoomService;
class StorageThread;
class TokenService;
namespace files {
class FileService;
}

class RestApi {
public:
    RestApi(TokenService &tokens, RoomService &rooms, AccountService *accounts,
            StorageThread &storage, NotificationStreams &streams, files::FileService &files);
    void registerRoutes(Router &router);
    // /readyz also reports `name`, and answers 503 while `ready` is false.
    void addReadinessCheck(QString name, std::function<bool()> ready) {
        m_readinessChecks.append({std::move(name), std::move(ready)});
    }

private:
    void registerAuthRoutes(Router &router);
    void registerRoomRoutes(Router &router);
    void registerMessageRoutes(Router &router);
    void registerHealthRoutes(Router &router);
    void registerNotificationRoutes(Router &router);
    void registerAddressRoutes(Router &router);
    void registerOrderRoutes(Router &router);
    void registerAppointmentRoutes(Router &router);
    void registerHostRoutes(Router &router);
    void registerReportRoutes(Router &router);
    void registerFileRoutes(Router &router);

    Result<Identity> authenticate(const HttpRequest &request) const;
    // For /api/chat/rooms/{id}/...: the verified caller and the room id.
    struct RoomCall {
        Identity caller;
        qint64 roomId = 0;
    };
    Result<RoomCall> roomCall(const HttpRequest &request) const;
    // The same with the request's JSON object body (a change with arguments).
    struct RoomCallWithBody {
        Identity caller;
        qint64 roomId = 0;
        QJsonObject body;
    };
    Result<RoomCallWithBody> roomCallWithBody(const HttpRequest &request) const;
    // .../rooms/{roomId}/messages/{messageId}
    struct MessageCall {
        Identity caller;
        qint64 roomId = 0;
        qint64 messageId = 0;
    };
    Result<MessageCall> messageCall(const HttpRequest &request) const;

    TokenService &m_tokens;
    RoomService &m_rooms;
    AccountService *m_accounts; // null when built-in accounts are off
    StorageThread &m_storage;
    NotificationStreams &m_streams;
    files::FileService &m_files;
    QList<std::pair<QString, std::function<bool()>>> m_readinessChecks;
};

// Helpers shared by the route files.
namespace rest {
Result<qint64> pathId(const HttpRequest &request, int index);
Result<QJsonObject> jsonBody(const HttpRequest &request);
// An optional integer query parameter within [min, max].
Result<std::optional<qint64>> queryInteger(const HttpRequest &request, const QString &key,
                                           qint64 min, qint64 max);
// The room as the caller sees it, or the error.
HttpResponse roomResponse(int status, const Result<Room> &room);
} // namespace rest

} // namespace gonggu::server
