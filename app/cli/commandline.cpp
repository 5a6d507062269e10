#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace GoPrep {

namespace {

// The texts of this file, in the translations' GoPrep::CommandLine context.
struct CommandLineText
{
    Q_DECLARE_TR_FUNCTIONS(GoPrep::CommandLine)
};

// Options that are answered on the console and never open a window.
constexpr const char *consoleOptions[]
    = {"--help",          "-h",       "--help-all", "--version", "-v", "--list",
       "--validate-pack", "--search", "--export",   "--import"};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CommandLineText::tr("Prepare for Go interviews: questions and answers, your notes and "
                            "bookmarks of weak topics."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, CommandLineText::tr("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")},
         CommandLineText::tr("Print the version and exit.")},
        {QStringLiteral("list"),
         CommandLineText::tr("Print every question as tab-separated section id, question id and title.")},
        {QStringLiteral("validate-pack"),
         CommandLineText::tr(
             "Check the pack in DIR; print file:line: message for each problem. Exit 0 if valid, 1 if not."),
         CommandLineText::tr("DIR")},
        {QStringLiteral("search"),
         CommandLineText::tr(
             "Print the questions matching QUERY, best first: id and title, tab-separated. Exit 0 with "
             "results, "
             "1 with none."),
         CommandLineText::tr("QUERY")},
        {QStringLiteral("export"),
         CommandLineText::tr(
             "Write all your data to FILE: JSON (notes, marks, reviews, preferences), or your notes as "
             "Markdown "
             "when FILE ends in .md."),
         CommandLineText::tr("FILE")},
        {QStringLiteral("import"),
         CommandLineText::tr(
             "Merge a JSON export into your data: by question, newer notes win and differing notes are both "
             "kept."),
         CommandLineText::tr("FILE")},
        {QStringLiteral("pack"), CommandLineText::tr("Also load the pack in DIR (may be repeated)."),
         CommandLineText::tr("DIR")},
        {QStringLiteral("data-dir"),
         CommandLineText::tr(
             "Keep notes and settings in DIR instead of the standard location (also GOPREP_DATA_DIR)."),
         CommandLineText::tr("DIR")},
        {QStringLiteral("screenshot"),
         CommandLineText::tr("Render the main window offscreen to the PNG FILE and exit."),
         CommandLineText::tr("FILE")},
        {QStringLiteral("question"),
         CommandLineText::tr("With --screenshot: the question to open, by id (see --list)."),
         CommandLineText::tr("ID")},
        {QStringLiteral("theme"), CommandLineText::tr("With --screenshot: light or dark."),
         CommandLineText::tr("THEME")},
        {QStringLiteral("page"),
         CommandLineText::tr(
             "With --screenshot: the page to show, reading (the default), review, drill (its first question) "
             "or progress."),
         CommandLineText::tr("PAGE")},
        {QStringLiteral("cheat-sheet"),
         CommandLineText::tr(
             "Write a printable cheat sheet to the PDF FILE: each chosen question with its short "
             "answer, a Go example and your note."),
         CommandLineText::tr("FILE")},
        {QStringLiteral("filter"),
         CommandLineText::tr(
             "With --cheat-sheet: weak (the default), bookmarked, all, or section:ID (see --list)."),
         CommandLineText::tr("FILTER")},
    });
}

} // namespace

QStringList CommandLine::pageNames()
{
    return {QStringLiteral("reading"), QStringLiteral("review"), QStringLiteral("drill"),
            QStringLiteral("progress")};
}

bool CommandLine::needsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : consoleOptions) {
            if (std::strcmp(argv[i], option) == 0
                || (std::strncmp(argv[i], option, std::strlen(option)) == 0
                    && argv[i][std::strlen(option)] == '=')) {
                return false;
            }
        }
    }
    return true;
}

bool CommandLine::rendersOffscreen(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0
            || std::strncmp(argv[i], "--cheat-sheet", 13) == 0) {
            return true;
        }
    }
    return false;
}

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    return parser.helpText();
}

bool CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        m_error = CommandLineText::tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
        return false;
    }
    m_options.packFolders = parser.values(QStringLiteral("pack"));
    m_options.dataDir = parser.value(QStringLiteral("data-dir"));
    m_options.questionId = parser.value(QStringLiteral("question"));
    m_options.theme = parser.value(QStringLiteral("theme"));
    m_options.page = parser.value(QStringLiteral("page"));

    QStringList actions;
    if (parser.isSet(QStringLiteral("help"))) {
        m_options.action = Action::Help;
        return true; // help wins over everything else, as in most tools
    }
    if (parser.isSet(QStringLiteral("version"))) {
        actions.append(QStringLiteral("--version"));
        m_options.action = Action::Version;
    }
    if (parser.isSet(QStringLiteral("list"))) {
        actions.append(QStringLiteral("--list"));
        m_options.action = Action::List;
    }
    if (parser.isSet(QStringLiteral("validate-pack"))) {
        actions.append(QStringLiteral("--validate-pack"));
        m_options.action = Action::ValidatePack;
        m_options.validateFolder = parser.value(QStringLiteral("validate-pack"));
    }
    if (parser.isSet(QStringLiteral("search"))) {
        actions.append(QStringLiteral("--search"));
        m_options.action = Action::Search;
        m_options.searchQuery = parser.value(QStringLiteral("search"));
    }
    for (const auto &[name, action] : {std::pair{QStringLiteral("export"), Action::Export},
                                       std::pair{QStringLiteral("import"), Action::Import}}) {
        if (parser.isSet(name)) {
            actions.append(u"--" + name);
            m_options.action = action;
            m_options.transferFile = parser.value(name);
        }
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        actions.append(QStringLiteral("--screenshot"));
        m_options.action = Action::Screenshot;
        m_options.screenshotFile = parser.value(QStringLiteral("screenshot"));
    }
    if (parser.isSet(QStringLiteral("cheat-sheet"))) {
        actions.append(QStringLiteral("--cheat-sheet"));
        m_options.action = Action::CheatSheet;
        m_options.cheatSheetFile = parser.value(QStringLiteral("cheat-sheet"));
        m_options.filter = parser.isSet(QStringLiteral("filter")) ? parser.value(QStringLiteral("filter"))
                                                                  : QStringLiteral("weak");
    }
    if (actions.size() > 1) {
        m_error = CommandLineText::tr("Choose one of %1.").arg(actions.join(QLatin1String(", ")));
        return false;
    }
    if (m_options.action != Action::Screenshot
        && (parser.isSet(QStringLiteral("question")) || parser.isSet(QStringLiteral("theme"))
            || parser.isSet(QStringLiteral("page")))) {
        m_error = CommandLineText::tr("--question, --theme and --page go with --screenshot.");
        return false;
    }
    if (m_options.action != Action::CheatSheet && parser.isSet(QStringLiteral("filter"))) {
        m_error = CommandLineText::tr("--filter goes with --cheat-sheet.");
        return false;
    }
    if (m_options.action == Action::CheatSheet && m_options.filter != u"weak"
        && m_options.filter != u"bookmarked" && m_options.filter != u"all"
        && !(m_options.filter.startsWith(u"section:") && m_options.filter.size() > 8)) {
        m_error = CommandLineText::tr("--filter takes weak, bookmarked, all or section:ID, not '%1'.")
                      .arg(m_options.filter);
        return false;
    }
    if (!m_options.page.isEmpty() && !pageNames().contains(m_options.page)) {
        m_error = CommandLineText::tr("--page takes %1, not '%2'.")
                      .arg(pageNames().join(QStringLiteral(", ")), m_options.page);
        return false;
    }
    if (!m_options.theme.isEmpty() && m_options.theme != u"light" && m_options.theme != u"dark") {
        m_error = CommandLineText::tr("--theme takes light or dark, not '%1'.").arg(m_options.theme);
        return false;
    }
    return true;
}

} // namespace GoPrep
