#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace GoPrep {

// One fenced code block of an answer, as written in the pack: the text keeps its tabs, which the
// rendered document does not, so "copy code" and the CI sample checker use this.
struct CodeBlock
{
    // What a Go block holds, from the words after the language in the info string (content/FORMAT.md).
    enum class Kind {
        NotGo, // any other language: shown, never checked
        File, // a complete file; a program when its package is main
        NoRun, // a complete program that is built but not run
        Test, // a complete _test.go file
        Fragment, // statements or declarations
    };

    QString language;
    QStringList infoWords; // the info string after the language, e.g. {"fragment", "go1.27"}
    QString code;
    int line = 0; // line of the opening fence in the section file
    Kind kind = Kind::NotGo;
    QString minimumGo; // "1.27" when the info string names a newer release than the checker's

    bool isGo() const { return kind != Kind::NotGo; }
    // A complete program: a whole file (not marked test or fragment) whose package is main.
    bool isProgram() const;
    // The package clause's name, or empty (fragments, other languages).
    QString packageName() const;
    // What the program must print, from a trailing "// Output:" comment as in Go's testable examples;
    // nullopt when there is none.
    std::optional<QString> expectedOutput() const;
    static QString kindName(Kind kind);
};

} // namespace GoPrep
