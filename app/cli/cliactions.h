#pragma once

#include <QString>

class QTextStream;

namespace GoPrep {

class QuestionBank;

// The headless actions of the command line, writing to streams so tests can read what they print.
namespace CliActions {

// --list: one line per question: section id, question id and title, tab-separated.
int list(const QuestionBank &bank, QTextStream &out);

// --validate-pack DIR: exit code 0 when the pack is valid, 1 otherwise with one file:line: message each.
int validatePack(const QString &folder, QTextStream &out, QTextStream &err);

} // namespace CliActions

} // namespace GoPrep
