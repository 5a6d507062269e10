#include "core/apppaths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace GoPrep {

AppPaths::AppPaths(const QString &dataDirOverride)
{
    QString folder = dataDirOverride;
    if (folder.isEmpty()) {
        folder = qEnvironmentVariable("GOPREP_DATA_DIR");
    }
    m_overridden = !folder.isEmpty();
    if (!m_overridden) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    }
    m_dataFolder = QDir::cleanPath(QDir(folder).absolutePath());
}

QString AppPaths::packsFolder() const
{
    return m_dataFolder + QStringLiteral("/packs");
}

QString AppPaths::cacheFolder() const
{
    if (m_overridden) {
        return m_dataFolder + QStringLiteral("/cache");
    }
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::CacheLocation));
}

std::unique_ptr<QSettings> AppPaths::openSettings() const
{
    if (m_overridden) {
        return std::make_unique<QSettings>(m_dataFolder + QStringLiteral("/settings.ini"),
                                           QSettings::IniFormat);
    }
    return std::make_unique<QSettings>();
}

} // namespace GoPrep
