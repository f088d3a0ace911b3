// GET /api/notifications/stream: the caller's notifications as Server-Sent Events,
// first those missed since Last-Event-ID, then live until either side ends it.
#include "notificationstreams.h"
#include "restapi.h"

#include "auth/tokenservice.h"
#include "rooms/roomservice.h"

#include "common/apipaths.h"

using namespace Qt::StringLiterals;

namespace gonggu::server {

void RestApi::registerNotificationRoutes(Router &router) {
    router.add("GET", apipaths::kNotificationStream,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   // EventSource cannot set headers: a browser puts the token in the query.
                   auto caller = authenticate(request);
                   if (!caller && !request.header("authorization").isEmpty())
                       co_return HttpResponse::error(caller.error());
                   if (!caller) {
                       const auto token = request.queryValue(u"access_token"_s);
                       if (!token)
                           co_return HttpResponse::error(caller.error());
                       caller = m_tokens.verify(token->toUtf8());
                       if (!caller)
                           co_return HttpResponse::error(caller.error());
                   }
                   // Last-Event-ID (the header an EventSource resends), else ?lastEventId=.
                   qint64 after = 0;
                   const QByteArray lastId = request.header("last-event-id").trimmed();
                   if (!lastId.isEmpty()) {
                       bool ok = false;
                       after = lastId.toLongLong(&ok);
                       if (!ok || after < 0)
                           co_return HttpResponse::error(ErrorCode::BadRequest,
                                                         u"Last-Event-ID must be an event's id"_s);
                   } else {
                       const auto query = rest::queryInteger(request, u"lastEventId"_s, 0,
                                                             std::numeric_limits<qint64>::max());
                       if (!query)
                           co_return HttpResponse::error(query.error());
                       after = query->value_or(0);
                   }
                   const auto listener = m_streams.listen(caller->userId);
                   const auto missed = co_await m_rooms.missedNotifications(caller->userId, after);
                   if (!missed)
                       co_return HttpResponse::error(missed.error());
                   HttpResponse response;
                   response.contentType = "text/event-stream; charset=utf-8";
                   response.body =
                       "retry: " + QByteArray::number(NotificationStreams::kRetryMs) + "\n\n";
                   listener->replayedUpTo = after;
                   for (const UserNotification &notification : *missed) {
                       response.body += NotificationStreams::event(notification.id,
                                                                   notification.toCompactJson());
                       listener->replayedUpTo = notification.id;
                   }
                   response.openStream = [this, listener](HttpStream *stream) {
                       m_streams.attach(listener, stream);
                   };
                   co_return response;
               });
}

} // namespace gonggu::server
