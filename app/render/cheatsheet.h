#pragma once

#include <QList>
#include <QString>

class QPagedPaintDevice;
class QTextDocument;

namespace GoPrep {

class QuestionBank;
class UserStore;
struct Question;

// The printable sheet for the last hour before an interview: chosen questions, each with its short answer,
// its shortest Go example and the learner's note, with highlighted code. Black on white whatever the window's
// theme; highlighting is written into the text formats, so printing and PDF keep it.
class CheatSheet
{
public:
    enum class Filter { Weak, Bookmarked, Section, All };
    // Longer examples are left out: the sheet is for the last hour, not for reading programs.
    static constexpr int MaxExampleLines = 30;

    struct Options
    {
        Filter filter = Filter::Weak;
        QString sectionId; // with Filter::Section
        bool notes = true; // the learner's notes under each answer
        bool code = true; // the answer's first Go example
    };

    // The questions the options choose, in the bank's order. store may be null (then only All and Section
    // choose anything, and there are no notes).
    static QList<const Question *> select(const QuestionBank &bank, const UserStore *store,
                                          const Options &options);

    // "weak", "bookmarked", "all" or "section:<id>" (the command line's --filter); false if unknown.
    static bool parseFilter(const QString &text, Options *options);
    // A title for the sheet: "Weak topics", "Bookmarks", the section's title, "All questions".
    static QString title(const QuestionBank &bank, const Options &options);

    // Fills document with the sheet for questions.
    static void render(QTextDocument *document, const QList<const Question *> &questions,
                       const QuestionBank &bank, const UserStore *store, const Options &options);

    // Lays the document out on the device's pages (A4, or Letter where that is the paper) with page numbers.
    static void print(QTextDocument *document, QPagedPaintDevice *device);
    // render() and print() into a PDF at path. Returns false with the reason in *error.
    static bool writePdf(const QString &path, const QuestionBank &bank, const UserStore *store,
                         const Options &options, int *questionCount, QString *error);
};

} // namespace GoPrep
