#pragma once

#include <QObject>

class QSocketNotifier;

namespace GoPrep {

// Turns SIGTERM and SIGINT (a logout, `kill`, Ctrl+C in a terminal) into a Qt signal delivered by the event
// loop, so the application can save and quit cleanly instead of dying mid-note. A signal handler may do
// almost nothing, so it only writes a byte to a socket pair; the notifier reads it in the event loop.
// On platforms without POSIX signals this does nothing.
class ShutdownSignals final : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace GoPrep
