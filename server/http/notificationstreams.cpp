#include "notificationstreams.h"

#include "rooms/roomservice.h"

namespace gonggu::server {

NotificationStreams::NotificationStreams(RoomService &rooms, QObject *parent)
    : QObject(parent)
    , m_rooms(rooms) {
    connect(&rooms, &RoomService::eventCommitted, this, [this](const RoomEvent &event) {
        // One kind concerns streams; the others pass by.
        if (const auto *notified = std::get_if<roomevent::Notified>(&event))
            deliver(*notified);
    });
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &NotificationStreams::keepAlive);
    m_keepAlive.start();
}

QByteArray NotificationStreams::event(qint64 id, const QByteArray &json) {
    // Our JSON is compact: one line, so one `data:` field.
    return "id: " + QByteArray::number(id) + "\ndata: " + json + "\n\n";
}

std::shared_ptr<NotificationStreams::Listener> NotificationStreams::listen(const QString &userId) {
    auto listener = std::make_shared<Listener>();
    listener->userId = userId;
    m_listeners[userId].append(listener);
    return listener;
}

void NotificationStreams::attach(const std::shared_ptr<Listener> &listener, HttpStream *stream) {
    if (m_closing) {
        stream->finish();
        return;
    }
    listener->stream = stream;
    for (const auto &[id, data] : std::exchange(listener->waiting, {})) {
        if (id > listener->replayedUpTo)
            stream->write(data);
    }
    m_attached.append(listener);
    // The stream's end ends the listener (its connection deletes the stream).
    connect(stream, &QObject::destroyed, this,
            [this, raw = listener.get(), user = listener->userId] {
                m_attached.removeIf([raw](const auto &l) { return l.get() == raw; });
                if (auto it = m_listeners.find(user); it != m_listeners.end()) {
                    it->removeIf([](const auto &weak) { return weak.expired(); });
                    if (it->isEmpty())
                        m_listeners.erase(it);
                }
            });
}

void NotificationStreams::deliver(const roomevent::Notified &notified) {
    const QByteArray data = event(notified.notification.id, notified.json);
    for (const QString &userId : m_rooms.recipientsOf(notified)) {
        auto it = m_listeners.find(userId);
        if (it == m_listeners.end())
            continue;
        it->removeIf([](const auto &weak) { return weak.expired(); });
        for (const auto &weak : *it) {
            const auto listener = weak.lock();
            if (listener->stream)
                listener->stream->write(data);
            else // still reading what was missed
                listener->waiting.append({notified.notification.id, data});
        }
        if (it->isEmpty())
            m_listeners.erase(it);
    }
}

void NotificationStreams::keepAlive() {
    for (const auto &listener : std::as_const(m_attached)) {
        if (listener->stream)
            listener->stream->write(": keep-alive\n\n");
    }
}

int NotificationStreams::openStreams() const {
    return int(m_attached.size());
}

void NotificationStreams::finishAll() {
    m_closing = true;
    for (const auto &listener : std::exchange(m_attached, {})) {
        if (listener->stream)
            listener->stream->finish();
    }
}

} // namespace gonggu::server
