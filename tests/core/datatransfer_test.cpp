#include "content/packloader.h"
#include "content/questionbank.h"
#include "storage/datatransfer.h"
#include "storage/userstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;

class DataTransferTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_everythingComesBack();
    void import_twice_changesNothingTheSecondTime();
    void import_conflictingNotes_bothKept();
    void import_newerSupersetWins();
    void import_malformed_data();
    void import_malformed();
    void export_markdown_bySection();
    void export_cannotWrite_saysWhere();

private:
    std::unique_ptr<UserStore> freshStore();
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QuestionBank> m_bank;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void DataTransferTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
}

std::unique_ptr<UserStore> DataTransferTest::freshStore()
{
    QString error;
    auto store = UserStore::open(m_dir.filePath(QStringLiteral("store%1").arg(++m_counter)), &error);
    if (!store) {
        qFatal("%s", qPrintable(error));
    }
    return store;
}

QString DataTransferTest::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

void DataTransferTest::roundTrip_everythingComesBack()
{
    auto source = freshStore();
    QVERIFY(source->saveNote(QStringLiteral("go/select"),
                             QStringLiteral("select **waits**\n\n```go\nselect {}\n```"),
                             QStringLiteral("hash-1")));
    QVERIFY(source->saveNote(QStringLiteral("go/json"), QStringLiteral("tags 🚀 \"quoted\""), {}));
    QVERIFY(source->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
    QVERIFY(source->setFlag(QStringLiteral("go/json"), UserStore::Flag::Weak, true));
    QVERIFY(source->addReview({0, QStringLiteral("go/select"), 2, {}, 61000, QStringLiteral("drill"), 0}));
    QVERIFY(source->addReview({0, QStringLiteral("go/json"), 4, {}, 3000, QStringLiteral("review"), 0}));
    QVERIFY(source->setPreference(QStringLiteral("interviewDate"), QStringLiteral("2026-12-24")));

    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY(DataTransfer::exportTo(path, *source, *m_bank));
    auto target = freshStore();
    QSignalSpy reset(target.get(), &UserStore::dataReset);
    UserStore::MergeReport report;
    const Status imported = DataTransfer::importFrom(path, *target, &report);
    QVERIFY2(imported, qPrintable(imported.message()));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(report.notesAdded, 2);
    QCOMPARE(report.flagsAdded, 2);
    QCOMPARE(report.reviewsAdded, 2);
    QCOMPARE(report.preferencesAdded, 1);

    const UserStore::Snapshot a = source->snapshot();
    const UserStore::Snapshot b = target->snapshot();
    QCOMPARE(b.notes.size(), a.notes.size());
    for (qsizetype i = 0; i < a.notes.size(); ++i) {
        QCOMPARE(b.notes.at(i).questionId, a.notes.at(i).questionId);
        QCOMPARE(b.notes.at(i).text, a.notes.at(i).text);
        QCOMPARE(b.notes.at(i).answerHash, a.notes.at(i).answerHash);
        QCOMPARE(b.notes.at(i).updated, a.notes.at(i).updated);
        QCOMPARE(b.notes.at(i).created, a.notes.at(i).created);
    }
    QCOMPARE(b.flags.size(), 2);
    QCOMPARE(b.reviews.size(), 2);
    QCOMPARE(b.reviews.at(0).rating, a.reviews.at(0).rating);
    QCOMPARE(b.reviews.at(0).reviewedAt, a.reviews.at(0).reviewedAt);
    QCOMPARE(b.reviews.at(0).durationMs, 61000);
    QCOMPARE(b.reviews.at(0).mode, QStringLiteral("drill"));
    QCOMPARE(b.preferences, a.preferences);
    // And the file says what it is.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(json.contains("\"format\": \"goprep-user-data\""));
    QVERIFY(json.contains("\"version\": 1"));
}

void DataTransferTest::import_twice_changesNothingTheSecondTime()
{
    auto source = freshStore();
    QVERIFY(source->saveNote(QStringLiteral("go/select"), QStringLiteral("mine"), {}));
    QVERIFY(source->addReview({0, QStringLiteral("go/select"), 3, {}, 1, QStringLiteral("review"), 0}));
    const QString path = m_dir.filePath(QStringLiteral("twice.json"));
    QVERIFY(DataTransfer::exportTo(path, *source, *m_bank));
    auto target = freshStore();
    QVERIFY(target->saveNote(QStringLiteral("go/select"), QStringLiteral("theirs"), {}));
    QVERIFY(DataTransfer::importFrom(path, *target, nullptr));
    const UserStore::Snapshot once = target->snapshot();
    UserStore::MergeReport second;
    QVERIFY(DataTransfer::importFrom(path, *target, &second));
    QCOMPARE(second.notesAdded + second.notesUpdated + second.notesConflicting + second.reviewsAdded, 0);
    const UserStore::Snapshot twice = target->snapshot();
    QCOMPARE(twice.notes.first().text, once.notes.first().text);
    QCOMPARE(twice.reviews.size(), once.reviews.size());
}

void DataTransferTest::import_conflictingNotes_bothKept()
{
    auto laptop = freshStore();
    QVERIFY(laptop->saveNote(QStringLiteral("go/select"), QStringLiteral("written on the laptop"), {}));
    QTest::qWait(5);
    auto desktop = freshStore();
    QVERIFY(
        desktop->saveNote(QStringLiteral("go/select"), QStringLiteral("written on the desktop, later"), {}));
    const QString path = m_dir.filePath(QStringLiteral("laptop.json"));
    QVERIFY(DataTransfer::exportTo(path, *laptop, *m_bank));
    UserStore::MergeReport report;
    QVERIFY(DataTransfer::importFrom(path, *desktop, &report));
    QCOMPARE(report.notesConflicting, 1);
    const QString merged = desktop->note(QStringLiteral("go/select"))->text;
    // The newer text first, the other kept below it.
    QVERIFY(merged.startsWith(QLatin1String("written on the desktop, later")));
    QVERIFY(merged.contains(QLatin1String("written on the laptop")));
}

void DataTransferTest::import_newerSupersetWins()
{
    auto older = freshStore();
    QVERIFY(older->saveNote(QStringLiteral("go/json"), QStringLiteral("start"), {}));
    const QString path = m_dir.filePath(QStringLiteral("older.json"));
    QVERIFY(DataTransfer::exportTo(path, *older, *m_bank));
    auto newer = freshStore();
    QVERIFY(newer->saveNote(QStringLiteral("go/json"), QStringLiteral("start, and more since"), {}));
    UserStore::MergeReport report;
    QVERIFY(DataTransfer::importFrom(path, *newer, &report));
    QCOMPARE(report.notesConflicting, 0);
    QCOMPARE(newer->note(QStringLiteral("go/json"))->text, QStringLiteral("start, and more since"));
}

void DataTransferTest::import_malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: not JSON") << QByteArray("notes: yes") << QStringLiteral("not valid JSON");
    QTest::newRow("robustness: truncated")
        << QByteArray(R"({"format": "goprep-user-data", "version": 1, "notes": [)")
        << QStringLiteral("not valid JSON");
    QTest::newRow("robustness: another program's JSON")
        << QByteArray(R"({"cards": []})") << QStringLiteral("not a GoPrep export");
    QTest::newRow("robustness: a list") << QByteArray("[1, 2, 3]") << QStringLiteral("not a GoPrep export");
    QTest::newRow("robustness: newer format")
        << QByteArray(R"({"format": "goprep-user-data", "version": 9})") << QStringLiteral("update GoPrep");
    QTest::newRow("robustness: note without text") << QByteArray(
        R"({"format": "goprep-user-data", "version": 1, "notes": [{"question": "go/a", "text": 3}]})")
                                                   << QStringLiteral("note 1 has no question or no text");
    QTest::newRow("robustness: rating out of range")
        << QByteArray(R"({"format": "goprep-user-data", "version": 1,
                         "reviews": [{"question": "go/a", "rating": 9, "reviewed": "2026-11-01T10:00:00Z"}]})")
        << QStringLiteral("review 1 needs");
    QTest::newRow("robustness: unknown mark") << QByteArray(
        R"({"format": "goprep-user-data", "version": 1, "flags": [{"question": "go/a", "flag": "star"}]})")
                                              << QStringLiteral("mark 1 is not");
    QTest::newRow("robustness: binary")
        << QByteArray("\\x00\\x01\\x02\\xff", 4) << QStringLiteral("not valid JSON");
}

void DataTransferTest::import_malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto store = freshStore();
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("untouched"), {}));
    const QString path = writeFile(QStringLiteral("bad%1.json").arg(m_counter), bytes);
    const Status status = DataTransfer::importFrom(path, *store, nullptr);
    QVERIFY(!status);
    QVERIFY2(status.message().contains(message), qPrintable(status.message()));
    QVERIFY(status.message().contains(QDir::toNativeSeparators(path))); // says which file
    QVERIFY(status.message().contains(QLatin1String("Nothing was imported")));
    QCOMPARE(store->notes().size(), 1);
    QCOMPARE(store->note(QStringLiteral("go/a"))->text, QStringLiteral("untouched"));
}

void DataTransferTest::export_markdown_bySection()
{
    auto store = freshStore();
    QVERIFY(store->saveNote(QStringLiteral("go/select"), QStringLiteral("select note"), {}));
    QVERIFY(store->saveNote(QStringLiteral("go/zero-value"), QStringLiteral("zero note"), {}));
    QVERIFY(store->saveNote(QStringLiteral("old/removed"), QStringLiteral("orphan note"), {}));
    const QString path = m_dir.filePath(QStringLiteral("notes.md"));
    QVERIFY(DataTransfer::exportTo(path, *store, *m_bank));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    const qsizetype fundamentals = markdown.indexOf(QLatin1String("## Fundamentals"));
    const qsizetype concurrency = markdown.indexOf(QLatin1String("## Concurrency"));
    QVERIFY(fundamentals > 0 && concurrency > fundamentals); // the book's order
    QVERIFY(markdown.indexOf(QLatin1String("zero note")) < markdown.indexOf(QLatin1String("select note")));
    QVERIFY(markdown.contains(u"### " + m_bank->question(QStringLiteral("go/select"))->title));
    QVERIFY(markdown.contains(QLatin1String("orphan note"))); // nothing is left out
}

void DataTransferTest::export_cannotWrite_saysWhere()
{
    auto store = freshStore();
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/export.json"));
    const Status status = DataTransfer::exportTo(path, *store, *m_bank);
    QVERIFY(!status);
    QVERIFY(status.message().contains(QDir::toNativeSeparators(path)));
}

QTEST_GUILESS_MAIN(DataTransferTest)
#include "datatransfer_test.moc"
