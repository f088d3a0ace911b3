#include "restapi.h"

#include "auth/tokenservice.h"

#include "common/jsonfields.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gonggu::server {

RestApi::RestApi(TokenService &tokens, RoomService &rooms, AccountService *accounts,
                 StorageThread &storage, NotificationStreams &streams, files::FileService &files)
    : m_tokens(tokens)
    , m_rooms(rooms)
    , m_accounts(accounts)
    , m_storage(storage)
    , m_streams(streams)
    , m_files(files) {
}

void RestApi::registerRoutes(Router &router) {
    registerAuthRoutes(router);
    registerRoomRoutes(router);
    registerMessageRoutes(router);
    registerHealthRoutes(router);
    registerNotificationRoutes(router);
    registerAddressRoutes(router);
    registerOrderRoutes(router);
    registerAppointmentRoutes(router);
    registerHostRoutes(router);
    registerReportRoutes(router);
    registerFileRoutes(router);
}

Result<Identity> RestApi::authenticate(const HttpRequest &request) const {
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return Error{ErrorCode::Unauthorized, u"send Authorization: Bearer <token>"_s};
    return m_tokens.verify(QByteArrayView(authorization).sliced(7).trimmed());
}

Result<RestApi::RoomCall> RestApi::roomCall(const HttpRequest &request) const {
    auto caller = authenticate(request);
    if (!caller)
        return caller.error();
    const auto id = rest::pathId(request, 0);
    if (!id)
        return id.error();
    return RoomCall{std::move(caller).value(), *id};
}

Result<RestApi::RoomCallWithBody> RestApi::roomCallWithBody(const HttpRequest &request) const {
    auto call = roomCall(request);
    if (!call)
        return call.error();
    auto body = rest::jsonBody(request);
    if (!body)
        return body.error();
    return RoomCallWithBody{std::move(call->caller), call->roomId, std::move(*body)};
}

Result<RestApi::MessageCall> RestApi::messageCall(const HttpRequest &request) const {
    auto call = roomCall(request);
    if (!call)
        return call.error();
    const auto messageId = rest::pathId(request, 1);
    if (!messageId)
        return messageId.error();
    return MessageCall{std::move(call->caller), call->roomId, *messageId};
}

namespace rest {

Result<qint64> pathId(const HttpRequest &request, int index) {
    const QString text = request.pathArguments.value(index);
    bool ok = std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    const qint64 id = ok ? text.toLongLong(&ok) : 0;
    // One canonical form: digits only, no leading zero (0042 is not another name for 42).
    if (!ok || id <= 0 || text.startsWith(u'0'))
        return Error{ErrorCode::BadRequest, u"ids are positive 64-bit integers"_s};
    return id;
}

HttpResponse roomResponse(int status, const Result<Room> &room) {
    if (!room)
        return HttpResponse::error(room.error());
    return HttpResponse::json(status, room->toJson());
}

Result<QJsonObject> jsonBody(const HttpRequest &request) {
    if (request.body.isEmpty())
        return Error{ErrorCode::BadRequest, u"a JSON body is required"_s};
    return parseJsonObject(request.body);
}

Result<std::optional<qint64>> queryInteger(const HttpRequest &request, const QString &key,
                                           qint64 min, qint64 max) {
    const auto text = request.queryValue(key);
    if (!text)
        return std::optional<qint64>();
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error{ErrorCode::BadRequest,
                     u"%1 must be an integer in %2..%3"_s.arg(key).arg(min).arg(max)};
    return std::optional<qint64>(value);
}

} // namespace rest

} // namespace gonggu::server
