#include "productview.h"

#include "common/apipaths.h"

using namespace Qt::StringLiterals;

namespace gonggu::client {

QVariantMap productView(const std::optional<Product> &product, const QUrl &server) {
    if (!product)
        return {};
    QVariantMap view{
        {u"groupPrice"_s, product->groupPrice},
        {u"regularPrice"_s, product->regularPrice ? QVariant(*product->regularPrice) : QVariant()},
        {u"currency"_s, product->currency},
        {u"unit"_s, product->unit},
        {u"pickup"_s, product->pickup},
        {u"delivery"_s, product->delivery},
        {u"saving"_s, product->saving()},
        {u"savingPercent"_s, product->savingPercent()}};
    if (product->photoFileId) {
        view.insert(u"photoFileId"_s, *product->photoFileId);
        view.insert(u"photoUrl"_s,
                    server.resolved(QUrl(apipaths::fill(apipaths::kFile, *product->photoFileId))));
        view.insert(
            u"thumbnailUrl"_s,
            server.resolved(QUrl(apipaths::fill(apipaths::kFileThumbnail, *product->photoFileId))));
    }
    return view;
}

} // namespace gonggu::client
