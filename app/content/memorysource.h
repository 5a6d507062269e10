#pragma once

#include "content/packsource.h"

#include <QHash>

namespace GoPrep {

// A pack held in memory, file name to bytes: for tests and the fuzzer, which feed the loader thousands of
// packs a second without touching the disk.
class MemorySource final : public PackSource
{
public:
    MemorySource(const QString &name, const QHash<QString, QByteArray> &files);

    QString displayPath(const QString &fileName) const override { return m_name + u'/' + fileName; }
    File read(const QString &fileName, qint64 maxBytes) const override;
    QString origin() const override { return m_name; }

private:
    QString m_name;
    QHash<QString, QByteArray> m_files;
};

} // namespace GoPrep
