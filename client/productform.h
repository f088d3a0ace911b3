// The seller's product form (opening a group buy, editing its product) to the
// wire's Product: the amounts QML holds as numbers, the photo kept or a new one
// picked on the device, which is uploaded into the room before the product is
// stored (a product photo is a file of its room).
#pragma once

#include "localfile.h"
#include "restclient.h"

#include "common/product.h"

#include <QUrl>
#include <QVariantMap>

namespace gonggu::client {

struct ProductForm {
    Product product;
    std::optional<LocalFile> newPhoto; // inspected, to upload; none: keep product.photoFileId
};

// Form keys: groupPrice, regularPrice (0 or absent: none), currency (absent: KRW),
// unit, pickup, delivery, photoFileId (the photo kept), photo (a picked file's URL).
// CONTENT_INVALID naming the field, as the server would say it.
Result<ProductForm> productFromForm(const QVariantMap &form);

// Uploads the new photo, if any, then stores the product: the room afterwards.
QCoro::Task<Result<Room>> putProduct(RestClient &rest, qint64 roomId, ProductForm form);

} // namespace gonggu::client
