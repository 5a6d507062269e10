#pragma once

#include "core/status.h"
#include "storage/userstore.h"

#include <QByteArray>
#include <QString>

namespace GoPrep {

class QuestionBank;

// The learner's data in files they can keep, move and read: a versioned JSON file with everything
// (notes, bookmarks and weak marks, reviews, preferences) that import merges back, and a Markdown file of
// the notes, by section, for reading or printing.
class DataTransfer
{
public:
    static constexpr int FormatVersion = 1;

    static QByteArray toJson(const UserStore::Snapshot &snapshot);
    // Reads what toJson() wrote (this or an older format version); on a problem, *error names it.
    static std::optional<UserStore::Snapshot> fromJson(const QByteArray &json, QString *error);
    // Notes as Markdown, in the bank's reading order; notes on questions no longer loaded come last.
    static QString notesToMarkdown(const UserStore::Snapshot &snapshot, const QuestionBank &bank);

    // The command line's and the window's --export / --import: format chosen by the file's suffix
    // (.md or .markdown writes notes as Markdown, anything else writes JSON). Writes atomically.
    static Status exportTo(const QString &path, const UserStore &store, const QuestionBank &bank);
    static Status importFrom(const QString &path, UserStore &store, UserStore::MergeReport *report);
};

} // namespace GoPrep
