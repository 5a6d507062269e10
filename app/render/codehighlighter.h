#pragma once

#include "render/tokenclass.h"

#include <QColor>
#include <QStringList>
#include <QSyntaxHighlighter>

namespace GoPrep {

// Colours the fenced code blocks of a rendered Markdown document (answers, note previews) and leaves
// every other block alone. One interface, two back ends: KF6 SyntaxHighlighting when GoPrep is built
// with it, else the built-in Go lexer. Formats from a QSyntaxHighlighter never modify the document,
// so a theme change is setTheme() and nothing else.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // The back end this build uses.
    static CodeHighlighter *create(QTextDocument *document);
    static QString backendName();

    // Theme names this back end offers; the first two are its default light and dark themes.
    virtual QStringList themeNames() const = 0;
    virtual QString defaultThemeName(bool dark) const = 0;
    QString themeName() const { return m_themeName; }
    // Applies a theme by name (falls back to the default light one) and re-highlights.
    void setTheme(const QString &name);

    // The editor colours of the current theme, so a code block reads as one block.
    virtual QColor codeBackground() const = 0;
    virtual QColor codeForeground() const = 0;

    // WCAG 2 contrast ratio of two colours (1 to 21), and the colour nearest to `color` that reaches
    // MinimumContrast on `background` (AA for body text).
    static constexpr double MinimumContrast = 4.5;
    static double contrast(const QColor &a, const QColor &b);
    static QColor legible(const QColor &color, const QColor &background);

    static bool isCodeBlock(const QTextBlock &block);
    static QString codeLanguage(const QTextBlock &block);
    // Set by AnswerDocument on every line of a code block: which fenced block (0-based) it belongs to.
    // Markdown import leaves two fences in a row indistinguishable without it.
    static constexpr int CodeIndexProperty = QTextFormat::UserProperty + 0x61;
    static int codeIndex(const QTextBlock &block);
    // Whether block is the first line of its code block.
    static bool startsCodeBlock(const QTextBlock &block);

Q_SIGNALS:
    void themeChanged();

protected:
    explicit CodeHighlighter(QTextDocument *document);
    void highlightBlock(const QString &text) final;

    // Highlights one line of a code block; firstLine restarts the state at a new fence.
    virtual void highlightCodeLine(const QString &text, const QString &language, bool firstLine) = 0;
    virtual void applyTheme(const QString &name) = 0;

    // Applies a format tagged with its token class (see Token::ClassProperty).
    void setTokenFormat(int start, int length, QTextCharFormat format, Token::Class cls);

private:
    QString m_themeName;
};

} // namespace GoPrep
