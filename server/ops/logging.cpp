#include "logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace gonggu::server {

namespace {

QString levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"error"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"info"_s;
}

QMutex &outputMutex() {
    static QMutex mutex; // the storage thread logs too; keep lines whole
    return mutex;
}

void writeLine(const QByteArray &line) {
    QMutexLocker lock(&outputMutex());
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void jsonHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QJsonObject entry{
        {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"level"_s, levelName(type)},
        {u"category"_s, QString::fromUtf8(context.category ? context.category : "default")},
        {u"message"_s, message},
    };
    writeLine(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
}

void textHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString line = u"%1 %2 %3: %4\n"_s.arg(
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), levelName(type),
        QString::fromUtf8(context.category ? context.category : "default"), message);
    writeLine(line.toUtf8());
}

} // namespace

void installLogHandler(LogFormat format) {
    qInstallMessageHandler(format == LogFormat::Json ? jsonHandler : textHandler);
}

} // namespace gonggu::server
