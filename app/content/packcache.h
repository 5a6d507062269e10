#pragma once

#include "content/pack.h"
#include "core/status.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <optional>

namespace GoPrep {

class PackSource;

// Parsed packs kept on disk, so that a large pack is read in a fraction of the time its Markdown takes to
// parse. An entry is named by the pack's content key: the bytes of pack.json and of every section file it
// names, with the GoPrep and Qt versions and this cache's format. Any change to any of those bytes gives
// another key, so a stale entry is never read; it is removed once a newer one is written.
//
// The cache is derived data: an entry that cannot be read (truncated, another format, damaged) is
// ignored and written again, and a cache folder that cannot be written only makes loading slower.
class PackCache
{
public:
    static constexpr quint32 Format = 1;

    // folder: where the entries live; empty means no caching at all.
    explicit PackCache(const QString &folder);

    bool isEnabled() const { return !m_folder.isEmpty(); }
    QString folder() const { return m_folder; }

    // The content key of the pack source (32 hex digits), or empty when pack.json or a section file it
    // names cannot be read: such a pack is parsed every time, and the loader reports what is wrong.
    static QByteArray contentKey(const PackSource &source);
    // The 128-bit fingerprint of one file in the key: fixed for given bytes, in every process and on every
    // machine of the same byte order.
    static std::array<quint64, 2> fingerprint(const QByteArray &data);

    // The pack stored under key, or nullopt when there is none or it cannot be read back whole.
    std::optional<Pack> read(const QByteArray &key) const;
    // Stores the pack under key, atomically: a reader sees the old entry or the new one, never half.
    Status write(const QByteArray &key, const Pack &pack) const;
    // Removes the entries that are not in keep (older versions of the packs).
    void removeAllExcept(const QList<QByteArray> &keep) const;

    QString entryPath(const QByteArray &key) const;

private:
    QString m_folder;
};

} // namespace GoPrep
