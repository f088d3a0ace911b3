#include "byterange.h"

#include <QByteArray>

namespace gonggu::server {

namespace {

std::optional<qint64> digits(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

ByteRange parseByteRange(QByteArrayView header, qint64 size) {
    const QByteArray text = header.toByteArray().trimmed();
    if (!text.startsWith("bytes="))
        return {}; // another unit: ignored
    const QByteArray spec = text.sliced(6).trimmed();
    if (spec.contains(','))
        return {}; // several ranges: the whole file
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return {};
    const QByteArrayView from = QByteArrayView(spec).first(dash).trimmed();
    const QByteArrayView to = QByteArrayView(spec).sliced(dash + 1).trimmed();
    if (from.isEmpty()) { // "-N": the last N bytes
        const auto suffix = digits(to);
        if (!suffix)
            return {};
        if (*suffix == 0 || size == 0)
            return {ByteRange::Kind::Unsatisfiable};
        return {ByteRange::Kind::Part, qMax<qint64>(0, size - *suffix), size - 1};
    }
    const auto first = digits(from);
    if (!first)
        return {};
    std::optional<qint64> last = size - 1;
    if (!to.isEmpty()) {
        last = digits(to);
        if (!last || *last < *first)
            return {}; // invalid: ignored (RFC 9110 14.2)
    }
    if (*first >= size)
        return {ByteRange::Kind::Unsatisfiable};
    return {ByteRange::Kind::Part, *first, qMin(*last, size - 1)};
}

} // namespace gonggu::server
