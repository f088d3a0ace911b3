// Spreadsheet downloads (the seller's addresses and orders): RFC 4180 quoting, a
// ' before a cell that a spreadsheet would run as a formula, and a UTF-8 BOM so
// that Korean opens right.
#pragma once

#include "httpmessage.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace gonggu::server::csv {

QByteArray document(const QStringList &header, const QList<QStringList> &rows);
// 200 text/csv as an attachment named `filename`.
HttpResponse download(const QByteArray &document, const QByteArray &filename);

} // namespace gonggu::server::csv
