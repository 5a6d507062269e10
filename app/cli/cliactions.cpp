#include "cli/cliactions.h"

#include "content/packloader.h"
#include "content/questionbank.h"
#include "render/cheatsheet.h"
#include "search/searchindex.h"
#include "storage/datatransfer.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

namespace GoPrep::CliActions {

namespace {

// TSV fields never contain the separators.
QString field(QString text)
{
    text.replace(u'\t', u' ');
    text.replace(u'\n', u' ');
    return text;
}

} // namespace

int list(const QuestionBank &bank, QTextStream &out)
{
    for (const Section *section : bank.sections()) {
        for (const Question &question : section->questions) {
            out << field(section->id) << '\t' << field(question.id) << '\t' << field(question.title) << '\n';
        }
    }
    out.flush();
    return 0;
}

int search(const QuestionBank &bank, UserStore *store, const QString &query, QTextStream &out,
           QTextStream &err, const QString &cacheFolder)
{
    if (SearchIndex::words(query).isEmpty()) {
        err << QCoreApplication::translate("GoPrep::CliActions",
                                           "Nothing to search for: give --search some words.")
            << '\n';
        err.flush();
        return 2;
    }
    SearchIndex index;
    const Status status = index.prepare(bank, store, cacheFolder, SearchIndex::Wait::Block);
    if (!status) {
        err << status.message() << '\n';
        err.flush();
        return 1;
    }
    const SearchIndex::Result result = index.search(query);
    for (const SearchIndex::Hit &hit : result.hits) {
        const Question *question = bank.question(hit.questionId);
        out << field(hit.questionId) << '\t' << field(question ? question->title : QString()) << '\n';
    }
    out.flush();
    return result.hits.isEmpty() ? 1 : 0;
}

int exportData(const QString &path, const UserStore &store, const QuestionBank &bank, QTextStream &out,
               QTextStream &err)
{
    const Status status = DataTransfer::exportTo(path, store, bank);
    if (!status) {
        err << status.message() << '\n';
        err.flush();
        return 1;
    }
    out << QCoreApplication::translate("GoPrep::CliActions", "Exported to %1.").arg(path) << '\n';
    out.flush();
    return 0;
}

int importData(const QString &path, UserStore &store, QTextStream &out, QTextStream &err)
{
    UserStore::MergeReport report;
    const Status status = DataTransfer::importFrom(path, store, &report);
    if (!status) {
        err << status.message() << '\n';
        err.flush();
        return 1;
    }
    out << QCoreApplication::translate(
               "GoPrep::CliActions",
               "Imported %1: %2 notes added, %3 updated, %4 merged keeping both texts; %5 "
               "marks and %6 reviews added.")
               .arg(path)
               .arg(report.notesAdded)
               .arg(report.notesUpdated)
               .arg(report.notesConflicting)
               .arg(report.flagsAdded)
               .arg(report.reviewsAdded)
        << '\n';
    out.flush();
    return 0;
}

int validatePack(const QString &folder, QTextStream &out, QTextStream &err)
{
    const PackLoadResult result = PackLoader().load(folder);
    if (!result.ok()) {
        for (const PackError &error : result.errors) {
            err << error.toString() << '\n';
        }
        err << QCoreApplication::translate("GoPrep::CliActions", "%n problem(s) found.", nullptr,
                                           int(result.errors.size()))
            << '\n';
        err.flush();
        return 1;
    }
    const Pack &pack = *result.pack;
    out << QCoreApplication::translate("GoPrep::CliActions",
                                       "%1: valid pack '%2' %3, %4 sections, %5 questions.")
               .arg(folder, pack.id, pack.version)
               .arg(pack.sections.size())
               .arg(pack.questionCount())
        << '\n';
    out.flush();
    return 0;
}

int cheatSheet(const QString &path, const QString &filter, const QuestionBank &bank, const UserStore *store,
               QTextStream &out, QTextStream &err)
{
    CheatSheet::Options options;
    if (!CheatSheet::parseFilter(filter, &options)) {
        err << QCoreApplication::translate("GoPrep::CliActions", "Unknown filter '%1'.").arg(filter) << '\n';
        return 1;
    }
    if (options.filter == CheatSheet::Filter::Section && !bank.section(options.sectionId)) {
        err << QCoreApplication::translate("GoPrep::CliActions", "No section '%1' (see --list).")
                   .arg(options.sectionId)
            << '\n';
        return 1;
    }
    int count = 0;
    QString error;
    if (!CheatSheet::writePdf(path, bank, store, options, &count, &error)) {
        err << error << '\n';
        return 1;
    }
    out << QCoreApplication::translate("GoPrep::CliActions", "Wrote %n question(s) to %1.", nullptr, count)
               .arg(QDir::toNativeSeparators(path))
        << '\n';
    return 0;
}

} // namespace GoPrep::CliActions
