#include "product.h"

#include "content.h"
#include "jsonfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace gonggu {

namespace {

Error invalid(const QString &field, const QString &why) {
    return Error{ErrorCode::ContentInvalid, why, field};
}

bool isCurrencyCode(const QString &code) {
    return code.size() == 3 &&
           std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

} // namespace

int Product::savingPercent() const {
    if (!regularPrice || *regularPrice <= 0)
        return 0;
    return int(saving() * 100 / *regularPrice);
}

QJsonObject Product::toJson() const {
    QJsonArray handover;
    if (pickup)
        handover.append(u"PICKUP"_s);
    if (delivery)
        handover.append(u"DELIVERY"_s);
    return {{u"groupPrice"_s, groupPrice},
            {u"regularPrice"_s, regularPrice ? QJsonValue(*regularPrice) : QJsonValue()},
            {u"currency"_s, currency},
            {u"unit"_s, unit},
            {u"photoFileId"_s, photoFileId ? QJsonValue(*photoFileId) : QJsonValue()},
            {u"handover"_s, handover}};
}

Result<Product> Product::fromJson(const QJsonObject &json) {
    JsonFields fields(json);
    Product product;
    product.groupPrice = fields.integer("groupPrice"_L1);
    product.regularPrice = fields.optionalInteger("regularPrice"_L1);
    product.currency = fields.optionalString("currency"_L1).value_or(u"KRW"_s);
    product.unit = fields.optionalString("unit"_L1).value_or(QString()).trimmed();
    product.photoFileId = fields.optionalInteger("photoFileId"_L1);
    if (!fields.ok())
        return fields.error();
    if (product.groupPrice < 0 || product.groupPrice > kMaxAmount)
        return invalid(u"groupPrice"_s, u"the group price is 0 to 10^12 minor units"_s);
    if (product.regularPrice &&
        (*product.regularPrice < product.groupPrice || *product.regularPrice > kMaxAmount))
        return invalid(u"regularPrice"_s,
                       u"the regular price is at least the group price, at most 10^12"_s);
    if (!isCurrencyCode(product.currency))
        return invalid(u"currency"_s, u"the currency is an ISO 4217 code such as KRW"_s);
    if (characterCount(product.unit) > kMaxUnitCharacters || !isOneLine(product.unit))
        return invalid(u"unit"_s, u"the unit is one line of at most 40 characters"_s);
    if (product.photoFileId && *product.photoFileId <= 0)
        return invalid(u"photoFileId"_s, u"the photo is a file id"_s);
    // Absent: pickup, as most group buys in a neighbourhood are.
    const QJsonValue handover = json.value("handover"_L1);
    if (!handover.isUndefined() && !handover.isNull()) {
        product.pickup = product.delivery = false;
        const QJsonArray list = handover.toArray();
        for (const QJsonValue &item : list) {
            bool &flag = item.toString() == "PICKUP"_L1 ? product.pickup : product.delivery;
            if ((item.toString() != "PICKUP"_L1 && item.toString() != "DELIVERY"_L1) || flag)
                return invalid(u"handover"_s, u"handover is PICKUP, DELIVERY or both, once each"_s);
            flag = true;
        }
        if (!handover.isArray() || list.isEmpty())
            return invalid(u"handover"_s, u"handover is PICKUP, DELIVERY or both"_s);
    }
    return product;
}

} // namespace gonggu
