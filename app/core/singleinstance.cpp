#include "core/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace GoPrep {

namespace {
const QByteArray activate = QByteArrayLiteral("activate\n");
}

SingleInstance::SingleInstance(const QString &dataFolder, QObject *parent)
    : QObject(parent)
{
    const QString folder = QDir::cleanPath(QDir(dataFolder).absolutePath());
    m_name = serverNameFor(folder);
    QDir().mkpath(folder);
    m_lock = std::make_unique<QLockFile>(folder + QStringLiteral("/goprep.lock"));
    m_lock->setStaleLockTime(0); // a lock left by a crashed process is taken over (its pid is gone)
    m_primary = m_lock->tryLock(0);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString &dataFolder)
{
    // Per user and data folder: two people, or two portable folders, each have their own window.
    const QString folder = QDir::cleanPath(QDir(dataFolder).absolutePath());
    const QByteArray key = QCryptographicHash::hash((folder + qEnvironmentVariable("USER")).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(16);
    return QStringLiteral("goprep-") + QString::fromLatin1(key);
}

bool SingleInstance::handedOver()
{
    if (m_primary) {
        return false;
    }
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500)) {
        return false;
    }
    socket.write(activate);
    socket.flush();
    socket.waitForBytesWritten(500);
    // Wait for the first to take it, so the message is not lost when this process exits.
    socket.waitForReadyRead(1000);
    return true;
}

void SingleInstance::listen()
{
    if (!m_primary || m_server) {
        return;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_name); // left behind by a crash; we hold the lock, so it is not in use
    if (!m_server->listen(m_name)) {
        return; // later starts will run side by side, which is safe
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::readyRead, client, [this, client] {
                if (client->readAll().contains(activate.trimmed())) {
                    client->write("ok\n");
                    client->flush();
                    Q_EMIT activationRequested();
                }
            });
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
        }
    });
}

} // namespace GoPrep
