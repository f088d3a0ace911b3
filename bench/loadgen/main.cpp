// gonggu-loadgen: drives a STOMP-over-WebSocket server (Gonggu or RabbitMQ
// Web-STOMP) with R rooms x M members, each subscribed to its room and sending
// at a fixed rate, and prints one JSON line: what was offered, what was
// delivered per second, and the end-to-end latency (send -> MESSAGE) percentiles.
#include "gonggusetup.h"
#include "historyscenario.h"
#include "idleswarm.h"
#include "loadworker.h"
#include "restscenarios.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>
#include <cstdio>

using namespace gonggu::bench;
using namespace Qt::StringLiterals;

namespace {

// Spins the event loop until `done` or the timeout; false on timeout.
bool waitUntil(const std::function<bool()> &done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(1);
    }
    return true;
}

void sleepFor(double seconds) {
    waitUntil([] { return false; }, int(seconds * 1000));
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QString error;
    const auto parsed = parseLoadOptions(app.arguments(), &error);
    if (!parsed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    const LoadOptions options = *parsed;
    if (options.historyMessages > 0 || !options.historyRoomsFile.isEmpty())
        return runHistory(options);
    if (options.joinStorm > 0)
        return runJoinStorm(options);
    QList<ClientSpec> specs;
    if (options.idleConnections > 0) {
        const auto prepared = prepareIdle(options, &error);
        if (!prepared) {
            std::fprintf(stderr, "gonggu-loadgen: %s\n", qPrintable(error));
            return 1;
        }
        return runIdleSwarm(options, *prepared);
    }
    if (options.target == Target::Gonggu) {
        const auto prepared = prepareGonggu(options, &error);
        if (!prepared) {
            std::fprintf(stderr, "gonggu-loadgen: %s\n", qPrintable(error));
            return 1;
        }
        specs = *prepared;
    } else {
        specs = prepareRabbitMq(options);
    }

    LoadCounters counters;
    std::vector<std::unique_ptr<QThread>> threads;
    std::vector<std::unique_ptr<LoadWorker>> workers;
    for (int t = 0; t < options.threads; ++t) {
        QList<ClientSpec> share;
        for (qsizetype i = t; i < specs.size(); i += options.threads)
            share.append(specs[i]);
        auto worker = std::make_unique<LoadWorker>(options, share, counters);
        auto thread = std::make_unique<QThread>();
        worker->moveToThread(thread.get());
        thread->start();
        QMetaObject::invokeMethod(worker.get(), &LoadWorker::start, Qt::QueuedConnection);
        workers.push_back(std::move(worker));
        threads.push_back(std::move(thread));
    }
    const int clients = int(specs.size());
    const auto stopWorkers = [&] {
        for (auto &worker : workers)
            QMetaObject::invokeMethod(worker.get(), &LoadWorker::stop,
                                      Qt::BlockingQueuedConnection);
    };
    const auto joinThreads = [&] {
        for (auto &thread : threads) {
            thread->quit();
            thread->wait();
        }
        workers.clear(); // their timers and sockets are gone with their threads' loops
    };
    if (!waitUntil([&] { return counters.ready.load() == clients; }, 300000)) {
        std::fprintf(stderr, "gonggu-loadgen: only %d of %d clients connected\n",
                     counters.ready.load(), clients);
        stopWorkers();
        joinThreads();
        return 1;
    }
    for (auto &worker : workers)
        QMetaObject::invokeMethod(worker.get(), &LoadWorker::startSending, Qt::QueuedConnection);
    sleepFor(options.warmupSeconds);
    counters.measuring = true;
    sleepFor(options.seconds);
    counters.measuring = false;
    stopWorkers();
    sleepFor(0.5); // let the last deliveries of the window arrive (they are not counted)

    LatencyRecord all;
    for (auto &worker : workers) {
        QMetaObject::invokeMethod(
            worker.get(), [&] { all.merge(worker->latencies()); }, Qt::BlockingQueuedConnection);
    }
    joinThreads();
    const double offered = double(counters.sent.load()) / options.seconds;
    const QJsonObject result{
        {u"target"_s, options.target == Target::Gonggu ? u"gonggu"_s : u"rabbitmq"_s},
        {u"rooms"_s, options.rooms},
        {u"members"_s, options.membersPerRoom},
        {u"rate"_s, options.ratePerMember},
        {u"size"_s, options.messageBytes},
        {u"threads"_s, options.threads},
        {u"sentPerSecond"_s, offered},
        {u"expectedDeliveriesPerSecond"_s, offered * options.membersPerRoom},
        {u"deliveredPerSecond"_s, double(counters.delivered.load()) / options.seconds},
        {u"p50Ms"_s, all.percentileMs(0.50)},
        {u"p99Ms"_s, all.percentileMs(0.99)},
        {u"p999Ms"_s, all.percentileMs(0.999)},
        {u"lostConnections"_s, counters.failed.load()},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return counters.failed.load() == 0 ? 0 : 1;
}
