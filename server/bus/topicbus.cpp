#include "topicbus.h"

#include "common/stomp/stompframe.h"

namespace gonggu::server {

EncodedMessage encodeMessage(const QString &destination, const QByteArray &messageId,
                             const QByteArray &jsonBody) {
    using stomp::escapeHeader;
    using stomp::Version;
    EncodedMessage encoded;
    encoded.head = QByteArrayLiteral("MESSAGE\n");
    QByteArray &tail = encoded.tail;
    tail.reserve(160 + jsonBody.size());
    tail += "\ndestination:";
    tail += escapeHeader(destination.toUtf8(), Version::V1_2);
    tail += "\nmessage-id:";
    tail += escapeHeader(messageId, Version::V1_2);
    tail += "\ncontent-type:application/json\ncontent-length:";
    tail += QByteArray::number(jsonBody.size());
    tail += "\n\n";
    tail += jsonBody;
    tail += '\0';
    return encoded;
}

void TopicBus::subscribe(const QString &destination, TopicSubscriber *session,
                         const QByteArray &subscriptionId) {
    auto &subscribers = m_topics[destination];
    const Subscriber entry{session, subscriptionId};
    if (!subscribers.contains(entry))
        subscribers.append(entry);
}

void TopicBus::unsubscribe(const QString &destination, TopicSubscriber *session,
                           const QByteArray &subscriptionId) {
    auto it = m_topics.find(destination);
    if (it == m_topics.end())
        return;
    it->removeAll(Subscriber{session, subscriptionId});
    if (it->isEmpty())
        m_topics.erase(it);
}

void TopicBus::removeSession(TopicSubscriber *session) {
    for (auto it = m_topics.begin(); it != m_topics.end();) {
        it->removeIf([session](const Subscriber &s) { return s.session == session; });
        it = it->isEmpty() ? m_topics.erase(it) : std::next(it);
    }
}

int TopicBus::publish(const QString &topic, const QString &destination, const QByteArray &messageId,
                      const QByteArray &jsonBody) {
    const auto it = m_topics.constFind(topic);
    if (it == m_topics.constEnd())
        return 0;
    const EncodedMessage encoded = encodeMessage(destination, messageId, jsonBody);
    // Copy: a send may close a session, which edits the list while we walk it.
    const QList<Subscriber> subscribers = *it;
    for (const Subscriber &subscriber : subscribers)
        subscriber.session->deliver(encoded, subscriber.subscriptionId);
    return int(subscribers.size());
}

int TopicBus::subscriptionCount() const {
    int count = 0;
    for (const auto &subscribers : m_topics)
        count += int(subscribers.size());
    return count;
}

} // namespace gonggu::server
