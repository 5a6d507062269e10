#pragma once

#include "render/codehighlighter.h"

#include <QHash>
#include <QTextCharFormat>

namespace GoPrep {

// The built-in back end: the Go lexer with a light and a dark theme of its own. Other languages are
// shown in the theme's plain text colour.
class BuiltinCodeHighlighter final : public CodeHighlighter
{
    Q_OBJECT

public:
    explicit BuiltinCodeHighlighter(QTextDocument *document);

    QStringList themeNames() const override;
    QString defaultThemeName(bool dark) const override;
    QColor codeBackground() const override { return m_background; }
    QColor codeForeground() const override { return m_foreground; }

protected:
    void highlightCodeLine(const QString &text, const QString &language, bool firstLine) override;
    void applyTheme(const QString &name) override;

private:
    QColor m_background;
    QColor m_foreground;
    QHash<Token::Class, QTextCharFormat> m_formats;
};

} // namespace GoPrep
