#include "restapi.h"

#include "ops/metrics.h"
#include "rooms/roomservice.h"
#include "storage/storagethread.h"

#include "common/apipaths.h"
#include "common/jsonfields.h"
#include "common/jsonwriter.h"

#include <QDateTime>
#include <QSqlQuery>
#include <qcoro/qcorofuture.h>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

// "messages" (each as it was encoded once) and "hasMore", in an open object.
void writePage(JsonWriter &body, const EncodedHistoryPage &page) {
    body.key("messages"_L1).beginArray();
    for (const MessageJson &message : page.messages)
        body.raw(message.json);
    body.endArray().key("hasMore"_L1).value(page.hasMore);
}

} // namespace

void RestApi::registerMessageRoutes(Router &router) {
    router.add("GET", apipaths::kMessages,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto &[caller, id] = *call;
                   const qint64 maxId = std::numeric_limits<qint64>::max();
                   const auto before = rest::queryInteger(request, u"before"_s, 1, maxId);
                   const auto after = rest::queryInteger(request, u"after"_s, 0, maxId);
                   const auto limit = rest::queryInteger(request, u"limit"_s, 1, 100);
                   for (const auto *check : {&before, &after, &limit}) {
                       if (!*check)
                           co_return HttpResponse::error(check->error());
                   }
                   if (before->has_value() && after->has_value())
                       co_return HttpResponse::error(ErrorCode::BadRequest,
                                                     u"use before or after, not both"_s);
                   HistoryQuery query{id, *before, *after, int(limit->value_or(50)), false};
                   const auto page = co_await m_rooms.history(caller, query);
                   if (!page)
                       co_return HttpResponse::error(page.error());
                   // Shared JSON for everyone, and apart what this caller reacted with.
                   const auto mine = co_await m_rooms.reactionsBy(caller.userId, *page);
                   if (!mine)
                       co_return HttpResponse::error(mine.error());
                   JsonWriter body;
                   body.beginObject();
                   writePage(body, *page);
                   if (!mine->isEmpty()) {
                       body.key("myReactions"_L1).beginObject();
                       for (auto it = mine->cbegin(); it != mine->cend(); ++it) {
                           const QByteArray id = QByteArray::number(it.key()); // ASCII
                           body.key(QLatin1StringView(id)).beginArray();
                           for (const QString &emoji : it.value())
                               body.value(emoji);
                           body.endArray();
                       }
                       body.endObject();
                   }
                   body.endObject();
                   co_return HttpResponse::json(200, body.take());
               });

    // The message as it is now: 200 for an edit, and for a deletion (its tombstone).
    router.add(
        "PATCH", apipaths::kMessage, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = messageCall(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            const auto body = rest::jsonBody(request);
            if (!body)
                co_return HttpResponse::error(body.error());
            const auto edit = EditRequest::fromJson(*body, call->messageId);
            if (!edit)
                co_return HttpResponse::error(edit.error());
            const auto edited = co_await m_rooms.editMessage(call->caller, call->roomId, *edit);
            if (!edited)
                co_return HttpResponse::error(edited.error());
            co_return HttpResponse::json(200, edited->toCompactJson());
        });
    router.add("DELETE", apipaths::kMessage,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = messageCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto deleted =
                       co_await m_rooms.deleteMessage(call->caller, call->roomId, call->messageId);
                   if (!deleted)
                       co_return HttpResponse::error(deleted.error());
                   co_return HttpResponse::json(200, deleted->toCompactJson());
               });

    router.add("GET", apipaths::kSearch, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCall(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const qint64 maxId = std::numeric_limits<qint64>::max();
        const auto before = rest::queryInteger(request, u"before"_s, 1, maxId);
        const auto limit = rest::queryInteger(request, u"limit"_s, 1, 50);
        for (const auto *check : {&before, &limit}) {
            if (!*check)
                co_return HttpResponse::error(check->error());
        }
        // A form's space is '+' (a '+' typed is %2B).
        const QString text = request.queryValue(u"q"_s).value_or(QString()).replace(u'+', u' ');
        SearchQuery query{call->roomId, text.trimmed(), *before, int(limit->value_or(20))};
        const auto page = co_await m_rooms.search(call->caller, std::move(query));
        if (!page)
            co_return HttpResponse::error(page.error());
        JsonWriter body;
        body.beginObject().key("messages"_L1).beginArray();
        for (const ChatMessage &message : page->messages)
            message.writeJson(body);
        body.endArray().key("nextBefore"_L1);
        if (page->nextBefore)
            body.value(*page->nextBefore);
        else
            body.null();
        body.key("scanned"_L1).value(qint64(page->scanned)).endObject();
        co_return HttpResponse::json(200, body.take());
    });

    router.add("POST", apipaths::kReactions,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = messageCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto body = rest::jsonBody(request);
                   if (!body)
                       co_return HttpResponse::error(body.error());
                   const auto react = ReactRequest::fromJson(*body, call->messageId);
                   if (!react)
                       co_return HttpResponse::error(react.error());
                   const auto message = co_await m_rooms.react(call->caller, call->roomId, *react);
                   if (!message)
                       co_return HttpResponse::error(message.error());
                   co_return HttpResponse::json(200, message->toCompactJson());
               });
    router.add("POST", apipaths::kRead, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCallWithBody(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        const auto read = MessageRef::fromJson(call->body);
        if (!read)
            co_return HttpResponse::error(read.error());
        const auto room = co_await m_rooms.markRead(call->caller, call->roomId, read->messageId);
        if (!room)
            co_return HttpResponse::error(room.error());
        co_return HttpResponse::json(200, room->toJson());
    });

    // The seller's announcements, newest last like a history page: ?before=&limit=.
    router.add(
        "GET", apipaths::kNotifications, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
            const auto call = roomCall(request);
            if (!call)
                co_return HttpResponse::error(call.error());
            const qint64 maxId = std::numeric_limits<qint64>::max();
            const auto before = rest::queryInteger(request, u"before"_s, 1, maxId);
            const auto limit = rest::queryInteger(request, u"limit"_s, 1, 100);
            for (const auto *check : {&before, &limit}) {
                if (!*check)
                    co_return HttpResponse::error(check->error());
            }
            HistoryQuery query{call->roomId, *before, std::nullopt, int(limit->value_or(20)), true};
            const auto page = co_await m_rooms.history(call->caller, query);
            if (!page)
                co_return HttpResponse::error(page.error());
            JsonWriter body;
            body.beginObject();
            writePage(body, *page);
            body.endObject();
            co_return HttpResponse::json(200, body.take());
        });

    router.add("POST", apipaths::kNotifications,
               [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
                   const auto call = roomCall(request);
                   if (!call)
                       co_return HttpResponse::error(call.error());
                   const auto &[caller, id] = *call;
                   const auto body = rest::jsonBody(request);
                   if (!body) {
                       metrics::countRefusedMessage(body.error().code);
                       co_return HttpResponse::error(body.error());
                   }
                   QJsonObject send = *body;
                   send.insert(u"type"_s, u"NOTIFICATION"_s);
                   const auto notification = SendRequest::fromJson(send);
                   if (!notification) {
                       metrics::countRefusedMessage(notification.error().code);
                       co_return HttpResponse::error(notification.error());
                   }
                   const auto stored = co_await m_rooms.post(caller, id, *notification);
                   if (!stored)
                       co_return HttpResponse::error(stored.error());
                   co_return HttpResponse::json(stored->duplicate ? 200 : 201,
                                                stored->message.toCompactJson());
               });
}

void RestApi::registerHealthRoutes(Router &router) {
    router.add("GET", u"/healthz"_s, [](HttpRequest) -> QCoro::Task<HttpResponse> {
        co_return HttpResponse::json(200, {{u"status"_s, u"ok"_s}});
    });
    router.add("GET", u"/readyz"_s, [this](HttpRequest) -> QCoro::Task<HttpResponse> {
        // A committed write, not a SELECT: with the disk full or the database
        // read-only, reads still work but no message could be stored.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto database = co_await m_storage.run<Ok>(
            [now](QSqlDatabase &db) -> Status {
                QSqlQuery probe(db);
                probe.prepare(u"INSERT INTO readiness_probe (id, checked_at) VALUES (1, ?) "
                              "ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at"_s);
                probe.addBindValue(now);
                if (!probe.exec())
                    return Error{ErrorCode::Unavailable, u"database refuses writes"_s};
                return okStatus();
            },
            StorageThread::Writes::OneStatement);
        QJsonObject checks{{u"database"_s, database ? u"ok"_s : u"down"_s}};
        bool ready = database.ok();
        for (const auto &[name, check] : m_readinessChecks) {
            const bool ok = check();
            checks.insert(name, ok ? u"ok"_s : u"down"_s);
            ready = ready && ok;
        }
        co_return HttpResponse::json(
            ready ? 200 : 503,
            {{u"status"_s, ready ? u"ready"_s : u"unavailable"_s}, {u"checks"_s, checks}});
    });
}

} // namespace gonggu::server
