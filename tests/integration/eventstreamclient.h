// A Server-Sent Events client for the tests, by hand over a socket (what an
// EventSource does): GET /api/notifications/stream, the head, the chunked body,
// and its events parsed as they come.
#pragma once

#include "serverprocess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

// An EventSource, by hand: the request, the head, the chunked body, the events.
class EventStream {
public:
    struct Event {
        qint64 id = 0;
        QJsonObject data;
    };

    bool open(const ServerProcess &server, const QString &token, const QByteArray &lastEventId = {},
              const QString &query = {}) {
        m_socket.connectToHost(u"127.0.0.1"_s, quint16(server.url({}).port()));
        if (!m_socket.waitForConnected(5000))
            return false;
        QByteArray request = "GET /api/notifications/stream" + query.toUtf8() +
                             " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n";
        if (!token.isEmpty())
            request += "Authorization: Bearer " + token.toUtf8() + "\r\n";
        if (!lastEventId.isEmpty())
            request += "Last-Event-ID: " + lastEventId + "\r\n";
        m_socket.write(request + "\r\n");
        return QTest::qWaitFor([&] { return pump(), !m_head.isEmpty(); }, 5000);
    }
    QByteArray head() const { return m_head; }
    int status() const { return m_head.mid(9, 3).toInt(); }
    QByteArray body() const { return m_body; }
    QList<Event> events() {
        pump();
        return m_events;
    }
    std::optional<Event> waitFor(const std::function<bool(const Event &)> &wanted,
                                 int timeoutMs = 5000) {
        std::optional<Event> found;
        (void)QTest::qWaitFor(
            [&] {
                pump();
                for (const Event &e : m_events) {
                    if (wanted(e)) {
                        found = e;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    // The last chunk came and the server closed: a clean end.
    bool endedCleanly(int timeoutMs = 5000) {
        return QTest::qWaitFor(
            [&] {
                pump();
                return m_lastChunk && m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QString retry() const { return m_retry; }

private:
    void pump() {
        m_socket.waitForReadyRead(20);
        m_raw += m_socket.readAll();
        if (m_head.isEmpty()) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_head = m_raw.left(end);
            m_raw.remove(0, end + 4);
            m_chunked = m_head.toLower().contains("transfer-encoding: chunked");
        }
        if (!m_chunked) {
            m_body += std::exchange(m_raw, {});
            return;
        }
        for (;;) { // whole chunks only
            const qsizetype line = m_raw.indexOf("\r\n");
            if (line < 0)
                break;
            bool ok = false;
            const qsizetype size = m_raw.left(line).toLongLong(&ok, 16);
            if (!ok || m_raw.size() < line + 2 + size + 2)
                break;
            if (size == 0)
                m_lastChunk = true;
            m_text += m_raw.mid(line + 2, size);
            m_raw.remove(0, line + 2 + size + 2);
        }
        for (qsizetype end; (end = m_text.indexOf("\n\n")) >= 0;) { // whole events
            const QByteArray block = m_text.left(end);
            m_text.remove(0, end + 2);
            Event event;
            for (const QByteArray &field : block.split('\n')) {
                if (field.startsWith("id: "))
                    event.id = field.mid(4).toLongLong();
                else if (field.startsWith("data: "))
                    event.data = QJsonDocument::fromJson(field.mid(6)).object();
                else if (field.startsWith("retry: "))
                    m_retry = QString::fromUtf8(field.mid(7));
            }
            if (event.id > 0)
                m_events.append(event);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_raw, m_head, m_body, m_text;
    bool m_chunked = false;
    bool m_lastChunk = false;
    QString m_retry;
    QList<Event> m_events;
};
