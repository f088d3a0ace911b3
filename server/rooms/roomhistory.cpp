// RoomService's history pages: from the recent-history cache when it covers
// the page, else from the store (recenthistory.h says how the two agree).
#include "roomservice.h"

#include "ops/metrics.h"
#include "roomchanges.h"

#include "common/content.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

// A page as it goes out: each message's wire JSON, written once.
EncodedHistoryPage encoded(const HistoryPage &page) {
    EncodedHistoryPage out;
    out.hasMore = page.hasMore;
    out.messages.reserve(page.messages.size());
    for (const ChatMessage &message : page.messages)
        out.messages.append({message.id, message.toCompactJson()});
    return out;
}

} // namespace

void RoomService::setSharedStorage() {
    m_sharedStorage = true;
    m_recentHistory.setOtherWriters();
}

QCoro::Task<Result<SearchPage>> RoomService::search(Identity caller, SearchQuery query) {
    co_await learnRoom(query.roomId);
    if (const auto state = memberWhoMayRead(caller, query.roomId); !state)
        co_return state.error();
    if (characterCount(query.text) < 1 || characterCount(query.text) > 100)
        co_return Error{ErrorCode::BadRequest, u"q: 1-100 characters"_s, u"q"_s};
    co_return co_await m_store.search(std::move(query));
}

QCoro::Task<Result<EncodedHistoryPage>> RoomService::history(Identity caller, HistoryQuery query) {
    co_await learnRoom(query.roomId);
    const RoomState *state = m_registry.find(query.roomId);
    if (!state)
        co_return changes::roomNotFound();
    if (auto s = mayRead(*state, caller.userId); !s)
        co_return s.error();
    QElapsedTimer timer;
    timer.start();
    if (query.announcementsOnly) { // a few rows by their own index: no cache
        const auto page = co_await m_store.history(query);
        if (!page)
            co_return page.error();
        co_return encoded(*page);
    }
    if (auto cached = m_recentHistory.page(query)) {
        metrics::historyCacheHits.add();
        metrics::historyLatency.observeSince(timer);
        co_return std::move(*cached);
    }
    metrics::historyCacheMisses.add();
    // A room's newest page is what the next reader will ask for too.
    const bool newest = !query.before && !query.after;
    const auto fill = newest ? m_recentHistory.beginFill(query.roomId) : std::nullopt;
    const auto stored = co_await m_store.history(query);
    metrics::historyLatency.observeSince(timer);
    if (!stored) {
        if (fill)
            m_recentHistory.abandonFill(query.roomId, *fill);
        co_return stored.error();
    }
    EncodedHistoryPage page = encoded(*stored);
    if (fill)
        m_recentHistory.completeFill(query.roomId, *fill, page.messages, page.hasMore);
    co_return page;
}

} // namespace gonggu::server
