#pragma once

#include <QString>

class QTextStream;

namespace GoPrep {

class QuestionBank;
class UserStore;

// The headless actions of the command line, writing to streams so tests can read what they print.
namespace CliActions {

// --list: one line per question: section id, question id and title, tab-separated.
int list(const QuestionBank &bank, QTextStream &out);

// --search QUERY: the ranked results, one per line: question id, a tab, the title. Exit code 0 with
// results, 1 with none, 2 when the query has no word to search for. store may be null (no notes). With a
// cache folder the index is kept there between runs (SearchIndex::prepare).
int search(const QuestionBank &bank, UserStore *store, const QString &query, QTextStream &out,
           QTextStream &err, const QString &cacheFolder = {});

// --export FILE and --import FILE: exit code 0 when done, 1 with the reason on err.
int exportData(const QString &path, const UserStore &store, const QuestionBank &bank, QTextStream &out,
               QTextStream &err);
int importData(const QString &path, UserStore &store, QTextStream &out, QTextStream &err);

// --cheat-sheet FILE [--filter F]: exit code 0 when written, 1 with the reason on err (an empty choice,
// an unknown section, a file that cannot be written). store may be null (no notes, no marks).
int cheatSheet(const QString &path, const QString &filter, const QuestionBank &bank, const UserStore *store,
               QTextStream &out, QTextStream &err);

// --validate-pack DIR: exit code 0 when the pack is valid, 1 otherwise with one file:line: message each.
int validatePack(const QString &folder, QTextStream &out, QTextStream &err);

} // namespace CliActions

} // namespace GoPrep
