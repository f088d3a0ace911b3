// A STOMP-over-WebSocket client for tests, built on common/'s codec.
#pragma once

#include "common/stomp/stompparser.h"

#include <QJsonObject>
#include <QWebSocket>
#include <functional>

class StompTestClient : public QObject {
    Q_OBJECT
public:
    explicit StompTestClient(QObject *parent = nullptr);

    bool open(const QUrl &url);
    // CONNECT with `Authorization: Bearer <token>` (or passcode); true on CONNECTED.
    bool connectWith(const QString &token, bool asPasscode = false,
                     const QByteArray &heartbeat = "0,0");
    void sendFrame(const gonggu::stomp::Frame &frame);
    void sendRaw(const QByteArray &bytes); // a text message exactly as given
    void sendBinary(const QByteArray &bytes);

    // SUBSCRIBE with a receipt; true when the RECEIPT came (false: refused or timeout).
    bool subscribe(const QByteArray &id, const QString &destination,
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    void sendChat(qint64 roomId, const QString &content, const QString &clientMsgId,
                  const QByteArray &receipt = {});

    // Waits until a frame matching `predicate` has arrived; returns it (consumed).
    std::optional<gonggu::stomp::Frame>
    waitFor(std::function<bool(const gonggu::stomp::Frame &)> predicate, int timeoutMs = 5000);
    std::optional<gonggu::stomp::Frame> waitForReceipt(const QByteArray &receiptId,
                                                       int timeoutMs = 5000);
    // The next MESSAGE on `destination`, body decoded.
    std::optional<QJsonObject> waitForMessage(const QString &destination, int timeoutMs = 5000);
    // The next /user/queue/errors body.
    std::optional<QJsonObject> waitForRefusal(int timeoutMs = 5000);
    bool waitForClosed(int timeoutMs = 5000);
    // Frames received and not consumed yet.
    QList<gonggu::stomp::Frame> &frames() { return m_frames; }
    int heartbeatsReceived() const { return int(m_parser.heartbeats()); }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QWebSocket &socket() { return m_socket; }

private:
    void onText(const QString &text);

    QWebSocket m_socket;
    gonggu::stomp::Parser m_parser;
    QList<gonggu::stomp::Frame> m_frames;
    bool m_closed = false;
};
