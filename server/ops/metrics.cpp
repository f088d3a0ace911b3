#include "metrics.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <unistd.h>

namespace gonggu::server {

void Histogram::observe(double seconds) {
    size_t i = 0;
    while (i < kBounds.size() && seconds > kBounds[i])
        ++i;
    if (i < kBounds.size())
        m_buckets[i].add();
    m_count.add();
    m_sumNanoseconds.add(quint64(qMax(0.0, seconds) * 1e9));
}

namespace {

QByteArray number(double value) {
    if (value == double(qint64(value)))
        return QByteArray::number(qint64(value));
    return QByteArray::number(value, 'g', 10);
}

// Label values escape backslash, quote and newline (exposition format).
QByteArray labelValue(const QString &value) {
    QByteArray escaped = value.toUtf8();
    escaped.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return escaped;
}

} // namespace

void PrometheusText::header(const char *name, const char *help, const char *type) {
    m_text += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void PrometheusText::counter(const char *name, const char *help, double value) {
    header(name, help, "counter");
    m_text += QByteArray(name) + ' ' + number(value) + '\n';
}

void PrometheusText::gauge(const char *name, const char *help, double value) {
    header(name, help, "gauge");
    m_text += QByteArray(name) + ' ' + number(value) + '\n';
}

void PrometheusText::labeled(const char *type, const char *name, const char *help,
                             const char *label, const QList<std::pair<QString, double>> &samples) {
    header(name, help, type);
    for (const auto &[labelText, value] : samples)
        m_text += QByteArray(name) + '{' + label + "=\"" + labelValue(labelText) + "\"} " +
                  number(value) + '\n';
}

void PrometheusText::histogram(const char *name, const char *help, const Histogram &histogram) {
    header(name, help, "histogram");
    quint64 cumulative = 0;
    for (size_t i = 0; i < Histogram::kBounds.size(); ++i) {
        cumulative += histogram.bucket(i);
        m_text += QByteArray(name) + "_bucket{le=\"" + number(Histogram::kBounds[i]) + "\"} " +
                  QByteArray::number(cumulative) + '\n';
    }
    const quint64 count = histogram.count();
    m_text += QByteArray(name) + "_bucket{le=\"+Inf\"} " + QByteArray::number(count) + '\n';
    m_text += QByteArray(name) + "_sum " + number(histogram.sumSeconds()) + '\n';
    m_text += QByteArray(name) + "_count " + QByteArray::number(count) + '\n';
}

ProcessStats readProcessStats() {
    ProcessStats stats;
    const double pageSize = double(sysconf(_SC_PAGESIZE));
    const double ticks = double(sysconf(_SC_CLK_TCK));
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (statm.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> fields = statm.readAll().split(' ');
        if (fields.size() > 1)
            stats.residentBytes = fields[1].toDouble() * pageSize;
    }
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        // Fields after the parenthesised command name; utime, stime are 14 and 15,
        // starttime (ticks after boot) is 22.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 19) {
            stats.cpuSeconds = (fields[11].toDouble() + fields[12].toDouble()) / ticks;
            QFile uptime(QStringLiteral("/proc/uptime"));
            if (uptime.open(QIODevice::ReadOnly)) {
                const double up = uptime.readAll().split(' ').value(0).toDouble();
                const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
                stats.startTimeSeconds = now - up + fields[19].toDouble() / ticks;
            }
        }
    }
    stats.openFds = double(QDir(QStringLiteral("/proc/self/fd")).count()) - 2; // . and ..
    return stats;
}

} // namespace gonggu::server
