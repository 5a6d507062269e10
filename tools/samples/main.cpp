// goprep-extract-samples PACK_DIR OUT_DIR: writes every Go code block of a pack where a Go toolchain can
// check it (tools/check-go-samples.sh). Uses GoPrep's own pack loader, so the blocks are exactly the ones
// the app shows. OUT_DIR/manifest.tsv lists: folder, kind (program, norun, file, test, fragment),
// source file:line, minimum Go release ("-" for any), and "output" when expected.txt holds the output to
// compare ("-" otherwise).
#include "content/packloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace GoPrep;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    const QByteArray bytes = text.toUtf8();
    return file.write(bytes) == bytes.size();
}

QString kindOf(const CodeBlock &block)
{
    switch (block.kind) {
    case CodeBlock::Kind::Fragment:
        return QStringLiteral("fragment");
    case CodeBlock::Kind::Test:
        return QStringLiteral("test");
    case CodeBlock::Kind::NoRun:
        return QStringLiteral("norun");
    case CodeBlock::Kind::File:
        return block.isProgram() ? QStringLiteral("program") : QStringLiteral("file");
    case CodeBlock::Kind::NotGo:
        break;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        err << "usage: goprep-extract-samples PACK_DIR OUT_DIR\n";
        return 2;
    }
    const PackLoadResult result = PackLoader().load(args.at(1));
    if (!result.ok()) {
        for (const PackError &error : result.errors) {
            err << error.toString() << '\n';
        }
        return 1;
    }
    const QDir out(args.at(2));
    if (!QDir().mkpath(out.path())) {
        err << "cannot create " << out.path() << '\n';
        return 1;
    }
    QString manifest;
    int count = 0;
    for (const Section &section : result.pack->sections) {
        for (const Question &question : section.questions) {
            int index = 0;
            for (const CodeBlock &block : question.codeBlocks) {
                ++index;
                if (!block.isGo()) {
                    continue;
                }
                // A folder name that is also a valid Go import path element and says where it came from.
                const QString folder = QStringLiteral("s%1_%2_%3")
                                           .arg(++count, 3, 10, QLatin1Char('0'))
                                           .arg(question.id.section(u'/', 1).replace(u'-', u'_'))
                                           .arg(index);
                const QString kind = kindOf(block);
                const QString fileName = kind == u"test" ? QStringLiteral("sample_test.go")
                    : kind == u"fragment"                ? QStringLiteral("fragment.go")
                                                         : QStringLiteral("main.go");
                out.mkpath(folder);
                const std::optional<QString> expected = block.expectedOutput();
                if (!writeFile(out.filePath(folder + u'/' + fileName), block.code + u'\n')
                    || (expected
                        && !writeFile(out.filePath(folder + QStringLiteral("/expected.txt")),
                                      *expected + u'\n'))) {
                    err << "cannot write " << out.filePath(folder) << '\n';
                    return 1;
                }
                // "-" for an empty field: a shell reading tab-separated fields would merge two tabs.
                manifest += folder + u'\t' + kind + u'\t' + question.file + u':' + QString::number(block.line)
                    + u'\t' + (block.minimumGo.isEmpty() ? QStringLiteral("-") : block.minimumGo) + u'\t'
                    + (expected ? QStringLiteral("output") : QStringLiteral("-")) + u'\n';
            }
        }
    }
    if (!writeFile(out.filePath(QStringLiteral("manifest.tsv")), manifest)) {
        err << "cannot write the manifest\n";
        return 1;
    }
    QTextStream(stdout) << count << " Go blocks written to " << out.path() << '\n';
    return 0;
}
