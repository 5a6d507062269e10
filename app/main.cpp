// The composition root: picks the application type, reads the command line, opens the store, loads the
// packs and either runs a console action or builds the window.
#include "appearance.h"
#include "cli/cliactions.h"
#include "cli/commandline.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "core/apppaths.h"
#include "core/language.h"
#include "core/shutdownsignals.h"
#include "core/singleinstance.h"
#include "core/version.h"
#include "drillpage.h"
#include "mainwindow.h"
#include "questionbrowser.h"
#include "search/searchindex.h"
#include "storage/userstore.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace GoPrep;

namespace {

QStringList packFolders(const AppPaths &paths, const CommandLine::Options &options)
{
    // The built-in pack, then any the user installed, then --pack ones.
    QStringList folders{PackLoader::builtInPackPath()};
    const QDir installed(paths.packsFolder());
    const QStringList names = installed.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        folders.append(installed.filePath(name));
    }
    for (const QString &folder : options.packFolders) {
        folders.append(folder);
    }
    return folders;
}

int runScreenshot(MainWindow &window, const CommandLine::Options &options, QTextStream &err)
{
    if (!options.questionId.isEmpty() && !window.openItem(options.questionId)) {
        err << QCoreApplication::translate("main", "Unknown question id '%1' (see --list).")
                   .arg(options.questionId)
            << '\n';
        return 1;
    }
    window.show();
    if (!options.page.isEmpty()) {
        const auto page = MainWindow::Page(CommandLine::pageNames().indexOf(options.page));
        window.showPage(page);
        if (page == MainWindow::Page::Drill) {
            window.drillPage()->startDrill(1); // a drill under way, not its setup; nothing is written
        }
    }
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    const QPixmap image = window.grab();
    if (image.isNull() || !image.save(options.screenshotFile, "PNG")) {
        err << QCoreApplication::translate("main", "Cannot write the screenshot to %1.")
                   .arg(QDir::toNativeSeparators(options.screenshotFile))
            << '\n';
        return 1;
    }
    return 0;
}

} // namespace

// GOPREP_STARTUP_TRACE=FILE: appends when each start-up step was done, in ms since main() began, for the
// benchmarks (tests/bench/startup_bench.cpp). Costs nothing when unset.
class StartupTrace
{
public:
    StartupTrace()
        : m_path(qEnvironmentVariable("GOPREP_STARTUP_TRACE"))
    {
        m_clock.start();
    }
    void mark(const char *step, const QString &detail = {})
    {
        if (m_path.isEmpty()) {
            return;
        }
        QFile file(m_path);
        if (file.open(QIODevice::Append | QIODevice::Text)) {
            file.write(QStringLiteral("%1 %2 %3\n")
                           .arg(QLatin1String(step))
                           .arg(double(m_clock.nsecsElapsed()) / 1e6, 0, 'f', 1)
                           .arg(detail)
                           .toUtf8());
        }
    }

private:
    QString m_path;
    QElapsedTimer m_clock;
};

int main(int argc, char *argv[])
{
    StartupTrace trace;
    // A screenshot or a cheat sheet never needs a display. On Windows and macOS the native platform
    // draws them without showing a window (and the deployed app has no offscreen plugin).
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (CommandLine::rendersOffscreen(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
#endif
    // Console actions must work without a display, so they get a QCoreApplication.
    const bool gui = CommandLine::needsGui(argc, argv);
    std::unique_ptr<QCoreApplication> app(gui ? new QApplication(argc, argv)
                                              : new QCoreApplication(argc, argv));
    QCoreApplication::setOrganizationName(QStringLiteral("GoPrep"));
    QCoreApplication::setApplicationName(QStringLiteral("goprep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GOPREP_VERSION));
    if (gui) {
        QGuiApplication::setApplicationDisplayName(QStringLiteral("GoPrep"));
        QGuiApplication::setDesktopFileName(QStringLiteral(GOPREP_APP_ID));
    }

    trace.mark("application");
    // The system's language for the console and the screenshots; the window may use the preferred one.
    Language::install(QString());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    if (!commandLine.parse(QCoreApplication::arguments())) {
        err << commandLine.errorText() << '\n'
            << QCoreApplication::translate("main", "Run goprep --help for the options.") << '\n';
        return 2;
    }
    const CommandLine::Options &options = commandLine.options();
    switch (options.action) {
    case CommandLine::Action::Help:
        out << CommandLine::helpText();
        return 0;
    case CommandLine::Action::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case CommandLine::Action::ValidatePack:
        return CliActions::validatePack(options.validateFolder, out, err);
    default:
        break;
    }

    const AppPaths paths(options.dataDir);
    auto loadBank = [&](PackErrors *errors) {
        QuestionBank loaded = QuestionBank::load(packFolders(paths, options), errors,
                                                 PackCache(paths.cacheFolder() + QStringLiteral("/packs")));
        for (const PackError &error : std::as_const(*errors)) {
            err << error.toString() << '\n';
        }
        err.flush();
        return loaded;
    };
    UserStore::Recovery recovery;
    auto openStore = [&](QString *error) {
        std::unique_ptr<UserStore> opened = UserStore::open(paths.dataFolder(), error, &recovery);
        if (!opened) {
            err << *error << '\n';
        } else if (recovery.happened()) {
            err << recovery.message() << '\n';
        }
        err.flush();
        return opened;
    };
    PackErrors packErrors;
    QString storeError;

    if (options.action == CommandLine::Action::List) {
        const QuestionBank bank = loadBank(&packErrors);
        return CliActions::list(bank, out) == 0 && packErrors.isEmpty() ? 0 : 1;
    }

    if (options.action == CommandLine::Action::Export || options.action == CommandLine::Action::Import) {
        const QuestionBank bank = loadBank(&packErrors);
        const std::unique_ptr<UserStore> store = openStore(&storeError);
        if (!store) {
            return 1; // the reason is printed: the data folder cannot be used
        }
        return options.action == CommandLine::Action::Export
            ? CliActions::exportData(options.transferFile, *store, bank, out, err)
            : CliActions::importData(options.transferFile, *store, out, err);
    }

    if (options.action == CommandLine::Action::Search) {
        const QuestionBank bank = loadBank(&packErrors);
        const std::unique_ptr<UserStore> store = openStore(&storeError); // without notes if it cannot open
        return CliActions::search(bank, store.get(), options.searchQuery, out, err, paths.cacheFolder());
    }

    if (options.action == CommandLine::Action::CheatSheet) {
        const QuestionBank bank = loadBank(&packErrors);
        const std::unique_ptr<UserStore> store = openStore(&storeError); // all or a section without it
        return CliActions::cheatSheet(options.cheatSheetFile, options.filter, bank, store.get(), out, err);
    }

    if (options.action == CommandLine::Action::Screenshot) {
        const QuestionBank bank = loadBank(&packErrors);
        const std::unique_ptr<UserStore> store = openStore(&storeError);
        Appearance::apply(options.theme == u"dark" ? Appearance::Mode::Dark : Appearance::Mode::Light);
        // A screenshot shows the window as a newcomer sees it, not the last session's layout.
        const QTemporaryDir scratch;
        QSettings defaults(scratch.filePath(QStringLiteral("screenshot.ini")), QSettings::IniFormat);
        MainWindow window(&bank, store.get(), &defaults, storeError);
        window.resize(1280, 800);
        window.restoreSession();
        window.resize(1280, 800);
        return runScreenshot(window, options, err);
    }

    // The window first, then its content: it is on screen while the packs and the notes load, and the
    // last question appears a moment later.
    // One window per data folder: a second start brings the first to the front.
    SingleInstance instance(paths.dataFolder());
    if (instance.handedOver()) {
        out << QCoreApplication::translate("main",
                                           "GoPrep is already running; its window was brought to the front.")
            << '\n';
        return 0;
    }

    // Declared before the window, so they outlive it.
    const std::unique_ptr<QSettings> settings = paths.openSettings();
    if (const QString language = settings->value(MainWindow::LanguageKey).toString(); !language.isEmpty()) {
        Language::install(language);
    }
    std::unique_ptr<QuestionBank> bank;
    std::unique_ptr<UserStore> store;
    Appearance::apply(Appearance::modeFromName(settings->value(QStringLiteral("view/theme")).toString()));
    trace.mark("settings");
    MainWindow window(settings.get());
    trace.mark("widgets");
    window.restoreLayout();
    window.show();
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    trace.mark("window");

    bank = std::make_unique<QuestionBank>(loadBank(&packErrors));
    trace.mark("packs",
               QStringLiteral("%1 questions, %2 of %3 packs from the cache")
                   .arg(bank->questionCount())
                   .arg(bank->packsFromCache())
                   .arg(bank->packs().size()));
    store = openStore(&storeError);
    window.setCacheFolder(paths.cacheFolder());
    window.setContent(bank.get(), store.get(), storeError);
    window.restoreLastItem();
    trace.mark("content");
    const SearchIndex *index = window.browser()->searchIndex();
    auto searchable = [&trace, index] {
        trace.mark("searchable",
                   index->openedFromCache() ? QStringLiteral("index from the cache")
                                            : QStringLiteral("index built"));
    };
    if (index->isPreparing()) {
        QObject::connect(index, &SearchIndex::ready, &window, searchable, Qt::SingleShotConnection);
    } else {
        searchable();
    }

    // Saved on every way out: the window closing, Quit, a logout or kill (SIGTERM), Ctrl+C (SIGINT).
    ShutdownSignals shutdown;
    QObject::connect(&shutdown, &ShutdownSignals::received, app.get(), &QCoreApplication::quit);
    QObject::connect(app.get(), &QCoreApplication::aboutToQuit, &window, &MainWindow::saveAll);
    instance.listen();
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, &MainWindow::bringToFront);
    if (recovery.happened()) {
        window.showNotice(QCoreApplication::translate("main", "Your notes were recovered"),
                          recovery.message());
    }
    // The start-up backup, once the window is in use; at most one an hour however often GoPrep starts.
    QTimer::singleShot(std::chrono::seconds(3), &window, [&window] { window.backUpIfOlderThan(3600); });
    if (!packErrors.isEmpty()) {
        QStringList lines;
        for (const PackError &error : std::as_const(packErrors)) {
            lines.append(error.toString());
        }
        auto *box = new QMessageBox(QMessageBox::Warning,
                                    QCoreApplication::translate("main", "A pack was not loaded"),
                                    QCoreApplication::translate("main",
                                                                "Some question packs have problems and were "
                                                                "left out. The others are ready."),
                                    QMessageBox::Ok, &window);
        box->setDetailedText(lines.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    return QCoreApplication::exec();
}
