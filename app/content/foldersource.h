#pragma once

#include "content/packsource.h"

namespace GoPrep {

// A pack folder on disk, or a resource prefix such as ":/packs/go". Reads only regular files, never past a
// size bound, and never through a symbolic link that leads out of the folder.
class FolderSource final : public PackSource
{
public:
    explicit FolderSource(const QString &folder);

    QString checkRoot() const override;
    QString displayPath(const QString &fileName) const override;
    File read(const QString &fileName, qint64 maxBytes) const override;
    QString origin() const override { return m_base; }

private:
    QString m_base;
    bool m_resource = false;
};

} // namespace GoPrep
