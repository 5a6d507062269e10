#include "render/codehighlighter.h"

#include "render/builtincodehighlighter.h"
#ifdef GOPREP_HAVE_KSYNTAXHIGHLIGHTING
#include "render/ksyntaxcodehighlighter.h"
#endif

#include <QTextBlock>

namespace GoPrep {

CodeHighlighter::CodeHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{ }

CodeHighlighter *CodeHighlighter::create(QTextDocument *document)
{
#ifdef GOPREP_HAVE_KSYNTAXHIGHLIGHTING
    return new KSyntaxCodeHighlighter(document);
#else
    return new BuiltinCodeHighlighter(document);
#endif
}

QString CodeHighlighter::backendName()
{
#ifdef GOPREP_HAVE_KSYNTAXHIGHLIGHTING
    return QStringLiteral("KSyntaxHighlighting");
#else
    return QStringLiteral("built-in");
#endif
}

void CodeHighlighter::setTheme(const QString &name)
{
    const QString resolved = themeNames().contains(name) ? name : defaultThemeName(false);
    if (resolved == m_themeName) {
        return;
    }
    m_themeName = resolved;
    applyTheme(resolved);
    rehighlight();
    Q_EMIT themeChanged();
}

bool CodeHighlighter::isCodeBlock(const QTextBlock &block)
{
    // After Markdown import every line of a fenced block is its own block carrying the fence.
    return block.isValid() && block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}

QString CodeHighlighter::codeLanguage(const QTextBlock &block)
{
    return block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage).toLower();
}

int CodeHighlighter::codeIndex(const QTextBlock &block)
{
    if (!isCodeBlock(block)) {
        return -1;
    }
    const QVariant index = block.blockFormat().property(CodeIndexProperty);
    return index.isValid() ? index.toInt() : 0;
}

bool CodeHighlighter::startsCodeBlock(const QTextBlock &block)
{
    const QTextBlock previous = block.previous();
    return isCodeBlock(block)
        && (!isCodeBlock(previous) || codeIndex(previous) != codeIndex(block)
            || codeLanguage(previous) != codeLanguage(block));
}

void CodeHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (!isCodeBlock(block)) {
        setCurrentBlockState(-1);
        return;
    }
    // Each fence starts fresh: a raw string left open in one block must not colour the next.
    highlightCodeLine(text, codeLanguage(block), startsCodeBlock(block));
}

void CodeHighlighter::setTokenFormat(int start, int length, QTextCharFormat format, Token::Class cls)
{
    format.setProperty(Token::ClassProperty, int(cls));
    setFormat(start, length, format);
}

} // namespace GoPrep
