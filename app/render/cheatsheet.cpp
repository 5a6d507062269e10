#include "render/cheatsheet.h"

#include "content/questionbank.h"
#include "render/answerdocument.h"
#include "render/codehighlighter.h"
#include "render/renderstyle.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPalette>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace GoPrep {

namespace {

// The texts of this file, in the translations' GoPrep::CheatSheet context.
struct SheetText
{
    Q_DECLARE_TR_FUNCTIONS(GoPrep::CheatSheet)
};

// Paper colours: black text on white, whatever the screen shows.
QPalette paperPalette()
{
    QPalette palette;
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::AlternateBase, QColor(0xf3, 0xf4, 0xf6));
        palette.setColor(group, QPalette::Text, Qt::black);
        palette.setColor(group, QPalette::WindowText, Qt::black);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0x55, 0x55, 0x55));
        palette.setColor(group, QPalette::Link, QColor(0x1a, 0x4f, 0xa0));
        palette.setColor(group, QPalette::Highlight, QColor(0xd6, 0xe4, 0xf5));
    }
    return palette;
}

// Fenced blocks get a fence longer than any backtick run inside them.
QString fenced(const QString &code, const QString &language)
{
    QString fence = QStringLiteral("```");
    while (code.contains(fence)) {
        fence += u'`';
    }
    return fence + language + u'\n' + code + (code.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + fence
        + u'\n';
}

// A note as one part of the sheet: its headings below the question's, and a code block it leaves open
// closed, so that one note cannot turn the rest of the sheet into code or headings.
QString contained(const QString &note)
{
    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(?=\\s|$)"));
    QStringList lines = note.split(u'\n');
    QString fence;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (fence.isEmpty() && (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~"))) {
            fence = trimmed.left(3);
        } else if (!fence.isEmpty() && trimmed.startsWith(fence)) {
            fence.clear();
        } else if (fence.isEmpty()) {
            line.replace(heading, QStringLiteral("####"));
        }
    }
    QString text = lines.join(u'\n');
    if (!fence.isEmpty()) {
        text += u'\n' + fence;
    }
    return text;
}

// Moves the highlighter's colours into the text itself: a QSyntaxHighlighter's formats live in the
// layout, which a copy of the document (as printing makes) does not keep.
void bakeHighlighting(QTextDocument *document)
{
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            cursor.setPosition(block.position() + range.start);
            cursor.setPosition(block.position() + range.start + range.length, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(range.format);
        }
    }
    cursor.endEditBlock();
}

} // namespace

bool CheatSheet::parseFilter(const QString &text, Options *options)
{
    if (text == u"weak") {
        options->filter = Filter::Weak;
    } else if (text == u"bookmarked") {
        options->filter = Filter::Bookmarked;
    } else if (text == u"all") {
        options->filter = Filter::All;
    } else if (text.startsWith(u"section:") && text.size() > 8) {
        options->filter = Filter::Section;
        options->sectionId = text.mid(8);
    } else {
        return false;
    }
    return true;
}

QList<const Question *> CheatSheet::select(const QuestionBank &bank, const UserStore *store,
                                           const Options &options)
{
    QList<const Question *> chosen;
    for (const Section *section : bank.sections()) {
        if (options.filter == Filter::Section && section->id != options.sectionId) {
            continue;
        }
        for (const Question &question : section->questions) {
            const bool wanted = options.filter == Filter::All || options.filter == Filter::Section
                || (store && options.filter == Filter::Weak
                    && store->hasFlag(question.id, UserStore::Flag::Weak))
                || (store && options.filter == Filter::Bookmarked
                    && store->hasFlag(question.id, UserStore::Flag::Bookmark));
            if (wanted) {
                chosen.append(&question);
            }
        }
    }
    return chosen;
}

QString CheatSheet::title(const QuestionBank &bank, const Options &options)
{
    switch (options.filter) {
    case Filter::Weak:
        return SheetText::tr("Weak topics");
    case Filter::Bookmarked:
        return SheetText::tr("Bookmarks");
    case Filter::Section: {
        const Section *section = bank.section(options.sectionId);
        return section ? section->title : options.sectionId;
    }
    case Filter::All:
        return SheetText::tr("All questions");
    }
    return {};
}

void CheatSheet::render(QTextDocument *document, const QList<const Question *> &questions,
                        const QuestionBank &bank, const UserStore *store, const Options &options)
{
    QString md = u"# " + SheetText::tr("GoPrep cheat sheet: %1").arg(title(bank, options)) + u"\n\n*"
        + SheetText::tr("%n question(s) · %1", nullptr, int(questions.size()))
              .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
        + u"*\n\n";
    for (const Question *question : questions) {
        const Section *section = bank.sectionOf(question->id);
        md += u"## " + question->title + u"\n\n*" + (section ? section->title + u" · " : QString())
            + Question::levelTitle(question->level) + u" · " + question->tags.join(QStringLiteral(", "))
            + u"*\n\n";
        md += question->shortAnswer.trimmed() + u"\n\n";
        if (options.code) {
            // The shortest Go example, if one is short enough for a sheet.
            const CodeBlock *example = nullptr;
            for (const CodeBlock &block : question->codeBlocks) {
                const qsizetype lines = block.code.count(u'\n');
                if (block.isGo() && lines <= MaxExampleLines
                    && (!example || lines < example->code.count(u'\n'))) {
                    example = &block;
                }
            }
            if (example) {
                md += fenced(example->code, QStringLiteral("go")) + u'\n';
            }
        }
        if (options.notes && store) {
            const std::optional<UserStore::Note> note = store->note(question->id);
            if (note && !note->text.trimmed().isEmpty()) {
                md += u"**" + SheetText::tr("My note") + u"**\n\n" + contained(note->text.trimmed())
                    + u"\n\n";
            }
        }
    }

    CodeHighlighter *highlighter = CodeHighlighter::create(document);
    highlighter->setTheme(highlighter->defaultThemeName(false));
    RenderStyle style = RenderStyle::from(paperPalette(), highlighter);
    style.bodyFont.setPointSizeF(9.5);
    style.codeFont.setPointSizeF(8.5);
    AnswerDocument::renderNote(document, md, style);
    document->setDocumentMargin(0);
    highlighter->rehighlight();
    bakeHighlighting(document);
    delete highlighter;
}

void CheatSheet::print(QTextDocument *document, QPagedPaintDevice *device)
{
    // The paper of the country the system is set to, whatever the interface language.
    const QLocale::Territory territory = QLocale::system().territory();
    const bool letter = territory == QLocale::UnitedStates || territory == QLocale::Canada;
    device->setPageLayout(QPageLayout(QPageSize(letter ? QPageSize::Letter : QPageSize::A4),
                                      QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    document->print(device); // lays it out on the pages and numbers them
}

bool CheatSheet::writePdf(const QString &path, const QuestionBank &bank, const UserStore *store,
                          const Options &options, int *questionCount, QString *error)
{
    const QList<const Question *> questions = select(bank, store, options);
    if (questionCount) {
        *questionCount = int(questions.size());
    }
    if (questions.isEmpty()) {
        switch (options.filter) {
        case Filter::Weak:
            *error = SheetText::tr(
                "No weak topics yet: mark some with Ctrl+E, or choose bookmarks or all questions.");
            break;
        case Filter::Bookmarked:
            *error = SheetText::tr(
                "No bookmarks yet: add some with Ctrl+D, or choose weak topics or all questions.");
            break;
        case Filter::Section:
        case Filter::All:
            *error = SheetText::tr("There are no questions in %1.").arg(title(bank, options));
            break;
        }
        return false;
    }
    // Written beside the target and renamed into place when complete: an older sheet is never half-replaced.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = SheetText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(SheetText::tr("GoPrep cheat sheet: %1").arg(title(bank, options)));
        writer.setCreator(QStringLiteral("GoPrep"));
        writer.setResolution(300);
        QTextDocument document;
        render(&document, questions, bank, store, options);
        print(&document, &writer);
    }
    if (!file.commit()) {
        *error = SheetText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace GoPrep
