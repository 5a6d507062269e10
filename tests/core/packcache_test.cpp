// The parsed-pack cache: what comes back is what was parsed, any change of content is a miss, and a
// damaged or unwritable cache costs time, never content.
#include "content/foldersource.h"
#include "content/packcache.h"
#include "content/packloader.h"
#include "content/questionbank.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;

class PackCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void secondLoad_comesFromCacheAndEqualsParsed();
    void contentKey_stableAndOnlyContent();
    void fingerprint_sameInEveryProcess();
    void oneByteChanged_sameSizeAndTime_isAMiss();
    void manifestChanged_isAMiss();
    void damagedEntry_parsedAgainAndRewritten_data();
    void damagedEntry_parsedAgainAndRewritten();
    void unwritableCache_stillLoads();
    void brokenPack_neverCached();
    void withoutCache_noKey();

private:
    QString packFolder() const { return m_dir.filePath(QStringLiteral("go")); }
    PackCache cache() const { return PackCache(m_dir.filePath(QStringLiteral("cache"))); }
    QStringList entries() const
    {
        return QDir(cache().folder()).entryList({QStringLiteral("*.pack")}, QDir::Files);
    }
    QuestionBank load(PackErrors *errors = nullptr) const
    {
        PackErrors local;
        return QuestionBank::load({packFolder()}, errors ? errors : &local, cache());
    }
    static void compare(const Pack &a, const Pack &b);

    QTemporaryDir m_dir;
};

void PackCacheTest::init()
{
    // A fresh copy of the Go pack for every test: tests change files in it.
    QDir(packFolder()).removeRecursively();
    QDir(cache().folder()).removeRecursively();
    QFile::remove(cache().folder()); // unwritableCache_stillLoads() puts a file there
    QVERIFY(QDir().mkpath(packFolder()));
    const QDir source(QStringLiteral(GOPREP_SOURCE_DIR "/content/go"));
    for (const QString &name : source.entryList(QDir::Files)) {
        QVERIFY(QFile::copy(source.filePath(name), packFolder() + u'/' + name));
    }
}

void PackCacheTest::compare(const Pack &a, const Pack &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.version, b.version);
    QCOMPARE(a.language, b.language);
    QCOMPARE(a.licence, b.licence);
    QCOMPARE(a.description, b.description);
    QCOMPARE(a.goVersion, b.goVersion);
    QCOMPARE(a.origin, b.origin);
    QCOMPARE(a.sections.size(), b.sections.size());
    for (qsizetype s = 0; s < a.sections.size(); ++s) {
        const Section &x = a.sections.at(s);
        const Section &y = b.sections.at(s);
        QCOMPARE(x.id, y.id);
        QCOMPARE(x.title, y.title);
        QCOMPARE(x.kind, y.kind);
        QCOMPARE(x.intro, y.intro);
        QCOMPARE(x.file, y.file);
        QCOMPARE(x.questions.size(), y.questions.size());
        for (qsizetype q = 0; q < x.questions.size(); ++q) {
            const Question &p = x.questions.at(q);
            const Question &r = y.questions.at(q);
            QCOMPARE(p.id, r.id);
            QCOMPARE(p.title, r.title);
            QCOMPARE(p.tags, r.tags);
            QCOMPARE(p.level, r.level);
            QCOMPARE(p.related, r.related);
            QCOMPARE(p.shortAnswer, r.shortAnswer);
            QCOMPARE(p.body, r.body);
            QCOMPARE(p.followUps, r.followUps);
            QCOMPARE(p.pitfalls, r.pitfalls);
            QCOMPARE(p.file, r.file);
            QCOMPARE(p.line, r.line);
            QCOMPARE(p.answerHash(), r.answerHash());
            QCOMPARE(p.codeBlocks.size(), r.codeBlocks.size());
            for (qsizetype c = 0; c < p.codeBlocks.size(); ++c) {
                QCOMPARE(p.codeBlocks.at(c).language, r.codeBlocks.at(c).language);
                QCOMPARE(p.codeBlocks.at(c).infoWords, r.codeBlocks.at(c).infoWords);
                QCOMPARE(p.codeBlocks.at(c).code, r.codeBlocks.at(c).code);
                QCOMPARE(p.codeBlocks.at(c).line, r.codeBlocks.at(c).line);
                QCOMPARE(p.codeBlocks.at(c).kind, r.codeBlocks.at(c).kind);
                QCOMPARE(p.codeBlocks.at(c).minimumGo, r.codeBlocks.at(c).minimumGo);
            }
        }
    }
    // The id index is rebuilt: lookups work on the cached pack.
    const Question &first = b.sections.first().questions.isEmpty() ? b.sections.at(1).questions.first()
                                                                   : b.sections.first().questions.first();
    QCOMPARE(b.question(first.id), &first);
}

void PackCacheTest::secondLoad_comesFromCacheAndEqualsParsed()
{
    const PackLoadResult parsed = PackLoader().load(packFolder());
    QVERIFY(parsed.ok());
    PackErrors errors;
    const QuestionBank first = load(&errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(first.packsFromCache(), 0);
    QCOMPARE(entries().size(), 1);
    QVERIFY(!first.contentKey().isEmpty());

    const QuestionBank second = load(&errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(second.packsFromCache(), 1);
    QCOMPARE(second.contentKey(), first.contentKey());
    QCOMPARE(second.questionCount(), parsed.pack->questionCount());
    compare(*parsed.pack, second.packs().first());
    QVERIFY(!QTest::currentTestFailed());
}

void PackCacheTest::contentKey_stableAndOnlyContent()
{
    const QByteArray key = PackCache::contentKey(FolderSource(packFolder()));
    QCOMPARE(key.size(), 32);
    QCOMPARE(PackCache::contentKey(FolderSource(packFolder())), key);
    // The same bytes in another folder: the same key (the cache is about content, not place).
    const QString moved = m_dir.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(packFolder(), moved));
    QCOMPARE(PackCache::contentKey(FolderSource(moved)), key);
    QVERIFY(QDir().rename(moved, packFolder()));
    // A file the manifest does not name is not part of the pack.
    QFile extra(packFolder() + QStringLiteral("/notes.txt"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("not a section");
    extra.close();
    QCOMPARE(PackCache::contentKey(FolderSource(packFolder())), key);
    // No folder, or a section file missing: no key, so the loader reports the problem every time.
    QVERIFY(PackCache::contentKey(FolderSource(m_dir.filePath(QStringLiteral("none")))).isEmpty());
    QVERIFY(QFile::remove(packFolder() + QStringLiteral("/concurrency.md")));
    QVERIFY(PackCache::contentKey(FolderSource(packFolder())).isEmpty());
}

void PackCacheTest::fingerprint_sameInEveryProcess()
{
    // Fixed values: a hash with a per-process seed (as qHashBits has) would make every start a miss.
    QByteArray pattern;
    for (int i = 0; i < 1001; ++i) {
        pattern.append(char(i * 7 + 3));
    }
    const auto print = [](const std::array<quint64, 2> &value) -> QString {
        return QString::number(value[0], 16) + u' ' + QString::number(value[1], 16);
    };
    QCOMPARE(print(PackCache::fingerprint(QByteArray())),
             QStringLiteral("f563005165408546 9c8d97a721383998"));
    QCOMPARE(print(PackCache::fingerprint(QByteArrayLiteral("GoPrep"))),
             QStringLiteral("2d780eeefdfef3c7 7f87cb1f669220cd"));
    QCOMPARE(print(PackCache::fingerprint(pattern)), QStringLiteral("51f662682b07fa6f 3458231e06e72af7"));
    // Every single-byte change of the pattern gives another fingerprint, and so does one byte more.
    const std::array<quint64, 2> original = PackCache::fingerprint(pattern);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        QByteArray changed = pattern;
        changed[i] = char(changed.at(i) ^ 0x20);
        QVERIFY2(PackCache::fingerprint(changed) != original, qPrintable(QString::number(i)));
    }
    QVERIFY(PackCache::fingerprint(pattern + '\0') != original);
}

void PackCacheTest::oneByteChanged_sameSizeAndTime_isAMiss()
{
    const QuestionBank before = load();
    const QString firstTitle = before.packs().first().sections.first().questions.first().title;
    const QByteArray oldKey = before.contentKey();

    // Change one letter of the first question's title, keeping the file's size and modification time:
    // a cache keyed by size and time would serve the old title.
    const QString path = packFolder() + u'/' + before.packs().first().sections.first().file;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    QByteArray data = file.readAll();
    const qsizetype at = data.indexOf(firstTitle.toUtf8());
    QVERIFY(at > 0);
    data[at] = data.at(at) == 'X' ? 'Y' : 'X';
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(data), data.size());
    file.close();
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
    file.close();
    QCOMPARE(QFileInfo(path).lastModified(), modified);

    const QuestionBank after = load();
    QCOMPARE(after.packsFromCache(), 0);
    QVERIFY(after.contentKey() != oldKey);
    const QString newTitle = after.packs().first().sections.first().questions.first().title;
    QVERIFY(newTitle != firstTitle);
    QCOMPARE(newTitle.mid(1), firstTitle.mid(1));
    // The stale entry is gone; the new one serves the next start.
    const QByteArray newKey = PackCache::contentKey(FolderSource(packFolder()));
    QCOMPARE(entries(), QStringList{QString::fromLatin1(newKey) + QStringLiteral(".pack")});
    const QuestionBank again = load();
    QCOMPARE(again.packsFromCache(), 1);
    QCOMPARE(again.packs().first().sections.first().questions.first().title, newTitle);
}

void PackCacheTest::manifestChanged_isAMiss()
{
    QCOMPARE(load().packsFromCache(), 0);
    QFile manifest(packFolder() + QStringLiteral("/pack.json"));
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    QByteArray json = manifest.readAll();
    manifest.close();
    json.replace("\"Go interview questions\"", "\"Go interview questions, edited\"");
    QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
    manifest.write(json);
    manifest.close();
    const QuestionBank bank = load();
    QCOMPARE(bank.packsFromCache(), 0);
    QCOMPARE(bank.packs().first().title, QStringLiteral("Go interview questions, edited"));
}

void PackCacheTest::damagedEntry_parsedAgainAndRewritten_data()
{
    QTest::addColumn<int>("damage");
    QTest::newRow("truncated to half") << 0;
    QTest::newRow("last byte missing") << 1;
    QTest::newRow("header garbage") << 2;
    QTest::newRow("a length in the structure too large") << 3;
    QTest::newRow("empty file") << 4;
}

void PackCacheTest::damagedEntry_parsedAgainAndRewritten()
{
    QFETCH(int, damage);
    const QuestionBank first = load();
    QCOMPARE(first.packsFromCache(), 0);
    const QString path = cache().entryPath(PackCache::contentKey(FolderSource(packFolder())));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    switch (damage) {
    case 0:
        QVERIFY(file.resize(size / 2));
        break;
    case 1:
        QVERIFY(file.resize(size - 1));
        break;
    case 2:
        file.write("garbage garbage garbage!");
        break;
    case 3:
        // After the 24-byte header: the key's length, then its 64 bytes; the next length is the pack id's.
        QVERIFY(file.seek(24 + 4 + 64));
        file.write("\xf0\xff\xff\x7f", 4);
        break;
    case 4:
        QVERIFY(file.resize(0));
        break;
    }
    file.close();
    const QuestionBank bank = load();
    QCOMPARE(bank.packsFromCache(), 0);
    QCOMPARE(bank.questionCount(), first.questionCount());
    QCOMPARE(load().packsFromCache(), 1); // written again
}

void PackCacheTest::unwritableCache_stillLoads()
{
    // A file where the cache folder should be: nothing can be written there.
    QFile blocker(cache().folder());
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    PackErrors errors;
    const QuestionBank bank = load(&errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(bank.questionCount() > 40);
    QCOMPARE(bank.packsFromCache(), 0);
    QCOMPARE(load().packsFromCache(), 0);
    QVERIFY(!cache().write(PackCache::contentKey(FolderSource(packFolder())), bank.packs().first()).ok());
}

void PackCacheTest::brokenPack_neverCached()
{
    QFile section(packFolder() + QStringLiteral("/fundamentals.md"));
    QVERIFY(section.open(QIODevice::Append));
    section.write("\n## A question without an id\n\nNo id.\n");
    section.close();
    PackErrors errors;
    const QuestionBank bank = load(&errors);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().toString().contains(QLatin1String("fundamentals.md:")),
             qPrintable(errors.first().toString()));
    QCOMPARE(bank.questionCount(), 0);
    QVERIFY(entries().isEmpty());
    errors.clear();
    load(&errors);
    QVERIFY(!errors.isEmpty()); // reported again: never served from a cache
}

void PackCacheTest::withoutCache_noKey()
{
    PackErrors errors;
    const QuestionBank bank = QuestionBank::load({packFolder()}, &errors);
    QVERIFY(errors.isEmpty());
    QVERIFY(bank.contentKey().isEmpty());
    QCOMPARE(bank.packsFromCache(), 0);
    QVERIFY(!QFileInfo::exists(cache().folder()));
}

QTEST_GUILESS_MAIN(PackCacheTest)
#include "packcache_test.moc"
