#pragma once

#include "content/section.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QTabWidget;
class QLabel;
class QSettings;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace GoPrep {

class AnswerView;
class DrillPage;
class NotesOverview;
class NotesPane;
class ProgressPage;
class QuestionBrowser;
class QuestionBank;
class QuestionFilterProxy;
class QuestionTreeModel;
class ReviewPage;
class StudyState;
class UserStore;
struct Question;

// The study window: the section tree, the reading pane and the notes pane, with every action in a menu,
// on the toolbar where useful, and on the keyboard. It owns the views and their models; the bank, the
// store and the settings belong to the caller and outlive the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // What fills the window: reading (tree, answer, note), or one of the practice pages.
    enum class Page { Reading, Review, Drill, Progress };
    Q_ENUM(Page)

    // The settings key of the interface language chosen in the preferences (empty: the system's).
    static inline const QString LanguageKey = QStringLiteral("view/language");

    // The window without content, so it can be on screen before the packs and the store are loaded.
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    // The window with its content. store may be null when notes are unavailable; storeError says why.
    MainWindow(const QuestionBank *bank, UserStore *store, QSettings *settings,
               const QString &storeError = {}, QWidget *parent = nullptr);
    // Gives the window its questions and the learner's store; once.
    void setContent(const QuestionBank *bank, UserStore *store, const QString &storeError = {});
    // Where derived data may be kept between starts (the search index); call before setContent().
    void setCacheFolder(const QString &folder) { m_cacheFolder = folder; }
    ~MainWindow() override;

    // Opens a question or a section page by id. Returns false for an unknown id.
    bool openItem(const QString &id);
    QString currentId() const { return m_currentId; }

    QTreeView *tree() const;
    QuestionBrowser *browser() const { return m_browser; }
    NotesOverview *notesOverview() const { return m_notesOverview; }
    AnswerView *answerView() const { return m_answer; }
    NotesPane *notesPane() const { return m_notes; }
    QuestionFilterProxy *filterProxy() const;
    QAction *action(const QString &objectName) const;

    Page currentPage() const;
    void showPage(Page page);
    ReviewPage *reviewPage() const { return m_review; }
    DrillPage *drillPage() const { return m_drill; }
    ProgressPage *progressPage() const { return m_progress; }
    StudyState *studyState() const { return m_study; }

    // Saves the note being written and the window's state: on close, on quit and on SIGTERM.
    void saveAll();
    // Brings the window to the front: a second start of GoPrep asked for it.
    void bringToFront();
    // A message that does not block: the window stays usable behind it.
    void showNotice(const QString &title, const QString &text, const QString &details = {});
    // Backs the store up now if the newest backup is older than maxAge (at start: an hour; daily after).
    void backUpIfOlderThan(qint64 maxAgeSeconds);

    // Restores geometry, splitters, zoom and the last open item; call before show().
    void restoreSession();
    // The two halves of restoreSession(): the layout before show(), the last open item after it, so the
    // window appears without waiting for the answer to be laid out.
    void restoreLayout();
    void restoreLastItem();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void step(int direction);
    void toggleFlag(bool bookmark, bool on);
    void updateActions();
    void setZoom(int steps);
    void saveSession();
    void showShortcuts();
    void showCheatSheet();
    void exportData();
    void importData();
    void showBackups();
    void showPreferences();
    void setCodeTheme(const QString &name);
    void showAbout();
    void notifyStoreProblem(const QString &message);
    void updateDueCount();
    void leavePractice();
    QStringList visibleQuestionIds() const;
    std::optional<Section> collectionPage(const QString &id) const;

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QSettings *m_settings = nullptr;
    QString m_storeError;
    QString m_cacheFolder;

    QSplitter *m_splitter = nullptr;
    QTabWidget *m_left = nullptr;
    QuestionBrowser *m_browser = nullptr;
    NotesOverview *m_notesOverview = nullptr;
    AnswerView *m_answer = nullptr;
    NotesPane *m_notes = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_dueLabel = nullptr;
    QStackedWidget *m_pages = nullptr;
    ReviewPage *m_review = nullptr;
    DrillPage *m_drill = nullptr;
    ProgressPage *m_progress = nullptr;
    StudyState *m_study = nullptr;

    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_bookmark = nullptr;
    QAction *m_weak = nullptr;
    QAction *m_copyCode = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_cheatSheet = nullptr;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_backUpNow = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_focusTree = nullptr;
    QAction *m_focusAnswer = nullptr;
    QAction *m_focusNotes = nullptr;
    QAction *m_search = nullptr;
    QAction *m_showNotes = nullptr;
    QAction *m_togglePreview = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_preferences = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QAction *m_backToReading = nullptr;

    QString m_currentId;
    QString m_codeTheme; // empty: follow the palette
    int m_zoomSteps = 0;
    bool m_closing = false;
};

} // namespace GoPrep
