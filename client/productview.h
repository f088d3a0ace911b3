// A room's product as QML reads it (room list, product card, the seller's form):
// the amounts as numbers (exact below 2^53), the saving, and the photo's URLs on
// the server. An empty map when the room has none.
#pragma once

#include "common/product.h"

#include <QUrl>
#include <QVariantMap>
#include <optional>

namespace gonggu::client {

QVariantMap productView(const std::optional<Product> &product, const QUrl &server);

} // namespace gonggu::client
