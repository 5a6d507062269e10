#include "answerview.h"
#include "appearance.h"
#include "barchart.h"
#include "content/packcache.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "drillpage.h"
#include "mainwindow.h"
#include "mnemonic.h"
#include "model/itemroles.h"
#include "model/questionfilterproxy.h"
#include "model/questiontreemodel.h"
#include "notesoverview.h"
#include "notespane.h"
#include "practicecard.h"
#include "progresspage.h"
#include "questionbrowser.h"
#include "render/codehighlighter.h"
#include "reviewpage.h"
#include "search/searchindex.h"
#include "storage/userstore.h"
#include "study/studystate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

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
    void search_whileTheIndexIsBuilt_answersWhenReady();
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
    void review_keys_ratingsPersistAcrossRestart_andMoveDueDates();
    void review_passFail_twoRatings();
    void review_nothingDue_saysWhenNext();
    void practice_escAndReadingShortcuts_comeBack();
    void drill_threeQuestions_byKeyboardAlone();
    void drill_countdown_revealsWhenTimeIsUp_andPausesWhenHidden();
    void drill_setupFilters_chooseQuestions();
    void progress_interviewDate_planAndCharts();
    void practice_screenshots_lightAndDark();

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

void MainWindowTest::search_whileTheIndexIsBuilt_answersWhenReady()
{
    destroyWindow();
    // As main() does: packs through the cache, the window told where the cache is, content after show().
    const QString cacheFolder = dataFolder() + QStringLiteral("/cache");
    PackErrors errors;
    const QuestionBank bank = QuestionBank::load({PackLoader::builtInPackPath()}, &errors,
                                                 PackCache(cacheFolder + QStringLiteral("/packs")));
    QVERIFY(errors.isEmpty());
    for (int start = 1; start <= 2; ++start) {
        QString error;
        m_store = UserStore::open(dataFolder(), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_settings = std::make_unique<QSettings>(dataFolder() + QStringLiteral("/settings.ini"),
                                                 QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_settings.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setCacheFolder(cacheFolder);
        m_window->setContent(&bank, m_store.get());
        const SearchIndex *index = m_window->browser()->searchIndex();
        QCOMPARE(index->isPreparing(), start == 1); // built in the background once, then opened
        QCOMPARE(index->openedFromCache(), start == 2);

        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *field = m_window->browser()->searchField();
        QTest::keyClicks(field, QStringLiteral("goroutine"));
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("noResults"));
        QListView *results = m_window->browser()->results();
        if (start == 1) {
            // Typed before the index is ready: said so, then answered without another key.
            QVERIFY(label->isVisible());
            QVERIFY2(label->text().contains(QLatin1String("Preparing search")), qPrintable(label->text()));
            QCOMPARE(results->model()->rowCount(), 0);
        }
        QTRY_VERIFY(results->model()->rowCount() > 3);
        QVERIFY(!label->isVisible());
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(!m_window->currentId().isEmpty());
        destroyWindow();
    }
    QVERIFY(QFileInfo::exists(SearchIndex::cachePath(cacheFolder, bank.contentKey())));
    createWindow(); // for cleanup()
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

void MainWindowTest::review_keys_ratingsPersistAcrossRestart_andMoveDueDates()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Review);
    PracticeCard *card = m_window->reviewPage()->card();
    QVERIFY(card->question());
    const QString first = card->question()->id;
    QCOMPARE(first, m_bank->questionIds().first()); // nothing is due yet: new ones in reading order
    QVERIFY(!card->isRevealed());
    QVERIFY(card->hasFocus());
    // Rating keys do nothing while the answer is hidden.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    QVERIFY(m_store->allReviews().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QVERIFY(card->isRevealed());
    QVERIFY(card->answerView()->toPlainText().contains(card->question()->title));
    QVERIFY(card->ratingButton(3)->isVisible());
    QVERIFY(card->ratingButton(3)->text().contains(QLatin1String("Good")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3); // Good
    QTRY_VERIFY(card->question() && card->question()->id != first);

    // The second: typed into the scratch box (Space types there), Ctrl+Return reveals, 1 is "Again".
    const QString second = card->question()->id;
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_VERIFY(card->scratch()->hasFocus());
    QTest::keyClicks(card->scratch(), QStringLiteral("it doubles small slices"));
    QVERIFY(!card->isRevealed());
    QCOMPARE(card->scratch()->toPlainText(), QStringLiteral("it doubles small slices"));
    QTest::keyClick(card->scratch(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(card->isRevealed());
    QVERIFY(card->scratch()->isReadOnly()); // kept beside the answer for comparison
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
    QTRY_VERIFY(card->question() && card->question()->id != second);
    QVERIFY(m_store->hasFlag(second, UserStore::Flag::Weak)); // "Again" marks the topic weak
    QCOMPARE(m_window->reviewPage()->reviewedThisRound(), 2);

    const QList<UserStore::Review> logged = m_store->allReviews();
    QCOMPARE(logged.size(), 2);
    QCOMPARE(logged.at(0).questionId, first);
    QCOMPARE(logged.at(0).rating, 3);
    QCOMPARE(logged.at(0).mode, QStringLiteral("review"));
    QCOMPARE(logged.at(1).questionId, second);
    QCOMPARE(logged.at(1).rating, 1);
    QVERIFY(logged.at(1).durationMs >= 0);
    QVERIFY(logged.at(0).sessionId > 0);
    QCOMPARE(logged.at(1).sessionId, logged.at(0).sessionId);

    // A restart: the log is all there is, and the schedule follows from it.
    destroyWindow();
    createWindow();
    StudyState *state = m_window->studyState();
    QVERIFY(state);
    const StudyState::Card good = state->card(first);
    const StudyState::Card again = state->card(second);
    QVERIFY(!good.isNew && !again.isNew);
    // Good on a new card: S0(Good) = 2.3065 days, so due in 2 days at 90 % retention.
    QCOMPARE(good.due.date(), logged.at(0).reviewedAt.addDays(2).date());
    QVERIFY(good.due > start.addDays(1));
    QVERIFY(std::abs(again.due.secsTo(logged.at(1).reviewedAt) + StudyState::RelearnMinutes * 60) <= 1);
    QCOMPARE(state->dueCount(QDateTime::currentDateTimeUtc()), 0);
    QCOMPARE(state->dueCount(QDateTime::currentDateTimeUtc().addSecs(11 * 60)), 1);
    QCOMPARE(state->dueCount(QDateTime::currentDateTimeUtc().addDays(3)), 2);
    // Neither comes back in a new round now; the weak one is first once it is due.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    const QString next = m_window->reviewPage()->currentId();
    QVERIFY(next != first && next != second);
    QCOMPARE(state->queue(QDateTime::currentDateTimeUtc().addDays(3)).first().questionId, second);
}

void MainWindowTest::review_passFail_twoRatings()
{
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    PracticeCard *card = m_window->reviewPage()->card();
    auto *passFail = m_window->reviewPage()->findChild<QCheckBox *>(QStringLiteral("passFail"));
    QVERIFY(passFail);
    pressMnemonic(m_window.get(), Qt::Key_S, [passFail] { passFail->click(); }); // its mnemonic
    QTRY_VERIFY(passFail->isChecked()); // a mnemonic "animates" the click
    QCOMPARE(m_store->preference(QStringLiteral("review/passFail")), QStringLiteral("1"));
    card->setFocus();
    const QString id = card->question()->id;
    QTest::keyClick(card, Qt::Key_Space);
    QVERIFY(card->ratingButton(1)->isVisible() && card->ratingButton(2)->isVisible());
    QVERIFY(!card->ratingButton(3)->isVisible() && !card->ratingButton(4)->isVisible());
    QVERIFY(card->ratingButton(2)->text().contains(QLatin1String("Remembered")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4); // not a pass/fail key
    QVERIFY(m_store->allReviews().isEmpty());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2); // Remembered
    QCOMPARE(m_store->allReviews().size(), 1);
    QCOMPARE(m_store->allReviews().first().questionId, id);
    QCOMPARE(m_store->allReviews().first().rating, 3); // logged as Good
    QCOMPARE(m_store->allReviews().first().mode, QStringLiteral("pass-fail"));
    // The mode is remembered.
    destroyWindow();
    createWindow();
    QVERIFY(m_window->reviewPage()->findChild<QCheckBox *>(QStringLiteral("passFail"))->isChecked());
    QVERIFY(m_window->reviewPage()->card()->passFail());
}

void MainWindowTest::review_nothingDue_saysWhenNext()
{
    // Everything reviewed "Easy" an hour ago: nothing due, nothing new.
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QString &id : m_bank->questionIds()) {
        QVERIFY(m_store->addReview({0, id, 4, hourAgo, 1000, QStringLiteral("review"), 0}));
    }
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    PracticeCard *card = m_window->reviewPage()->card();
    QVERIFY(!card->question());
    auto *message = card->findChild<QLabel *>(QStringLiteral("practiceMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QLatin1String("Nothing to review")));
    QVERIFY(message->text().contains(QLatin1String("comes due in 8 d"))); // S0(Easy) = 8.2956 days
    QTest::keyClick(m_window.get(), Qt::Key_Space); // nothing to reveal: no crash, nothing logged
    QCOMPARE(m_store->allReviews().size(), m_bank->questionCount());
}

void MainWindowTest::practice_escAndReadingShortcuts_comeBack()
{
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Progress);
    QVERIFY(m_window->action(QStringLiteral("showProgress"))->isChecked());
    QVERIFY(!m_window->action(QStringLiteral("nextQuestion"))->isEnabled()); // reading actions rest
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    QCOMPARE(m_window->currentId(), QStringLiteral("go/select"));
    QVERIFY(m_window->action(QStringLiteral("nextQuestion"))->isEnabled());
    // Esc has its old meaning again on the reading page: it clears a search.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("channel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    // Ctrl+F from a practice page goes back to reading, into the search field.
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Drill);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    // "Open in Reader" from a review shows that question with its note.
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    const QString reviewing = m_window->reviewPage()->currentId();
    pressMnemonic(m_window.get(), Qt::Key_R, [this] {
        m_window->reviewPage()->findChild<QPushButton *>(QStringLiteral("openInReader"))->click();
    });
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    QCOMPARE(m_window->currentId(), reviewing);
}

void MainWindowTest::drill_threeQuestions_byKeyboardAlone()
{
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Drill);
    DrillPage *drill = m_window->drillPage();
    QCOMPARE(drill->stage(), DrillPage::Stage::Setup);
    QCOMPARE(drill->secondsField()->value(), 120); // two minutes unless chosen otherwise
    // Alt+N: the number of questions; type 3; Return starts.
    pressMnemonic(QApplication::focusWidget(), Qt::Key_N, [drill] { drill->countField()->setFocus(); });
    QTRY_VERIFY(drill->countField()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
    QCOMPARE(drill->countField()->value(), 3);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(drill->stage(), DrillPage::Stage::Running);
    QCOMPARE(drill->session()->size(), 3);
    auto *clock = drill->findChild<QLabel *>(QStringLiteral("drillClock"));
    QVERIFY(clock->text().startsWith(QLatin1String("2:00"))
            || clock->text().startsWith(QLatin1String("1:59")));

    const QList<int> ratings = {3, 1, 4};
    QStringList asked;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(drill->findChild<QLabel *>(QStringLiteral("drillPosition"))->text(),
                 QStringLiteral("Question %1 of 3").arg(i + 1));
        asked.append(drill->currentId());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // reveal
        QVERIFY(drill->card()->isRevealed());
        QVERIFY(clock->text().startsWith(QLatin1String("Answered in")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_0 + ratings.at(i)));
    }
    QCOMPARE(drill->stage(), DrillPage::Stage::Summary);
    QCOMPARE(QSet<QString>(asked.cbegin(), asked.cend()).size(), 3);

    // The summary: a row per question with its time and rating, and the topic it flagged weak.
    QTreeWidget *table = drill->summaryTable();
    QCOMPARE(table->topLevelItemCount(), 3);
    const QStringList names = {QStringLiteral("Good"), QStringLiteral("Again"), QStringLiteral("Easy")};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(table->topLevelItem(i)->text(1), m_bank->question(asked.at(i))->title);
        QCOMPARE(table->topLevelItem(i)->text(3), names.at(i));
        QVERIFY(table->topLevelItem(i)->text(2).contains(u':'));
    }
    auto *flagged = drill->findChild<QLabel *>(QStringLiteral("drillFlagged"));
    QVERIFY(flagged->text().contains(m_bank->question(asked.at(1))->title.toHtmlEscaped()));
    QVERIFY(m_store->hasFlag(asked.at(1), UserStore::Flag::Weak));
    QVERIFY(!m_store->hasFlag(asked.at(0), UserStore::Flag::Weak));
    // Every rating is a review in the log, marked as a drill.
    const QList<UserStore::Review> logged = m_store->allReviews();
    QCOMPARE(logged.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(logged.at(i).questionId, asked.at(i));
        QCOMPARE(logged.at(i).rating, ratings.at(i));
        QCOMPARE(logged.at(i).mode, QStringLiteral("drill"));
    }
    // Enter on a row opens that question for reading.
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    QCOMPARE(m_window->currentId(), asked.at(1));
}

void MainWindowTest::drill_countdown_revealsWhenTimeIsUp_andPausesWhenHidden()
{
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    DrillPage *drill = m_window->drillPage();
    drill->countField()->setValue(2);
    drill->secondsField()->setMinimum(1); // the form allows 30 s or more; a second is enough here
    drill->secondsField()->setValue(1);
    QVERIFY(drill->startDrill(42));
    QVERIFY(!drill->card()->isRevealed());
    // Time runs out: the answer shows by itself and the result says so.
    QTRY_VERIFY_WITH_TIMEOUT(drill->card()->isRevealed(), 5000);
    QCOMPARE(drill->findChild<QLabel *>(QStringLiteral("drillClock"))->text(), QStringLiteral("Time's up"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    QCOMPARE(drill->session()->items().first().timedOut, true);
    QCOMPARE(drill->session()->items().first().elapsedMs, 1000);
    // Leaving the page stops the clock; coming back resumes it where it was.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    QTest::qWait(1500);
    QVERIFY(!drill->card()->isRevealed());
    QVERIFY(drill->remainingMs() > 0);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    QCOMPARE(drill->stage(), DrillPage::Stage::Running);
    QTRY_VERIFY_WITH_TIMEOUT(drill->card()->isRevealed(), 5000);
}

void MainWindowTest::drill_setupFilters_chooseQuestions()
{
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Weak, true));
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    DrillPage *drill = m_window->drillPage();
    QCOMPARE(drill->matchingCount(), m_bank->questionCount());
    auto *weakOnly = drill->findChild<QCheckBox *>(QStringLiteral("drillWeakOnly"));
    pressMnemonic(m_window.get(), Qt::Key_W, [weakOnly] { weakOnly->click(); });
    QTRY_VERIFY(weakOnly->isChecked());
    QCOMPARE(drill->matchingCount(), 2);
    auto *matches = drill->findChild<QLabel *>(QStringLiteral("drillMatches"));
    QVERIFY(matches->text().startsWith(QLatin1String("2 question")));
    drill->countField()->setValue(5);
    QVERIFY(drill->startDrill(7));
    QCOMPARE(drill->session()->size(), 2); // no more than match
    QStringList ids;
    for (const auto &item : drill->session()->items()) {
        ids.append(item.questionId);
    }
    ids.sort();
    QCOMPARE(ids, (QStringList{QStringLiteral("go/json"), QStringLiteral("go/select")}));
    // Sections: unticking all of them leaves nothing to start.
    drill->showSetup();
    weakOnly->setChecked(false);
    auto *sections = drill->findChild<QListWidget *>(QStringLiteral("drillSections"));
    for (int row = 0; row < sections->count(); ++row) {
        sections->item(row)->setCheckState(row == 1 ? Qt::Checked : Qt::Unchecked);
    }
    const QString onlySection = sections->item(1)->data(Qt::UserRole).toString();
    QCOMPARE(drill->matchingCount(), int(m_bank->section(onlySection)->questions.size()));
    sections->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(drill->matchingCount(), 0);
    QVERIFY(!drill->findChild<QPushButton *>(QStringLiteral("startDrill"))->isEnabled());
    QVERIFY(!drill->startDrill());
}

void MainWindowTest::progress_interviewDate_planAndCharts()
{
    // Two reviews today, one yesterday (forgotten), one five days ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->addReview(
        {0, QStringLiteral("go/select"), 3, now.addSecs(-60), 0, QStringLiteral("review"), 0}));
    QVERIFY(m_store->addReview(
        {0, QStringLiteral("go/json"), 4, now.addSecs(-30), 0, QStringLiteral("drill"), 0}));
    QVERIFY(m_store->addReview(
        {0, QStringLiteral("go/context"), 1, now.addDays(-1), 0, QStringLiteral("review"), 0}));
    QVERIFY(m_store->addReview(
        {0, QStringLiteral("go/zero-value"), 3, now.addDays(-5), 0, QStringLiteral("review"), 0}));
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    ProgressPage *page = m_window->progressPage();
    QVERIFY(!page->interviewDate().isValid());
    QVERIFY(!page->hasDateBox()->isChecked() && !page->dateField()->isEnabled());
    QVERIFY(page->summary()->text().startsWith(QLatin1String("Set the date")));
    QVERIFY(page->planTable()->isColumnHidden(3));
    QVERIFY(!page->todayList()->isEnabled());

    // Set the date ten days ahead with the keyboard: the box has the focus; Space ticks it, which
    // proposes two weeks ahead and moves to the date, where Down steps back a day at a time.
    QVERIFY(page->hasDateBox()->hasFocus());
    QTest::keyClick(page->hasDateBox(), Qt::Key_Space);
    QVERIFY(page->dateField()->isEnabled() && page->dateField()->hasFocus());
    QCOMPARE(page->dateField()->date(), QDate::currentDate().addDays(ProgressPage::DefaultDaysAhead));
    for (int i = 0; i < ProgressPage::DefaultDaysAhead - 10; ++i) {
        QTest::keyClick(page->dateField(), Qt::Key_Down);
    }
    const QDate interview = QDate::currentDate().addDays(10);
    QCOMPARE(page->dateField()->date(), interview);
    // The day steps on into the next month and back (QDateEdit alone stops at a month's end).
    const QDate nextMonth = QDate::currentDate().addMonths(1);
    const QDate monthEnd(nextMonth.year(), nextMonth.month(), nextMonth.daysInMonth());
    page->dateField()->setDate(monthEnd);
    page->focusFirstField();
    QTest::keyClick(page->dateField(), Qt::Key_Up);
    QCOMPARE(page->dateField()->date(), monthEnd.addDays(1));
    QTest::keyClick(page->dateField(), Qt::Key_Down);
    QTest::keyClick(page->dateField(), Qt::Key_Down);
    QCOMPARE(page->dateField()->date(), monthEnd.addDays(-1));
    page->dateField()->setDate(interview);
    QCOMPARE(page->interviewDate(), interview);
    QCOMPARE(m_store->preference(ProgressPage::InterviewDateKey), interview.toString(Qt::ISODate));
    QTRY_VERIFY(page->summary()->text().contains(QLatin1String("<b>10 day(s)</b> to your interview")));
    QVERIFY(!page->planTable()->isColumnHidden(3));
    QCOMPARE(page->planTable()->topLevelItemCount(), m_bank->questionCount());
    // The most forgotten first: go/context (Again yesterday) tops the table, today's list and the risks.
    QCOMPARE(page->planTable()->topLevelItem(0)->data(0, Qt::UserRole).toString(),
             QStringLiteral("go/context"));
    QCOMPARE(page->todayList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("go/context"));
    QCOMPARE(page->atRiskList()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("go/context"));
    QCOMPARE(page->plan().today.size(), page->todayList()->count());
    // The predictions are the plan's: the table shows the same figure for each question.
    for (const StudyState::PlanItem &item : page->plan().items) {
        if (item.questionId == u"go/zero-value") {
            const auto rows
                = page->planTable()->findItems(m_bank->question(item.questionId)->title, Qt::MatchExactly);
            QCOMPARE(rows.size(), 1);
            QCOMPARE(rows.first()->text(3), QStringLiteral("%1 %").arg(qRound(item.recallOnDate * 100)));
        }
    }

    // Target recall: stored with the learner's data, and the plan follows it.
    const int readyAt90 = page->plan().ready;
    page->targetField()->setValue(75);
    QCOMPARE(m_store->preference(ProgressPage::TargetKey), QStringLiteral("0.75"));
    QTRY_VERIFY(page->plan().target == 0.75);
    QVERIFY(page->plan().ready >= readyAt90);
    QCOMPARE(m_window->studyState()->retention(), 0.75);

    // The charts: four reviews, two of them today; two sections touched.
    const QList<double> perDay = page->reviewsChart()->series().first().values;
    QCOMPARE(perDay.size(), 30);
    QCOMPARE(perDay.last(), 2.0);
    QCOMPARE(std::accumulate(perDay.cbegin(), perDay.cend(), 0.0), 4.0);
    QVERIFY(page->reviewsChart()->barRect(0, 29).height() > page->reviewsChart()->barRect(0, 28).height());
    QCOMPARE(page->forecastChart()->series().first().values.size(), 14);
    QVERIFY(page->sectionsChart()->accessibleDescription().contains(QLatin1String("Concurrency")));
    QVERIFY(page->streak()->text().contains(QLatin1String("4 review(s) in all")));

    // Enter on today's first item opens it; "Review These Now" reviews exactly today's list.
    page->todayList()->setFocus();
    page->todayList()->setCurrentRow(0);
    const QString firstToday = page->todayList()->item(0)->data(Qt::UserRole).toString();
    QTest::keyClick(page->todayList(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::Page::Reading);
    QCOMPARE(m_window->currentId(), firstToday);
    QTest::keyClick(m_window.get(), Qt::Key_F7);
    const QStringList today = page->plan().today;
    pressMnemonic(m_window.get(), Qt::Key_N,
                  [page] { page->findChild<QPushButton *>(QStringLiteral("reviewToday"))->click(); });
    QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Review);
    QCOMPARE(m_window->reviewPage()->currentId(), today.first());
    QCOMPARE(m_window->reviewPage()->remaining(), today.size() - 1);

    // After a restart the date and target are still there.
    destroyWindow();
    createWindow();
    QCOMPARE(m_window->progressPage()->interviewDate(), interview);
    QCOMPARE(m_window->progressPage()->targetField()->value(), 75);
    // Unticking the box forgets the date; a date already past comes back unticked.
    m_window->progressPage()->hasDateBox()->setChecked(false);
    QVERIFY(m_store->preference(ProgressPage::InterviewDateKey).isEmpty());
    QVERIFY(m_store->setPreference(ProgressPage::InterviewDateKey,
                                   QDate::currentDate().addDays(-3).toString(Qt::ISODate)));
    destroyWindow();
    createWindow();
    QVERIFY(!m_window->progressPage()->hasDateBox()->isChecked());
    QVERIFY(!m_window->progressPage()->interviewDate().isValid());
}

void MainWindowTest::practice_screenshots_lightAndDark()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const QString &id : m_bank->questionIds().mid(0, 30)) {
        QVERIFY(m_store->addReview(
            {0, id, 1 + (n % 4), now.addDays(-(n % 20) - 1), 0, QStringLiteral("review"), 0}));
        ++n;
    }
    QVERIFY(m_store->setPreference(ProgressPage::InterviewDateKey,
                                   QDate::currentDate().addDays(14).toString(Qt::ISODate)));
    destroyWindow();
    createWindow();
    m_window->resize(1280, 800);
    for (const auto mode : {Appearance::Mode::Light, Appearance::Mode::Dark}) {
        Appearance::apply(mode);
        for (const auto &[page, name] : {std::pair{MainWindow::Page::Review, QStringLiteral("review")},
                                         std::pair{MainWindow::Page::Drill, QStringLiteral("drill")},
                                         std::pair{MainWindow::Page::Progress, QStringLiteral("progress")}}) {
            m_window->showPage(page);
            if (page == MainWindow::Page::Review) {
                m_window->reviewPage()->card()->reveal(); // with the answer and the ratings showing
            }
            QCoreApplication::processEvents();
            const QImage image = m_window->grab().toImage();
            QVERIFY(image.save(QStringLiteral(GOPREP_BINARY_DIR "/screenshots/ui-%1-%2.png")
                                   .arg(name, Appearance::modeName(mode))));
            // The charts paint in the palette: a dark window has dark charts.
            if (page == MainWindow::Page::Progress) {
                const QColor background
                    = m_window->progressPage()->reviewsChart()->palette().color(QPalette::Window);
                QCOMPARE(background.lightness() < 128, mode == Appearance::Mode::Dark);
            }
        }
    }
    Appearance::apply(Appearance::Mode::Light);
}

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
