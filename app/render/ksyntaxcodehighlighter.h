#pragma once

#include "render/codehighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

namespace GoPrep {

// The KF6 SyntaxHighlighting back end: KDE's Go definition (and any other language it knows) and all of
// its themes. Only the code blocks of the document are fed to it, one line at a time.
class KSyntaxCodeHighlighter final
    : public CodeHighlighter
    , private KSyntaxHighlighting::AbstractHighlighter
{
    Q_OBJECT

public:
    explicit KSyntaxCodeHighlighter(QTextDocument *document);
    using CodeHighlighter::setTheme; // not AbstractHighlighter's, which takes a Theme

    QStringList themeNames() const override;
    QString defaultThemeName(bool dark) const override;
    QColor codeBackground() const override;
    QColor codeForeground() const override;

    // Maps KDE's text styles onto GoPrep's token classes.
    static Token::Class tokenClassOf(KSyntaxHighlighting::Theme::TextStyle style);

protected:
    void highlightCodeLine(const QString &text, const QString &language, bool firstLine) override;
    void applyTheme(const QString &name) override;
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
};

} // namespace GoPrep
