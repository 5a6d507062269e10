#include "content/memorysource.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "packbuilder.h"

#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace GoPrep;
using namespace GoPrep::Testing;

class PackLoaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void load_validPack_readsEverything();
    void load_codeBlocks_kindsAndRawText();
    void load_variants_data();
    void load_variants();
    void load_malformed_data();
    void load_malformed();
    void load_symlinkOutOfPack_isRejected();
    void load_symlinkLoop_isReported();
    void load_hugeSection_isRejectedWithSize();
    void load_fifoSection_doesNotHang();
    void load_fromMemory_sameAsFromDisk();
    void load_missingFolder_reportsFolder();
    void load_builtInPack_isComplete();
    void load_sourcePack_matchesBuiltIn();
    void bank_brokenPackBesideGoodOnes_othersStillLoad();
    void answerHash_changesWithAnswerOnly();
    void codeBlock_expectedOutputAndPackage_data();
    void codeBlock_expectedOutputAndPackage();

private:
    QString writeTemp(const PackFiles &overrides);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

QString PackLoaderTest::writeTemp(const PackFiles &overrides)
{
    PackFiles files = validPack();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        files.insert(it.key(), it.value());
    }
    const QString folder = m_dir.filePath(QStringLiteral("pack%1").arg(++m_counter));
    if (!writePack(folder, files)) {
        qFatal("cannot write test pack");
    }
    return folder;
}

void PackLoaderTest::load_validPack_readsEverything()
{
    const PackLoadResult result = PackLoader().load(writeTemp({}));
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.first().toString()));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.id, QStringLiteral("demo"));
    QCOMPARE(pack.title, QStringLiteral("Demo pack"));
    QCOMPARE(pack.sections.size(), 2);
    QCOMPARE(pack.questionCount(), 2);

    const Section &basics = pack.sections.at(0);
    QCOMPARE(basics.id, QStringLiteral("demo/basics"));
    QCOMPARE(basics.kind, Section::Kind::Questions);
    QCOMPARE(basics.intro, QStringLiteral("The basics of the language."));

    const Question *goroutine = pack.question(QStringLiteral("demo/goroutine"));
    QVERIFY(goroutine);
    QCOMPARE(goroutine->title, QStringLiteral("What is a goroutine?"));
    QCOMPARE(goroutine->tags, QStringList({QStringLiteral("concurrency"), QStringLiteral("runtime")}));
    QCOMPARE(goroutine->level, Question::Level::Junior);
    QCOMPARE(goroutine->related, QStringList{QStringLiteral("demo/zero")});
    QCOMPARE(goroutine->shortAnswer,
             QStringLiteral("A function running concurrently, scheduled by the Go runtime."));
    QVERIFY(goroutine->body.startsWith(QLatin1String("### Explanation")));
    QCOMPARE(goroutine->followUps.size(), 2);
    QCOMPARE(goroutine->followUps.first(), QStringLiteral("*How big is its stack?* Small, and it grows."));
    QCOMPARE(goroutine->pitfalls, QStringList{QStringLiteral("Leaking it.")});
    QCOMPARE(goroutine->line, 5);
    QCOMPARE(goroutine->file, QStringLiteral("basics.md"));

    // "## not a heading" sits inside a code fence: still one question, not two.
    const Question *zero = pack.question(QStringLiteral("demo/zero"));
    QVERIFY(zero);
    QCOMPARE(zero->level, Question::Level::Mid);
    QVERIFY(zero->body.isEmpty());
    QVERIFY(zero->shortAnswer.contains(QLatin1String("## not a heading")));

    const Section &guide = pack.sections.at(1);
    QCOMPARE(guide.kind, Section::Kind::Guide);
    QVERIFY(guide.questions.isEmpty());
    QVERIFY(guide.intro.contains(QLatin1String("## A plan")));
    QVERIFY(!guide.intro.startsWith(QLatin1String("# Guide")));
}

void PackLoaderTest::load_codeBlocks_kindsAndRawText()
{
    const PackLoadResult result = PackLoader().load(writeTemp({}));
    QVERIFY(result.ok());
    const Question *goroutine = result.pack->question(QStringLiteral("demo/goroutine"));
    QCOMPARE(goroutine->codeBlocks.size(), 1);
    const CodeBlock &program = goroutine->codeBlocks.first();
    QCOMPARE(program.language, QStringLiteral("go"));
    QCOMPARE(program.kind, CodeBlock::Kind::File);
    QCOMPARE(program.line, 19);
    QVERIFY2(program.code.contains(QLatin1String("\tgo func() {}()")), "tabs are kept as written");

    const CodeBlock &fragment = result.pack->question(QStringLiteral("demo/zero"))->codeBlocks.first();
    QCOMPARE(fragment.kind, CodeBlock::Kind::Fragment);
    QCOMPARE(fragment.infoWords, QStringList{QStringLiteral("fragment")});
}

void PackLoaderTest::load_variants_data()
{
    QTest::addColumn<PackFiles>("files");
    QTest::addColumn<QString>("questionId");
    QTest::addColumn<QString>("expectedShortAnswer");

    const QByteArray crlf = QByteArray(validBasics()).replace("\n", "\r\n");
    QTest::newRow("nominal: CRLF line ends")
        << PackFiles{{QStringLiteral("basics.md"), crlf}} << QStringLiteral("demo/goroutine")
        << QStringLiteral("A function running concurrently, scheduled by the Go runtime.");
    QTest::newRow("nominal: UTF-8 byte-order mark")
        << PackFiles{{QStringLiteral("basics.md"), "\xEF\xBB\xBF" + validBasics()}}
        << QStringLiteral("demo/zero")
        << QStringLiteral(
               "The value a variable has before anything is assigned.\n\n```go fragment\nvar s []int\n"
               "## not a heading: this is inside code\ns = append(s, 1)\n```");
    QTest::newRow("nominal: structural headings by class in another language")
        << PackFiles{{QStringLiteral("basics.md"),
                      "## Was ist eine Goroutine? {#goroutine}\n\ntags: nebenläufigkeit\nlevel: junior\n\n"
                      "### Kurze Antwort {.short}\n\nEine nebenläufige Funktion.\n\n### Fallen "
                      "{.pitfalls}\n\n- Lecks\n"}}
        << QStringLiteral("demo/goroutine") << QStringLiteral("Eine nebenläufige Funktion.");
    QTest::newRow("nominal: non-ASCII titles and tags")
        << PackFiles{{QStringLiteral("basics.md"),
                      "## 什么是 goroutine？ {#goroutine}\n\ntags: 并发\nlevel: senior\n\n### Short "
                      "answer\n\n轻量级线程。\n"}}
        << QStringLiteral("demo/goroutine") << QStringLiteral("轻量级线程。");
}

void PackLoaderTest::load_variants()
{
    QFETCH(PackFiles, files);
    QFETCH(QString, questionId);
    QFETCH(QString, expectedShortAnswer);
    const PackLoadResult result = PackLoader().load(writeTemp(files));
    QVERIFY2(result.ok(), qPrintable(result.errors.isEmpty() ? QString() : result.errors.first().toString()));
    const Question *question = result.pack->question(questionId);
    QVERIFY(question);
    QCOMPARE(question->shortAnswer, expectedShortAnswer);
}

void PackLoaderTest::load_malformed_data()
{
    QTest::addColumn<PackFiles>("files");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");

    const QString manifest = QStringLiteral("pack.json");
    const QString basics = QStringLiteral("basics.md");
    auto basicsWith = [](const char *from, const char *to) {
        return PackFiles{{QStringLiteral("basics.md"), QByteArray(validBasics()).replace(from, to)}};
    };
    auto manifestWith = [](const char *from, const char *to) {
        return PackFiles{{QStringLiteral("pack.json"), QByteArray(validManifest()).replace(from, to)}};
    };

    QTest::newRow("robustness: pack.json is not JSON")
        << PackFiles{{manifest, "{\n  \"format\": 1,\n  \"id\": \"demo\"\n  \"title\": \"x\"\n}\n"}}
        << manifest << 4 << QStringLiteral("invalid JSON");
    QTest::newRow("robustness: pack.json truncated")
        << PackFiles{{manifest, validManifest().left(60)}} << manifest << 5 << QStringLiteral("invalid JSON");
    QTest::newRow("robustness: pack.json is a list")
        << PackFiles{{manifest, "[1, 2]"}} << manifest << 1 << QStringLiteral("expected a JSON object");
    QTest::newRow("robustness: pack.json missing")
        << PackFiles{{manifest, QByteArray()}} << manifest << 0 << QStringLiteral("file not found");
    QTest::newRow("robustness: missing title") << manifestWith("\"title\": \"Demo pack\",", "") << manifest
                                               << 1 << QStringLiteral("missing \"title\"");
    QTest::newRow("robustness: wrong format version")
        << manifestWith("\"format\": 1", "\"format\": 2") << manifest << 2
        << QStringLiteral("unsupported \"format\"");
    QTest::newRow("robustness: sections not a list")
        << manifestWith("\"sections\": [", "\"sections\": 3, \"x\": [") << manifest << 8
        << QStringLiteral("\"sections\" must be");
    QTest::newRow("robustness: section file is a path out of the pack")
        << manifestWith("\"file\": \"basics.md\"", "\"file\": \"../basics.md\"") << manifest << 9
        << QStringLiteral("must be a plain .md file name");
    QTest::newRow("robustness: section file is an absolute path")
        << manifestWith("\"file\": \"basics.md\"", "\"file\": \"/etc/passwd\"") << manifest << 9
        << QStringLiteral("must be a plain .md file name");
    QTest::newRow("robustness: duplicate section id")
        << manifestWith("\"id\": \"guide\"", "\"id\": \"basics\"") << manifest << 10
        << QStringLiteral("duplicate section id 'basics'");
    QTest::newRow("robustness: unknown section kind")
        << manifestWith("\"kind\": \"guide\"", "\"kind\": \"quiz\"") << manifest << 10
        << QStringLiteral("unknown section kind 'quiz'");
    QTest::newRow("robustness: invalid pack id") << manifestWith("\"id\": \"demo\"", "\"id\": \"Demo Pack\"")
                                                 << manifest << 3 << QStringLiteral("invalid pack id");
    QTest::newRow("robustness: missing section file")
        << PackFiles{{basics, QByteArray()}} << basics << 0 << QStringLiteral("file not found");
    QTest::newRow("robustness: duplicate question id")
        << basicsWith("{#zero}", "{#goroutine}") << basics << 36
        << QStringLiteral("duplicate question id 'goroutine' (first used at");
    QTest::newRow("robustness: heading without id")
        << basicsWith(" {#zero}", "") << basics << 36 << QStringLiteral("question heading has no id");
    QTest::newRow("robustness: invalid characters in id")
        << basicsWith("{#zero}", "{#Zero Value}") << basics << 36 << QStringLiteral("invalid id 'Zero'");
    QTest::newRow("robustness: invalid UTF-8")
        << basicsWith("Small, and it grows.", "Small, and \xC3\x28 grows.") << basics << 29
        << QStringLiteral("invalid UTF-8");
    QTest::newRow("robustness: truncated UTF-8 at the end")
        << PackFiles{{basics, validBasics() + "\xE2\x82"}} << basics << 50 << QStringLiteral("invalid UTF-8");
    QTest::newRow("robustness: binary file") << PackFiles{{basics, QByteArray("## X {#x}\n\0\x01\x02", 13)}}
                                             << basics << 2 << QStringLiteral("NUL byte");
    QTest::newRow("robustness: empty answer")
        << PackFiles{{basics, "## What is x? {#x}\n\ntags: a\nlevel: mid\n"}} << basics << 1
        << QStringLiteral("question 'x' has no answer");
    QTest::newRow("robustness: empty short answer")
        << PackFiles{{basics,
                      "## What is x? {#x}\n\ntags: a\nlevel: mid\n\n### Short answer\n\n### More\n\nText\n"}}
        << basics << 6 << QStringLiteral("the short answer is empty");
    QTest::newRow("robustness: missing short answer")
        << basicsWith("### Short answer\n\nThe value", "The value") << basics << 41
        << QStringLiteral("expected '### Short answer'");
    QTest::newRow("robustness: unknown level") << basicsWith("level: mid", "level: expert") << basics << 39
                                               << QStringLiteral("unknown level 'expert'");
    QTest::newRow("robustness: missing level")
        << basicsWith("level: mid\n", "") << basics << 36 << QStringLiteral("has no 'level:' line");
    QTest::newRow("robustness: missing tags")
        << basicsWith("tags: types\n", "") << basics << 36 << QStringLiteral("has no 'tags:' line");
    QTest::newRow("robustness: unknown metadata key")
        << basicsWith("level: mid", "level: mid\nauthor: me") << basics << 40
        << QStringLiteral("unknown metadata key 'author'");
    QTest::newRow("robustness: unknown related id")
        << basicsWith("related: zero", "related: zero, nope") << basics << 9
        << QStringLiteral("related question 'nope' does not exist");
    QTest::newRow("robustness: link to unknown question")
        << basicsWith("(#zero)", "(#zeroo)") << basics << 17
        << QStringLiteral("link to unknown question '#zeroo'");
    QTest::newRow("robustness: unterminated code fence")
        << PackFiles{{basics, validBasics() + "\n```go\nx := 1\n"}} << basics << 51
        << QStringLiteral("never closed");
    QTest::newRow("robustness: unknown word after go")
        << basicsWith("```go fragment", "```go snippet") << basics << 45
        << QStringLiteral("unknown word 'snippet'");
    QTest::newRow("robustness: go block without package clause")
        << basicsWith("package main\n\n", "") << basics << 19 << QStringLiteral("package clause");
    QTest::newRow("robustness: section without questions")
        << PackFiles{{basics, "# Basics\n\nJust prose.\n"}} << basics << 0 << QStringLiteral("no questions");
    QTest::newRow("robustness: empty guide")
        << PackFiles{{QStringLiteral("guide.md"), "# Guide\n"}} << QStringLiteral("guide.md") << 0
        << QStringLiteral("the guide page is empty");
    QTest::newRow("robustness: deeply nested JSON")
        << PackFiles{{manifest, QByteArray(5000, '[') + QByteArray(5000, ']')}} << manifest << 1
        << QStringLiteral("invalid JSON");
}

void PackLoaderTest::load_malformed()
{
    QFETCH(PackFiles, files);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, message);

    const QString folder = writeTemp(files);
    const PackLoadResult result = PackLoader().load(folder);
    QVERIFY(!result.ok());
    QVERIFY(!result.pack);
    QStringList all;
    for (const PackError &error : result.errors) {
        all.append(error.toString());
    }
    const auto match = std::find_if(result.errors.cbegin(), result.errors.cend(),
                                    [&](const PackError &error) { return error.message.contains(message); });
    QVERIFY2(match != result.errors.cend(),
             qPrintable(u"no error says '" + message + u"' in:\n" + all.join(u'\n')));
    QCOMPARE(match->file, folder + u'/' + file);
    QCOMPARE(match->line, line);
    // The printed form is what an editor can jump to.
    QVERIFY(
        match->toString().startsWith(folder + u'/' + file + u':' + QString::number(qMax(line, 1)) + u": "));
}

void PackLoaderTest::load_symlinkOutOfPack_isRejected()
{
    const QString folder = writeTemp({});
    const QString outside = m_dir.filePath(QStringLiteral("outside.md"));
    QVERIFY(writePack(m_dir.path(), {{QStringLiteral("outside.md"), validBasics()}}));
    QFile::remove(folder + QStringLiteral("/basics.md"));
    QVERIFY(QFile::link(outside, folder + QStringLiteral("/basics.md")));
    const PackLoadResult result = PackLoader().load(folder);
    QVERIFY(!result.ok());
    QVERIFY(result.errors.first().message.contains(QLatin1String("leads out of the pack")));
}

void PackLoaderTest::load_symlinkLoop_isReported()
{
    const QString folder = writeTemp({});
    QFile::remove(folder + QStringLiteral("/basics.md"));
    QVERIFY(QFile::link(folder + QStringLiteral("/loop.md"), folder + QStringLiteral("/basics.md")));
    QVERIFY(QFile::link(folder + QStringLiteral("/basics.md"), folder + QStringLiteral("/loop.md")));
    const PackLoadResult result = PackLoader().load(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().file, folder + QStringLiteral("/basics.md"));
    QVERIFY2(result.errors.first().message.contains(QLatin1String("leads nowhere")),
             qPrintable(result.errors.first().message));
}

void PackLoaderTest::load_hugeSection_isRejectedWithSize()
{
    // A 30 MB answer: refused by size before it is read, with the size in the message.
    QByteArray huge = validBasics();
    huge += "\n## Huge {#huge}\n\ntags: x\nlevel: mid\n\n### Short answer\n\n";
    huge += QByteArray(30 << 20, 'a');
    const QString folder = writeTemp({{QStringLiteral("basics.md"), huge}});
    const PackLoadResult result = PackLoader().load(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().file, folder + QStringLiteral("/basics.md"));
    QVERIFY2(result.errors.first().message.contains(QLatin1String("30.0 MiB")),
             qPrintable(result.errors.first().message));
}

void PackLoaderTest::load_fifoSection_doesNotHang()
{
#ifdef Q_OS_UNIX
    // Reading a FIFO nobody writes to would block forever: it is refused as not a regular file.
    const QString folder = writeTemp({});
    const QString fifo = folder + QStringLiteral("/basics.md");
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const PackLoadResult result = PackLoader().load(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().file, fifo);
    QVERIFY(result.errors.first().message.contains(QLatin1String("not a regular file")));
#else
    QSKIP("FIFOs are a POSIX thing");
#endif
}

void PackLoaderTest::load_fromMemory_sameAsFromDisk()
{
    QHash<QString, QByteArray> files;
    const PackFiles pack = validPack();
    for (auto it = pack.cbegin(); it != pack.cend(); ++it) {
        files.insert(it.key(), it.value());
    }
    const PackLoadResult memory = PackLoader().load(MemorySource(QStringLiteral("memory"), files));
    const PackLoadResult disk = PackLoader().load(writeTemp({}));
    QVERIFY(memory.ok());
    QCOMPARE(memory.pack->questionCount(), disk.pack->questionCount());
    QCOMPARE(memory.pack->question(QStringLiteral("demo/zero"))->shortAnswer,
             disk.pack->question(QStringLiteral("demo/zero"))->shortAnswer);
    // Errors name the memory pack's files the same way.
    files[QStringLiteral("basics.md")].replace("level: mid", "level: guru");
    const PackLoadResult broken = PackLoader().load(MemorySource(QStringLiteral("memory"), files));
    QCOMPARE(broken.errors.first().toString(),
             QStringLiteral("memory/basics.md:39: unknown level 'guru': use junior, mid or senior"));
}

void PackLoaderTest::load_missingFolder_reportsFolder()
{
    const QString folder = m_dir.filePath(QStringLiteral("does-not-exist"));
    const PackLoadResult result = PackLoader().load(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.first().file, folder);
    QVERIFY(result.errors.first().message.contains(QLatin1String("not a folder")));
}

void PackLoaderTest::load_builtInPack_isComplete()
{
    const PackLoadResult result = PackLoader().load(PackLoader::builtInPackPath());
    QStringList errors;
    for (const PackError &error : result.errors) {
        errors.append(error.toString());
    }
    QVERIFY2(result.ok(), qPrintable(errors.join(u'\n')));
    const Pack &pack = *result.pack;
    QCOMPARE(pack.id, QStringLiteral("go"));
    int questionSections = 0;
    int guides = 0;
    for (const Section &section : pack.sections) {
        if (section.kind == Section::Kind::Guide) {
            ++guides;
            QVERIFY(section.intro.size() > 1000);
            continue;
        }
        ++questionSections;
        QVERIFY2(section.questions.size() >= 2, qPrintable(section.id));
        for (const Question &question : section.questions) {
            QVERIFY2(!question.shortAnswer.isEmpty(), qPrintable(question.id));
            QVERIFY2(question.body.size() > 200, qPrintable(question.id));
            QVERIFY2(!question.tags.isEmpty(), qPrintable(question.id));
            // The interview structure of every answer: related questions, follow-ups, pitfalls.
            QVERIFY2(!question.related.isEmpty(), qPrintable(question.id));
            QVERIFY2(question.followUps.size() >= 2, qPrintable(question.id));
            QVERIFY2(!question.pitfalls.isEmpty(), qPrintable(question.id));
            QVERIFY2(question.shortAnswer.size() < 1200, qPrintable(question.id));
        }
    }
    QCOMPARE(questionSections, 6);
    QCOMPARE(guides, 1);
    QVERIFY2(pack.questionCount() >= 60, qPrintable(QString::number(pack.questionCount())));
}

void PackLoaderTest::load_sourcePack_matchesBuiltIn()
{
    // The resource is built from content/go: the two must never drift apart.
    const PackLoadResult builtIn = PackLoader().load(PackLoader::builtInPackPath());
    const PackLoadResult source = PackLoader().load(QStringLiteral(GOPREP_SOURCE_DIR "/content/go"));
    QVERIFY(builtIn.ok());
    QVERIFY(source.ok());
    QCOMPARE(source.pack->questionCount(), builtIn.pack->questionCount());
    QCOMPARE(source.pack->sections.size(), builtIn.pack->sections.size());
}

void PackLoaderTest::bank_brokenPackBesideGoodOnes_othersStillLoad()
{
    const QString good = writeTemp({});
    const QString broken = writeTemp({{QStringLiteral("pack.json"), "{ not json"}});
    PackErrors errors;
    const QuestionBank bank
        = QuestionBank::load({PackLoader::builtInPackPath(), broken, good, good}, &errors);
    QCOMPARE(bank.packs().size(), 2);
    QVERIFY(bank.question(QStringLiteral("demo/zero")));
    QVERIFY(bank.question(QStringLiteral("go/zero-value")));
    QCOMPARE(errors.size(), 2); // the broken pack, and the second copy of "demo"
    QVERIFY(errors.at(0).file.startsWith(broken));
    QVERIFY(errors.at(1).message.contains(QLatin1String("already loaded")));
}

void PackLoaderTest::answerHash_changesWithAnswerOnly()
{
    Question a;
    a.title = QStringLiteral("Title");
    a.shortAnswer = QStringLiteral("short");
    a.body = QStringLiteral("body");
    Question b = a;
    b.title = QStringLiteral("Another title");
    b.tags = {QStringLiteral("tag")};
    QCOMPARE(a.answerHash(), b.answerHash());
    b.body += u'.';
    QVERIFY(a.answerHash() != b.answerHash());
    // Moving text between the short answer and the body is a change too.
    Question c = a;
    c.shortAnswer = QStringLiteral("shor");
    c.body = QStringLiteral("tbody");
    QVERIFY(a.answerHash() != c.answerHash());
}

void PackLoaderTest::codeBlock_expectedOutputAndPackage_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("package");
    QTest::addColumn<bool>("program");
    QTest::addColumn<QString>("output"); // "<none>" when there is no Output comment
    QTest::newRow("nominal: program with output")
        << QStringLiteral(
               "package main\n\nfunc main() {\n\tprintln(1)\n\t// Output:\n\t// 1\n\t//\n\t// end\n}")
        << int(CodeBlock::Kind::File) << QStringLiteral("main") << true << QStringLiteral("1\n\nend");
    QTest::newRow("nominal: library file")
        << QStringLiteral("// Package cache does things.\npackage cache\n") << int(CodeBlock::Kind::File)
        << QStringLiteral("cache") << false << QStringLiteral("<none>");
    QTest::newRow("nominal: test file")
        << QStringLiteral("package cache\n\nimport \"testing\"\n") << int(CodeBlock::Kind::Test)
        << QStringLiteral("cache") << false << QStringLiteral("<none>");
    QTest::newRow("robustness: fragment has no package")
        << QStringLiteral("package main // not really") << int(CodeBlock::Kind::Fragment) << QString()
        << false << QStringLiteral("<none>");
}

void PackLoaderTest::codeBlock_expectedOutputAndPackage()
{
    QFETCH(QString, code);
    QFETCH(int, kind);
    QFETCH(QString, package);
    QFETCH(bool, program);
    QFETCH(QString, output);
    CodeBlock block;
    block.language = QStringLiteral("go");
    block.kind = CodeBlock::Kind(kind);
    block.code = code;
    QCOMPARE(block.packageName(), package);
    QCOMPARE(block.isProgram(), program);
    QCOMPARE(block.expectedOutput().value_or(QStringLiteral("<none>")), output);
}

QTEST_GUILESS_MAIN(PackLoaderTest)
#include "packloader_test.moc"
