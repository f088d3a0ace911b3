#include "attachment.h"

#include "jsonfields.h"
#include "jsonwriter.h"

using namespace Qt::StringLiterals;

namespace gonggu {

void Attachment::writeJson(JsonWriter &out) const {
    out.beginObject()
        .key("fileId"_L1)
        .value(fileId)
        .key("name"_L1)
        .value(name)
        .key("contentType"_L1)
        .value(contentType)
        .key("size"_L1)
        .value(size);
    if (width > 0 && height > 0)
        out.key("width"_L1).value(qint64(width)).key("height"_L1).value(qint64(height));
    out.endObject();
}

Result<Attachment> Attachment::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Attachment a;
    a.fileId = fields.integer("fileId"_L1);
    a.name = fields.string("name"_L1);
    a.contentType = fields.string("contentType"_L1);
    a.size = fields.integer("size"_L1);
    a.width = int(fields.optionalInteger("width"_L1).value_or(0));
    a.height = int(fields.optionalInteger("height"_L1).value_or(0));
    if (!fields.ok())
        return fields.error();
    if (a.fileId <= 0 || a.size < 0 || a.width < 0 || a.height < 0)
        return Error{ErrorCode::BadRequest, u"an attachment's numbers are not negative"_s,
                     u"attachments"_s};
    return a;
}

void writeAttachments(JsonWriter &out, const QList<Attachment> &attachments) {
    out.beginArray();
    for (const Attachment &a : attachments)
        a.writeJson(out);
    out.endArray();
}

Result<QList<Attachment>> attachmentsFromJson(const QJsonArray &list) {
    QList<Attachment> attachments;
    for (const QJsonValue &item : list) {
        if (!item.isObject())
            return Error{ErrorCode::BadRequest, u"attachments are objects"_s, u"attachments"_s};
        auto a = Attachment::fromJson(item.toObject());
        if (!a)
            return a.error();
        attachments.append(*a);
    }
    return attachments;
}

Result<QList<qint64>> attachmentIdsFromJson(const QJsonValue &value) {
    const Error wrong{ErrorCode::BadRequest,
                      u"field 'attachments': an array of {fileId}, each file once, at most "_s +
                          QString::number(kMaxAttachments),
                      u"attachments"_s};
    if (!value.isArray())
        return wrong;
    const QJsonArray list = value.toArray();
    if (list.size() > kMaxAttachments)
        return wrong;
    QList<qint64> ids;
    for (const QJsonValue &item : list) {
        const QJsonObject object = item.toObject();
        JsonFields fields(object);
        const qint64 id = fields.integer("fileId"_L1);
        if (!item.isObject() || !fields.ok() || id <= 0 || ids.contains(id))
            return wrong;
        ids.append(id);
    }
    return ids;
}

const QStringList &allowedFileTypes() {
    static const QStringList types{u"image/jpeg"_s, u"image/png"_s, u"image/webp"_s, u"image/gif"_s,
                                   u"application/pdf"_s};
    return types;
}

} // namespace gonggu
