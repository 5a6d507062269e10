#include "render/codehighlighter.h"

#include "render/builtincodehighlighter.h"
#ifdef GOPREP_HAVE_KSYNTAXHIGHLIGHTING
#include "render/ksyntaxcodehighlighter.h"
#endif

#include <QTextBlock>

#include <algorithm>
#include <cmath>

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

double CodeHighlighter::contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor CodeHighlighter::legible(const QColor &color, const QColor &background)
{
    if (!color.isValid() || !background.isValid() || contrast(color, background) >= MinimumContrast) {
        return color;
    }
    // Towards white on a dark background, towards black on a light one, keeping the hue as long as it can.
    const QColor target = contrast(Qt::white, background) > contrast(Qt::black, background)
        ? QColor(Qt::white)
        : QColor(Qt::black);
    for (int step = 1; step <= 20; ++step) {
        const double t = step / 20.0;
        const QColor mixed = QColor::fromRgbF(float(color.redF() + (target.redF() - color.redF()) * t),
                                              float(color.greenF() + (target.greenF() - color.greenF()) * t),
                                              float(color.blueF() + (target.blueF() - color.blueF()) * t));
        if (contrast(mixed, background) >= MinimumContrast) {
            return mixed;
        }
    }
    return target;
}

void CodeHighlighter::setTokenFormat(int start, int length, QTextCharFormat format, Token::Class cls)
{
    format.setProperty(Token::ClassProperty, int(cls));
    // Every theme's colours stay readable (WCAG AA) on its code background, high-contrast palettes included.
    if (format.hasProperty(QTextFormat::ForegroundBrush)) {
        format.setForeground(legible(format.foreground().color(), codeBackground()));
    }
    setFormat(start, length, format);
}

} // namespace GoPrep
