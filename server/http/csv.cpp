#include "csv.h"

using namespace Qt::StringLiterals;

namespace gonggu::server::csv {

namespace {

QString cell(QString text) {
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

QString line(const QStringList &cells) {
    QStringList quoted;
    for (const QString &one : cells)
        quoted.append(cell(one));
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace

QByteArray document(const QStringList &header, const QList<QStringList> &rows) {
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return "\xEF\xBB\xBF" + text.toUtf8();
}

HttpResponse download(const QByteArray &document, const QByteArray &filename) {
    HttpResponse response = HttpResponse::text(200, document, "text/csv; charset=utf-8");
    response.headers.append({"Content-Disposition", "attachment; filename=\"" + filename + "\""});
    return response;
}

} // namespace gonggu::server::csv
