// Turns SIGTERM/SIGINT into a Qt signal (self-pipe: the handler only writes a byte).
#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace gonggu::server {

class SignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace gonggu::server
