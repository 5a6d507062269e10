#pragma once

#include "render/renderstyle.h"

#include <QTextBrowser>

#include <functional>

namespace GoPrep {

class CodeHighlighter;
class QuestionBank;
struct Question;
struct Section;

// A read-only view of rendered pack Markdown — a question, a section page or a note preview — with its
// own code highlighter whose theme follows the palette. Question links are handed to the window;
// external links open in the browser only when clicked; nothing remote is ever loaded by itself.
class AnswerView final : public QTextBrowser
{
    Q_OBJECT

public:
    // bank: where related questions are looked up; may be null (note previews) or set later.
    explicit AnswerView(const QuestionBank *bank, QWidget *parent = nullptr);
    void setBank(const QuestionBank *bank) { m_bank = bank; }

    void showQuestion(const Question &question);
    void showSection(const Section &section);
    void showMarkdown(const QString &markdown);

    const Question *question() const { return m_question; }
    CodeHighlighter *highlighter() const { return m_highlighter; }

    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);
    // Empty: follow the palette (the back end's default light or dark theme).
    void setCodeTheme(const QString &name);

    // Marks the words of the document that match a search (prefix and stem matches too), until cleared
    // with an empty list; kept across questions while a search is open.
    void setHighlightTerms(const QStringList &terms);
    int highlightCount() const { return int(extraSelections().size()); }

    int codeBlockCount() const;
    // Copies the code block under the text cursor, or the first one; false when there is none.
    bool copyCodeBlock();

    // Renders without the widget: what the screenshot and tests measure.
    static constexpr int MinZoom = -5;
    static constexpr int MaxZoom = 10;

    // Only compiled-in resources: nothing remote or on disk is ever loaded for a pack or a note.
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void questionLinkActivated(const QString &questionId);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void display(const std::function<void(QTextDocument *, const RenderStyle &)> &render);
    void restyle();
    void openLink(const QUrl &url);
    QString codeOfBlock(int index) const;
    void applyHighlights();

    const QuestionBank *m_bank = nullptr;
    CodeHighlighter *m_highlighter = nullptr;
    const Question *m_question = nullptr;
    QString m_codeTheme;
    QStringList m_highlightTerms;
    int m_zoomSteps = 0;
};

} // namespace GoPrep
