#include "cli/commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>

namespace GoPrep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GoPrep::CommandLine", text);
}

// Options that are answered on the console and never open a window.
constexpr const char *consoleOptions[]
    = {"--help",          "-h",       "--help-all", "--version", "-v", "--list",
       "--validate-pack", "--search", "--export",   "--import"};

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Prepare for Go interviews: questions and answers, your notes and "
                                        "bookmarks of weak topics."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({
        {{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit.")},
        {{QStringLiteral("v"), QStringLiteral("version")}, tr("Print the version and exit.")},
        {QStringLiteral("list"),
         tr("Print every question as tab-separated section id, question id and title.")},
        {QStringLiteral("validate-pack"),
         tr("Check the pack in DIR; print file:line: message for each problem. Exit 0 if valid, 1 if not."),
         tr("DIR")},
        {QStringLiteral("search"),
         tr("Print the questions matching QUERY, best first: id and title, tab-separated. Exit 0 with "
            "results, "
            "1 with none."),
         tr("QUERY")},
        {QStringLiteral("export"),
         tr("Write all your data to FILE: JSON (notes, marks, reviews, preferences), or your notes as "
            "Markdown "
            "when FILE ends in .md."),
         tr("FILE")},
        {QStringLiteral("import"),
         tr("Merge a JSON export into your data: by question, newer notes win and differing notes are both "
            "kept."),
         tr("FILE")},
        {QStringLiteral("pack"), tr("Also load the pack in DIR (may be repeated)."), tr("DIR")},
        {QStringLiteral("data-dir"),
         tr("Keep notes and settings in DIR instead of the standard location (also GOPREP_DATA_DIR)."),
         tr("DIR")},
        {QStringLiteral("screenshot"), tr("Render the main window offscreen to the PNG FILE and exit."),
         tr("FILE")},
        {QStringLiteral("question"), tr("With --screenshot: the question to open, by id (see --list)."),
         tr("ID")},
        {QStringLiteral("theme"), tr("With --screenshot: light or dark."), tr("THEME")},
        {QStringLiteral("page"),
         tr("With --screenshot: the page to show, reading (the default), review, drill (its first question) "
            "or progress."),
         tr("PAGE")},
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

bool CommandLine::wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--screenshot", 12) == 0) {
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
        m_error = tr("Unexpected argument: %1").arg(parser.positionalArguments().first());
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
    if (actions.size() > 1) {
        m_error = tr("Choose one of %1.").arg(actions.join(QLatin1String(", ")));
        return false;
    }
    if (m_options.action != Action::Screenshot
        && (parser.isSet(QStringLiteral("question")) || parser.isSet(QStringLiteral("theme"))
            || parser.isSet(QStringLiteral("page")))) {
        m_error = tr("--question, --theme and --page go with --screenshot.");
        return false;
    }
    if (!m_options.page.isEmpty() && !pageNames().contains(m_options.page)) {
        m_error
            = tr("--page takes %1, not '%2'.").arg(pageNames().join(QStringLiteral(", ")), m_options.page);
        return false;
    }
    if (!m_options.theme.isEmpty() && m_options.theme != u"light" && m_options.theme != u"dark") {
        m_error = tr("--theme takes light or dark, not '%1'.").arg(m_options.theme);
        return false;
    }
    return true;
}

} // namespace GoPrep
