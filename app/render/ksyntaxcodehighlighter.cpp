#include "render/ksyntaxcodehighlighter.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <QHash>
#include <QTextBlock>
#include <QTextBlockUserData>

namespace GoPrep {

namespace {

// Loading the repository reads every definition's metadata: do it once per process, on first use.
Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, repository)

// The KSyntaxHighlighting state at the end of a line, kept with the line so the next one continues it.
class LineState final : public QTextBlockUserData
{
public:
    KSyntaxHighlighting::State state;
};

// A fence's language is a Markdown info word ("go", "sh"); KDE names definitions ("Go", "Bash").
// Try the name, then the word as a file extension. Looked up once per language.
KSyntaxHighlighting::Definition definitionFor(const QString &language)
{
    static QHash<QString, KSyntaxHighlighting::Definition> cache;
    const auto it = cache.constFind(language);
    if (it != cache.constEnd()) {
        return *it;
    }
    KSyntaxHighlighting::Definition definition = repository->definitionForName(language);
    if (!definition.isValid() && !language.isEmpty()) {
        definition = repository->definitionForFileName(QStringLiteral("code.") + language);
    }
    cache.insert(language, definition);
    return definition;
}

} // namespace

KSyntaxCodeHighlighter::KSyntaxCodeHighlighter(QTextDocument *document)
    : CodeHighlighter(document)
{
    CodeHighlighter::setTheme(defaultThemeName(false));
}

QStringList KSyntaxCodeHighlighter::themeNames() const
{
    QStringList names{defaultThemeName(false), defaultThemeName(true)};
    const QList<KSyntaxHighlighting::Theme> themes = repository->themes();
    for (const KSyntaxHighlighting::Theme &theme : themes) {
        if (!names.contains(theme.name())) {
            names.append(theme.name());
        }
    }
    return names;
}

QString KSyntaxCodeHighlighter::defaultThemeName(bool dark) const
{
    return repository
        ->defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                            : KSyntaxHighlighting::Repository::LightTheme)
        .name();
}

QColor KSyntaxCodeHighlighter::codeBackground() const
{
    return QColor::fromRgba(theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QColor KSyntaxCodeHighlighter::codeForeground() const
{
    return QColor::fromRgba(theme().textColor(KSyntaxHighlighting::Theme::Normal));
}

void KSyntaxCodeHighlighter::applyTheme(const QString &name)
{
    AbstractHighlighter::setTheme(repository->theme(name));
}

Token::Class KSyntaxCodeHighlighter::tokenClassOf(KSyntaxHighlighting::Theme::TextStyle style)
{
    using Style = KSyntaxHighlighting::Theme::TextStyle;
    switch (style) {
    case Style::Keyword:
    case Style::ControlFlow:
        return Token::Class::Keyword;
    case Style::DataType:
        return Token::Class::Type;
    case Style::BuiltIn:
    case Style::Constant:
        return Token::Class::Builtin;
    case Style::String:
    case Style::VerbatimString:
    case Style::SpecialString:
    case Style::Char:
    case Style::SpecialChar:
        return Token::Class::String;
    case Style::Comment:
    case Style::Documentation:
    case Style::CommentVar:
    case Style::RegionMarker:
        return Token::Class::Comment;
    case Style::DecVal:
    case Style::BaseN:
    case Style::Float:
        return Token::Class::Number;
    default:
        return Token::Class::Other;
    }
}

void KSyntaxCodeHighlighter::highlightCodeLine(const QString &text, const QString &language, bool firstLine)
{
    const KSyntaxHighlighting::Definition wanted
        = definitionFor(language == u"golang" ? QStringLiteral("go") : language);
    if (!wanted.isValid()) {
        // A language KDE does not know: plain text in the theme's colours.
        QTextCharFormat plain;
        plain.setForeground(codeForeground());
        setTokenFormat(0, int(text.size()), plain, Token::Class::Other);
        setCurrentBlockState(0);
        return;
    }
    if (definition() != wanted) {
        setDefinition(wanted);
    }
    KSyntaxHighlighting::State previous;
    if (!firstLine) {
        if (const auto *data = static_cast<LineState *>(currentBlock().previous().userData())) {
            previous = data->state;
        }
    }
    const KSyntaxHighlighting::State state = highlightLine(text, previous);
    auto *data = static_cast<LineState *>(currentBlockUserData());
    if (!data) {
        data = new LineState;
        setCurrentBlockUserData(data);
    }
    data->state = state;
    // A changed end state must re-highlight the next line; QSyntaxHighlighter does that when the
    // block state changes, so derive the block state from the KDE state.
    setCurrentBlockState(int(qHash(state) & 0x7fffffff));
}

void KSyntaxCodeHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    const KSyntaxHighlighting::Theme current = theme();
    QTextCharFormat charFormat;
    charFormat.setForeground(format.hasTextColor(current) ? format.textColor(current) : codeForeground());
    if (format.hasBackgroundColor(current)) {
        charFormat.setBackground(format.backgroundColor(current));
    }
    if (format.isBold(current)) {
        charFormat.setFontWeight(QFont::Bold);
    }
    charFormat.setFontItalic(format.isItalic(current));
    charFormat.setFontUnderline(format.isUnderline(current));
    charFormat.setFontStrikeOut(format.isStrikeThrough(current));
    // KDE's Go definition files nil, true, false and iota as "Predeclared Identifier" in the generic
    // "Others" style; to GoPrep they are builtins, as they are to the Go specification.
    const Token::Class cls = format.textStyle() == KSyntaxHighlighting::Theme::Others
            && format.name().startsWith(QLatin1String("Predeclared"))
        ? Token::Class::Builtin
        : tokenClassOf(format.textStyle());
    setTokenFormat(offset, length, charFormat, cls);
}

} // namespace GoPrep
