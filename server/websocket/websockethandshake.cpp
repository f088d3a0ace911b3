#include "websockethandshake.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace gonggu::server::websocket {

namespace {

HandshakeAnswer refuse(int status, QString error) {
    HandshakeAnswer answer;
    answer.status = status;
    answer.error = std::move(error);
    return answer;
}

QList<QByteArray> commaList(const QByteArray &value) {
    QList<QByteArray> items;
    for (const QByteArray &item : value.split(','))
        if (const QByteArray trimmed = item.trimmed(); !trimmed.isEmpty())
            items.append(trimmed);
    return items;
}

} // namespace

HandshakeAnswer answerHandshake(const QHash<QByteArray, QByteArray> &headers,
                                const QList<QByteArray> &supported, const QByteArray &serverName) {
    if (headers.value("sec-websocket-version").trimmed() != "13")
        return refuse(426, u"WebSocket version 13 is required"_s);
    const QByteArray key = headers.value("sec-websocket-key").trimmed();
    if (QByteArray::fromBase64(key, QByteArray::AbortOnBase64DecodingErrors).size() != 16)
        return refuse(400, u"Sec-WebSocket-Key must be 16 bytes in base64"_s);

    HandshakeAnswer answer;
    answer.accepted = true;
    answer.status = 101;
    const QList<QByteArray> offered = commaList(headers.value("sec-websocket-protocol"));
    for (const QByteArray &candidate : supported) {
        if (offered.contains(candidate)) {
            answer.subprotocol = candidate;
            break;
        }
    }
    const QByteArray accept =
        QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                 QCryptographicHash::Sha1)
            .toBase64();
    answer.response = "HTTP/1.1 101 Switching Protocols\r\n"
                      "Upgrade: websocket\r\n"
                      "Connection: Upgrade\r\n"
                      "Server: " +
                      serverName + "\r\nSec-WebSocket-Accept: " + accept + "\r\n";
    if (!answer.subprotocol.isEmpty())
        answer.response += "Sec-WebSocket-Protocol: " + answer.subprotocol + "\r\n";
    answer.response += "\r\n";
    return answer;
}

} // namespace gonggu::server::websocket
