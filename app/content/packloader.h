#pragma once

#include "content/pack.h"
#include "content/packerror.h"
#include "content/packsource.h"

#include <QString>

#include <optional>

namespace GoPrep {

// The outcome of loading a pack: the pack, or every problem found, each with file and line.
struct PackLoadResult
{
    std::optional<Pack> pack;
    PackErrors errors;

    bool ok() const { return pack.has_value() && errors.isEmpty(); }
};

// Reads a pack folder (or a resource prefix such as ":/packs/go") as described in content/FORMAT.md.
// A pack is untrusted input: sizes are bounded, file names may not leave the folder, and every problem
// is reported with its location instead of stopping at the first one.
class PackLoader
{
public:
    static constexpr qint64 MaxManifestBytes = 1 << 20;
    static constexpr qint64 MaxSectionBytes = 8 << 20;
    static constexpr int MaxSections = 256;

    PackLoadResult load(const QString &folder) const; // a folder, or a resource prefix
    PackLoadResult load(const PackSource &source) const;

    // The folder that holds the Go pack compiled into the application.
    static QString builtInPackPath();

    static bool isValidId(QStringView id);
};

} // namespace GoPrep
