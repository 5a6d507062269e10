#pragma once

#include <QObject>
#include <QTextFormat>

namespace GoPrep {

// What a piece of code is, independent of how a theme colours it. Both highlighter back ends tag every
// format they apply with its class (TokenClassProperty), which is what tests compare: colours differ
// between themes and back ends, classes must not.
namespace Token {
Q_NAMESPACE

enum class Class {
    Other, // identifiers, operators, punctuation
    Keyword,
    Type, // predeclared types
    Builtin, // predeclared functions and constants (len, make, nil, true, iota)
    String, // interpreted, raw and rune literals
    Comment,
    Number,
};
Q_ENUM_NS(Class)

// Set on every QTextCharFormat a highlighter applies; the value is an int of Token::Class.
constexpr int ClassProperty = QTextFormat::UserProperty + 0x60;

} // namespace Token

} // namespace GoPrep
