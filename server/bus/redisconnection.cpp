#include "redisconnection.h"

#include <QLoggingCategory>
#include <hiredis/hiredis.h>

Q_LOGGING_CATEGORY(lcRedis, "gonggu.redis")

namespace gonggu::server {

namespace {

RedisReply convert(const redisReply *reply) {
    RedisReply out;
    switch (reply->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = reply->integer;
        return out;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        for (size_t i = 0; i < reply->elements; ++i)
            out.elements.append(convert(reply->element[i]));
        return out;
    default:
        out.type = RedisReply::Type::Nil;
        return out;
    }
    out.text = QByteArray(reply->str, qsizetype(reply->len));
    return out;
}

constexpr int kMaxBackoffMs = 5000;

} // namespace

RedisConnection::RedisConnection(QString host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port) {
    resetReader();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { m_socket.connectToHost(m_host, m_port); });
    connect(&m_socket, &QTcpSocket::connected, this, [this] {
        m_backoffMs = 100;
        resetReader();
        qCInfo(lcRedis).noquote() << "connected to" << m_host << m_port;
        Q_EMIT connected();
    });
    connect(&m_socket, &QTcpSocket::readyRead, this, &RedisConnection::onReadyRead);
    connect(&m_socket, &QTcpSocket::disconnected, this, &RedisConnection::onDisconnected);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            onDisconnected(); // a failed connect attempt
    });
}

RedisConnection::~RedisConnection() {
    m_wanted = false;
    m_socket.disconnect(this);
    m_socket.abort();
    redisReaderFree(m_reader);
}

void RedisConnection::open() {
    m_wanted = true;
    m_socket.connectToHost(m_host, m_port);
}

void RedisConnection::resetReader() {
    if (m_reader)
        redisReaderFree(m_reader);
    m_reader = redisReaderCreate();
}

bool RedisConnection::send(const QList<QByteArray> &arguments) {
    if (!isConnected())
        return false;
    QList<const char *> argv;
    QList<size_t> lengths;
    for (const QByteArray &argument : arguments) {
        argv.append(argument.constData());
        lengths.append(size_t(argument.size()));
    }
    char *command = nullptr;
    const int length =
        redisFormatCommandArgv(&command, int(argv.size()), argv.data(), lengths.constData());
    if (length < 0)
        return false;
    m_socket.write(command, length);
    redisFreeCommand(command);
    return true;
}

void RedisConnection::onReadyRead() {
    const QByteArray bytes = m_socket.readAll();
    if (redisReaderFeed(m_reader, bytes.constData(), size_t(bytes.size())) != REDIS_OK) {
        m_socket.abort();
        return;
    }
    for (;;) {
        void *raw = nullptr;
        if (redisReaderGetReply(m_reader, &raw) != REDIS_OK) {
            qCWarning(lcRedis) << "unreadable reply from Redis; reconnecting";
            m_socket.abort();
            return;
        }
        if (!raw)
            return;
        const RedisReply reply = convert(static_cast<redisReply *>(raw));
        freeReplyObject(raw);
        Q_EMIT replyReceived(reply);
    }
}

void RedisConnection::onDisconnected() {
    if (!m_wanted || m_retry.isActive())
        return;
    const QString why = m_socket.errorString();
    qCWarning(lcRedis).noquote() << "Redis connection lost:" << why << "; retrying in"
                                 << m_backoffMs << "ms";
    Q_EMIT disconnected(why);
    m_retry.start(m_backoffMs);
    m_backoffMs = std::min(m_backoffMs * 2, kMaxBackoffMs);
}

} // namespace gonggu::server
