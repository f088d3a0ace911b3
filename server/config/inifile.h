// Reads the [server] section of an INI file, remembering each key's line so a
// bad value can be reported as "server.ini:7: ...". QSettings cannot say where
// a value came from, and an operator fixing a config file needs exactly that.
#pragma once

#include "common/result.h"

#include <QHash>

namespace gonggu::server {

struct IniValue {
    QString value;
    int line = 0;
};

struct IniFile {
    QString path;
    QHash<QString, IniValue> server; // keys of the [server] section

    // Lines starting with ';' or '#' are comments; values may be "double quoted".
    // Keys outside [server], or not in `knownKeys`, are errors with their line.
    static Result<IniFile> read(const QString &path, const QStringList &knownKeys);
};

} // namespace gonggu::server
