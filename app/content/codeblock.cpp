#include "content/codeblock.h"

namespace GoPrep {

QString CodeBlock::packageName() const
{
    if (kind == Kind::NotGo || kind == Kind::Fragment) {
        return {};
    }
    for (const QString &codeLine : code.split(u'\n')) {
        const QString trimmed = codeLine.trimmed();
        if (trimmed.startsWith(QLatin1String("package "))) {
            return trimmed.mid(8).section(u' ', 0, 0).trimmed();
        }
    }
    return {};
}

bool CodeBlock::isProgram() const
{
    return (kind == Kind::File || kind == Kind::NoRun) && packageName() == u"main";
}

std::optional<QString> CodeBlock::expectedOutput() const
{
    const QStringList lines = code.split(u'\n');
    qsizetype at = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed() == u"// Output:") {
            at = i;
        }
    }
    if (at < 0) {
        return std::nullopt;
    }
    QStringList expected;
    for (qsizetype i = at + 1; i < lines.size(); ++i) {
        const QString trimmed = lines.at(i).trimmed();
        if (!trimmed.startsWith(QLatin1String("//"))) {
            break;
        }
        // "// text" -> "text"; "//" alone is an empty line of output.
        expected.append(trimmed.mid(trimmed.startsWith(QLatin1String("// ")) ? 3 : 2));
    }
    return expected.join(u'\n');
}

QString CodeBlock::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotGo:
        return QStringLiteral("other");
    case Kind::File:
        return QStringLiteral("go");
    case Kind::NoRun:
        return QStringLiteral("norun");
    case Kind::Test:
        return QStringLiteral("test");
    case Kind::Fragment:
        return QStringLiteral("fragment");
    }
    return {};
}

} // namespace GoPrep
