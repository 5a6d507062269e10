#include "cli/commandline.h"
#include "core/singleinstance.h"
#include "packbuilder.h"
#include "storage/userstore.h"

#include <QImage>
#include <QLocalSocket>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;
using namespace GoPrep::Testing;

// The command line as a user runs it: the real goprep executable, its output and its exit code.
class CommandLineTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void version_printsProjectVersion();
    void help_listsOptions();
    void list_printsEveryQuestion();
    void validate_shippedPack_passes();
    void validate_brokenPack_namesFileAndLine();
    void validate_missingFolder_fails();
    void usageError_exitsTwo();
    void list_withExtraPack_includesIt();
    void list_withBrokenExtraPack_stillListsBuiltIn();
    void search_data();
    void search();
    void search_findsNotes();
    void screenshot_writesPng_data();
    void screenshot_writesPng();
    void screenshot_unknownQuestion_fails();
    void cheatSheet_writesPdf_data();
    void cheatSheet_writesPdf();
    void cheatSheet_nothingChosenOrUnwritable_fails();
    void unwritableDataDir_messageAndExit();
    void exportImport_roundTripThroughFiles();
    void export_unusableDataDir_exitsNonZero();
    void gui_secondStart_handsOverToFirst();
    void gui_sigterm_savesAndQuitsCleanly();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QTemporaryDir m_dir;
};

void CommandLineTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

CommandLineTest::Run CommandLineTest::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // English messages whatever the developer's language: the console follows the system's.
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")); // plain C makes Qt 6.8 warn
    env.insert(QStringLiteral("LANGUAGE"), QString());
    // Never the developer's real notes.
    env.insert(QStringLiteral("GOPREP_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GOPREP_EXECUTABLE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void CommandLineTest::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("action");
    QTest::newRow("nominal: no arguments opens the window")
        << QStringList{} << true << int(CommandLine::Action::Gui);
    QTest::newRow("nominal: list") << QStringList{QStringLiteral("--list")} << true
                                   << int(CommandLine::Action::List);
    QTest::newRow("nominal: validate") << QStringList{QStringLiteral("--validate-pack"), QStringLiteral("x")}
                                       << true << int(CommandLine::Action::ValidatePack);
    QTest::newRow("nominal: screenshot with question and theme")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("a.png"),
                       QStringLiteral("--question"),   QStringLiteral("go/select"),
                       QStringLiteral("--theme"),      QStringLiteral("dark")}
        << true << int(CommandLine::Action::Screenshot);
    QTest::newRow("nominal: repeated packs") << QStringList{QStringLiteral("--pack"), QStringLiteral("a"),
                                                            QStringLiteral("--pack"), QStringLiteral("b")}
                                             << true << int(CommandLine::Action::Gui);
    QTest::newRow("robustness: unknown option") << QStringList{QStringLiteral("--frobnicate")} << false << 0;
    QTest::newRow("robustness: missing value")
        << QStringList{QStringLiteral("--validate-pack")} << false << 0;
    QTest::newRow("robustness: two actions")
        << QStringList{QStringLiteral("--list"), QStringLiteral("--version")} << false << 0;
    QTest::newRow("robustness: theme without screenshot")
        << QStringList{QStringLiteral("--theme"), QStringLiteral("dark")} << false << 0;
    QTest::newRow("robustness: bad theme")
        << QStringList{QStringLiteral("--screenshot"), QStringLiteral("a.png"), QStringLiteral("--theme"),
                       QStringLiteral("blue")}
        << false << 0;
    QTest::newRow("robustness: stray argument") << QStringList{QStringLiteral("extra")} << false << 0;
}

void CommandLineTest::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, action);
    CommandLine commandLine;
    const bool parsed = commandLine.parse(QStringList{QStringLiteral("goprep")} + arguments);
    QCOMPARE(parsed, ok);
    if (ok) {
        QCOMPARE(int(commandLine.options().action), action);
    } else {
        QVERIFY(!commandLine.errorText().isEmpty());
    }
}

void CommandLineTest::version_printsProjectVersion()
{
    const Run result = run({QStringLiteral("--version")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("goprep " GOPREP_TEST_VERSION));
}

void CommandLineTest::help_listsOptions()
{
    const Run result = run({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    for (const char *option :
         {"--list", "--validate-pack", "--screenshot", "--data-dir", "--pack", "--question", "--theme"}) {
        QVERIFY2(result.out.contains(QLatin1String(option)), option);
    }
}

void CommandLineTest::list_printsEveryQuestion()
{
    const Run result = run({QStringLiteral("--list")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 40, qPrintable(QString::number(lines.size())));
    QSet<QString> sections;
    QSet<QString> ids;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 3);
        QVERIFY(fields.at(0).startsWith(QLatin1String("go/")));
        QVERIFY(fields.at(1).startsWith(QLatin1String("go/")));
        QVERIFY(!fields.at(2).isEmpty());
        sections.insert(fields.at(0));
        ids.insert(fields.at(1));
    }
    QCOMPARE(sections.size(), 6);
    QCOMPARE(ids.size(), lines.size());
}

void CommandLineTest::validate_shippedPack_passes()
{
    const Run result
        = run({QStringLiteral("--validate-pack"), QStringLiteral(GOPREP_SOURCE_DIR "/content/go")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("valid pack 'go'")));
}

void CommandLineTest::validate_brokenPack_namesFileAndLine()
{
    const QString folder = m_dir.filePath(QStringLiteral("broken"));
    PackFiles files = validPack();
    files[QStringLiteral("basics.md")].replace("level: mid", "level: wizard");
    files[QStringLiteral("basics.md")].replace("{#goroutine}", "");
    QVERIFY(writePack(folder, files));
    const Run result = run({QStringLiteral("--validate-pack"), folder});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    const QString file = folder + QStringLiteral("/basics.md");
    QVERIFY2(lines.contains(file + QStringLiteral(":5: question heading has no id: end it with {#some-id}")),
             qPrintable(result.err));
    QVERIFY2(lines.contains(file + QStringLiteral(":39: unknown level 'wizard': use junior, mid or senior")),
             qPrintable(result.err));
    QVERIFY(lines.last().contains(QLatin1String("problem")));
}

void CommandLineTest::validate_missingFolder_fails()
{
    const Run result
        = run({QStringLiteral("--validate-pack"), m_dir.filePath(QStringLiteral("nothing-here"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("nothing-here")));
}

void CommandLineTest::usageError_exitsTwo()
{
    const Run result = run({QStringLiteral("--no-such-option")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QLatin1String("no-such-option")));
}

void CommandLineTest::list_withExtraPack_includesIt()
{
    const QString folder = m_dir.filePath(QStringLiteral("extra"));
    QVERIFY(writePack(folder, validPack()));
    const Run result = run({QStringLiteral("--list"), QStringLiteral("--pack"), folder});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QLatin1String("demo/basics\tdemo/goroutine\tWhat is a goroutine?\n")));
    QVERIFY(result.out.contains(QLatin1String("go/zero-value")));
}

void CommandLineTest::list_withBrokenExtraPack_stillListsBuiltIn()
{
    const QString folder = m_dir.filePath(QStringLiteral("extra-broken"));
    QVERIFY(writePack(folder, {{QStringLiteral("pack.json"), "{"}}));
    const Run result = run({QStringLiteral("--list"), QStringLiteral("--pack"), folder});
    QCOMPARE(result.exitCode, 1); // the problem is reported...
    QVERIFY(result.err.contains(folder + QStringLiteral("/pack.json:1: invalid JSON")));
    QVERIFY(result.out.contains(QLatin1String("go/zero-value"))); // ...and the rest still works
}

void CommandLineTest::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("first");
    QTest::newRow("nominal: a title word")
        << QStringLiteral("singleflight") << 0 << QStringLiteral("go/singleflight");
    QTest::newRow("nominal: a typo") << QStringLiteral("gorutine thread") << 0
                                     << QStringLiteral("go/goroutines-vs-threads");
    QTest::newRow("nominal: nothing found") << QStringLiteral("xylophonezz") << 1 << QString();
    QTest::newRow("robustness: FTS syntax is just text")
        << QStringLiteral("\"select\" ) * ^:") << 0 << QStringLiteral("go/select");
    QTest::newRow("robustness: no words at all") << QStringLiteral("!!! ???") << 2 << QString();
}

void CommandLineTest::search()
{
    QFETCH(QString, query);
    QFETCH(int, exitCode);
    QFETCH(QString, first);
    const Run result = run({QStringLiteral("--search"), query});
    QCOMPARE(result.exitCode, exitCode);
    const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
    if (first.isEmpty()) {
        QVERIFY(lines.isEmpty());
        if (exitCode == 2) {
            QVERIFY(!result.err.isEmpty());
        }
        return;
    }
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.first().section(u'\t', 0, 0), first);
    for (const QString &line : lines) {
        QCOMPARE(line.split(u'\t').size(), 2);
    }
}

void CommandLineTest::search_findsNotes()
{
    // The same engine as the window: notes in the data folder are searched too.
    const QString data = m_dir.filePath(QStringLiteral("search-data"));
    {
        QString error;
        auto store = UserStore::open(data, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->saveNote(QStringLiteral("go/json"), QStringLiteral("my mnemonic: okapi"), {}));
    }
    const Run result
        = run({QStringLiteral("--data-dir"), data, QStringLiteral("--search"), QStringLiteral("okapi")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.section(u'\t', 0, 0), QStringLiteral("go/json"));
}

void CommandLineTest::screenshot_writesPng_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("nominal: light") << QStringLiteral("light");
    QTest::newRow("nominal: dark") << QStringLiteral("dark");
}

void CommandLineTest::screenshot_writesPng()
{
    QFETCH(QString, theme);
    const QString file = QStringLiteral(GOPREP_BINARY_DIR "/screenshots/cli-%1.png").arg(theme);
    QDir().mkpath(QStringLiteral(GOPREP_BINARY_DIR "/screenshots"));
    QFile::remove(file);
    const Run result = run({QStringLiteral("--screenshot"), file, QStringLiteral("--question"),
                            QStringLiteral("go/select"), QStringLiteral("--theme"), theme});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QImage image(file);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 800));
    // Light or dark is visible in the pixels: the window background's lightness.
    const int lightness = image.pixelColor(image.width() / 2, image.height() - 5).lightness();
    QVERIFY2(theme == u"dark" ? lightness < 110 : lightness > 150, qPrintable(QString::number(lightness)));
}

void CommandLineTest::screenshot_unknownQuestion_fails()
{
    const QString file = m_dir.filePath(QStringLiteral("none.png"));
    const Run result = run(
        {QStringLiteral("--screenshot"), file, QStringLiteral("--question"), QStringLiteral("go/nope")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("go/nope")));
    QVERIFY(!QFile::exists(file));
}

void CommandLineTest::cheatSheet_writesPdf_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected"); // on stdout
    QTest::newRow("nominal: all") << QStringLiteral("all") << QStringLiteral("Wrote 65 questions");
    QTest::newRow("nominal: a section")
        << QStringLiteral("section:go/concurrency") << QStringLiteral("Wrote 18 questions");
}

void CommandLineTest::cheatSheet_writesPdf()
{
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    const QString file = m_dir.filePath(QStringLiteral("sheet-%1.pdf").arg(filter.size()));
    const Run result = run({QStringLiteral("--cheat-sheet"), file, QStringLiteral("--filter"), filter});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.startsWith(expected), qPrintable(result.out));
    QFile pdf(file);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.count("/Type /Page\n") >= 3); // several pages
}

void CommandLineTest::cheatSheet_nothingChosenOrUnwritable_fails()
{
    // No weak topics in a new data folder (weak is the default): exit 1, say how to get some, no file.
    const QString fresh = m_dir.filePath(QStringLiteral("sheet-data"));
    const QString file = m_dir.filePath(QStringLiteral("weak.pdf"));
    Run result = run({QStringLiteral("--data-dir"), fresh, QStringLiteral("--cheat-sheet"), file});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("No weak topics yet")), qPrintable(result.err));
    QVERIFY(!QFile::exists(file));
    // A folder that does not exist: the path in the message.
    const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/sheet.pdf"));
    result
        = run({QStringLiteral("--cheat-sheet"), nowhere, QStringLiteral("--filter"), QStringLiteral("all")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QDir::toNativeSeparators(nowhere)), qPrintable(result.err));
    // An unknown section, and a filter that is no filter.
    result = run(
        {QStringLiteral("--cheat-sheet"), file, QStringLiteral("--filter"), QStringLiteral("section:go/x")});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(QLatin1String("go/x")));
    result = run({QStringLiteral("--cheat-sheet"), file, QStringLiteral("--filter"), QStringLiteral("hard")});
    QCOMPARE(result.exitCode, 2);
    result = run({QStringLiteral("--list"), QStringLiteral("--filter"), QStringLiteral("all")});
    QCOMPARE(result.exitCode, 2);
}

void CommandLineTest::unwritableDataDir_messageAndExit()
{
    // A file where the data folder should be: a clear message naming it, no crash, and the screenshot
    // (which needs no notes) still works.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString shot = m_dir.filePath(QStringLiteral("readonly.png"));
    const Run result = run({QStringLiteral("--data-dir"), blocker, QStringLiteral("--screenshot"), shot});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(blocker), qPrintable(result.err));
    QVERIFY(QFile::exists(shot));
}

void CommandLineTest::exportImport_roundTripThroughFiles()
{
    const QString from = m_dir.filePath(QStringLiteral("export-from"));
    {
        QString error;
        auto store = UserStore::open(from, &error);
        QVERIFY(store->saveNote(QStringLiteral("go/select"), QStringLiteral("round trip"), {}));
        QVERIFY(store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));
    }
    const QString json = m_dir.filePath(QStringLiteral("cli-export.json"));
    Run result = run({QStringLiteral("--data-dir"), from, QStringLiteral("--export"), json});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString markdown = m_dir.filePath(QStringLiteral("cli-export.md"));
    result = run({QStringLiteral("--data-dir"), from, QStringLiteral("--export"), markdown});
    QCOMPARE(result.exitCode, 0);
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(md.readAll().contains("round trip"));

    const QString to = m_dir.filePath(QStringLiteral("import-to"));
    result = run({QStringLiteral("--data-dir"), to, QStringLiteral("--import"), json});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QLatin1String("1 notes added")));
    QString error;
    auto store = UserStore::open(to, &error);
    QCOMPARE(store->note(QStringLiteral("go/select"))->text, QStringLiteral("round trip"));
    QVERIFY(store->hasFlag(QStringLiteral("go/select"), UserStore::Flag::Weak));

    // A file that is not an export: exit 1 and say which file.
    result = run({QStringLiteral("--data-dir"), to, QStringLiteral("--import"), markdown});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(markdown));
}

void CommandLineTest::export_unusableDataDir_exitsNonZero()
{
    const QString blocker = m_dir.filePath(QStringLiteral("export-blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const Run result = run({QStringLiteral("--data-dir"), blocker, QStringLiteral("--export"),
                            m_dir.filePath(QStringLiteral("never.json"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains(blocker));
}

namespace {

// Starts the window (offscreen) on data and waits until it answers on its single-instance socket.
bool startWindow(QProcess &process, const QString &data)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(GOPREP_EXECUTABLE), {QStringLiteral("--data-dir"), data});
    if (!process.waitForStarted(10000)) {
        return false;
    }
    const QString name = SingleInstance::serverNameFor(data);
    for (int i = 0; i < 200; ++i) {
        QLocalSocket probe;
        probe.connectToServer(name);
        if (probe.waitForConnected(50)) {
            return true;
        }
        QTest::qWait(50);
    }
    return false;
}

} // namespace

void CommandLineTest::gui_secondStart_handsOverToFirst()
{
    const QString data = m_dir.filePath(QStringLiteral("single"));
    QProcess first;
    QVERIFY(startWindow(first, data));
    const Run second = run({QStringLiteral("--data-dir"), data});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String("already running")), qPrintable(second.out + second.err));
    QCOMPARE(first.state(), QProcess::Running); // the first goes on
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

void CommandLineTest::gui_sigterm_savesAndQuitsCleanly()
{
    const QString data = m_dir.filePath(QStringLiteral("sigterm"));
    QProcess window;
    QVERIFY(startWindow(window, data));
    window.terminate(); // SIGTERM, as a logout or `kill` sends
    QVERIFY(window.waitForFinished(10000));
    QCOMPARE(window.exitStatus(), QProcess::NormalExit);
    QCOMPARE(window.exitCode(), 0);
    // It saved its session on the way out (the note pane and the window state go the same way).
    QSettings settings(data + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    QVERIFY(!settings.value(QStringLiteral("session/lastItem")).toString().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
