#include "content/packcache.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "packbuilder.h"
#include "search/searchindex.h"
#include "storage/userstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;
using namespace GoPrep::Testing;

class SearchIndexTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void words_data();
    void words();
    void ranking_titleBeatsBody();
    void ranking_columnOrder();
    void stemmingAndPrefix_data();
    void stemmingAndPrefix();
    void typos_data();
    void typos();
    void notes_foundAndKeptCurrent();
    void snippet_highlightsAndEscapes();
    void hostileQueries_data();
    void hostileQueries();
    void emptyQuery_noResults();
    void cache_secondStartOpensItWithTheSameResults();
    void cache_notesFollowTheStoreWhileClosed();
    void cache_packChanged_builtAgainAndOldOneRemoved();
    void cache_damagedFile_builtAgain();
    void cache_backgroundBuild_readyThenSearchable();
    void cache_destroyedWhileBuilding_leavesNothingBehind();

private:
    QStringList ids(const SearchIndex::Result &result) const;
    // The Go pack loaded through a pack cache in folder, so that the bank has a content key.
    static std::unique_ptr<QuestionBank> keyedBank(const QString &packFolder, const QString &cacheFolder);
    static QStringList searchFiles(const QString &cacheFolder);
    std::unique_ptr<QuestionBank> m_bank;
    std::unique_ptr<QuestionBank> m_demo;
    QTemporaryDir m_dir;
    SearchIndex m_index;
    SearchIndex m_demoIndex;
};

QStringList SearchIndexTest::ids(const SearchIndex::Result &result) const
{
    QStringList list;
    for (const SearchIndex::Hit &hit : result.hits) {
        list.append(hit.questionId);
    }
    return list;
}

void SearchIndexTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
    QVERIFY(m_index.build(*m_bank, nullptr));

    // A small pack where the ranking can be told exactly: the word "lattice" in one title, one tag line,
    // one short answer, one answer, one code block.
    PackFiles files = validPack();
    files[QStringLiteral("basics.md")] = R"(## Lattice basics {#in-title}

tags: other
level: junior

### Short answer

Nothing to see.

## Tagged {#in-tags}

tags: lattice
level: junior

### Short answer

Nothing here either.

## Short {#in-short}

tags: other
level: junior

### Short answer

A lattice is mentioned here.

## Answer {#in-answer}

tags: other
level: junior

### Short answer

Nothing.

### Explanation

The answer talks about a lattice and a lattice and another lattice, many times over.

## Code {#in-code}

tags: other
level: junior

### Short answer

Look at the code.

```go fragment
lattice := 1
```
)";
    QVERIFY(writePack(m_dir.filePath(QStringLiteral("demo")), files));
    m_demo = std::make_unique<QuestionBank>(
        QuestionBank::load({m_dir.filePath(QStringLiteral("demo"))}, &errors));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.isEmpty() ? QString() : errors.first().toString()));
    QVERIFY(m_demoIndex.build(*m_demo, nullptr));
}

void SearchIndexTest::words_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nominal: words") << QStringLiteral("Select statement")
                                    << QStringList{QStringLiteral("select"), QStringLiteral("statement")};
    QTest::newRow("nominal: underscores separate, as in the index")
        << QStringLiteral("sync_once GOMAXPROCS")
        << QStringList{QStringLiteral("sync"), QStringLiteral("once"), QStringLiteral("gomaxprocs")};
    QTest::newRow("robustness: operators separate")
        << QStringLiteral("\"a\" AND (b*) col:c NEAR(d)")
        << QStringList{QStringLiteral("a"),   QStringLiteral("and"), QStringLiteral("b"),
                       QStringLiteral("col"), QStringLiteral("c"),   QStringLiteral("near"),
                       QStringLiteral("d")};
    QTest::newRow("robustness: bounded length")
        << QString(500, u'x') << QStringList{QString(SearchIndex::MaxWordLength, u'x')};
    QStringList many;
    QString manyQuery;
    for (int i = 0; i < 40; ++i) {
        manyQuery += QStringLiteral("w%1 ").arg(i);
        if (i < SearchIndex::MaxWords) {
            many.append(QStringLiteral("w%1").arg(i));
        }
    }
    QTest::newRow("robustness: bounded count") << manyQuery << many;
    QTest::newRow("robustness: only punctuation") << QStringLiteral("!@#$%^&*()") << QStringList{};
}

void SearchIndexTest::words()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(SearchIndex::words(query), expected);
}

void SearchIndexTest::ranking_titleBeatsBody()
{
    // "select" is the title word of one question and appears in the bodies of many.
    const QStringList found = ids(m_index.search(QStringLiteral("select")));
    QVERIFY(found.size() > 3);
    QCOMPARE(found.first(), QStringLiteral("go/select"));
}

void SearchIndexTest::ranking_columnOrder()
{
    // Title over tags over short answer over answer over code, even when the lower one says it more often.
    const QStringList found = ids(m_demoIndex.search(QStringLiteral("lattice")));
    QCOMPARE(found,
             QStringList({QStringLiteral("demo/in-title"), QStringLiteral("demo/in-tags"),
                          QStringLiteral("demo/in-short"), QStringLiteral("demo/in-answer"),
                          QStringLiteral("demo/in-code")}));
}

void SearchIndexTest::stemmingAndPrefix_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: plural finds singular (stemming)")
        << QStringLiteral("goroutines leaking") << QStringLiteral("go/goroutine-leaks");
    QTest::newRow("nominal: verb form (stemming)")
        << QStringLiteral("closing channel") << QStringLiteral("go/closing-channels");
    QTest::newRow("nominal: prefix as you type")
        << QStringLiteral("singlefl") << QStringLiteral("go/singleflight");
    QTest::newRow("nominal: two prefixes") << QStringLiteral("gomem lim") << QStringLiteral("go/gomemlimit");
    QTest::newRow("nominal: code is searched")
        << QStringLiteral("errgroup.WithContext") << QStringLiteral("go/errgroup");
    QTest::newRow("nominal: tags are searched")
        << QStringLiteral("escape analysis") << QStringLiteral("go/escape-analysis");
    QTest::newRow("nominal: case and diacritics") << QStringLiteral("SÉLECT") << QStringLiteral("go/select");
}

void SearchIndexTest::stemmingAndPrefix()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    const QStringList found = ids(m_index.search(query));
    QVERIFY2(found.mid(0, 3).contains(expected), qPrintable(found.mid(0, 5).join(u' ')));
}

void SearchIndexTest::typos_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("correction");
    QTest::newRow("nominal: gorutine")
        << QStringLiteral("gorutine") << QStringLiteral("go/goroutines-vs-threads")
        << QStringLiteral("goroutin");
    QTest::newRow("nominal: mutx") << QStringLiteral("mutx rwmutex") << QStringLiteral("go/mutex-vs-rwmutex")
                                   << QStringLiteral("mutex");
    QTest::newRow("nominal: transposed letters")
        << QStringLiteral("singelflight") << QStringLiteral("go/singleflight")
        << QStringLiteral("singleflight");
    QTest::newRow("nominal: typo with a correct word")
        << QStringLiteral("contxet cancellation") << QStringLiteral("go/context-cause")
        << QStringLiteral("context");
}

void SearchIndexTest::typos()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QFETCH(QString, correction);
    const SearchIndex::Result result = m_index.search(query);
    QVERIFY2(ids(result).mid(0, 5).contains(expected), qPrintable(ids(result).mid(0, 5).join(u' ')));
    QVERIFY2(result.terms.contains(correction), qPrintable(result.terms.join(u' ')));
}

void SearchIndexTest::notes_foundAndKeptCurrent()
{
    QString error;
    const auto store = UserStore::open(m_dir.filePath(QStringLiteral("store")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->saveNote(QStringLiteral("go/select"), QStringLiteral("remember the zebra crossing"), {}));
    SearchIndex index;
    QVERIFY(index.build(*m_bank, store.get()));
    QCOMPARE(ids(index.search(QStringLiteral("zebra"))), QStringList{QStringLiteral("go/select")});
    // A note written after the index was built is found at once; a deleted one is gone.
    QVERIFY(store->saveNote(QStringLiteral("go/json"), QStringLiteral("platypus tags decode"), {}));
    QCOMPARE(ids(index.search(QStringLiteral("platypus"))), QStringList{QStringLiteral("go/json")});
    QVERIFY(store->saveNote(QStringLiteral("go/select"), QString(), {}));
    const SearchIndex::Result gone = index.search(QStringLiteral("zebra"));
    QVERIFY2(gone.hits.isEmpty(), qPrintable(gone.terms.join(u' ') + u" -> " + ids(gone).join(u' ')));
    // A typo in a word that only a note contains.
    QCOMPARE(ids(index.search(QStringLiteral("platypsu"))), QStringList{QStringLiteral("go/json")});
    // A note match ranks below questions that have the word in their text.
    QVERIFY(store->saveNote(QStringLiteral("go/json"), QStringLiteral("compare with select"), {}));
    const QStringList found = ids(index.search(QStringLiteral("select")));
    QCOMPARE(found.first(), QStringLiteral("go/select"));
}

void SearchIndexTest::snippet_highlightsAndEscapes()
{
    const SearchIndex::Result result = m_index.search(QStringLiteral("typed nil"));
    QVERIFY(!result.hits.isEmpty());
    const QString snippet = result.hits.first().snippet;
    QVERIFY2(snippet.contains(QLatin1String("<b>")), qPrintable(snippet));
    QVERIFY(!snippet.contains(QChar(0x02)));
    // Everything but our <b> tags is escaped: answer text with "<" or "&" cannot become markup.
    QString stripped = snippet;
    stripped.remove(QLatin1String("<b>")).remove(QLatin1String("</b>"));
    QVERIFY(!stripped.contains(u'<'));
}

void SearchIndexTest::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expectResults"); // at least one result expected

    QTest::newRow("robustness: double quotes") << QStringLiteral("\"select") << true;
    QTest::newRow("robustness: balanced quotes") << QStringLiteral("\"typed nil\"") << true;
    QTest::newRow("robustness: single quote") << QStringLiteral("isn't") << true;
    QTest::newRow("robustness: open parenthesis") << QStringLiteral("(select") << true;
    QTest::newRow("robustness: close parenthesis") << QStringLiteral("select)") << true;
    QTest::newRow("robustness: star alone") << QStringLiteral("*") << false;
    QTest::newRow("robustness: star prefix") << QStringLiteral("*select") << true;
    QTest::newRow("robustness: NEAR(") << QStringLiteral("NEAR(select context") << true;
    QTest::newRow("robustness: NEAR with distance") << QStringLiteral("NEAR(select context, 2)") << true;
    QTest::newRow("robustness: AND") << QStringLiteral("select AND context") << true;
    QTest::newRow("robustness: OR alone") << QStringLiteral("OR") << true;
    QTest::newRow("robustness: NOT") << QStringLiteral("NOT select") << true;
    QTest::newRow("robustness: column filter") << QStringLiteral("title:select") << true;
    QTest::newRow("robustness: unknown column") << QStringLiteral("nosuchcolumn:select") << false;
    QTest::newRow("robustness: column set") << QStringLiteral("{title tags}: select") << true;
    QTest::newRow("robustness: caret") << QStringLiteral("^select") << true;
    QTest::newRow("robustness: plus") << QStringLiteral("select + context") << true;
    QTest::newRow("robustness: backslashes") << QStringLiteral("\\\\select\\") << true;
    QTest::newRow("robustness: SQL injection") << QStringLiteral("'; DROP TABLE docs; --") << false;
    QTest::newRow("robustness: SQL injection, then the index still works")
        << QStringLiteral("select") << true;
    QTest::newRow("robustness: percent and underscore") << QStringLiteral("100% _") << true;
    QTest::newRow("robustness: 10 KB of one letter") << QString(10240, u'a') << false;
    QTest::newRow("robustness: 10 KB of words") << QStringLiteral("select ").repeated(1500) << true;
    QTest::newRow("robustness: emoji only") << QStringLiteral("🚀🔥") << false;
    QTest::newRow("robustness: emoji around a word") << QStringLiteral("🚀select🔥") << true;
    QTest::newRow("robustness: invalid UTF-8")
        << QString::fromUtf8(QByteArray("\xC3\x28 select \xE2\x82")) << true;
    QTest::newRow("robustness: NUL characters") << QString::fromUtf16(u"sel\u0000ect select", 14) << true;
    QTest::newRow("robustness: control characters") << QStringLiteral("\x01\x02\x03 select \x1b[31m") << true;
    QTest::newRow("robustness: right-to-left text") << QStringLiteral("اختيار select") << false;
    QTest::newRow("robustness: CJK") << QStringLiteral("协程") << false;
    QTest::newRow("robustness: only whitespace") << QStringLiteral(" \t\n ") << false;
    QTest::newRow("robustness: brace and colon mix") << QStringLiteral("{}:*\"()") << false;
    QTest::newRow("robustness: minus prefix") << QStringLiteral("-select") << true;
    QTest::newRow("robustness: very long word") << QStringLiteral("goroutine").repeated(50) << false;
    QTest::newRow("robustness: numbers") << QStringLiteral("1.22 1.23") << true;
    QTest::newRow("robustness: lone surrogate") << QString(QChar(0xD800)) + QStringLiteral("select") << true;
}

void SearchIndexTest::hostileQueries()
{
    QFETCH(QString, query);
    QFETCH(bool, expectResults);
    const SearchIndex::Result result = m_index.search(query);
    QVERIFY2(m_index.lastError().isEmpty(), qPrintable(m_index.lastError()));
    if (expectResults) {
        QVERIFY(!result.hits.isEmpty());
    }
    for (const SearchIndex::Hit &hit : result.hits) {
        QVERIFY(m_bank->question(hit.questionId));
    }
}

void SearchIndexTest::emptyQuery_noResults()
{
    QVERIFY(m_index.search(QString()).hits.isEmpty());
    SearchIndex unbuilt;
    QVERIFY(unbuilt.search(QStringLiteral("select")).hits.isEmpty());
}

std::unique_ptr<QuestionBank> SearchIndexTest::keyedBank(const QString &packFolder,
                                                         const QString &cacheFolder)
{
    PackErrors errors;
    auto bank = std::make_unique<QuestionBank>(
        QuestionBank::load({packFolder}, &errors, PackCache(cacheFolder + QStringLiteral("/packs"))));
    return errors.isEmpty() && !bank->contentKey().isEmpty() ? std::move(bank) : nullptr;
}

QStringList SearchIndexTest::searchFiles(const QString &cacheFolder)
{
    return QDir(cacheFolder).entryList({QStringLiteral("search-*")}, QDir::Files);
}

void SearchIndexTest::cache_secondStartOpensItWithTheSameResults()
{
    const QTemporaryDir dir;
    const auto bank = keyedBank(PackLoader::builtInPackPath(), dir.path());
    QVERIFY(bank);
    const QStringList queries{QStringLiteral("goroutine"), QStringLiteral("typed nil"),
                              QStringLiteral("gorutine"), QStringLiteral("sel"), QStringLiteral("zzzz")};
    QList<QStringList> expected;
    for (const QString &query : queries) {
        expected.append(ids(m_index.search(query)));
    }
    {
        SearchIndex first;
        QVERIFY(first.prepare(*bank, nullptr, dir.path(), SearchIndex::Wait::Block));
        QVERIFY(first.isBuilt());
        QVERIFY(!first.openedFromCache());
        QCOMPARE(searchFiles(dir.path()),
                 QStringList{QFileInfo(SearchIndex::cachePath(dir.path(), bank->contentKey())).fileName()});
    }
    SearchIndex second;
    QVERIFY(second.prepare(*bank, nullptr, dir.path(), SearchIndex::Wait::Block));
    QVERIFY(second.openedFromCache());
    for (qsizetype i = 0; i < queries.size(); ++i) {
        QCOMPARE(ids(second.search(queries.at(i))), expected.at(i));
    }
    const SearchIndex::Result result = second.search(QStringLiteral("typed nil"));
    QVERIFY2(result.hits.first().snippet.contains(QLatin1String("<b>")),
             qPrintable(result.hits.first().snippet));
}

void SearchIndexTest::cache_notesFollowTheStoreWhileClosed()
{
    const QTemporaryDir dir;
    const auto bank = keyedBank(PackLoader::builtInPackPath(), dir.path());
    QVERIFY(bank);
    QString error;
    const auto store = UserStore::open(dir.filePath(QStringLiteral("store")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->saveNote(QStringLiteral("go/select"), QStringLiteral("remember the zebra crossing"), {}));
    {
        SearchIndex index;
        QVERIFY(index.prepare(*bank, store.get(), dir.path(), SearchIndex::Wait::Block));
        QCOMPARE(ids(index.search(QStringLiteral("zebra"))), QStringList{QStringLiteral("go/select")});
        // Kept current while open, and written to the cached file.
        QVERIFY(store->saveNote(QStringLiteral("go/json"), QStringLiteral("platypus tags"), {}));
        QCOMPARE(ids(index.search(QStringLiteral("platypus"))), QStringList{QStringLiteral("go/json")});
    }
    // While no index is open: one note changed, one deleted, one added (as another GoPrep, an import or
    // a restore would).
    QVERIFY(store->saveNote(QStringLiteral("go/select"), QStringLiteral("remember the okapi"), {}));
    QVERIFY(store->saveNote(QStringLiteral("go/json"), QString(), {}));
    QVERIFY(store->saveNote(QStringLiteral("go/zero-value"), QStringLiteral("capybara order"), {}));
    SearchIndex index;
    QVERIFY(index.prepare(*bank, store.get(), dir.path(), SearchIndex::Wait::Block));
    QVERIFY(index.openedFromCache());
    QVERIFY(ids(index.search(QStringLiteral("zebra"))).isEmpty());
    // (It may still be "corrected" to a word of the pack; it no longer finds the deleted note.)
    const SearchIndex::Result platypus = index.search(QStringLiteral("platypus"));
    QVERIFY2(!ids(platypus).contains(QStringLiteral("go/json")),
             qPrintable(platypus.terms.join(u' ') + u" -> " + ids(platypus).join(u' ')));
    QCOMPARE(ids(index.search(QStringLiteral("okapi"))), QStringList{QStringLiteral("go/select")});
    QCOMPARE(ids(index.search(QStringLiteral("capybara"))), QStringList{QStringLiteral("go/zero-value")});
    QCOMPARE(ids(index.search(QStringLiteral("capybra"))),
             QStringList{QStringLiteral("go/zero-value")}); // a typo
}

void SearchIndexTest::cache_packChanged_builtAgainAndOldOneRemoved()
{
    const QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("pack"));
    QVERIFY(QDir().mkpath(pack));
    const QDir source(QStringLiteral(GOPREP_SOURCE_DIR "/content/go"));
    for (const QString &name : source.entryList(QDir::Files)) {
        QVERIFY(QFile::copy(source.filePath(name), pack + u'/' + name));
        QFile::setPermissions(pack + u'/' + name, QFile::ReadOwner | QFile::WriteOwner);
    }
    const QString cacheFolder = dir.filePath(QStringLiteral("cache"));
    {
        const auto bank = keyedBank(pack, cacheFolder);
        QVERIFY(bank);
        SearchIndex index;
        QVERIFY(index.prepare(*bank, nullptr, cacheFolder, SearchIndex::Wait::Block));
        QVERIFY(index.search(QStringLiteral("wombat")).hits.isEmpty());
    }
    const QStringList before = searchFiles(cacheFolder);
    QCOMPARE(before.size(), 1);
    // A new word in one answer: another key, an index that has the word, and the old file gone.
    QFile section(pack + QStringLiteral("/concurrency.md"));
    QVERIFY(section.open(QIODevice::Append));
    section.write("\nA wombat digs a tunnel.\n");
    section.close();
    const auto bank = keyedBank(pack, cacheFolder);
    QVERIFY(bank);
    SearchIndex index;
    QVERIFY(index.prepare(*bank, nullptr, cacheFolder, SearchIndex::Wait::Block));
    QVERIFY(!index.openedFromCache());
    QCOMPARE(index.search(QStringLiteral("wombat")).hits.size(), 1);
    const QStringList after = searchFiles(cacheFolder);
    QCOMPARE(after.size(), 1);
    QVERIFY(after != before);
}

void SearchIndexTest::cache_damagedFile_builtAgain()
{
    const QTemporaryDir dir;
    const auto bank = keyedBank(PackLoader::builtInPackPath(), dir.path());
    QVERIFY(bank);
    const QString path = SearchIndex::cachePath(dir.path(), bank->contentKey());
    for (const QByteArray &damage : {QByteArray("not a database at all"), QByteArray()}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(damage.isEmpty() ? QByteArray(8192, '\0') : damage.repeated(200));
        file.close();
        SearchIndex index;
        QVERIFY(index.prepare(*bank, nullptr, dir.path(), SearchIndex::Wait::Block));
        QVERIFY(!index.openedFromCache());
        QVERIFY(ids(index.search(QStringLiteral("goroutine"))).size() > 3);
    }
    SearchIndex index;
    QVERIFY(index.prepare(*bank, nullptr, dir.path(), SearchIndex::Wait::Block));
    QVERIFY(index.openedFromCache());
}

void SearchIndexTest::cache_backgroundBuild_readyThenSearchable()
{
    const QTemporaryDir dir;
    const auto bank = keyedBank(PackLoader::builtInPackPath(), dir.path());
    QVERIFY(bank);
    SearchIndex index;
    QSignalSpy ready(&index, &SearchIndex::ready);
    QVERIFY(index.prepare(*bank, nullptr, dir.path()));
    // Nothing can have finished yet: the result is handed over through this thread's event loop.
    QVERIFY(index.isPreparing());
    QVERIFY(!index.isBuilt());
    QVERIFY(index.search(QStringLiteral("goroutine")).hits.isEmpty());
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.size(), 1);
    QVERIFY(!index.isPreparing());
    QVERIFY(index.isBuilt());
    QVERIFY(ids(index.search(QStringLiteral("goroutine"))).size() > 3);
    QVERIFY(QFileInfo::exists(SearchIndex::cachePath(dir.path(), bank->contentKey())));
}

void SearchIndexTest::cache_destroyedWhileBuilding_leavesNothingBehind()
{
    const QTemporaryDir dir;
    const auto bank = keyedBank(PackLoader::builtInPackPath(), dir.path());
    QVERIFY(bank);
    for (int round = 0; round < 5; ++round) {
        auto index = std::make_unique<SearchIndex>();
        QVERIFY(index->prepare(*bank, nullptr, dir.path()));
        QTest::qWait(round * 3); // stopped at different points of the build
        index.reset(); // cancels and waits: no thread outlives the index
        QCoreApplication::processEvents(); // a completion posted before the cancel goes nowhere
        const QStringList left = QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
        QDir(dir.path()).remove(QFileInfo(SearchIndex::cachePath(dir.path(), bank->contentKey())).fileName());
    }
}

QTEST_GUILESS_MAIN(SearchIndexTest)
#include "searchindex_test.moc"
