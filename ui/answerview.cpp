#include "answerview.h"

#include "content/questionbank.h"
#include "render/answerdocument.h"
#include "render/codehighlighter.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QRegularExpression>
#include <QTextBlock>

namespace GoPrep {

AnswerView::AnswerView(const QuestionBank *bank, QWidget *parent)
    : QTextBrowser(parent)
    , m_bank(bank)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setFrameShape(QFrame::NoFrame);
    m_highlighter = CodeHighlighter::create(document());
    // Owned by the view, not by a document: every question gets a fresh document (see display()).
    m_highlighter->setParent(this);
    connect(this, &QTextBrowser::anchorClicked, this, &AnswerView::openLink);
    restyle();
}

void AnswerView::showQuestion(const Question &question)
{
    m_question = &question;
    display([&](QTextDocument *document, const RenderStyle &style) {
        AnswerDocument::renderQuestion(document, question, m_bank, style);
    });
}

void AnswerView::showSection(const Section &section)
{
    m_question = nullptr;
    display([&](QTextDocument *document, const RenderStyle &style) {
        AnswerDocument::renderSection(document, section, style);
    });
}

void AnswerView::showMarkdown(const QString &markdown)
{
    m_question = nullptr;
    display([&](QTextDocument *document, const RenderStyle &style) {
        AnswerDocument::renderNote(document, markdown, style);
    });
}

void AnswerView::display(const std::function<void(QTextDocument *, const RenderStyle &)> &render)
{
    // Render into a fresh document that has no layout yet, then hand it to the view: the document is
    // laid out and highlighted once, instead of after every step of the import and styling.
    auto *next = new QTextDocument(this);
    m_highlighter->setDocument(next);
    render(next, RenderStyle::from(palette(), m_highlighter, m_zoomSteps));
    // Highlight before the view lays the document out: formats applied to a laid-out, visible document
    // re-layout it block by block.
    m_highlighter->rehighlight();
    setDocument(next); // deletes the previous document, a child of this view
    moveCursor(QTextCursor::Start);
    applyHighlights();
}

void AnswerView::setZoomSteps(int steps)
{
    steps = qBound(MinZoom, steps, MaxZoom);
    if (steps != m_zoomSteps) {
        m_zoomSteps = steps;
        restyle();
    }
}

void AnswerView::setCodeTheme(const QString &name)
{
    m_codeTheme = name;
    restyle();
}

void AnswerView::restyle()
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_highlighter->setTheme(m_codeTheme.isEmpty() ? m_highlighter->defaultThemeName(dark) : m_codeTheme);
    AnswerDocument::applyStyle(document(), RenderStyle::from(palette(), m_highlighter, m_zoomSteps));
}

void AnswerView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // A palette change reaches every widget as PaletteChange, whether the application palette changed
    // (light/dark switch, system colour scheme) or only ours.
    if (event->type() == QEvent::PaletteChange) {
        restyle();
    }
}

QVariant AnswerView::loadResource(int type, const QUrl &name)
{
    // Only what is compiled in; never the network or the disk on behalf of a pack.
    if (name.scheme() == u"qrc" || name.toString().startsWith(u':')) {
        return QTextBrowser::loadResource(type, name);
    }
    return {};
}

void AnswerView::openLink(const QUrl &url)
{
    const QString link = url.toString();
    const QString packId = m_question ? m_question->id.section(u'/', 0, 0) : QString();
    const QString id = AnswerDocument::questionIdFromLink(link, packId);
    if (!id.isEmpty()) {
        Q_EMIT questionLinkActivated(id);
        return;
    }
    if (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto") {
        QDesktopServices::openUrl(url); // the user clicked it: the only way anything remote is opened
    }
}

void AnswerView::setHighlightTerms(const QStringList &terms)
{
    m_highlightTerms = terms;
    applyHighlights();
}

void AnswerView::applyHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (!m_highlightTerms.isEmpty()) {
        // A word matches a term when they share most of their start: "leaks" for "leaking", "goroutines"
        // for the stem "goroutin" — what the index matched, near enough for the eye.
        auto matches = [this](const QString &word) {
            for (const QString &term : std::as_const(m_highlightTerms)) {
                qsizetype shared = 0;
                const qsizetype limit = qMin(word.size(), term.size());
                while (shared < limit && word.at(shared) == term.at(shared)) {
                    ++shared;
                }
                // At least three letters in common, most of the shorter one, and the word not much
                // shorter than the term: "go" is not a match for "goroutin".
                if (shared >= qMin<qsizetype>(3, term.size()) && shared >= limit - 2
                    && word.size() >= term.size() - 2) {
                    return true;
                }
            }
            return false;
        };
        QTextCharFormat format;
        const QColor mark = palette().color(QPalette::Base).lightness() < 128 ? QColor(0x8a, 0x6d, 0x00)
                                                                              : QColor(0xff, 0xe5, 0x7a);
        format.setBackground(mark);
        format.setForeground(palette().color(QPalette::Text));
        static const QRegularExpression word(QStringLiteral("\\w+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
        for (QTextBlock block = document()->begin(); block.isValid() && selections.size() < 2000;
             block = block.next()) {
            const QString text = block.text();
            for (const QRegularExpressionMatch &match : word.globalMatch(text)) {
                if (matches(match.captured().toLower())) {
                    QTextEdit::ExtraSelection selection;
                    selection.cursor = QTextCursor(document());
                    selection.cursor.setPosition(block.position() + int(match.capturedStart()));
                    selection.cursor.setPosition(block.position() + int(match.capturedEnd()),
                                                 QTextCursor::KeepAnchor);
                    selection.format = format;
                    selections.append(selection);
                }
            }
        }
    }
    setExtraSelections(selections);
}

int AnswerView::codeBlockCount() const
{
    int count = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        count = qMax(count, CodeHighlighter::codeIndex(block) + 1);
    }
    return count;
}

QString AnswerView::codeOfBlock(int index) const
{
    // The pack's own text keeps Go's tabs; the rendered document does not.
    if (m_question && index >= 0 && index < m_question->codeBlocks.size()) {
        return m_question->codeBlocks.at(index).code;
    }
    QStringList lines;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (CodeHighlighter::codeIndex(block) == index) {
            lines.append(block.text());
        }
    }
    return lines.join(u'\n');
}

bool AnswerView::copyCodeBlock()
{
    int index = AnswerDocument::codeBlockIndex(textCursor().block());
    if (index < 0) {
        index = 0;
    }
    const QString code = codeOfBlock(index);
    if (code.isEmpty()) {
        return false;
    }
    QGuiApplication::clipboard()->setText(code);
    return true;
}

void AnswerView::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QTextBlock block = cursorForPosition(event->pos()).block();
    const int index = AnswerDocument::codeBlockIndex(block);
    if (index >= 0) {
        menu->addSeparator();
        menu->addAction(tr("Copy Code Block"), this,
                        [this, index] { QGuiApplication::clipboard()->setText(codeOfBlock(index)); });
    }
    menu->exec(event->globalPos());
}

} // namespace GoPrep
