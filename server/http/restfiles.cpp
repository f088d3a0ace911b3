// Files: POST .../rooms/{id}/files (the bytes as the body), GET /api/files/{id}
// and its /thumbnail, with validators and ranges so that a phone caches a photo
// once and a big PDF can be fetched in parts.
#include "byterange.h"
#include "restapi.h"

#include "files/fileservice.h"

#include "common/apipaths.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

QJsonObject uploadedJson(const FileRecord &file) {
    QJsonObject json{{u"fileId"_s, file.attachment.fileId},
                     {u"name"_s, file.attachment.name},
                     {u"contentType"_s, file.attachment.contentType},
                     {u"size"_s, file.attachment.size},
                     {u"sha256"_s, QString::fromLatin1(file.sha256)}};
    if (file.attachment.width > 0) {
        json.insert(u"width"_s, file.attachment.width);
        json.insert(u"height"_s, file.attachment.height);
    }
    return json;
}

// Whether If-None-Match (a list, or *) names `etag` (weak comparison, RFC 9110 13.1.2).
bool matches(const QByteArray &ifNoneMatch, const QByteArray &etag) {
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag == "*" || tag == etag || tag == "W/" + etag)
            return true;
    }
    return false;
}

QByteArray contentDisposition(const QString &name, bool inlineShown) {
    // RFC 6266 with RFC 8187's UTF-8 form for Korean names, and an ASCII fallback.
    QByteArray ascii;
    for (const QChar c : name)
        ascii += c.unicode() >= 0x20 && c.unicode() < 0x7F && c != u'"' && c != u'\\'
                     ? char(c.unicode())
                     : '_';
    return QByteArray(inlineShown ? "inline" : "attachment") + "; filename=\"" + ascii +
           "\"; filename*=UTF-8''" + QUrl::toPercentEncoding(name);
}

HttpResponse fileResponse(const HttpRequest &request, files::FileService::Download download,
                          bool thumbnail) {
    const QByteArray etag = '"' + download.file.sha256 + (thumbnail ? "-t" : "") + '"';
    HttpResponse response;
    // Bytes under an id never change: cache for a year, for this user only.
    response.cacheControl = "private, max-age=31536000, immutable";
    response.headers.append(std::pair<QByteArray, QByteArray>("ETag", etag));
    response.headers.append(std::pair<QByteArray, QByteArray>("Accept-Ranges", "bytes"));
    if (matches(request.header("if-none-match"), etag)) {
        response.status = 304;
        return response;
    }
    const qint64 size = download.bytes.size();
    response.contentType = download.contentType;
    // A browser opening it shows an image or a PDF, and never runs anything in it.
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Security-Policy",
                                                              "default-src 'none'; sandbox"));
    response.headers.append({"Content-Disposition",
                             contentDisposition(download.file.attachment.name,
                                                thumbnail || download.file.attachment.isImage())});
    const QByteArray rangeHeader = request.header("range");
    const QByteArray ifRange = request.header("if-range");
    ByteRange range;
    if (!rangeHeader.isEmpty() && (ifRange.isEmpty() || ifRange.trimmed() == etag))
        range = parseByteRange(rangeHeader, size);
    switch (range.kind) {
    case ByteRange::Kind::Whole:
        response.status = 200;
        response.body = std::move(download.bytes);
        break;
    case ByteRange::Kind::Part:
        response.status = 206;
        response.headers.append({"Content-Range", "bytes " + QByteArray::number(range.first) + '-' +
                                                      QByteArray::number(range.last) + '/' +
                                                      QByteArray::number(size)});
        response.body = download.bytes.sliced(range.first, range.last - range.first + 1);
        break;
    case ByteRange::Kind::Unsatisfiable:
        response = HttpResponse::error(ErrorCode::BadRequest, u"the range is past the end"_s);
        response.status = 416;
        response.headers.append({"Content-Range", "bytes */" + QByteArray::number(size)});
        break;
    }
    return response;
}

} // namespace

void RestApi::registerFileRoutes(Router &router) {
    router.add("POST", apipaths::kFiles, [this](HttpRequest request) -> QCoro::Task<HttpResponse> {
        const auto call = roomCall(request);
        if (!call)
            co_return HttpResponse::error(call.error());
        auto file = co_await m_files.upload(call->caller, call->roomId,
                                            request.header("x-file-name"), std::move(request.body));
        if (!file) {
            HttpResponse refusal = HttpResponse::error(file.error());
            if (file.error().field == u"contentType")
                refusal.status = 415;
            co_return refusal;
        }
        HttpResponse created = HttpResponse::json(201, uploadedJson(*file));
        created.headers.append(
            {"Location", apipaths::fill(apipaths::kFile, file->attachment.fileId).toLatin1()});
        co_return created;
    });
    for (const bool thumbnail : {false, true}) {
        router.add("GET", thumbnail ? apipaths::kFileThumbnail : apipaths::kFile,
                   [this, thumbnail](HttpRequest request) -> QCoro::Task<HttpResponse> {
                       const auto caller = authenticate(request);
                       if (!caller)
                           co_return HttpResponse::error(caller.error());
                       const auto fileId = rest::pathId(request, 0);
                       if (!fileId)
                           co_return HttpResponse::error(fileId.error());
                       auto download = co_await m_files.download(*caller, *fileId, thumbnail);
                       if (!download)
                           co_return HttpResponse::error(download.error());
                       co_return fileResponse(request, std::move(*download), thumbnail);
                   });
    }
}

} // namespace gonggu::server
