// A file that a CHAT message carries (PROTOCOL.md "attachments"). The server
// fills every field from the stored file; a sender names only the fileId.
#pragma once

#include "result.h"

#include <QJsonArray>
#include <QString>

namespace gonggu {

class JsonWriter;

struct Attachment {
    qint64 fileId = 0;
    QString name;
    QString contentType; // decided from the bytes: one of allowedFileTypes()
    qint64 size = 0;
    // Images: their size as shown (EXIF orientation applied), so that a client can
    // keep the place and the aspect ratio while the thumbnail loads; 0 otherwise.
    int width = 0;
    int height = 0;

    bool isImage() const { return contentType.startsWith(u"image/"); }
    void writeJson(JsonWriter &out) const;
    static Result<Attachment> fromJson(const QJsonObject &json);
    friend bool operator==(const Attachment &, const Attachment &) = default;
};

// At most this many files in one message (an album of photos).
inline constexpr qsizetype kMaxAttachments = 10;

void writeAttachments(JsonWriter &out, const QList<Attachment> &attachments);
Result<QList<Attachment>> attachmentsFromJson(const QJsonArray &list);

// What a sender writes: [{fileId}], each at most once.
Result<QList<qint64>> attachmentIdsFromJson(const QJsonValue &value);

// The types a server accepts (PROTOCOL.md: decided from the bytes).
const QStringList &allowedFileTypes();

} // namespace gonggu
