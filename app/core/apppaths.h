#pragma once

#include <QString>

#include <memory>

class QSettings;

namespace GoPrep {

// Where GoPrep keeps the learner's data and settings. --data-dir (or GOPREP_DATA_DIR) moves both into one
// folder, for tests and portable use; otherwise the platform's standard locations are used.
class AppPaths
{
public:
    // override: the --data-dir value, may be empty.
    explicit AppPaths(const QString &dataDirOverride = {});

    QString dataFolder() const { return m_dataFolder; }
    bool isOverridden() const { return m_overridden; }
    // Folder for additional packs, one pack per sub-folder.
    QString packsFolder() const;
    // Derived data kept between starts (parsed packs, the search index): the platform's cache folder, or
    // "cache" in an overridden data folder. Deleting it loses nothing but time.
    QString cacheFolder() const;
    std::unique_ptr<QSettings> openSettings() const;

private:
    QString m_dataFolder;
    bool m_overridden = false;
};

} // namespace GoPrep
