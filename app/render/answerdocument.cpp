#include "render/answerdocument.h"

#include "content/questionbank.h"
#include "render/codehighlighter.h"

#include <QCoreApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace GoPrep {

namespace {

// Block properties that remember what a block is, so the style can be re-applied later.
constexpr int RoleProperty = QTextFormat::UserProperty + 0x40;
enum class BlockRole { Plain = 0, Meta = 1, ShortAnswer = 2 };

const QString linkPrefix = QStringLiteral("goprep:question/");

// The texts of this file, in the translations' GoPrep::AnswerDocument context.
struct AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(GoPrep::AnswerDocument)
};

BlockRole roleOf(const QTextBlock &block)
{
    return BlockRole(block.blockFormat().intProperty(RoleProperty));
}

void setRole(QTextCursor &cursor, const QTextBlock &block, BlockRole role)
{
    cursor.setPosition(block.position());
    QTextBlockFormat format = block.blockFormat();
    format.setProperty(RoleProperty, int(role));
    cursor.setBlockFormat(format);
}

// Markdown from the question, in the order an interview answer is given.
QString questionMarkdown(const Question &question, const QuestionBank *bank)
{
    QString md;
    md.reserve(question.shortAnswer.size() + question.body.size() + 512);
    md += u"# " + question.title + u"\n\n";
    md += AnswerText::tr("Level: %1 · Tags: %2")
              .arg(Question::levelTitle(question.level), question.tags.join(QLatin1String(", ")))
        + u"\n\n";
    md += u"### " + AnswerText::tr("Short answer") + u"\n\n" + question.shortAnswer + u"\n\n";
    md += question.body + u"\n\n";
    QStringList related;
    for (const QString &id : question.related) {
        if (const Question *other = bank ? bank->question(id) : nullptr) {
            related.append(u"- [" + other->title + u"](" + AnswerDocument::linkTo(id) + u')');
        }
    }
    if (!related.isEmpty()) {
        md += u"### " + AnswerText::tr("Related questions") + u"\n\n" + related.join(u'\n') + u'\n';
    }
    return md;
}

// Gives every line of a code block the index of its fenced block. lineCounts, when known (from the
// pack), separates two fences in a row, which Markdown import leaves as one run of code lines.
void numberCodeBlocks(QTextDocument *document, const QList<int> &lineCounts)
{
    QTextCursor cursor(document);
    int index = -1;
    int remaining = 0;
    QString language;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!CodeHighlighter::isCodeBlock(block)) {
            remaining = 0;
            language.clear();
            continue;
        }
        const QString blockLanguage = CodeHighlighter::codeLanguage(block);
        const bool previousIsCode = CodeHighlighter::isCodeBlock(block.previous());
        if (!previousIsCode || blockLanguage != language || (index < lineCounts.size() && remaining == 0)) {
            ++index;
            remaining = index < lineCounts.size() ? lineCounts.at(index) : 0;
            language = blockLanguage;
        }
        if (remaining > 0) {
            --remaining;
        }
        QTextBlockFormat format = block.blockFormat();
        format.setProperty(CodeHighlighter::CodeIndexProperty, index);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

QList<int> lineCounts(const Question &question)
{
    QList<int> counts;
    for (const CodeBlock &block : question.codeBlocks) {
        counts.append(int(block.code.count(u'\n')) + 1);
    }
    return counts;
}

} // namespace

QString AnswerDocument::linkTo(const QString &questionId)
{
    return linkPrefix + questionId;
}

QString AnswerDocument::questionIdFromLink(const QString &link, const QString &currentPackId)
{
    if (link.startsWith(linkPrefix)) {
        return link.mid(linkPrefix.size());
    }
    if (link.startsWith(u'#') && link.size() > 1) {
        return currentPackId + u'/' + link.mid(1);
    }
    return {};
}

void AnswerDocument::renderQuestion(QTextDocument *document, const Question &question,
                                    const QuestionBank *bank, const RenderStyle &style)
{
    document->setMarkdown(questionMarkdown(question, bank), QTextDocument::MarkdownDialectGitHub);

    // Title, meta line, "Short answer" heading, then the short answer up to the next heading.
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    QTextBlock block = document->begin().next();
    if (block.isValid()) {
        setRole(cursor, block, BlockRole::Meta);
        block = block.next();
    }
    if (block.isValid() && block.blockFormat().headingLevel() == 3) {
        setRole(cursor, block, BlockRole::ShortAnswer);
        for (block = block.next(); block.isValid() && block.blockFormat().headingLevel() == 0;
             block = block.next()) {
            setRole(cursor, block, BlockRole::ShortAnswer);
        }
    }
    numberCodeBlocks(document, lineCounts(question));
    cursor.endEditBlock();
    applyStyle(document, style);
}

void AnswerDocument::renderSection(QTextDocument *document, const Section &section, const RenderStyle &style)
{
    QString md = u"# " + section.title + u"\n\n" + section.intro + u"\n\n";
    if (!section.questions.isEmpty()) {
        md += u"### " + AnswerText::tr("Questions") + u"\n\n";
        for (const Question &question : section.questions) {
            md += u"- [" + question.title + u"](" + linkTo(question.id) + u") · *"
                + Question::levelTitle(question.level) + u"*\n";
        }
    }
    document->setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
    numberCodeBlocks(document, {});
    applyStyle(document, style);
}

void AnswerDocument::renderNote(QTextDocument *document, const QString &markdown, const RenderStyle &style)
{
    document->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    numberCodeBlocks(document, {});
    applyStyle(document, style);
}

void AnswerDocument::applyStyle(QTextDocument *document, const RenderStyle &style)
{
    document->setDefaultFont(style.bodyFont);
    document->setDocumentMargin(14);

    QTextCharFormat codeChars;
    codeChars.setFont(style.codeFont);
    codeChars.setForeground(style.codeForeground);
    QTextCharFormat metaChars;
    metaChars.setForeground(style.muted);
    QTextCharFormat linkChars;
    linkChars.setForeground(style.link);

    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool code = CodeHighlighter::isCodeBlock(block);
        if (code) {
            const bool first = CodeHighlighter::startsCodeBlock(block);
            const bool last = !CodeHighlighter::isCodeBlock(block.next())
                || CodeHighlighter::startsCodeBlock(block.next());
            format.setBackground(style.codeBackground);
            format.setLeftMargin(4);
            format.setRightMargin(4);
            format.setTopMargin(first ? 6 : 0);
            format.setBottomMargin(last ? 8 : 0);
            // Wrap long lines inside the pane rather than scrolling the whole answer sideways.
            format.setNonBreakableLines(false);
        } else if (roleOf(block) == BlockRole::ShortAnswer) {
            format.setBackground(style.shortAnswerBackground);
            format.setLeftMargin(4);
            format.setRightMargin(4);
        }
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);

        if (code || roleOf(block) == BlockRole::Meta) {
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(code ? codeChars : metaChars);
        } else {
            // Links keep the palette's link colour in either theme.
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.charFormat().isAnchor()) {
                    cursor.setPosition(fragment.position());
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                    cursor.mergeCharFormat(linkChars);
                }
            }
        }
    }
    cursor.endEditBlock();
}

int AnswerDocument::codeBlockIndex(const QTextBlock &block)
{
    return CodeHighlighter::codeIndex(block);
}

} // namespace GoPrep
