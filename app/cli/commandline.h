#pragma once

#include <QString>
#include <QStringList>

namespace GoPrep {

// The command line: what to do (open the window, or one of the headless actions) and with which
// folders. Parsing never exits the process; main() decides, so exit codes stay documented:
// 0 success, 1 the action failed (invalid pack, unknown id), 2 a usage error.
class CommandLine
{
public:
    enum class Action {
        Gui,
        Help,
        Version,
        List,
        ValidatePack,
        Screenshot,
        Search,
        Export,
        Import,
        CheatSheet
    };

    struct Options
    {
        Action action = Action::Gui;
        QStringList packFolders; // --pack, in order
        QString dataDir; // --data-dir
        QString validateFolder; // --validate-pack
        QString screenshotFile; // --screenshot
        QString questionId; // --question
        QString theme; // --theme: light or dark (screenshots)
        QString page; // --page: reading, review, drill or progress (screenshots)
        QString searchQuery; // --search
        QString transferFile; // --export or --import
        QString cheatSheetFile; // --cheat-sheet
        QString filter; // --filter: weak, bookmarked, all or section:<id> (cheat sheets)
    };

    // Whether argv asks for the window (or a screenshot of it) rather than a console action, decided
    // before any QCoreApplication exists because that choice determines which one to create.
    static bool needsGui(int argc, char **argv);
    // --screenshot and --cheat-sheet draw with Qt's painter and fonts: offscreen, without a display.
    static bool rendersOffscreen(int argc, char **argv);
    // The values of --page, in the order of MainWindow::Page.
    static QStringList pageNames();

    // Parses arguments (arguments.first() is the program). Returns false with errorText() on misuse.
    bool parse(const QStringList &arguments);
    const Options &options() const { return m_options; }
    QString errorText() const { return m_error; }
    static QString helpText();

private:
    Options m_options;
    QString m_error;
};

} // namespace GoPrep
