// Runs gonggu-thumbnailer (server/thumbnailer/) for an uploaded image, with a
// time limit, a memory and CPU limit on the process, and at most a few at once,
// so that a crafted image costs the server one killed child and nothing more.
#pragma once

#include "thumbnailanswer.h"

#include "common/result.h"

#include <QObject>
#include <qcoro/qcorotask.h>

namespace gonggu::server::files {

class ThumbnailJobs : public QObject {
    Q_OBJECT
public:
    // Finds the helper beside the server, or in ../libexec/gonggu.
    explicit ThumbnailJobs(QObject *parent = nullptr);

    // The image's size, orientation and thumbnail; ContentInvalid when it does
    // not decode within the limits.
    QCoro::Task<Result<thumbnailer::ImageProbe>> probe(QByteArray image);

    QString helper() const { return m_helper; }
    static QString findHelper();

    static constexpr int kMaxRunning = 2; // the machine has 2 cores
    static constexpr int kTimeLimitMs = 10'000;

Q_SIGNALS:
    void slotFreed();

private:
    QString m_helper;
    int m_running = 0;
};

} // namespace gonggu::server::files
