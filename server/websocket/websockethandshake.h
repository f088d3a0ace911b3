// The server half of the RFC 6455 opening handshake: checks an upgrade
// request's headers, picks a subprotocol and writes the 101 answer.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace gonggu::server::websocket {

struct HandshakeAnswer {
    bool accepted = false;
    int status = 400;       // when refused: the HTTP status to answer with
    QString error;          // when refused: why, for the client
    QByteArray subprotocol; // when accepted: the chosen one, or empty
    QByteArray response;    // when accepted: the whole 101 response
};

// `headers` have lower-case names; `supported` is in order of preference.
HandshakeAnswer answerHandshake(const QHash<QByteArray, QByteArray> &headers,
                                const QList<QByteArray> &supported, const QByteArray &serverName);

} // namespace gonggu::server::websocket
