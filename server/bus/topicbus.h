// Fan-out of MESSAGE frames to local subscribers. A broadcast is encoded once:
// everything but the per-subscriber `subscription` header is shared bytes.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace gonggu::server {

class StompSession;

// A MESSAGE frame split around its `subscription` header.
struct EncodedMessage {
    QByteArray head; // "MESSAGE\n"
    QByteArray tail; // "\n" + other headers + "\n\n" + body + "\0"
};

EncodedMessage encodeMessage(const QString &destination, const QByteArray &messageId,
                             const QByteArray &jsonBody);

class TopicBus {
public:
    void subscribe(const QString &destination, StompSession *session,
                   const QByteArray &subscriptionId);
    void unsubscribe(const QString &destination, StompSession *session,
                     const QByteArray &subscriptionId);
    void removeSession(StompSession *session);

    // Returns how many subscribers the message was handed to.
    int publish(const QString &destination, const QByteArray &messageId,
                const QByteArray &jsonBody);

    int subscriptionCount() const;
    int subscriberCount(const QString &destination) const {
        return int(m_topics.value(destination).size());
    }

private:
    struct Subscriber {
        StompSession *session;
        QByteArray subscriptionId;
        friend bool operator==(const Subscriber &, const Subscriber &) = default;
    };
    QHash<QString, QList<Subscriber>> m_topics;
};

} // namespace gonggu::server
