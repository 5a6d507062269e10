#include "answerview.h"
#include "appearance.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "mainwindow.h"
#include "model/itemroles.h"
#include "model/questionfilterproxy.h"
#include "model/questiontreemodel.h"
#include "notesoverview.h"
#include "notespane.h"
#include "questionbrowser.h"
#include "render/codehighlighter.h"
#include "storage/userstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>

using namespace GoPrep;

// Drives the real window with key presses, as a person would, on the offscreen platform. Screenshots
// land in <build>/screenshots for a person to look at.
class MainWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keys_selectQuestionInTree();
    void note_typedThenRestart_isStillThere();
    void note_savedWhenSwitchingQuestionAtOnce();
    void note_savedOnClose();
    void bookmarkAndWeak_byKeys_survivesRestart();
    void filter_bookmarkedOnly();
    void collections_bookmarksInTree();
    void search_typeArrowsEnter_opensResult();
    void search_nothingFound_saysSo();
    void notesOverview_newestFirstSearchable();
    void nextPrevious_byKeys();
    void copyCode_putsPackTextOnClipboard();
    void zoom_persists();
    void internalLink_opensQuestion();
    void answerChanged_bannerShows();
    void noStore_questionsReadableNotesOff();
    void codeTheme_followsPalette();
    void codeTheme_chosenInPreferences_persists();
    void links_remoteNeverFetched_openOnlyWhenClicked();
    void restoreBackup_fromTheMenu_updatesEverything();
    void screenshots_lightAndDark();

private:
    void createWindow();
    void destroyWindow();
    QString dataFolder() const { return m_dir.filePath(QStringLiteral("data%1").arg(m_round)); }

    std::unique_ptr<QuestionBank> m_bank;
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
    Appearance::apply(Appearance::Mode::Light);
    QDir().mkpath(QStringLiteral(GOPREP_BINARY_DIR "/screenshots"));
}

void MainWindowTest::init()
{
    ++m_round; // a fresh data folder per test
    createWindow();
}

void MainWindowTest::cleanup()
{
    destroyWindow();
}

void MainWindowTest::createWindow()
{
    QString error;
    m_store = UserStore::open(dataFolder(), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_settings
        = std::make_unique<QSettings>(dataFolder() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_bank.get(), m_store.get(), m_settings.get());
    m_window->restoreSession();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void MainWindowTest::destroyWindow()
{
    if (m_window) {
        m_window->close();
    }
    m_window.reset();
    m_settings.reset();
    m_store.reset();
}

void MainWindowTest::keys_selectQuestionInTree()
{
    QTreeView *tree = m_window->tree();
    tree->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()) || true);
    tree->setCurrentIndex(tree->model()->index(2, 0)); // "Fundamentals", after Bookmarks and Weak topics
    QCOMPARE(m_window->currentId(), QStringLiteral("go/fundamentals"));
    QTest::keyClick(tree, Qt::Key_Down);
    const QString first = m_bank->sections().first()->questions.first().id;
    QCOMPARE(m_window->currentId(), first);
    QTest::keyClick(tree, Qt::Key_Down);
    const QString second = m_bank->sections().first()->questions.at(1).id;
    QCOMPARE(m_window->currentId(), second);
    QVERIFY(m_window->answerView()->toPlainText().startsWith(m_bank->question(second)->title));
    QVERIFY(m_window->windowTitle().startsWith(m_bank->question(second)->title));
}

void MainWindowTest::note_typedThenRestart_isStillThere()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier); // Go to Notes
    QPlainTextEdit *editor = m_window->notesPane()->editor();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClicks(editor, QStringLiteral("select waits on several channels"));
    QCOMPARE(m_window->notesPane()->saveState(), NotesPane::SaveState::Editing);
    // Autosave about a second after typing stops, with a visible state.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->notesPane()->saveState(), NotesPane::SaveState::Saved, 3000);
    QVERIFY(m_window->notesPane()->statusText().startsWith(QLatin1String("Saved")));
    QVERIFY(m_store->hasNote(QStringLiteral("go/select")));
    const QModelIndex row = m_window->tree()->currentIndex();
    QVERIFY(row.data(ItemRole::HasNote).toBool());

    destroyWindow();
    createWindow();
    QCOMPARE(m_window->currentId(), QStringLiteral("go/select"));
    QCOMPARE(m_window->notesPane()->editor()->toPlainText(),
             QStringLiteral("select waits on several channels"));
    QCOMPARE(m_window->notesPane()->saveState(), NotesPane::SaveState::Saved);
}

void MainWindowTest::note_savedWhenSwitchingQuestionAtOnce()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/context")));
    QPlainTextEdit *editor = m_window->notesPane()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("cancel, deadlines, values"));
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier); // next question, no pause
    QVERIFY(m_window->currentId() != QStringLiteral("go/context"));
    QCOMPARE(m_store->note(QStringLiteral("go/context"))->text, QStringLiteral("cancel, deadlines, values"));
    QVERIFY(editor->toPlainText().isEmpty());
}

void MainWindowTest::note_savedOnClose()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/atomics")));
    QPlainTextEdit *editor = m_window->notesPane()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("typed just before closing"));
    m_window->close();
    QCOMPARE(m_store->note(QStringLiteral("go/atomics"))->text, QStringLiteral("typed just before closing"));
}

void MainWindowTest::bookmarkAndWeak_byKeys_survivesRestart()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/maps-internals")));
    m_window->tree()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(m_store->hasFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Bookmark));
    QVERIFY(m_store->hasFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Weak));
    QVERIFY(m_window->action(QStringLiteral("bookmark"))->isChecked());
    QVERIFY(m_window->tree()->currentIndex().data(ItemRole::Bookmarked).toBool());

    destroyWindow();
    createWindow();
    QCOMPARE(m_window->currentId(), QStringLiteral("go/maps-internals"));
    QVERIFY(m_window->action(QStringLiteral("bookmark"))->isChecked());
    QVERIFY(m_window->action(QStringLiteral("markWeak"))->isChecked());
    // Ctrl+D again removes the bookmark.
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!m_store->hasFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Bookmark));
    QVERIFY(!m_window->action(QStringLiteral("bookmark"))->isChecked());
}

void MainWindowTest::filter_bookmarkedOnly()
{
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Bookmark, true));
    auto *bookmarked = m_window->findChild<QAction *>(QStringLiteral("filter-bookmarked"));
    QVERIFY(bookmarked);
    bookmarked->trigger();
    QVERIFY(m_window->filterProxy()->filter().bookmarkedOnly);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("filterSummary"))->isVisible());
    QCOMPARE(m_window->browser()->visibleQuestionIds(),
             QStringList({QStringLiteral("go/select"), QStringLiteral("go/json")}));
    // Next/previous walk the filtered list.
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_window->currentId(), QStringLiteral("go/json"));
    m_window->grab().save(QStringLiteral(GOPREP_BINARY_DIR "/screenshots/ui-bookmarked-filter.png"));
    m_window->findChild<QAction *>(QStringLiteral("filter-clear"))->trigger();
    QCOMPARE(m_window->browser()->visibleQuestionIds().size(), m_bank->questionCount());
}

void MainWindowTest::collections_bookmarksInTree()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier);
    QAbstractItemModel *model = m_window->tree()->model();
    const QModelIndex bookmarks = model->index(0, 0);
    QCOMPARE(bookmarks.data(ItemRole::Id).toString(), QuestionTreeModel::bookmarksId());
    QCOMPARE(model->rowCount(bookmarks), 1);
    // The collection itself opens as a page listing its questions.
    m_window->tree()->setCurrentIndex(bookmarks);
    QCOMPARE(m_window->currentId(), QuestionTreeModel::bookmarksId());
    QVERIFY(
        m_window->answerView()->toPlainText().contains(m_bank->question(QStringLiteral("go/select"))->title));
    // Walking inside "Bookmarks" keeps the place there, it does not jump to the section.
    m_window->tree()->setCurrentIndex(model->index(0, 0, bookmarks));
    QCOMPARE(m_window->currentId(), QStringLiteral("go/select"));
    QCOMPARE(m_window->tree()->currentIndex().parent(), bookmarks);
}

void MainWindowTest::search_typeArrowsEnter_opensResult()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/zero-value")));
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QLineEdit *field = m_window->browser()->searchField();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, QStringLiteral("gorutine leak"));
    QListView *results = m_window->browser()->results();
    QTRY_VERIFY(results->isVisible());
    QVERIFY(results->model()->rowCount() >= 2);
    const QString second = results->model()->index(1, 0).data(ItemRole::Id).toString();
    QTest::keyClick(field, Qt::Key_Down);
    QCOMPARE(results->currentIndex().row(), 1);
    QVERIFY(field->hasFocus()); // typing goes on in the field
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(m_window->currentId(), second);
    // The opened answer marks what was searched for.
    QVERIFY(m_window->answerView()->highlightCount() > 0);
    QCoreApplication::processEvents(); // let the layouts settle before the picture
    m_window->grab().save(QStringLiteral(GOPREP_BINARY_DIR "/screenshots/ui-search.png"));
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QTRY_VERIFY(m_window->tree()->hasFocus());
    QCOMPARE(m_window->answerView()->highlightCount(), 0);
    QVERIFY(!results->isVisible());
}

void MainWindowTest::search_nothingFound_saysSo()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *field = m_window->browser()->searchField();
    QTest::keyClicks(field, QStringLiteral("\"qwxzvk( zzqqjj*"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("noResults"));
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(QLatin1String("Nothing matches")));
}

void MainWindowTest::notesOverview_newestFirstSearchable()
{
    QVERIFY(m_store->saveNote(QStringLiteral("go/select"), QStringLiteral("older note about select"),
                              m_bank->question(QStringLiteral("go/select"))->answerHash()));
    QTest::qWait(5);
    QVERIFY(m_store->saveNote(QStringLiteral("go/json"), QStringLiteral("newer note, tags"),
                              QStringLiteral("0000")));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    NotesOverview *overview = m_window->notesOverview();
    QTRY_VERIFY(overview->isVisible());
    QListView *list = overview->list();
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(list->model()->index(0, 0).data(ItemRole::Id).toString(), QStringLiteral("go/json"));
    QVERIFY(list->model()->index(0, 0).data(ItemRole::AnswerChanged).toBool());
    QVERIFY(!list->model()->index(1, 0).data(ItemRole::AnswerChanged).toBool());
    QTest::keyClicks(overview->filterField(), QStringLiteral("SELECT"));
    QCOMPARE(list->model()->rowCount(), 1);
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->currentId(), QStringLiteral("go/select"));
    m_window->grab().save(QStringLiteral(GOPREP_BINARY_DIR "/screenshots/ui-notes-overview.png"));
}

void MainWindowTest::nextPrevious_byKeys()
{
    const QStringList ids = m_bank->questionIds();
    QVERIFY(m_window->openItem(ids.at(3)));
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_window->currentId(), ids.at(4));
    QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(m_window->currentId(), ids.at(5));
    QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(m_window->currentId(), ids.at(4));
    // Across a section boundary.
    const Section *first = m_bank->sections().first();
    QVERIFY(m_window->openItem(first->questions.last().id));
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(m_window->currentId(), m_bank->sections().at(1)->questions.first().id);
    QVERIFY(m_window->openItem(ids.last()));
    QVERIFY(!m_window->action(QStringLiteral("nextQuestion"))->isEnabled());
}

void MainWindowTest::copyCode_putsPackTextOnClipboard()
{
    const Question *question = m_bank->question(QStringLiteral("go/worker-pool"));
    QVERIFY(!question->codeBlocks.isEmpty());
    QVERIFY(m_window->openItem(question->id));
    QApplication::clipboard()->clear();
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), question->codeBlocks.first().code);
    QVERIFY(QApplication::clipboard()->text().contains(u'\t')); // gofmt's tabs, not the view's spaces
}

void MainWindowTest::zoom_persists()
{
    const qreal before = m_window->answerView()->document()->defaultFont().pointSizeF();
    QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->answerView()->zoomSteps(), 2);
    QVERIFY(m_window->answerView()->document()->defaultFont().pointSizeF() > before * 1.15);
    destroyWindow();
    createWindow();
    QCOMPARE(m_window->answerView()->zoomSteps(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->answerView()->zoomSteps(), 0);
}

void MainWindowTest::internalLink_opensQuestion()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    const QString target = m_bank->question(QStringLiteral("go/select"))->related.first();
    Q_EMIT m_window->answerView()->anchorClicked(QUrl(QStringLiteral("goprep:question/") + target));
    QCOMPARE(m_window->currentId(), target);
    QCOMPARE(m_window->tree()->currentIndex().data(ItemRole::Id).toString(), target);
}

void MainWindowTest::answerChanged_bannerShows()
{
    // A note written against another version of the answer: the pane says so.
    QVERIFY(
        m_store->saveNote(QStringLiteral("go/select"), QStringLiteral("old note"), QStringLiteral("0000")));
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    auto *banner = m_window->notesPane()->findChild<QWidget *>(QStringLiteral("answerChangedBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    // Editing the note acknowledges the new answer.
    m_window->notesPane()->editor()->setFocus();
    QTest::keyClicks(m_window->notesPane()->editor(), QStringLiteral(" updated"));
    QVERIFY(m_window->notesPane()->flush());
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_store->note(QStringLiteral("go/select"))->answerHash,
             m_bank->question(QStringLiteral("go/select"))->answerHash());
}

void MainWindowTest::noStore_questionsReadableNotesOff()
{
    destroyWindow();
    QSettings settings(dataFolder() + QStringLiteral("/other.ini"), QSettings::IniFormat);
    MainWindow window(m_bank.get(), nullptr, &settings,
                      QStringLiteral("Cannot create the data folder /nowhere."));
    window.restoreSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("storeErrorDialog")));
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("storeErrorDialog"));
    QVERIFY(box->informativeText().contains(QLatin1String("/nowhere")));
    box->accept();
    QVERIFY(window.openItem(QStringLiteral("go/select")));
    QVERIFY(
        window.answerView()->toPlainText().contains(m_bank->question(QStringLiteral("go/select"))->title));
    QCOMPARE(window.notesPane()->saveState(), NotesPane::SaveState::Unavailable);
    QVERIFY(window.notesPane()->editor()->isReadOnly());
    QVERIFY(!window.action(QStringLiteral("bookmark"))->isEnabled());
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier); // nothing happens, nothing crashes
    window.grab().save(QStringLiteral(GOPREP_BINARY_DIR "/screenshots/ui-notes-unavailable.png"));
}

void MainWindowTest::codeTheme_followsPalette()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/worker-pool")));
    CodeHighlighter *highlighter = m_window->answerView()->highlighter();
    auto codeBackground = [this] {
        for (QTextBlock block = m_window->answerView()->document()->begin(); block.isValid();
             block = block.next()) {
            if (CodeHighlighter::isCodeBlock(block)) {
                return block.blockFormat().background().color();
            }
        }
        return QColor();
    };
    Appearance::apply(Appearance::Mode::Dark); // Qt delivers the palette change through the event loop
    QTRY_COMPARE(highlighter->themeName(), highlighter->defaultThemeName(true));
    QCOMPARE(codeBackground(), highlighter->codeBackground());
    QVERIFY(codeBackground().lightness() < 128);
    QCOMPARE(m_window->notesPane()->preview()->highlighter()->themeName(),
             highlighter->defaultThemeName(true));
    Appearance::apply(Appearance::Mode::Light);
    QTRY_COMPARE(highlighter->themeName(), highlighter->defaultThemeName(false));
    QVERIFY(codeBackground().lightness() > 128);
}

void MainWindowTest::codeTheme_chosenInPreferences_persists()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    const QStringList themes = m_window->answerView()->highlighter()->themeNames();
    const QString chosen = themes.at(1); // the back end's default dark theme, in a light window
    QTimer::singleShot(0, this, [chosen] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("codeTheme"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(chosen));
        dialog->accept();
    });
    m_window->action(QStringLiteral("preferences"))->trigger();
    QCOMPARE(m_window->answerView()->highlighter()->themeName(), chosen);
    Appearance::apply(Appearance::Mode::Dark);
    QTest::qWait(50);
    QCOMPARE(m_window->answerView()->highlighter()->themeName(), chosen); // a chosen theme stays
    Appearance::apply(Appearance::Mode::Light);
    destroyWindow();
    createWindow();
    QCOMPARE(m_window->answerView()->highlighter()->themeName(), chosen);
}

// Receives the URLs GoPrep asks the desktop to open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

void MainWindowTest::links_remoteNeverFetched_openOnlyWhenClicked()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &catcher, "open");
    AnswerView *preview = m_window->notesPane()->preview();
    preview->resize(600, 400);
    preview->show();
    preview->showMarkdown(
        QStringLiteral("![tracker](https://example.com/pixel.png)\n\n<img src=\"http://example.com/a.png\">"
                       "\n\n![local](file:///etc/hostname)\n\n[the spec](https://go.dev/ref/spec)"));
    QCoreApplication::processEvents();
    // Nothing remote or local is loaded for a note or an answer; nothing opens by itself.
    for (const char *url :
         {"https://example.com/pixel.png", "http://example.com/a.png", "file:///etc/hostname"}) {
        QVERIFY2(preview->loadResource(QTextDocument::ImageResource, QUrl(QLatin1String(url))).isNull(), url);
    }
    QVERIFY(catcher.urls.isEmpty());
    // A click opens the link in the browser, once.
    Q_EMIT preview->anchorClicked(QUrl(QStringLiteral("https://go.dev/ref/spec")));
    QCOMPARE(catcher.urls, QList<QUrl>{QUrl(QStringLiteral("https://go.dev/ref/spec"))});
    // Other schemes are never handed to the desktop.
    Q_EMIT preview->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    QCOMPARE(catcher.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void MainWindowTest::restoreBackup_fromTheMenu_updatesEverything()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    QPlainTextEdit *editor = m_window->notesPane()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("before the backup"));
    QVERIFY(m_window->notesPane()->flush());
    QVERIFY(m_store->backup());
    QTest::qWait(2);
    QTest::keyClicks(editor, QStringLiteral(", then more"));
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier); // bookmarked after the backup
    QVERIFY(m_store->hasFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark));

    // Choose the oldest backup in the dialog and restore it.
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupList"));
        QVERIFY(list && list->count() >= 1);
        list->setCurrentRow(list->count() - 1);
        dialog->accept();
    });
    m_window->action(QStringLiteral("restoreBackup"))->trigger();
    QCOMPARE(editor->toPlainText(), QStringLiteral("before the backup"));
    QVERIFY(!m_store->hasFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark));
    QVERIFY(!m_window->action(QStringLiteral("bookmark"))->isChecked());
    const QModelIndex bookmarks = m_window->tree()->model()->index(0, 0);
    QCOMPARE(m_window->tree()->model()->rowCount(bookmarks), 0);
    // What was typed before the restore is in the backup the restore made first.
    QString error;
    UserStore::Snapshot latest;
    for (const UserStore::Backup &backup : m_store->backups()) {
        auto copy = UserStore::open(m_dir.filePath(QStringLiteral("peek")), &error);
        QVERIFY(copy);
        QVERIFY(copy->restoreBackup(backup.path));
        if (copy->note(QStringLiteral("go/select"))
            && copy->note(QStringLiteral("go/select"))->text.contains(QLatin1String("then more"))) {
            latest = copy->snapshot();
        }
    }
    QVERIFY(!latest.notes.isEmpty());
}

void MainWindowTest::screenshots_lightAndDark()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/worker-pool")));
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/worker-pool"), UserStore::Flag::Weak, true));
    m_window->notesPane()->editor()->setPlainText(
        QStringLiteral("Bounded concurrency: N workers read one jobs channel."));
    m_window->resize(1280, 800);
    for (const auto mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        Appearance::apply(mode);
        QCoreApplication::processEvents();
        const QImage image = m_window->grab().toImage();
        QVERIFY(image.save(
            QStringLiteral(GOPREP_BINARY_DIR "/screenshots/ui-%1.png").arg(Appearance::modeName(mode))));
        // The answer pane follows the palette.
        const QColor base = m_window->answerView()->palette().color(QPalette::Base);
        QCOMPARE(Appearance::isDark(m_window->palette()), mode == Appearance::Mode::Dark);
        QCOMPARE(base.lightness() < 128, mode == Appearance::Mode::Dark);
    }
    Appearance::apply(Appearance::Mode::Light);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
