#pragma once

#include "render/tokenclass.h"

#include <QList>
#include <QStringView>

namespace GoPrep {

// The built-in Go lexer: splits one line of Go into classified tokens, carrying raw strings and block
// comments across lines through an integer state. Used when KF6 SyntaxHighlighting is not available.
class GoLexer
{
public:
    enum State : int { Normal = 0, InRawString = 1, InBlockComment = 2 };

    struct Span
    {
        int start = 0;
        int length = 0;
        Token::Class cls = Token::Class::Other;
        friend bool operator==(const Span &, const Span &) = default;
    };

    // Appends the tokens of line to spans (only the classified ones; the rest is Other) and returns the
    // state at the end of the line.
    static int lexLine(QStringView line, int state, QList<Span> *spans);

    static bool isKeyword(QStringView word);
    static bool isPredeclaredType(QStringView word);
    static bool isBuiltin(QStringView word);
};

} // namespace GoPrep
