#include "productform.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace gonggu::client {

namespace {

// QML numbers arrive as doubles; a fraction or a NaN is not an amount.
std::optional<qint64> amountOf(const QVariant &value) {
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || number != std::floor(number) || std::abs(number) > double(Product::kMaxAmount) * 2)
        return std::nullopt;
    return qint64(number);
}

} // namespace

Result<ProductForm> productFromForm(const QVariantMap &form) {
    const auto group = amountOf(form.value(u"groupPrice"_s));
    if (!group || *group <= 0)
        return Error{ErrorCode::ContentInvalid, u"enter the group price"_s, u"groupPrice"_s};
    QJsonObject json{{u"groupPrice"_s, *group},
                     {u"currency"_s, form.value(u"currency"_s, u"KRW"_s).toString()},
                     {u"unit"_s, form.value(u"unit"_s).toString()}};
    const auto regular = amountOf(form.value(u"regularPrice"_s, 0));
    if (!regular)
        return Error{ErrorCode::ContentInvalid, u"the regular price is an amount"_s,
                     u"regularPrice"_s};
    if (*regular > 0)
        json.insert(u"regularPrice"_s, *regular);
    QJsonArray handover;
    if (form.value(u"pickup"_s, true).toBool())
        handover.append(u"PICKUP"_s);
    if (form.value(u"delivery"_s).toBool())
        handover.append(u"DELIVERY"_s);
    json.insert(u"handover"_s, handover);
    ProductForm result;
    const QUrl photo = form.value(u"photo"_s).toUrl();
    if (photo.isEmpty()) {
        if (const auto kept = amountOf(form.value(u"photoFileId"_s)); kept && *kept > 0)
            json.insert(u"photoFileId"_s, *kept);
    }
    auto product = Product::fromJson(json);
    if (!product)
        return product.error();
    result.product = std::move(*product);
    if (!photo.isEmpty()) {
        LocalFile picked = LocalFile::inspect(photo);
        if (!picked.isImage())
            return Error{ErrorCode::ContentInvalid, u"the photo is a JPEG, PNG, WebP or GIF"_s,
                         u"photo"_s};
        if (const auto sendable = picked.sendable(); !sendable)
            return Error{ErrorCode::ContentInvalid, sendable.error().message, u"photo"_s};
        result.newPhoto = std::move(picked);
    }
    return result;
}

QCoro::Task<Result<Room>> putProduct(RestClient &rest, qint64 roomId, ProductForm form) {
    if (form.newPhoto) {
        const LocalFile &photo = *form.newPhoto;
        const auto bytes = photo.read();
        if (!bytes)
            co_return Error{ErrorCode::ContentInvalid, bytes.error().message, u"photo"_s};
        const auto uploaded = co_await rest.upload(
            roomId, *bytes, photo.name, QUuid::createUuid().toString(QUuid::WithoutBraces),
            [](qint64, qint64) {});
        if (!uploaded)
            co_return uploaded.error();
        form.product.photoFileId = uploaded->fileId;
    }
    co_return co_await rest.setProduct(roomId, form.product);
}

} // namespace gonggu::client
