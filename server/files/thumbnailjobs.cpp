#include "thumbnailjobs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <qcoro/qcoroprocess.h>
#include <qcoro/qcorosignal.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBlobs)

namespace gonggu::server::files {

namespace {

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GONGGU_ASAN 1
#endif
#endif

void limitChild() {
    // Seconds of CPU, then SIGKILL by the kernel; and no more memory than a big
    // photo needs (AddressSanitizer reserves terabytes of address space: not then).
    const rlimit cpu{10, 10};
    ::setrlimit(RLIMIT_CPU, &cpu);
#ifndef GONGGU_ASAN
    const rlimit memory{1024UL << 20, 1024UL << 20};
    ::setrlimit(RLIMIT_AS, &memory);
#endif
    const rlimit core{0, 0};
    ::setrlimit(RLIMIT_CORE, &core);
}

} // namespace

ThumbnailJobs::ThumbnailJobs(QObject *parent)
    : QObject(parent)
    , m_helper(findHelper()) {
}

QString ThumbnailJobs::findHelper() {
    const QString dir = QCoreApplication::applicationDirPath();
    // QStrings, not a braced list of QStringBuilders: those would point at
    // temporaries gone before the loop reads them (it crashed the release build).
    const QStringList candidates{dir + u"/gonggu-thumbnailer"_s,
                                 dir + u"/../libexec/gonggu/gonggu-thumbnailer"_s,
                                 dir + u"/../server/gonggu-thumbnailer"_s};
    for (const QString &candidate : candidates)
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}

QCoro::Task<Result<thumbnailer::ImageProbe>> ThumbnailJobs::probe(QByteArray image) {
    if (m_helper.isEmpty())
        co_return Error{ErrorCode::Unavailable, u"gonggu-thumbnailer is not installed"_s};
    while (m_running >= kMaxRunning)
        co_await qCoro(this, &ThumbnailJobs::slotFreed);
    ++m_running;
    QProcess process;
    process.setChildProcessModifier(limitChild);
    process.setProgram(m_helper);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const bool started = co_await qCoro(process).start();
    bool finished = false;
    if (started) {
        process.write(image);
        process.closeWriteChannel();
        finished = co_await qCoro(process).waitForFinished(kTimeLimitMs);
    }
    if (!finished && process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(1000);
    }
    --m_running;
    Q_EMIT slotFreed();
    if (!started)
        co_return Error{ErrorCode::Unavailable, u"cannot start gonggu-thumbnailer"_s};
    if (!finished)
        co_return Error{ErrorCode::ContentInvalid, u"the image took too long to decode"_s,
                        u"file"_s};
    if (process.exitStatus() != QProcess::NormalExit) {
        qCWarning(lcBlobs) << "the thumbnailer died on an upload (signal); the file is refused";
        co_return Error{ErrorCode::ContentInvalid, u"the image does not decode"_s, u"file"_s};
    }
    if (process.exitCode() != 0) {
        const QString why = QString::fromUtf8(process.readAllStandardError()).trimmed();
        co_return Error{ErrorCode::ContentInvalid,
                        u"the image does not decode"_s + (why.isEmpty() ? u""_s : u": "_s + why),
                        u"file"_s};
    }
    auto answer = thumbnailer::decodeAnswer(process.readAllStandardOutput());
    if (!answer)
        co_return Error{ErrorCode::Internal, u"gonggu-thumbnailer answered nonsense"_s};
    co_return *answer;
}

} // namespace gonggu::server::files
