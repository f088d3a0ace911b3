// Fan-out of MESSAGE frames to local subscribers. A broadcast is encoded once:
// everything but the per-subscriber `subscription` header is shared bytes.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace gonggu::server {

// A MESSAGE frame split around its `subscription` header.
struct EncodedMessage {
    QByteArray head; // "MESSAGE\n"
    QByteArray tail; // "\n" + other headers + "\n\n" + body + "\0"
};

EncodedMessage encodeMessage(const QString &destination, const QByteArray &messageId,
                             const QByteArray &jsonBody);

// Whoever receives a topic's frames (a STOMP session).
class TopicSubscriber {
public:
    virtual void deliver(const EncodedMessage &message, const QByteArray &subscriptionId) = 0;

protected:
    ~TopicSubscriber() = default;
};

class TopicBus {
public:
    void subscribe(const QString &destination, TopicSubscriber *session,
                   const QByteArray &subscriptionId);
    void unsubscribe(const QString &destination, TopicSubscriber *session,
                     const QByteArray &subscriptionId);
    void removeSession(TopicSubscriber *session);

    // Returns how many subscribers the message was handed to.
    int publish(const QString &destination, const QByteArray &messageId,
                const QByteArray &jsonBody) {
        return publish(destination, destination, messageId, jsonBody);
    }
    // To the subscribers of `topic`, a key that may differ from the
    // `destination` header (subscribers of one destination who asked for
    // another form of its messages).
    int publish(const QString &topic, const QString &destination, const QByteArray &messageId,
                const QByteArray &jsonBody);

    int subscriptionCount() const;
    int subscriberCount(const QString &destination) const {
        return int(m_topics.value(destination).size());
    }

private:
    struct Subscriber {
        TopicSubscriber *session;
        QByteArray subscriptionId;
        friend bool operator==(const Subscriber &, const Subscriber &) = default;
    };
    QHash<QString, QList<Subscriber>> m_topics;
};

} // namespace gonggu::server
