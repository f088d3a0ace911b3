// Plain data moved between storage and the rest: the room domain's records
// (rooms/ owns them) and the accounts'.
#pragma once

#include "rooms/roomrecords.h"

namespace gonggu::server {

struct AccountRecord {
    QString id;
    QString username;
    QString displayName;
    QString passwordHash;
};

// A stored file: what a message shows of it (`attachment`, its fileId the row id)
// and where its sealed bytes are (blob names in the BlobStore).
struct FileRecord {
    Attachment attachment;
    qint64 roomId = 0;
    QString uploaderId;
    QByteArray sha256; // hex, of the bytes served (after metadata was removed)
    QString blob;
    std::optional<QString> thumbnailBlob;
    std::optional<int> keyId;        // that sealed the name and both blobs; nullopt: plaintext
    std::optional<qint64> messageId; // the message that carries it, once sent
    QDateTime createdAt;
};

} // namespace gonggu::server
