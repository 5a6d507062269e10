#include "content/foldersource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace GoPrep {

FolderSource::FolderSource(const QString &folder)
    : m_resource(folder.startsWith(u':'))
{
    m_base = m_resource ? folder : QDir::cleanPath(folder);
}

QString FolderSource::checkRoot() const
{
    if (!m_resource && !QFileInfo(m_base).isDir()) {
        return QStringLiteral("not a folder: a pack is a folder holding pack.json");
    }
    return {};
}

QString FolderSource::displayPath(const QString &fileName) const
{
    return m_base + u'/' + fileName;
}

PackSource::File FolderSource::read(const QString &fileName, qint64 maxBytes) const
{
    const QString path = displayPath(fileName);
    const QFileInfo info(path);
    if (!m_resource && info.isSymLink()) {
        // Through a symbolic link the name may still lead elsewhere; follow it and check.
        const QString target = info.canonicalFilePath();
        if (target.isEmpty()) {
            return {{}, QStringLiteral("a symbolic link that leads nowhere (or to a loop)")};
        }
        if (!target.startsWith(QFileInfo(m_base).canonicalFilePath() + u'/')) {
            return {{}, QStringLiteral("a symbolic link that leads out of the pack folder")};
        }
    }
    if (!info.exists()) {
        // readlink works where stat fails: a dangling link or a loop of links.
        const bool link = !m_resource && !info.symLinkTarget().isEmpty();
        return {{},
                link ? QStringLiteral("a symbolic link that leads nowhere (or to a loop)")
                     : QStringLiteral("file not found")};
    }
    if (!info.isFile()) {
        return {{}, QStringLiteral("not a regular file")}; // a folder, a device, a FIFO that would block
    }
    if (info.size() > maxBytes) {
        return {{},
                QStringLiteral("file is %1 MiB; the limit is %2 MiB")
                    .arg(double(info.size()) / (1 << 20), 0, 'f', 1)
                    .arg(maxBytes >> 20)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {{}, QStringLiteral("cannot open: %1").arg(file.errorString())};
    }
    // read() with a bound even though the size was checked: the file may grow while we read it.
    File result{file.read(maxBytes + 1), {}};
    if (result.data.size() > maxBytes) {
        return {{}, QStringLiteral("file is larger than %1 MiB").arg(maxBytes >> 20)};
    }
    return result;
}

} // namespace GoPrep
