#include "inifile.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace gonggu::server {

Result<IniFile> IniFile::read(const QString &path, const QStringList &knownKeys) {
    QFile file(path);
    if (!file.exists())
        return Error{ErrorCode::BadRequest, u"config file not found: "_s + path};
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{ErrorCode::BadRequest,
                     u"cannot read config file %1: %2"_s.arg(path, file.errorString())};
    IniFile ini;
    ini.path = path;
    QString section;
    int lineNumber = 0;
    const auto fault = [&](const QString &what) {
        return Error{ErrorCode::BadRequest, u"%1:%2: %3"_s.arg(path).arg(lineNumber).arg(what)};
    };
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray raw = file.readLine();
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fault(u"malformed section header '%1'"_s.arg(line));
            section = line.mid(1, line.size() - 2).trimmed();
            if (section != u"server")
                return fault(u"unknown section [%1]; settings go in [server]"_s.arg(section));
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return fault(u"expected key = value, got '%1'"_s.arg(line));
        if (section != u"server")
            return fault(u"setting outside the [server] section"_s);
        const QString key = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        if (!knownKeys.contains(key))
            return fault(u"unknown key '%1'"_s.arg(key));
        if (ini.server.contains(key))
            return fault(u"'%1' is already set on line %2"_s.arg(key).arg(ini.server[key].line));
        ini.server.insert(key, {value, lineNumber});
    }
    return ini;
}

} // namespace gonggu::server
