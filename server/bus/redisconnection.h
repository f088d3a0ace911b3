// One connection to Redis: commands are encoded and replies parsed by hiredis
// (redisFormatCommandArgv, redisReader), the bytes travel over a QTcpSocket.
// hiredis's own Qt adapter does not work with Qt 6 (it connects to
// QSocketNotifier::activated(int), which Qt 6 no longer has).
//
// Reconnects by itself with exponential backoff; `connected()` fires after
// every (re)connect so the owner can re-SUBSCRIBE.
#pragma once

#include <QObject>
#include <QTcpSocket>
#include <QTimer>

struct redisReader;

namespace gonggu::server {

// A reply, reduced to what pub/sub needs.
struct RedisReply {
    enum class Type { String, Integer, Array, Nil, Error, Status };
    Type type = Type::Nil;
    QByteArray text;
    qint64 integer = 0;
    QList<RedisReply> elements;
};

class RedisConnection : public QObject {
    Q_OBJECT
public:
    RedisConnection(QString host, quint16 port, QObject *parent = nullptr);
    ~RedisConnection() override;

    void open();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // False (and nothing sent) while disconnected.
    bool send(const QList<QByteArray> &arguments);

Q_SIGNALS:
    void connected();
    void disconnected(const QString &why);
    void replyReceived(const gonggu::server::RedisReply &reply);

private:
    void onReadyRead();
    void onDisconnected();
    void resetReader();

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QTimer m_retry;
    int m_backoffMs = 100;
    redisReader *m_reader = nullptr;
    bool m_wanted = false; // open() was called: keep reconnecting
};

} // namespace gonggu::server
