// The cheat sheet: which questions it takes, what it shows, its highlighting, and its PDF.
#include "content/packloader.h"
#include "content/questionbank.h"
#include "render/cheatsheet.h"
#include "storage/userstore.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace GoPrep;

class CheatSheetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void select_followsFilterInBankOrder();
    void parseFilter_data();
    void parseFilter();
    void render_answersExamplesNotesAndColours();
    void render_brokenNote_staysInsideItsQuestion();
    void render_withoutNotesOrExamples();
    void writePdf_pagesOnDisk();
    void writePdf_emptyChoiceOrBadPath_saysWhy();

private:
    std::unique_ptr<QuestionBank> m_bank;
    QTemporaryDir m_dir;
    std::unique_ptr<UserStore> m_store;
};

void CheatSheetTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
    QString error;
    m_store = UserStore::open(m_dir.filePath(QStringLiteral("data")), &error);
    QVERIFY2(m_store, qPrintable(error));
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/zero-value"), UserStore::Flag::Weak, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/context"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->saveNote(QStringLiteral("go/select"),
                              QStringLiteral("Say: *random* choice, nil channels block."),
                              m_bank->question(QStringLiteral("go/select"))->answerHash()));
}

void CheatSheetTest::select_followsFilterInBankOrder()
{
    CheatSheet::Options options;
    QList<const Question *> chosen = CheatSheet::select(*m_bank, m_store.get(), options); // weak by default
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(0)->id, QStringLiteral("go/zero-value")); // Fundamentals come before Concurrency
    QCOMPARE(chosen.at(1)->id, QStringLiteral("go/select"));
    options.filter = CheatSheet::Filter::Bookmarked;
    chosen = CheatSheet::select(*m_bank, m_store.get(), options);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first()->id, QStringLiteral("go/context"));
    options.filter = CheatSheet::Filter::Section;
    options.sectionId = QStringLiteral("go/concurrency");
    QCOMPARE(CheatSheet::select(*m_bank, m_store.get(), options).size(),
             m_bank->section(QStringLiteral("go/concurrency"))->questions.size());
    options.filter = CheatSheet::Filter::All;
    QCOMPARE(CheatSheet::select(*m_bank, m_store.get(), options).size(), m_bank->questionCount());
    options.filter = CheatSheet::Filter::Weak;
    QVERIFY(CheatSheet::select(*m_bank, nullptr, options).isEmpty()); // no store, no marks
}

void CheatSheetTest::parseFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("filter");
    QTest::newRow("weak") << QStringLiteral("weak") << true << int(CheatSheet::Filter::Weak);
    QTest::newRow("bookmarked") << QStringLiteral("bookmarked") << true
                                << int(CheatSheet::Filter::Bookmarked);
    QTest::newRow("all") << QStringLiteral("all") << true << int(CheatSheet::Filter::All);
    QTest::newRow("section") << QStringLiteral("section:go/memory") << true
                             << int(CheatSheet::Filter::Section);
    QTest::newRow("robustness: section without id") << QStringLiteral("section:") << false << 0;
    QTest::newRow("robustness: unknown") << QStringLiteral("Weak") << false << 0;
}

void CheatSheetTest::parseFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, filter);
    CheatSheet::Options options;
    QCOMPARE(CheatSheet::parseFilter(text, &options), ok);
    if (ok) {
        QCOMPARE(int(options.filter), filter);
    }
}

void CheatSheetTest::render_answersExamplesNotesAndColours()
{
    CheatSheet::Options options;
    QTextDocument document;
    CheatSheet::render(&document, CheatSheet::select(*m_bank, m_store.get(), options), *m_bank, m_store.get(),
                       options);
    const QString text = document.toPlainText();
    const Question *select = m_bank->question(QStringLiteral("go/select"));
    QVERIFY(text.contains(QLatin1String("Weak topics")));
    QVERIFY(text.contains(select->title));
    QVERIFY(text.contains(QLatin1String("nil channels block"))); // the note
    QVERIFY(text.contains(QLatin1String("My note")));
    QVERIFY(!text.contains(QLatin1String("**"))); // Markdown was rendered, not pasted
    // The short answer's first words, as rendered (inline code loses its backticks).
    QString firstWords = select->shortAnswer.section(u' ', 0, 3);
    firstWords.remove(u'`');
    QVERIFY2(text.contains(firstWords), qPrintable(firstWords));
    // Go examples, their keywords coloured in the text formats themselves (a printed copy keeps them), and
    // none longer than the limit.
    CheatSheet::Options all;
    all.filter = CheatSheet::Filter::All;
    QTextDocument sheet;
    CheatSheet::render(&sheet, CheatSheet::select(*m_bank, m_store.get(), all), *m_bank, m_store.get(), all);
    int keywordColours = 0;
    int examples = 0;
    int run = 0;
    int longest = 0;
    for (QTextBlock block = sheet.begin(); block.isValid(); block = block.next()) {
        if (!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence)) {
            run = 0;
            continue;
        }
        examples += run == 0 ? 1 : 0;
        longest = std::max(longest, ++run);
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if ((fragment.text() == u"func" || fragment.text() == u"package" || fragment.text() == u"return")
                && fragment.charFormat().foreground().color() != QColor(Qt::black)) {
                ++keywordColours;
            }
        }
    }
    QVERIFY2(examples > 10, qPrintable(QString::number(examples)));
    QVERIFY2(longest <= CheatSheet::MaxExampleLines + 1, qPrintable(QString::number(longest)));
    QVERIFY2(keywordColours > 10, "the examples' keywords are not coloured");
    // Black on white, whatever the window's palette.
    QCOMPARE(document.begin().charFormat().foreground().color(), QColor(Qt::black));
}

void CheatSheetTest::render_brokenNote_staysInsideItsQuestion()
{
    // A note with a heading and a code block it never closes: the next question is still prose.
    QVERIFY(m_store->saveNote(QStringLiteral("go/zero-value"), QStringLiteral("# Mine\n\n```go\nvar x int\n"),
                              m_bank->question(QStringLiteral("go/zero-value"))->answerHash()));
    const auto restore = qScopeGuard(
        [this] { QVERIFY(m_store->saveNote(QStringLiteral("go/zero-value"), QString(), QString())); });
    CheatSheet::Options options;
    options.code = false;
    QTextDocument document;
    CheatSheet::render(&document, CheatSheet::select(*m_bank, m_store.get(), options), *m_bank, m_store.get(),
                       options);
    const QString nextTitle = m_bank->question(QStringLiteral("go/select"))->title;
    bool sawNoteCode = false;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.text() == u"var x int") {
            sawNoteCode = block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
        }
        if (block.text() == u"Mine") {
            QVERIFY(block.blockFormat().headingLevel() >= 4); // below the questions' level-2 titles
        }
        if (block.text() == nextTitle) {
            QVERIFY(!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence));
            QCOMPARE(block.blockFormat().headingLevel(), 2);
        }
    }
    QVERIFY(sawNoteCode);
}

void CheatSheetTest::render_withoutNotesOrExamples()
{
    CheatSheet::Options options;
    options.notes = false;
    options.code = false;
    QTextDocument document;
    CheatSheet::render(&document, CheatSheet::select(*m_bank, m_store.get(), options), *m_bank, m_store.get(),
                       options);
    QVERIFY(!document.toPlainText().contains(QLatin1String("nil channels block")));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QVERIFY(!block.blockFormat().hasProperty(QTextFormat::BlockCodeFence));
    }
}

void CheatSheetTest::writePdf_pagesOnDisk()
{
    CheatSheet::Options options;
    options.filter = CheatSheet::Filter::All;
    const QString path = m_dir.filePath(QStringLiteral("all.pdf"));
    int count = 0;
    QString error;
    QVERIFY2(CheatSheet::writePdf(path, *m_bank, m_store.get(), options, &count, &error), qPrintable(error));
    QCOMPARE(count, m_bank->questionCount());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.count("/Type /Page\n") > 5);
}

void CheatSheetTest::writePdf_emptyChoiceOrBadPath_saysWhy()
{
    CheatSheet::Options options;
    options.filter = CheatSheet::Filter::Bookmarked;
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("nothing.pdf"));
    QVERIFY(!CheatSheet::writePdf(path, *m_bank, nullptr, options, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("Ctrl+D")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // A folder that does not exist: the message names the path.
    options.filter = CheatSheet::Filter::All;
    const QString bad = m_dir.filePath(QStringLiteral("missing/folder/sheet.pdf"));
    QVERIFY(!CheatSheet::writePdf(bad, *m_bank, nullptr, options, nullptr, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
}

QTEST_MAIN(CheatSheetTest)
#include "cheatsheet_test.moc"
