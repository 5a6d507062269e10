#include "render/golexer.h"

#include <algorithm>
#include <array>

namespace GoPrep {

namespace {

// The Go specification's lists (go.dev/ref/spec#Keywords, #Predeclared_identifiers), sorted for lookup.
constexpr std::array<std::u16string_view, 25> keywords = {
    u"break", u"case",   u"chan",   u"const",  u"continue", u"default", u"defer",     u"else", u"fallthrough",
    u"for",   u"func",   u"go",     u"goto",   u"if",       u"import",  u"interface", u"map",  u"package",
    u"range", u"return", u"select", u"struct", u"switch",   u"type",    u"var",
};
constexpr std::array<std::u16string_view, 22> types = {
    u"any",     u"bool",   u"byte",   u"comparable", u"complex128", u"complex64", u"error", u"float32",
    u"float64", u"int",    u"int16",  u"int32",      u"int64",      u"int8",      u"rune",  u"string",
    u"uint",    u"uint16", u"uint32", u"uint64",     u"uint8",      u"uintptr",
};
constexpr std::array<std::u16string_view, 22> builtins = {
    u"append", u"cap",   u"clear",   u"close", u"complex", u"copy", u"delete", u"false",
    u"imag",   u"iota",  u"len",     u"make",  u"max",     u"min",  u"new",    u"nil",
    u"panic",  u"print", u"println", u"real",  u"recover", u"true",
};

template<std::size_t N>
bool contains(const std::array<std::u16string_view, N> &list, QStringView word)
{
    const std::u16string_view needle(reinterpret_cast<const char16_t *>(word.utf16()),
                                     std::size_t(word.size()));
    return std::binary_search(list.begin(), list.end(), needle);
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

bool isDecimal(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHex(QChar c)
{
    return isDecimal(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Scans a number literal at i in any of Go's forms: decimal, 0x/0o/0b with '_' separators, legacy octal,
// decimal and hexadecimal floats (1e9, .5, 0x1p-2), each optionally imaginary (an 'i' suffix).
qsizetype scanNumber(QStringView line, qsizetype i)
{
    const qsizetype n = line.size();
    auto at = [&](qsizetype k) {
        return k < n ? line.at(k) : QChar();
    };
    if (at(i) == u'0' && (at(i + 1) == u'x' || at(i + 1) == u'X')) {
        i += 2;
        while (isHex(at(i)) || at(i) == u'_' || at(i) == u'.') {
            ++i;
        }
        if (at(i) == u'p' || at(i) == u'P') {
            ++i;
            if (at(i) == u'+' || at(i) == u'-') {
                ++i;
            }
            while (isDecimal(at(i)) || at(i) == u'_') {
                ++i;
            }
        }
    } else if (at(i) == u'0'
               && (at(i + 1) == u'b' || at(i + 1) == u'B' || at(i + 1) == u'o' || at(i + 1) == u'O')) {
        i += 2;
        while (isHex(at(i)) || at(i) == u'_') { // invalid digits still belong to the literal
            ++i;
        }
    } else {
        while (isDecimal(at(i)) || at(i) == u'_' || at(i) == u'.') {
            ++i;
        }
        if ((at(i) == u'e' || at(i) == u'E')
            && (isDecimal(at(i + 1)) || ((at(i + 1) == u'+' || at(i + 1) == u'-') && isDecimal(at(i + 2))))) {
            i += 2;
            while (isDecimal(at(i)) || at(i) == u'_') {
                ++i;
            }
        }
    }
    if (at(i) == u'i') {
        ++i;
    }
    return i;
}

// Scans an interpreted string or rune literal opened by quote at i; ends after the closing quote or,
// unterminated, at the end of the line (such literals cannot span lines).
qsizetype scanQuoted(QStringView line, qsizetype i, QChar quote)
{
    ++i;
    while (i < line.size()) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            i += 2;
            continue;
        }
        ++i;
        if (c == quote) {
            break;
        }
    }
    return qMin(i, line.size());
}

} // namespace

bool GoLexer::isKeyword(QStringView word)
{
    return contains(keywords, word);
}

bool GoLexer::isPredeclaredType(QStringView word)
{
    return contains(types, word);
}

bool GoLexer::isBuiltin(QStringView word)
{
    return contains(builtins, word);
}

int GoLexer::lexLine(QStringView line, int state, QList<Span> *spans)
{
    const qsizetype n = line.size();
    qsizetype i = 0;
    auto emit = [spans](qsizetype start, qsizetype end, Token::Class cls) {
        if (end > start) {
            spans->append({int(start), int(end - start), cls});
        }
    };

    if (state == InRawString) {
        const qsizetype close = line.indexOf(u'`');
        if (close < 0) {
            emit(0, n, Token::Class::String);
            return InRawString;
        }
        emit(0, close + 1, Token::Class::String);
        i = close + 1;
    } else if (state == InBlockComment) {
        const qsizetype close = line.indexOf(u"*/");
        if (close < 0) {
            emit(0, n, Token::Class::Comment);
            return InBlockComment;
        }
        emit(0, close + 2, Token::Class::Comment);
        i = close + 2;
    }

    while (i < n) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < n ? line.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            emit(i, n, Token::Class::Comment);
            return Normal;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype close = line.indexOf(u"*/", i + 2);
            if (close < 0) {
                emit(i, n, Token::Class::Comment);
                return InBlockComment;
            }
            emit(i, close + 2, Token::Class::Comment);
            i = close + 2;
            continue;
        }
        if (c == u'`') {
            const qsizetype close = line.indexOf(u'`', i + 1);
            if (close < 0) {
                emit(i, n, Token::Class::String);
                return InRawString;
            }
            emit(i, close + 1, Token::Class::String);
            i = close + 1;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const qsizetype end = scanQuoted(line, i, c);
            emit(i, end, Token::Class::String);
            i = end;
            continue;
        }
        if (isDecimal(c) || (c == u'.' && isDecimal(next))) {
            const qsizetype end = scanNumber(line, i);
            emit(i, end, Token::Class::Number);
            i = end;
            continue;
        }
        if (isIdentifierStart(c)) {
            qsizetype end = i + 1;
            while (end < n && isIdentifierPart(line.at(end))) {
                ++end;
            }
            const QStringView word = line.mid(i, end - i);
            // A selector such as x.len or a field named "type" in a struct literal is not the builtin.
            const bool afterDot = i > 0 && line.at(i - 1) == u'.';
            if (isKeyword(word)) {
                emit(i, end, Token::Class::Keyword);
            } else if (!afterDot && isPredeclaredType(word)) {
                emit(i, end, Token::Class::Type);
            } else if (!afterDot && isBuiltin(word)) {
                emit(i, end, Token::Class::Builtin);
            }
            i = end;
            continue;
        }
        ++i;
    }
    return Normal;
}

} // namespace GoPrep
