#include "render/builtincodehighlighter.h"

#include "render/golexer.h"

namespace GoPrep {

namespace {

const QString lightTheme = QStringLiteral("GoPrep Light");
const QString darkTheme = QStringLiteral("GoPrep Dark");

QTextCharFormat colour(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold) {
        format.setFontWeight(QFont::DemiBold);
    }
    format.setFontItalic(italic);
    return format;
}

} // namespace

BuiltinCodeHighlighter::BuiltinCodeHighlighter(QTextDocument *document)
    : CodeHighlighter(document)
{
    setTheme(lightTheme);
}

QStringList BuiltinCodeHighlighter::themeNames() const
{
    return {lightTheme, darkTheme};
}

QString BuiltinCodeHighlighter::defaultThemeName(bool dark) const
{
    return dark ? darkTheme : lightTheme;
}

void BuiltinCodeHighlighter::applyTheme(const QString &name)
{
    // Colours chosen for contrast of at least 4.5:1 on their own background (WCAG AA).
    const bool dark = name == darkTheme;
    m_formats.clear();
    if (dark) {
        m_background = QColor(0x23, 0x26, 0x2e);
        m_foreground = QColor(0xdc, 0xdf, 0xe4);
        m_formats.insert(Token::Class::Keyword, colour(QColor(0xc6, 0x78, 0xdd), true));
        m_formats.insert(Token::Class::Type, colour(QColor(0x56, 0xb6, 0xc2)));
        m_formats.insert(Token::Class::Builtin, colour(QColor(0x61, 0xaf, 0xef)));
        m_formats.insert(Token::Class::String, colour(QColor(0x98, 0xc3, 0x79)));
        m_formats.insert(Token::Class::Comment, colour(QColor(0x9d, 0xa5, 0xb4), false, true));
        m_formats.insert(Token::Class::Number, colour(QColor(0xe5, 0xc0, 0x7b)));
    } else {
        m_background = QColor(0xf4, 0xf5, 0xf7);
        m_foreground = QColor(0x1f, 0x23, 0x28);
        m_formats.insert(Token::Class::Keyword, colour(QColor(0x8a, 0x17, 0x9e), true));
        m_formats.insert(Token::Class::Type, colour(QColor(0x00, 0x6b, 0x75)));
        m_formats.insert(Token::Class::Builtin, colour(QColor(0x1a, 0x4f, 0xb5)));
        m_formats.insert(Token::Class::String, colour(QColor(0x2a, 0x6b, 0x12)));
        m_formats.insert(Token::Class::Comment, colour(QColor(0x5c, 0x63, 0x70), false, true));
        m_formats.insert(Token::Class::Number, colour(QColor(0x9a, 0x4a, 0x00)));
    }
}

void BuiltinCodeHighlighter::highlightCodeLine(const QString &text, const QString &language, bool firstLine)
{
    setTokenFormat(0, int(text.size()), colour(m_foreground), Token::Class::Other);
    if (language != u"go" && language != u"golang") {
        setCurrentBlockState(GoLexer::Normal);
        return;
    }
    const int previous = firstLine ? GoLexer::Normal : qMax(previousBlockState(), int(GoLexer::Normal));
    QList<GoLexer::Span> spans;
    const int state = GoLexer::lexLine(text, previous, &spans);
    for (const GoLexer::Span &span : std::as_const(spans)) {
        setTokenFormat(span.start, span.length, m_formats.value(span.cls), span.cls);
    }
    setCurrentBlockState(state);
}

} // namespace GoPrep
