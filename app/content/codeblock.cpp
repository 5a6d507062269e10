#include "content/codeblock.h"

namespace GoPrep {

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
