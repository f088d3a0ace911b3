// What a group buy sells, as the room JSON's optional `product` carries it: the
// prices (integers of the currency's minor unit, so no rounding anywhere), what one
// unit is, a photo (a file of the room) and how buyers get it. Decoding validates,
// so every copy the server keeps or sends is one the app can show.
#pragma once

#include "result.h"

#include <QJsonObject>
#include <optional>

namespace gonggu {

struct Product {
    // Below 2^53: the amounts stay exact as JavaScript numbers.
    static constexpr qint64 kMaxAmount = 1'000'000'000'000;
    static constexpr int kMaxUnitCharacters = 40;

    qint64 groupPrice = 0;
    std::optional<qint64> regularPrice;       // struck through next to the group price
    QString currency = QStringLiteral("KRW"); // ISO 4217
    QString unit;                             // "10kg box"; may be empty
    std::optional<qint64> photoFileId;
    bool pickup = true;
    bool delivery = false;

    // What a buyer saves per unit against the regular price; 0 without one.
    qint64 saving() const { return regularPrice ? *regularPrice - groupPrice : 0; }
    // The saving in whole percent of the regular price, rounded down; 0 without one.
    int savingPercent() const;

    QJsonObject toJson() const;
    // CONTENT_INVALID naming the field (prices, currency, unit, handover).
    static Result<Product> fromJson(const QJsonObject &json);
    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace gonggu
