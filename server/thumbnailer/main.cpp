// gonggu-thumbnailer: reads one image on stdin, answers its size, orientation
// and thumbnail on stdout (imageprobe.h), exits 2 when it does not decode. The
// server runs it per upload with a time and memory limit.
#include "imageprobe.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv); // image format plugins are found through it
    QFile in;
    QFile out;
    QFile err;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly) ||
        !err.open(stderr, QIODevice::WriteOnly))
        return 1;
    const QByteArray bytes = in.readAll();
    QString error;
    const auto probe = gonggu::thumbnailer::probeImage(bytes, {}, &error);
    if (!probe) {
        err.write(error.toUtf8() + '\n');
        return 2;
    }
    out.write(gonggu::thumbnailer::encodeAnswer(*probe));
    return out.flush() ? 0 : 1;
}
