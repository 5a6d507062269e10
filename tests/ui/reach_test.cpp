// Reach: the accessibility tree of every page, keyboard focus order, a high-contrast palette, and the
// interface translations, on the real window (offscreen platform).
#include "answerview.h"
#include "appearance.h"
#include "cheatsheetdialog.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "core/language.h"
#include "drillpage.h"
#include "labels.h"
#include "mainwindow.h"
#include "mnemonic.h"
#include "practicecard.h"
#include "progresspage.h"
#include "render/codehighlighter.h"
#include "reviewpage.h"
#include "storage/userstore.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace GoPrep;

namespace {

// The roles a person operates: each needs a name a screen reader can say.
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::PageTab:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Link:
    case QAccessible::MenuItem:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString path;
    for (QObject *o = object; o; o = o->parent()) {
        const QString name
            = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
        path = path.isEmpty() ? name : name + u'/' + path;
    }
    return QStringLiteral("%1 (role %2)")
        .arg(path.isEmpty() ? QStringLiteral("?") : path)
        .arg(int(iface->role()));
}

// Every visible interactive element under `root` without an accessible name. Table and tree cells are
// left out: their names are their texts.
void unnamed(QAccessibleInterface *iface, QStringList *found, int *seen, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 40) {
        return;
    }
    const QAccessible::State state = iface->state();
    if (state.invisible || state.offscreen) {
        return;
    }
    const QAccessible::Role role = iface->role();
    if (isInteractive(role)) {
        ++*seen;
        if (iface->text(QAccessible::Name).trimmed().isEmpty()) {
            found->append(describe(iface));
        }
    }
    if (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List
        || role == QAccessible::MenuBar) {
        return; // rows, cells and menus are named by their content
    }
    for (int i = 0; i < iface->childCount(); ++i) {
        unnamed(iface->child(i), found, seen, depth + 1);
    }
}

// WCAG 2 contrast ratio between two colours.
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class ReachTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void accessibility_everyControlHasAName_data();
    void accessibility_everyControlHasAName();
    void accessibility_walkFindsUnnamedControls();
    void keyboard_tabOrderFollowsReadingOrder();
    void keyboard_everyControlReachable_data();
    void keyboard_everyControlReachable();
    void highContrast_codeStaysLegible();
    void mnemonics_strippedForSummaries();
    void translations_everyLanguageLoads_data();
    void translations_everyLanguageLoads();
    void translations_englishPlurals();
    void cheatSheet_fromTheFileMenu();
    void preferences_languageSavedForNextStart();

private:
    std::unique_ptr<QuestionBank> m_bank;
    QTemporaryDir m_dir;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_round = 0;
};

void ReachTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
    Appearance::apply(Appearance::Mode::Light);
}

void ReachTest::init()
{
    // A fresh data folder and settings per test: marks and a chosen language never carry over.
    const QString folder = m_dir.filePath(QStringLiteral("round%1").arg(++m_round));
    QString error;
    m_store = UserStore::open(folder + QStringLiteral("/data"), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_settings = std::make_unique<QSettings>(folder + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_bank.get(), m_store.get(), m_settings.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openItem(QStringLiteral("go/select")));
}

void ReachTest::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_store.reset();
    Language::install(QStringLiteral("en"));
}

void ReachTest::accessibility_everyControlHasAName_data()
{
    QTest::addColumn<MainWindow::Page>("page");
    QTest::addColumn<QString>("stage");
    QTest::newRow("reading") << MainWindow::Page::Reading << QString();
    QTest::newRow("review, question") << MainWindow::Page::Review << QString();
    QTest::newRow("review, answer shown") << MainWindow::Page::Review << QStringLiteral("revealed");
    QTest::newRow("drill setup") << MainWindow::Page::Drill << QString();
    QTest::newRow("drill running") << MainWindow::Page::Drill << QStringLiteral("running");
    QTest::newRow("drill summary") << MainWindow::Page::Drill << QStringLiteral("summary");
    QTest::newRow("plan and progress") << MainWindow::Page::Progress << QString();
}

void ReachTest::accessibility_everyControlHasAName()
{
    QFETCH(MainWindow::Page, page);
    QFETCH(QString, stage);
    m_window->showPage(page);
    if (stage == u"revealed") {
        m_window->reviewPage()->card()->reveal();
    } else if (stage == u"running" || stage == u"summary") {
        QVERIFY(m_window->drillPage()->startDrill(1));
        if (stage == u"summary") {
            auto *end = m_window->drillPage()->findChild<QPushButton *>(QStringLiteral("endDrill"));
            QVERIFY(end);
            end->click();
        }
    }
    QTest::qWait(20);
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window.get());
    QVERIFY(root);
    QStringList found;
    int seen = 0;
    unnamed(root, &found, &seen);
    QVERIFY2(seen >= 12, "the walk found too few controls: is the accessibility tree there?");
    QVERIFY2(found.isEmpty(), qPrintable(u"unnamed controls:\n  " + found.join(QLatin1String("\n  "))));
}

void ReachTest::keyboard_tabOrderFollowsReadingOrder()
{
    // On the reading page Tab goes as the eye reads: the search field and the filter button above the
    // tree, the tree, then the answer.
    m_window->action(QStringLiteral("search"))->trigger();
    QList<QWidget *> order{QApplication::focusWidget()};
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget());
    }
    QVERIFY(qobject_cast<QLineEdit *>(order.at(0)));
    QVERIFY(qobject_cast<QToolButton *>(order.at(1)) || qobject_cast<QPushButton *>(order.at(1)));
    QCOMPARE(order.at(2), static_cast<QWidget *>(m_window->tree()));
    QCOMPARE(order.at(3), static_cast<QWidget *>(m_window->answerView()));
    // Left to right, top to bottom.
    auto at = [this](QWidget *w) {
        return w->mapTo(m_window.get(), QPoint());
    };
    QCOMPARE(at(order.at(0)).y(), at(order.at(1)).y());
    QVERIFY(at(order.at(0)).x() < at(order.at(1)).x());
    QVERIFY(at(order.at(1)).y() < at(order.at(2)).y());
    QVERIFY(at(order.at(2)).x() < at(order.at(3)).x());
}

void ReachTest::keyboard_everyControlReachable_data()
{
    QTest::addColumn<MainWindow::Page>("page");
    QTest::newRow("reading") << MainWindow::Page::Reading;
    QTest::newRow("review") << MainWindow::Page::Review;
    QTest::newRow("drill setup") << MainWindow::Page::Drill;
    QTest::newRow("plan and progress") << MainWindow::Page::Progress;
}

void ReachTest::keyboard_everyControlReachable()
{
    // Tab (Ctrl+Tab out of a text editor, where Tab is typed) visits every control that takes focus.
    QFETCH(MainWindow::Page, page);
    m_window->showPage(page);
    QTest::qWait(20);
    QSet<QWidget *> tabbable;
    for (QWidget *w = m_window->nextInFocusChain(); w && w != m_window.get(); w = w->nextInFocusChain()) {
        if (w->isVisibleTo(m_window.get()) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !w->focusProxy()) {
            tabbable.insert(w);
        }
    }
    QVERIFY(tabbable.size() >= 3);
    QSet<QWidget *> visited;
    QWidget *current = *tabbable.cbegin();
    current->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 300 && visited.size() < tabbable.size(); ++i) {
        current = QApplication::focusWidget();
        QVERIFY(current);
        visited.insert(current);
        const bool typesTab = (qobject_cast<QPlainTextEdit *>(current)
                               && !qobject_cast<QPlainTextEdit *>(current)->tabChangesFocus())
            || (qobject_cast<QTextEdit *>(current) && !qobject_cast<QTextEdit *>(current)->isReadOnly()
                && !qobject_cast<QTextEdit *>(current)->tabChangesFocus());
        QTest::keyClick(current, Qt::Key_Tab, typesTab ? Qt::ControlModifier : Qt::NoModifier);
    }
    QStringList missed;
    for (QWidget *w : std::as_const(tabbable)) {
        if (!visited.contains(w)) {
            missed.append(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                                    : w->objectName());
        }
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"not reachable with Tab: " + missed.join(QLatin1String(", "))));
}

void ReachTest::accessibility_walkFindsUnnamedControls()
{
    // The walk itself can fail: an icon-only button and an unlabelled field are reported.
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *button = new QPushButton(&form);
    button->setIcon(QIcon(QStringLiteral(":/icons/bookmark.svg")));
    layout->addWidget(button);
    layout->addWidget(new QLineEdit(&form));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QStringList found;
    int seen = 0;
    unnamed(QAccessible::queryAccessibleInterface(&form), &found, &seen);
    QCOMPARE(seen, 2);
    QCOMPARE(found.size(), 2);
}

void ReachTest::highContrast_codeStaysLegible()
{
    // A high-contrast palette (white on black, as the accessibility settings of desktops offer): the text
    // of every token class stays at least 4.5:1 (WCAG AA) against the code background.
    QPalette contrastPalette;
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        contrastPalette.setColor(group, QPalette::Window, Qt::black);
        contrastPalette.setColor(group, QPalette::WindowText, Qt::white);
        contrastPalette.setColor(group, QPalette::Base, Qt::black);
        contrastPalette.setColor(group, QPalette::Text, Qt::white);
        contrastPalette.setColor(group, QPalette::Highlight, QColor(0xff, 0xff, 0x00));
        contrastPalette.setColor(group, QPalette::HighlightedText, Qt::black);
        contrastPalette.setColor(group, QPalette::Button, Qt::black);
        contrastPalette.setColor(group, QPalette::ButtonText, Qt::white);
    }
    QApplication::setPalette(contrastPalette);
    const auto restore = qScopeGuard([] { Appearance::apply(Appearance::Mode::Light); });
    QTest::qWait(50);
    QTextDocument *document = m_window->answerView()->document();
    int checked = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QColor background = block.blockFormat().background().style() == Qt::NoBrush
            ? contrastPalette.color(QPalette::Base)
            : block.blockFormat().background().color();
        const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : ranges) {
            if (!range.format.hasProperty(QTextFormat::ForegroundBrush)) {
                continue;
            }
            const QColor foreground = range.format.foreground().color();
            const double ratio = contrast(foreground, background);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3:1 in \"%4\"")
                                    .arg(foreground.name(), background.name())
                                    .arg(ratio, 0, 'f', 2)
                                    .arg(block.text().mid(range.start, range.length))));
            ++checked;
        }
    }
    QVERIFY2(checked > 20, "no highlighted code was checked");
    Appearance::apply(Appearance::Mode::Light);
}

void ReachTest::mnemonics_strippedForSummaries()
{
    QCOMPARE(Labels::withoutMnemonic(QStringLiteral("&File")), QStringLiteral("File"));
    QCOMPARE(Labels::withoutMnemonic(QStringLiteral("Re&view")), QStringLiteral("Review"));
    QCOMPARE(Labels::withoutMnemonic(QStringLiteral("文件(&F)")), QStringLiteral("文件"));
    QCOMPARE(Labels::withoutMnemonic(QStringLiteral("データをエクスポート(&E)…")),
             QStringLiteral("データをエクスポート…"));
    QCOMPARE(Labels::withoutMnemonic(QStringLiteral("Q&&A")), QStringLiteral("Q&A"));
}

void ReachTest::translations_everyLanguageLoads_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file"); // the File menu's title in that language, mnemonic stripped
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Datei");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Archivo");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件");
}

void ReachTest::translations_everyLanguageLoads()
{
    QFETCH(QString, code);
    QFETCH(QString, file);
    QVERIFY(Language::available().contains(code));
    QCOMPARE(Language::install(code), code);
    // A window made now speaks the language, plurals included.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_bank.get(), m_store.get(), m_settings.get());
    m_window->show();
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QCOMPARE(Labels::withoutMnemonic(menus.first()->text()), file);
    const QString one = QCoreApplication::translate("GoPrep::MainWindow", "%n question(s)", nullptr, 1);
    const QString many = QCoreApplication::translate("GoPrep::MainWindow", "%n question(s)", nullptr, 5);
    QVERIFY2(!one.contains(u"(s)") && one.contains(u'1') && many.contains(u'5'),
             qPrintable(one + u" / " + many));
    QVERIFY(!Language::nativeName(code).isEmpty() && Language::nativeName(code) != code);
}

void ReachTest::translations_englishPlurals()
{
    QCOMPARE(Language::install(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("GoPrep::MainWindow", "%n question(s)", nullptr, 1),
             QStringLiteral("1 question"));
    QCOMPARE(QCoreApplication::translate("GoPrep::MainWindow", "%n question(s)", nullptr, 65),
             QStringLiteral("65 questions"));
    QCOMPARE(QCoreApplication::translate("GoPrep::DrillPage", "%n question(s) match", nullptr, 1),
             QStringLiteral("1 question matches"));
}

void ReachTest::cheatSheet_fromTheFileMenu()
{
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Bookmark, true));
    const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<CheatSheetDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->reject(); }); // also when a check fails
        dialog->activateWindow(); // a dialog opened from a shortcut in a test is not made active by itself
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        QTRY_COMPARE(QApplication::activeWindow(), static_cast<QWidget *>(dialog));
        // Weak topics come first and are chosen; the counts are on the choices.
        auto *weak = dialog->findChild<QRadioButton *>(QStringLiteral("sheetWeak"));
        QVERIFY(weak->isChecked());
        QCOMPARE(Labels::withoutMnemonic(weak->text()), QStringLiteral("Weak topics (1)"));
        QCOMPARE(dialog->questionCount(), 1);
        // A section from the keyboard: Alt+S, then the list.
        pressMnemonic(dialog, Qt::Key_S, [dialog] {
            dialog->findChild<QRadioButton *>(QStringLiteral("sheetSection"))->click();
        });
        QTRY_VERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("sheetSection"))->isChecked());
        QCOMPARE(dialog->options().filter, CheatSheet::Filter::Section);
        QVERIFY(dialog->questionCount() > 5);
        dialog->findChild<QRadioButton *>(QStringLiteral("sheetBookmarked"))->setChecked(true);
        QCOMPARE(dialog->questionCount(), 1);
        QString error;
        QVERIFY2(dialog->saveTo(pdf, &error), qPrintable(error));
        QPrinter printer;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(dialog->printOn(&printer));
        checked = true;
    });
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier); // File → Cheat Sheet
    QVERIFY(checked);
    for (const QString &path : {pdf, printed}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));
    }
}

void ReachTest::preferences_languageSavedForNextStart()
{
    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto close = qScopeGuard([dialog] { dialog->accept(); });
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        // The system's, English, then every translation by its own name.
        QCOMPARE(language->currentData().toString(), QString());
        QVERIFY(language->findData(QStringLiteral("en")) > 0);
        QCOMPARE(language->itemText(language->findData(QStringLiteral("ja"))), QStringLiteral("日本語"));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(!note->isVisible());
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(note->isVisible()); // "applies when GoPrep starts again"
    });
    m_window->action(QStringLiteral("preferences"))->trigger();
    QCOMPARE(m_settings->value(MainWindow::LanguageKey).toString(), QStringLiteral("de"));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("starts again")));
    // This window stays in English until the next start.
    QCOMPARE(Labels::withoutMnemonic(m_window->menuBar()->actions().first()->text()), QStringLiteral("File"));
}

QTEST_MAIN(ReachTest)
#include "reach_test.moc"
