// libFuzzer target for the pack loader: a pack is a file anyone can hand a learner, so PackLoader must
// turn any bytes into a pack or into "file:line: message" errors — never a crash, a hang or a leak.
// The input is split into pack.json and three section files (a.md, b.md, c.md) at "\n====\n".
#include "content/memorysource.h"
#include "content/packloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> parts = input.split('\n').isEmpty() ? QList<QByteArray>() : [&] {
        QList<QByteArray> pieces;
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = input.indexOf("\n====\n", from);
            if (at < 0 || pieces.size() == 3) {
                pieces.append(input.mid(from));
                return pieces;
            }
            pieces.append(input.mid(from, at - from));
            from = at + 6;
        }
    }();
    QHash<QString, QByteArray> files;
    const QStringList names = {QStringLiteral("pack.json"), QStringLiteral("a.md"), QStringLiteral("b.md"),
                               QStringLiteral("c.md")};
    for (qsizetype i = 0; i < parts.size() && i < names.size(); ++i) {
        files.insert(names.at(i), QByteArray(parts.at(i).constData(), parts.at(i).size()));
    }
    const GoPrep::PackLoadResult result
        = GoPrep::PackLoader().load(GoPrep::MemorySource(QStringLiteral("fuzz"), files));
    // Whatever came out must be consistent: a pack without errors, or errors without a pack.
    if (result.pack.has_value() == !result.errors.isEmpty()) {
        __builtin_trap();
    }
    for (const GoPrep::PackError &error : result.errors) {
        if (error.message.isEmpty() || error.line < 0) {
            __builtin_trap();
        }
    }
    return 0;
}
