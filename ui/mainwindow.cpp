#include "mainwindow.h"

#include "answerview.h"
#include "appearance.h"
#include "cheatsheetdialog.h"
#include "content/questionbank.h"
#include "core/version.h"
#include "drillpage.h"
#include "labels.h"
#include "model/itemroles.h"
#include "model/questionfilterproxy.h"
#include "model/questiontreemodel.h"
#include "notesoverview.h"
#include "notespane.h"
#include "practicecard.h"
#include "preferencesdialog.h"
#include "progresspage.h"
#include "questionbrowser.h"
#include "questiondelegate.h"
#include "render/codehighlighter.h"
#include "reviewpage.h"
#include "storage/datatransfer.h"
#include "storage/userstore.h"
#include "study/studystate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace GoPrep {

namespace {

// Settings keys, in one place.
const QString keyGeometry = QStringLiteral("window/geometry");
const QString keyState = QStringLiteral("window/state");
const QString keySplitter = QStringLiteral("window/splitter");
const QString keyLastItem = QStringLiteral("session/lastItem");
const QString keyZoom = QStringLiteral("view/zoom");
const QString keyTheme = QStringLiteral("view/theme");
const QString keyLanguage = MainWindow::LanguageKey;
const QString keyCodeTheme = QStringLiteral("view/codeTheme");

} // namespace

MainWindow::MainWindow(QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setWindowTitle(QStringLiteral("GoPrep"));
    setWindowIcon(Appearance::appIcon());

    // Left: finding questions, and the overview of the learner's notes.
    m_left = new QTabWidget(this);
    m_left->setObjectName(QStringLiteral("leftTabs"));
    m_left->setDocumentMode(true);
    m_browser = new QuestionBrowser(m_left);
    m_browser->setObjectName(QStringLiteral("questionBrowser"));
    m_notesOverview = new NotesOverview(m_left);
    m_notesOverview->setObjectName(QStringLiteral("notesOverview"));
    m_left->addTab(m_browser, tr("&Questions"));
    m_left->addTab(m_notesOverview, tr("N&otes"));

    m_answer = new AnswerView(nullptr, this);
    m_answer->setObjectName(QStringLiteral("answerView"));
    m_answer->setAccessibleName(tr("Answer"));
    m_notes = new NotesPane(this);
    m_notes->setObjectName(QStringLiteral("notesPane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(m_answer);
    m_splitter->addWidget(m_notes);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setChildrenCollapsible(false);

    // Practice: review, drill, plan and progress, each a page in place of the reading panes.
    m_review = new ReviewPage(this);
    m_review->setObjectName(QStringLiteral("reviewPage"));
    m_drill = new DrillPage(this);
    m_drill->setObjectName(QStringLiteral("drillPage"));
    m_progress = new ProgressPage(this);
    m_progress->setObjectName(QStringLiteral("progressPage"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_splitter);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_drill);
    m_pages->addWidget(m_progress);
    setCentralWidget(m_pages);

    m_statusLabel = new QLabel(this);
    m_dueLabel = new QLabel(this);
    m_dueLabel->setObjectName(QStringLiteral("dueCount"));
    statusBar()->addPermanentWidget(m_dueLabel);
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();
    createMenus();
    createToolBar();

    connect(m_browser, &QuestionBrowser::itemSelected, this, [this](const QString &id) { openItem(id); });
    connect(m_browser, &QuestionBrowser::searchTermsChanged, m_answer, &AnswerView::setHighlightTerms);
    connect(m_notesOverview, &NotesOverview::itemSelected, this, [this](const QString &id) { openItem(id); });
    connect(m_answer, &AnswerView::questionLinkActivated, this, [this](const QString &id) { openItem(id); });
    connect(m_notes, &NotesPane::saveFailed, this, &MainWindow::notifyStoreProblem);
    const auto openFromPractice = [this](const QString &id) {
        showPage(Page::Reading);
        openItem(id);
    };
    connect(m_review, &ReviewPage::openQuestion, this, openFromPractice);
    connect(m_drill, &DrillPage::openQuestion, this, openFromPractice);
    connect(m_progress, &ProgressPage::openQuestion, this, openFromPractice);
    connect(m_review, &ReviewPage::storeProblem, this, &MainWindow::notifyStoreProblem);
    connect(m_drill, &DrillPage::storeProblem, this, &MainWindow::notifyStoreProblem);
    connect(m_progress, &ProgressPage::reviewQuestions, this, [this](const QStringList &ids) {
        showPage(Page::Review);
        m_review->start(ids);
    });
    updateActions();
}

MainWindow::MainWindow(const QuestionBank *bank, UserStore *store, QSettings *settings,
                       const QString &storeError, QWidget *parent)
    : MainWindow(settings, parent)
{
    setContent(bank, store, storeError);
}

void MainWindow::setContent(const QuestionBank *bank, UserStore *store, const QString &storeError)
{
    Q_ASSERT(!m_bank); // once per window
    m_bank = bank;
    m_store = store;
    m_storeError = storeError;

    m_browser->setContent(m_bank, m_store, m_cacheFolder);
    m_notesOverview->setContent(m_bank, m_store);

    m_answer->setBank(m_bank);
    if (m_store) {
        m_notes->setStore(m_store);
        connect(m_store, &UserStore::flagChanged, this, [this](const QString &id) {
            if (id == m_currentId) {
                updateActions();
            }
        });
        connect(m_store, &UserStore::dataReset, this, [this] {
            updateActions();
            m_browser->selectItem(m_currentId);
        });
        // Daily backups for a window left open for days; the start-up one is asked for by main().
        auto *daily = new QTimer(this);
        daily->setInterval(std::chrono::hours(1));
        connect(daily, &QTimer::timeout, this, [this] { backUpIfOlderThan(24 * 3600); });
        daily->start();
        m_study = new StudyState(m_bank, m_store, this);
        connect(m_study, &StudyState::changed, this, &MainWindow::updateDueCount);
        // The count in the status bar goes stale with the clock too, not only with reviews.
        auto *minute = new QTimer(this);
        minute->setInterval(std::chrono::minutes(1));
        connect(minute, &QTimer::timeout, this, &MainWindow::updateDueCount);
        minute->start();
    } else {
        m_notes->setUnavailable(tr("Notes are off: %1").arg(m_storeError));
    }
    m_statusLabel->setText(
        tr("%n question(s)", nullptr, m_bank->questionCount())
        + (m_store ? tr(" · notes in %1").arg(QDir::toNativeSeparators(m_store->databasePath()))
                   : tr(" · notes are off")));
    m_review->setContent(m_bank, m_store, m_study);
    m_drill->setContent(m_bank, m_store, m_study);
    m_progress->setContent(m_bank, m_store, m_study);
    updateDueCount();
    updateActions();

    if (!m_store && !m_storeError.isEmpty()) {
        // After the window is up, and not blocking: the questions stay readable behind the message.
        QTimer::singleShot(0, this, [this] {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Notes are unavailable"),
                                        tr("GoPrep cannot keep notes and bookmarks right now. You can still "
                                           "read every question."),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("storeErrorDialog"));
            box->setInformativeText(m_storeError);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
}

MainWindow::~MainWindow() = default;

QTreeView *MainWindow::tree() const
{
    return m_browser->tree();
}

QuestionFilterProxy *MainWindow::filterProxy() const
{
    return m_browser->proxy();
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &shortcut,
                       const QIcon &icon = {}) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
        }
        addAction(action); // shortcuts work wherever the focus is in the window
        return action;
    };

    m_previous
        = make(QStringLiteral("previousQuestion"), tr("&Previous Question"), QKeySequence(tr("Alt+Up")),
               Appearance::icon(QStringLiteral("go-previous"), QStringLiteral("previous")));
    m_previous->setShortcuts({QKeySequence(tr("Alt+Up")), QKeySequence(tr("Ctrl+PgUp"))});
    m_next = make(QStringLiteral("nextQuestion"), tr("&Next Question"), QKeySequence(tr("Alt+Down")),
                  Appearance::icon(QStringLiteral("go-next"), QStringLiteral("next")));
    m_next->setShortcuts({QKeySequence(tr("Alt+Down")), QKeySequence(tr("Ctrl+PgDown"))});
    m_bookmark = make(QStringLiteral("bookmark"), tr("&Bookmark"), QKeySequence(tr("Ctrl+D")),
                      Appearance::icon({}, QStringLiteral("bookmark-outline")));
    m_bookmark->setCheckable(true);
    m_bookmark->setToolTip(tr("Bookmark this question (Ctrl+D)"));
    m_weak = make(QStringLiteral("markWeak"), tr("Mark as &Weak Topic"), QKeySequence(tr("Ctrl+E")),
                  Appearance::icon({}, QStringLiteral("weak-outline")));
    m_weak->setCheckable(true);
    m_weak->setToolTip(tr("Mark this topic as one to work on (Ctrl+E)"));
    m_copyCode = make(QStringLiteral("copyCode"), tr("Copy &Code Block"), QKeySequence(tr("Ctrl+Shift+C")),
                      Appearance::icon(QStringLiteral("edit-copy"), QStringLiteral("copy")));
    m_copyCode->setToolTip(tr("Copy the code block at the cursor, or the first one (Ctrl+Shift+C)"));
    m_zoomIn = make(QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn,
                    Appearance::icon(QStringLiteral("zoom-in"), QStringLiteral("zoom-in")));
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(tr("Ctrl+="))});
    m_zoomOut = make(QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut,
                     Appearance::icon(QStringLiteral("zoom-out"), QStringLiteral("zoom-out")));
    m_zoomReset = make(QStringLiteral("zoomReset"), tr("&Reset Zoom"), QKeySequence(tr("Ctrl+0")));
    m_cheatSheet = make(QStringLiteral("cheatSheet"), tr("&Cheat Sheet…"), QKeySequence::Print);
    m_cheatSheet->setStatusTip(tr("Your weak topics, bookmarks or a section on paper or in a PDF"));
    m_export = make(QStringLiteral("export"), tr("&Export Your Data…"), {});
    m_import = make(QStringLiteral("import"), tr("&Import Data…"), {});
    m_backUpNow = make(QStringLiteral("backUpNow"), tr("&Back Up Now"), {});
    m_restore = make(QStringLiteral("restoreBackup"), tr("&Restore from Backup…"), {});
    m_quit = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_focusTree = make(QStringLiteral("focusTree"), tr("Go to &Questions"), QKeySequence(tr("Ctrl+1")));
    m_focusAnswer = make(QStringLiteral("focusAnswer"), tr("Go to &Answer"), QKeySequence(tr("Ctrl+2")));
    m_focusNotes = make(QStringLiteral("focusNotes"), tr("Go to &Notes"), QKeySequence(tr("Ctrl+3")));
    m_search = make(QStringLiteral("search"), tr("&Search"), QKeySequence::Find);
    m_search->setShortcuts({QKeySequence::Find, QKeySequence(tr("Ctrl+K"))});
    m_showNotes = make(QStringLiteral("showNotes"), tr("All &Notes"), QKeySequence(tr("Ctrl+Shift+N")));
    m_togglePreview
        = make(QStringLiteral("togglePreview"), tr("Note &Preview"), QKeySequence(tr("Ctrl+Shift+P")));
    m_togglePreview->setCheckable(true);
    m_shortcuts = make(QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"), QKeySequence(tr("Ctrl+/")));
    m_shortcuts->setShortcuts({QKeySequence(tr("Ctrl+/")), QKeySequence::HelpContents});
    m_preferences = make(QStringLiteral("preferences"), tr("&Preferences…"), QKeySequence(tr("Ctrl+,")));
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_about = make(QStringLiteral("about"), tr("&About GoPrep"), {});
    m_about->setMenuRole(QAction::AboutRole);

    m_pageGroup = new QActionGroup(this);
    const QList<std::tuple<Page, QString, QString, QString, QString>> pages = {
        {Page::Reading, QStringLiteral("showReading"), tr("&Read"), tr("F4"),
         tr("Read the questions and answers, with your notes")},
        {Page::Review, QStringLiteral("showReview"), tr("Re&view"), tr("F5"),
         tr("Review what is due, then new questions")},
        {Page::Drill, QStringLiteral("showDrill"), tr("Mock &Drill"), tr("F6"),
         tr("Answer questions against the clock, as in an interview")},
        {Page::Progress, QStringLiteral("showProgress"), tr("&Plan and Progress"), tr("F7"),
         tr("Your plan for the interview date, and your progress")},
    };
    for (const auto &[page, name, text, key, tip] : pages) {
        QAction *action = make(name, text, QKeySequence(key));
        action->setCheckable(true);
        action->setChecked(page == Page::Reading);
        action->setToolTip(tip + QStringLiteral(" (") + QKeySequence(key).toString(QKeySequence::NativeText)
                           + u')');
        action->setStatusTip(tip);
        m_pageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, page = page] { showPage(page); });
    }
    m_backToReading
        = make(QStringLiteral("backToReading"), tr("&Back to Reading"), QKeySequence(Qt::Key_Escape));
    m_backToReading->setEnabled(false); // only on a practice page, so Esc keeps its meaning elsewhere
    connect(m_backToReading, &QAction::triggered, this, [this] { showPage(Page::Reading); });

    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(+1); });
    connect(m_bookmark, &QAction::triggered, this, [this](bool on) { toggleFlag(true, on); });
    connect(m_weak, &QAction::triggered, this, [this](bool on) { toggleFlag(false, on); });
    connect(m_copyCode, &QAction::triggered, this, [this] {
        statusBar()->showMessage(m_answer->copyCodeBlock() ? tr("Code copied to the clipboard")
                                                           : tr("This page has no code block"),
                                 3000);
    });
    connect(m_zoomIn, &QAction::triggered, this, [this] { setZoom(m_zoomSteps + 1); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { setZoom(m_zoomSteps - 1); });
    connect(m_zoomReset, &QAction::triggered, this, [this] { setZoom(0); });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_cheatSheet, &QAction::triggered, this, &MainWindow::showCheatSheet);
    connect(m_export, &QAction::triggered, this, &MainWindow::exportData);
    connect(m_import, &QAction::triggered, this, &MainWindow::importData);
    connect(m_restore, &QAction::triggered, this, &MainWindow::showBackups);
    connect(m_backUpNow, &QAction::triggered, this, [this] {
        QString path;
        const Status status = m_store ? m_store->backup(&path) : Status::failure(m_storeError);
        if (status) {
            statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(path)), 8000);
        } else {
            notifyStoreProblem(status.message());
        }
    });
    connect(m_focusTree, &QAction::triggered, this, [this] {
        leavePractice();
        m_left->setCurrentWidget(m_browser);
        m_browser->tree()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_search, &QAction::triggered, this, [this] {
        leavePractice();
        m_left->setCurrentWidget(m_browser);
        m_browser->focusSearch();
    });
    connect(m_showNotes, &QAction::triggered, this, [this] {
        leavePractice();
        m_left->setCurrentWidget(m_notesOverview);
        m_notesOverview->filterField()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_focusAnswer, &QAction::triggered, this, [this] {
        leavePractice();
        m_answer->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_focusNotes, &QAction::triggered, this, [this] {
        leavePractice();
        m_notes->showPreview(false);
        m_notes->editor()->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_togglePreview, &QAction::toggled, this, [this](bool on) { m_notes->showPreview(on); });
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_preferences, &QAction::triggered, this, &MainWindow::showPreferences);

    m_themeGroup = new QActionGroup(this);
    const QList<QPair<Appearance::Mode, QString>> themes = {{Appearance::Mode::System, tr("Follow &System")},
                                                            {Appearance::Mode::Light, tr("&Light")},
                                                            {Appearance::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : themes) {
        auto *action = new QAction(text, m_themeGroup);
        action->setObjectName(QStringLiteral("theme-") + Appearance::modeName(mode));
        action->setCheckable(true);
        action->setChecked(Appearance::current() == mode);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            Appearance::apply(mode);
            m_settings->setValue(keyTheme, Appearance::modeName(mode));
        });
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_cheatSheet);
    file->addSeparator();
    file->addAction(m_export);
    file->addAction(m_import);
    file->addSeparator();
    file->addAction(m_backUpNow);
    file->addAction(m_restore);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_copyCode);
    edit->addSeparator();
    edit->addAction(m_preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addMenu(m_browser->filterMenu());
    view->addSeparator();
    view->addAction(m_zoomIn);
    view->addAction(m_zoomOut);
    view->addAction(m_zoomReset);
    view->addSeparator();
    view->addAction(m_togglePreview);
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(m_themeGroup->actions());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_previous);
    go->addAction(m_next);
    go->addSeparator();
    go->addAction(m_focusTree);
    go->addAction(m_focusAnswer);
    go->addAction(m_focusNotes);
    go->addSeparator();
    go->addAction(m_search);
    go->addAction(m_showNotes);

    QMenu *question = menuBar()->addMenu(tr("&Question"));
    question->addAction(m_bookmark);
    question->addAction(m_weak);

    QMenu *practice = menuBar()->addMenu(tr("&Practice"));
    practice->addActions(m_pageGroup->actions());
    practice->addSeparator();
    practice->addAction(m_backToReading);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcuts);
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_previous);
    bar->addAction(m_next);
    bar->addSeparator();
    bar->addAction(m_bookmark);
    bar->addAction(m_weak);
    bar->addSeparator();
    bar->addAction(m_copyCode);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    bar->addAction(m_zoomIn);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addActions(m_pageGroup->actions());
    // Short labels on the toolbar; the menus keep the full text.
    m_previous->setIconText(tr("Previous"));
    m_next->setIconText(tr("Next"));
    m_bookmark->setIconText(tr("Bookmark"));
    m_weak->setIconText(tr("Weak"));
    m_copyCode->setIconText(tr("Copy code"));
    m_zoomIn->setIconText(tr("Larger"));
    m_zoomOut->setIconText(tr("Smaller"));
    action(QStringLiteral("showReading"))->setIconText(tr("Read"));
    action(QStringLiteral("showReview"))->setIconText(tr("Review"));
    action(QStringLiteral("showDrill"))->setIconText(tr("Drill"));
    action(QStringLiteral("showProgress"))->setIconText(tr("Progress"));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    if (page != Page::Reading) {
        m_notes->flush(); // a note being written is saved before the page changes
    }
    m_pages->setCurrentIndex(int(page));
    m_pageGroup->actions().at(int(page))->setChecked(true);
    m_backToReading->setEnabled(page != Page::Reading);
    switch (page) {
    case Page::Reading:
        m_answer->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Review:
        m_review->resume();
        m_review->card()->setFocus(Qt::OtherFocusReason);
        break;
    case Page::Drill:
        m_drill->focusStage();
        break;
    case Page::Progress:
        m_progress->focusFirstField();
        break;
    }
    updateActions();
}

void MainWindow::leavePractice()
{
    // The reading shortcuts (search, go to the tree…) also bring the reading page back.
    if (currentPage() != Page::Reading) {
        showPage(Page::Reading);
    }
}

void MainWindow::updateDueCount()
{
    if (!m_study) {
        m_dueLabel->clear();
        return;
    }
    const int due = m_study->dueCount(QDateTime::currentDateTimeUtc());
    m_dueLabel->setText(due ? tr("%n due for review", nullptr, due) : tr("Nothing due"));
    action(QStringLiteral("showReview"))->setIconText(due ? tr("Review (%1)").arg(due) : tr("Review"));
}

bool MainWindow::openItem(const QString &id)
{
    if (!m_bank) {
        return false;
    }
    const Question *question = m_bank->question(id);
    const Section *section = question ? nullptr : m_bank->section(id);
    std::optional<Section> collection;
    if (!question && !section) {
        collection = collectionPage(id);
        if (!collection) {
            return false;
        }
        section = &*collection;
    }
    if (id == m_currentId) {
        m_browser->selectItem(id);
        return true;
    }
    m_notes->flush(); // before anything changes: the edits belong to the previous question
    m_currentId = id;
    if (question) {
        m_answer->showQuestion(*question);
        m_notes->setQuestion(question);
        setWindowTitle(question->title + QStringLiteral(" — GoPrep"));
    } else {
        m_answer->showSection(*section);
        m_notes->setQuestion(nullptr);
        setWindowTitle(section->title + QStringLiteral(" — GoPrep"));
    }
    m_browser->selectItem(id);
    updateActions();
    return true;
}

std::optional<Section> MainWindow::collectionPage(const QString &id) const
{
    // "Bookmarks" and "Weak topics" open as a page like a section's, listing what the learner marked.
    const bool bookmarks = id == QuestionTreeModel::bookmarksId();
    if (!m_store || (!bookmarks && id != QuestionTreeModel::weakTopicsId())) {
        return std::nullopt;
    }
    Section page;
    page.id = id;
    page.title = bookmarks ? tr("Bookmarks") : tr("Weak topics");
    const UserStore::Flag flag = bookmarks ? UserStore::Flag::Bookmark : UserStore::Flag::Weak;
    for (const QString &questionId : m_bank->questionIds()) {
        if (m_store->hasFlag(questionId, flag)) {
            page.questions.append(*m_bank->question(questionId));
        }
    }
    if (page.questions.isEmpty()) {
        page.intro = bookmarks
            ? tr("Nothing bookmarked yet. Press Ctrl+D on a question to keep it here.")
            : tr("No weak topics yet. Press Ctrl+E on a question you cannot answer well yet; "
                 "it collects here for practice.");
    } else {
        page.intro = bookmarks ? tr("The questions you bookmarked.")
                               : tr("The topics you marked as weak: practise these first.");
    }
    return page;
}

QStringList MainWindow::visibleQuestionIds() const
{
    return m_browser->visibleQuestionIds();
}

void MainWindow::step(int direction)
{
    const QStringList ids = visibleQuestionIds();
    if (ids.isEmpty()) {
        return;
    }
    qsizetype at = ids.indexOf(m_currentId);
    if (at < 0) {
        // From a section page, "next" is its first question.
        const QString sectionId = m_currentId;
        at = -1;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (m_bank->sectionOf(ids.at(i)) && m_bank->sectionOf(ids.at(i))->id == sectionId) {
                at = direction > 0 ? i - 1 : i;
                break;
            }
        }
        if (at < 0 && direction < 0) {
            at = ids.size();
        }
    }
    const qsizetype target = at + direction;
    if (target >= 0 && target < ids.size()) {
        openItem(ids.at(target));
    }
}

void MainWindow::toggleFlag(bool bookmark, bool on)
{
    if (!m_store || !m_bank || !m_bank->question(m_currentId)) {
        updateActions();
        return;
    }
    const Status status
        = m_store->setFlag(m_currentId, bookmark ? UserStore::Flag::Bookmark : UserStore::Flag::Weak, on);
    if (!status) {
        notifyStoreProblem(status.message());
    }
    updateActions();
}

void MainWindow::updateActions()
{
    const bool reading = currentPage() == Page::Reading;
    const bool isQuestion = reading && m_bank && m_bank->question(m_currentId) != nullptr;
    const bool canFlag = isQuestion && m_store;
    m_bookmark->setEnabled(canFlag);
    m_weak->setEnabled(canFlag);
    m_bookmark->setChecked(canFlag && m_store->hasFlag(m_currentId, UserStore::Flag::Bookmark));
    m_weak->setChecked(canFlag && m_store->hasFlag(m_currentId, UserStore::Flag::Weak));
    m_bookmark->setIcon(Appearance::icon(
        {}, m_bookmark->isChecked() ? QStringLiteral("bookmark") : QStringLiteral("bookmark-outline"),
        !m_bookmark->isChecked()));
    m_weak->setIcon(
        Appearance::icon({}, m_weak->isChecked() ? QStringLiteral("weak") : QStringLiteral("weak-outline"),
                         !m_weak->isChecked()));
    m_copyCode->setEnabled(reading && m_answer->codeBlockCount() > 0);
    const QStringList ids = visibleQuestionIds();
    const qsizetype at = ids.indexOf(m_currentId);
    m_previous->setEnabled(reading && !ids.isEmpty() && at != 0);
    m_next->setEnabled(reading && !ids.isEmpty() && (at < 0 || at < ids.size() - 1));

    m_zoomIn->setEnabled(m_zoomSteps < AnswerView::MaxZoom);
    m_zoomOut->setEnabled(m_zoomSteps > AnswerView::MinZoom);
}

void MainWindow::setZoom(int steps)
{
    m_zoomSteps = qBound(AnswerView::MinZoom, steps, AnswerView::MaxZoom);
    m_answer->setZoomSteps(m_zoomSteps);
    m_notes->setZoomSteps(m_zoomSteps);
    m_review->card()->setZoomSteps(m_zoomSteps);
    m_drill->card()->setZoomSteps(m_zoomSteps);
    m_settings->setValue(keyZoom, m_zoomSteps);
    updateActions();
}

void MainWindow::restoreSession()
{
    restoreLayout();
    restoreLastItem();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings->value(keyGeometry).toByteArray())) {
        resize(1280, 800);
    }
    restoreState(m_settings->value(keyState).toByteArray());
    if (!m_splitter->restoreState(m_settings->value(keySplitter).toByteArray())) {
        m_splitter->setSizes({330, 580, 370});
    }
    setZoom(m_settings->value(keyZoom, 0).toInt());
    setCodeTheme(m_settings->value(keyCodeTheme).toString());
}

void MainWindow::restoreLastItem()
{
    if (!m_bank) {
        return;
    }
    const QString last = m_settings->value(keyLastItem).toString();
    if (last.isEmpty() || !openItem(last)) {
        // First start: the guide, if the pack has one, else the first question.
        for (const Section *section : m_bank->sections()) {
            if (section->kind == Section::Kind::Guide) {
                openItem(section->id);
                break;
            }
        }
        if (m_currentId.isEmpty() && !m_bank->questionIds().isEmpty()) {
            openItem(m_bank->questionIds().first());
        }
    }
    m_browser->tree()->setFocus();
    // The tree has no geometry before the window is shown; centre the current row once it has.
    QTimer::singleShot(0, this, [this] { m_browser->selectItem(m_currentId); });
}

void MainWindow::saveSession()
{
    m_settings->setValue(keyGeometry, saveGeometry());
    m_settings->setValue(keyState, saveState());
    m_settings->setValue(keySplitter, m_splitter->saveState());
    m_settings->setValue(keyLastItem, m_currentId);
    m_settings->sync();
}

void MainWindow::saveAll()
{
    m_notes->flush();
    saveSession();
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        showNormal();
    }
    show();
    raise();
    activateWindow();
}

void MainWindow::showNotice(const QString &title, const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("notice"));
    if (!details.isEmpty()) {
        box->setDetailedText(details);
    }
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::backUpIfOlderThan(qint64 maxAgeSeconds)
{
    if (!m_store) {
        return;
    }
    const QDateTime last = m_store->lastBackupTime();
    if (last.isValid() && last.secsTo(QDateTime::currentDateTime()) < maxAgeSeconds) {
        return;
    }
    const Status status = m_store->backup();
    if (!status) {
        statusBar()->showMessage(status.message(), 10000);
    }
}

void MainWindow::showCheatSheet()
{
    if (!m_bank) {
        return;
    }
    m_notes->flush(); // the sheet has the note as it is on screen
    CheatSheetDialog dialog(m_bank, m_store, this);
    dialog.exec();
}

void MainWindow::exportData()
{
    if (!m_store || !m_bank) {
        notifyStoreProblem(m_storeError);
        return;
    }
    m_notes->flush();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Your Data"),
        QDir::home().filePath(
            QStringLiteral("goprep-%1.json").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("Everything, to import again (*.json);;Notes to read (*.md)"));
    if (path.isEmpty()) {
        return;
    }
    const Status status = DataTransfer::exportTo(path, *m_store, *m_bank);
    if (status) {
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
    } else {
        notifyStoreProblem(status.message());
    }
}

void MainWindow::importData()
{
    if (!m_store) {
        notifyStoreProblem(m_storeError);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), QDir::homePath(),
                                                      tr("GoPrep exports (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    m_notes->flush(); // what is being typed is saved before anything is merged in
    UserStore::MergeReport report;
    const Status status = DataTransfer::importFrom(path, *m_store, &report);
    if (!status) {
        notifyStoreProblem(status.message());
        return;
    }
    showNotice(
        tr("Imported"),
        tr("%n note(s) added, %1 updated, %2 merged keeping both texts.", nullptr, report.notesAdded)
            .arg(report.notesUpdated)
            .arg(report.notesConflicting),
        tr("%1 bookmarks and weak marks added, %2 reviews added. A backup of your data from before the "
           "import was made first (File → Restore from Backup).")
            .arg(report.flagsAdded)
            .arg(report.reviewsAdded));
}

void MainWindow::showBackups()
{
    if (!m_store) {
        notifyStoreProblem(m_storeError);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro
        = new QLabel(tr("GoPrep backs up your notes, marks and reviews when it starts and every day, and "
                        "keeps the last %1. Restoring replaces your current data; it is backed up "
                        "first, so a restore can be undone.")
                         .arg(UserStore::KeepBackups),
                     &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("backupList"));
    list->setAccessibleName(tr("Backups"));
    for (const UserStore::Backup &entry : m_store->backups()) {
        auto *item = new QListWidgetItem(tr("%1 — %2 KB")
                                             .arg(QLocale().toString(entry.time, QLocale::LongFormat))
                                             .arg((entry.size + 1023) / 1024),
                                         list);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(QDir::toNativeSeparators(entry.path));
    }
    list->setCurrentRow(0);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setEnabled(list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemActivated, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    dialog.resize(520, 360);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem()) {
        return;
    }
    m_notes->flush();
    const Status status = m_store->restoreBackup(list->currentItem()->data(Qt::UserRole).toString());
    if (status) {
        statusBar()->showMessage(tr("Restored the backup from %1").arg(list->currentItem()->text()), 10000);
        updateActions();
    } else {
        notifyStoreProblem(status.message());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_notes->flush()) {
        // The note could not be saved: say so and let the user decide, rather than losing it silently.
        const auto answer = QMessageBox::warning(
            this, tr("Your note is not saved"),
            tr("The note could not be saved. Close anyway and lose the latest changes?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    saveSession();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateActions(); // the checked flag icons are recreated for the new palette
    }
}

void MainWindow::notifyStoreProblem(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    QMessageBox::warning(this, tr("Not saved"), message);
}

void MainWindow::setCodeTheme(const QString &name)
{
    m_codeTheme = name;
    m_answer->setCodeTheme(name);
    m_notes->preview()->setCodeTheme(name);
}

void MainWindow::showPreferences()
{
    const QString language = m_settings->value(keyLanguage).toString();
    PreferencesDialog dialog(language, Appearance::current(), m_answer->highlighter()->themeNames(),
                             m_codeTheme, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (dialog.language() != language) {
        m_settings->setValue(keyLanguage, dialog.language());
        statusBar()->showMessage(tr("The new language applies when GoPrep starts again."), 10000);
    }
    if (dialog.mode() != Appearance::current()) {
        Appearance::apply(dialog.mode());
        m_settings->setValue(keyTheme, Appearance::modeName(dialog.mode()));
        for (QAction *action : m_themeGroup->actions()) {
            action->setChecked(action->objectName() == u"theme-" + Appearance::modeName(dialog.mode()));
        }
    }
    setCodeTheme(dialog.codeTheme());
    m_settings->setValue(keyCodeTheme, dialog.codeTheme());
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *table = new QTableWidget(&dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    const QList<QAction *> all = actions();
    for (QAction *action : all) {
        if (action->shortcuts().isEmpty()) {
            continue;
        }
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            keys.append(key.toString(QKeySequence::NativeText));
        }
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(Labels::withoutMnemonic(action->text())));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QLatin1String(", "))));
    }
    const QList<QPair<QString, QString>> extra
        = {{tr("Move in the question list"), tr("Up, Down")},
           {tr("Next field"), tr("Tab")},
           {tr("Show the answer (review and drill)"), tr("Space; Ctrl+Return in the answer box")},
           {tr("Rate: Again, Hard, Good, Easy"), tr("1, 2, 3, 4")},
           {tr("Rate in pass/fail mode: Forgot, Remembered"), tr("1, 2")}};
    for (const auto &[what, key] : extra) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(what));
        table->setItem(row, 1, new QTableWidgetItem(key));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(520, 480);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QStringList packs;
    for (const Pack &pack : m_bank ? m_bank->packs() : QList<Pack>()) {
        packs.append(
            tr("%1 %2 (%n question(s))", nullptr, pack.questionCount()).arg(pack.title, pack.version));
    }
    QMessageBox::about(
        this, tr("About GoPrep"),
        tr("<h3>GoPrep %1</h3><p>Prepare for Go interviews: read the answers, say them in your own words, "
           "mark what you are weak on.</p><p>Packs: %2</p><p>Code highlighting: %3</p><p>Your notes: %4</p>"
           "<p><a href=\"%5\">%5</a></p>")
            .arg(QStringLiteral(GOPREP_VERSION), packs.join(QLatin1String(", ")).toHtmlEscaped(),
                 CodeHighlighter::backendName(),
                 m_store ? QDir::toNativeSeparators(m_store->databasePath()).toHtmlEscaped()
                         : tr("unavailable"),
                 QStringLiteral(GOPREP_HOMEPAGE)));
}

} // namespace GoPrep
