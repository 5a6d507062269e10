#include "content/memorysource.h"

namespace GoPrep {

MemorySource::MemorySource(const QString &name, const QHash<QString, QByteArray> &files)
    : m_name(name)
    , m_files(files)
{ }

PackSource::File MemorySource::read(const QString &fileName, qint64 maxBytes) const
{
    const auto it = m_files.constFind(fileName);
    if (it == m_files.constEnd()) {
        return {{}, QStringLiteral("file not found")};
    }
    if (it->size() > maxBytes) {
        return {{}, QStringLiteral("file is larger than %1 MiB").arg(maxBytes >> 20)};
    }
    return {*it, {}};
}

} // namespace GoPrep
