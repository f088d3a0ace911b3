// The Range header of a GET (RFC 9110 14.2): one range of bytes is served as a
// 206; several, or any form this server does not serve, get the whole file
// (which the RFC allows); a range past the end is 416.
#pragma once

#include <QByteArrayView>
#include <optional>

namespace gonggu::server {

struct ByteRange {
    enum class Kind { Whole, Part, Unsatisfiable };
    Kind kind = Kind::Whole;
    qint64 first = 0; // Part: inclusive bounds
    qint64 last = 0;
};

ByteRange parseByteRange(QByteArrayView header, qint64 size);

} // namespace gonggu::server
