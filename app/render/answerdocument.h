#pragma once

#include "render/renderstyle.h"

#include <QString>

class QTextBlock;
class QTextDocument;

namespace GoPrep {

class QuestionBank;
struct Question;
struct Section;

// Turns pack Markdown into a QTextDocument for the reading pane and the note preview: the title, level
// and tags, the short answer set apart, the full answer, and related questions as links. Code blocks get
// the code theme's colours and font; the CodeHighlighter attached to the document colours their tokens.
// Links: "#id" for a question of the same pack, "goprep:question/<full id>" for any question.
class AnswerDocument
{
public:
    static void renderQuestion(QTextDocument *document, const Question &question, const QuestionBank *bank,
                               const RenderStyle &style);
    static void renderSection(QTextDocument *document, const Section &section, const RenderStyle &style);
    static void renderNote(QTextDocument *document, const QString &markdown, const RenderStyle &style);

    // Re-applies fonts and code colours after a theme or zoom change, without re-reading the Markdown.
    static void applyStyle(QTextDocument *document, const RenderStyle &style);

    // Which fenced block (0-based, in document order) a text block belongs to, or -1.
    static int codeBlockIndex(const QTextBlock &block);

    // The full question id a link in a rendered document points to, or an empty string.
    static QString questionIdFromLink(const QString &link, const QString &currentPackId);

    static QString linkTo(const QString &questionId);
};

} // namespace GoPrep
