#pragma once

#include <QLockFile>
#include <QObject>

#include <memory>

class QLocalServer;

namespace GoPrep {

// One GoPrep window per data folder: a second start hands over to the first (which comes to the front) and
// exits. A lock file in the data folder says who is first; a local socket carries the hand-over. If the
// first does not answer (hung, or the socket cannot be made), the second runs too: the store is safe with
// two writers (WAL, busy timeout), so this is a convenience, never a correctness issue.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // dataFolder: the folder whose notes this instance works on.
    explicit SingleInstance(const QString &dataFolder, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when another instance was running and has been asked to come to the front: exit then.
    bool handedOver();
    // Starts answering later starts. Call once the window exists.
    void listen();

    QString serverName() const { return m_name; }
    static QString serverNameFor(const QString &dataFolder);

Q_SIGNALS:
    void activationRequested();

private:
    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    bool m_primary = false;
};

} // namespace GoPrep
