#include "storage/userstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;

class UserStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void open_newFolder_createsSchema();
    void reopen_keepsNotesAndFlags();
    void saveNote_emitsAndUpdates();
    void saveNote_blankText_removesNote();
    void saveNote_keepsCreationTime();
    void notes_newestFirst();
    void setFlag_emitsOncePerChange();
    void open_emptyFile_migrates();
    void open_unusable_data();
    void open_unusable();
    void open_newerSchema_isLeftUntouched();
    void open_twoStoresOnOneFile_bothWork();
    void recovery_notADatabase_movedAsideFreshStart();
    void recovery_damaged_restoresNewestGoodBackup();
    void backups_rotate();
    void restoreBackup_replacesAndCanBeUndone();
    void restoreBackup_damagedFile_refused();
    void reviews_loggedAndMarkWeakInOneTransaction();
    void note_textIsStoredExactly_data();
    void note_textIsStoredExactly();

private:
    QString freshFolder();
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void UserStoreTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void UserStoreTest::init()
{ }

QString UserStoreTest::freshFolder()
{
    return m_dir.filePath(QStringLiteral("store%1").arg(++m_counter));
}

void UserStoreTest::open_newFolder_createsSchema()
{
    const QString folder = freshFolder() + QStringLiteral("/nested/deeper");
    QString error;
    const std::unique_ptr<UserStore> store = UserStore::open(folder, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(store->schemaVersion(), UserStore::SchemaVersion);
    QVERIFY(QFile::exists(folder + QStringLiteral("/goprep.sqlite")));
    QCOMPARE(store->databasePath(), folder + QStringLiteral("/goprep.sqlite"));
    QVERIFY(store->notes().isEmpty());
}

void UserStoreTest::reopen_keepsNotesAndFlags()
{
    const QString folder = freshFolder();
    {
        QString error;
        auto store = UserStore::open(folder, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(store->saveNote(QStringLiteral("go/select"), QStringLiteral("Waits on several channels."),
                                QStringLiteral("hash1")));
        QVERIFY(store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
        QVERIFY(store->setFlag(QStringLiteral("go/maps"), UserStore::Flag::Weak, true));
    }
    QString error;
    auto store = UserStore::open(folder, &error);
    QVERIFY2(store, qPrintable(error));
    const auto note = store->note(QStringLiteral("go/select"));
    QVERIFY(note);
    QCOMPARE(note->text, QStringLiteral("Waits on several channels."));
    QCOMPARE(note->answerHash, QStringLiteral("hash1"));
    QVERIFY(store->hasNote(QStringLiteral("go/select")));
    QVERIFY(store->hasFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark));
    QVERIFY(!store->hasFlag(QStringLiteral("go/select"), UserStore::Flag::Weak));
    QVERIFY(store->hasFlag(QStringLiteral("go/maps"), UserStore::Flag::Weak));
    QCOMPARE(store->questionsWith(UserStore::Flag::Weak), QSet<QString>{QStringLiteral("go/maps")});
}

void UserStoreTest::saveNote_emitsAndUpdates()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(store);
    QSignalSpy spy(store.get(), &UserStore::noteChanged);
    const Status s = store->saveNote(QStringLiteral("go/a"), QStringLiteral("first"), {});
    QVERIFY2(s, qPrintable(s.message()));
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("second"), QStringLiteral("h")));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("go/a"));
    QCOMPARE(store->note(QStringLiteral("go/a"))->text, QStringLiteral("second"));
    QCOMPARE(store->notes().size(), 1);
}

void UserStoreTest::saveNote_blankText_removesNote()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(store);
    QSignalSpy spy(store.get(), &UserStore::noteChanged);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("text"), {}));
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("  \n\t"), {}));
    QCOMPARE(spy.count(), 2);
    QVERIFY(!store->hasNote(QStringLiteral("go/a")));
    QVERIFY(!store->note(QStringLiteral("go/a")));
    // Clearing a note that does not exist changes nothing and says nothing.
    QVERIFY(store->saveNote(QStringLiteral("go/b"), QString(), {}));
    QCOMPARE(spy.count(), 2);
}

void UserStoreTest::saveNote_keepsCreationTime()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("one"), {}));
    const QDateTime created = store->note(QStringLiteral("go/a"))->created;
    QTest::qWait(5);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("two"), {}));
    const auto note = store->note(QStringLiteral("go/a"));
    QCOMPARE(note->created, created);
    QVERIFY(note->updated > created);
}

void UserStoreTest::notes_newestFirst()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(store->saveNote(QStringLiteral("go/old"), QStringLiteral("old"), {}));
    QTest::qWait(5);
    QVERIFY(store->saveNote(QStringLiteral("go/new"), QStringLiteral("new"), {}));
    const QList<UserStore::Note> notes = store->notes();
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.at(0).questionId, QStringLiteral("go/new"));
    QCOMPARE(notes.at(1).questionId, QStringLiteral("go/old"));
}

void UserStoreTest::setFlag_emitsOncePerChange()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QSignalSpy spy(store.get(), &UserStore::flagChanged);
    QVERIFY(store->setFlag(QStringLiteral("go/a"), UserStore::Flag::Weak, true));
    QVERIFY(store->setFlag(QStringLiteral("go/a"), UserStore::Flag::Weak, true)); // already set: no signal
    QVERIFY(store->setFlag(QStringLiteral("go/a"), UserStore::Flag::Weak, false));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("go/a"));
    QCOMPARE(spy.at(0).at(1).value<UserStore::Flag>(), UserStore::Flag::Weak);
    QCOMPARE(spy.at(0).at(2).toBool(), true);
    QCOMPARE(spy.at(1).at(2).toBool(), false);
}

void UserStoreTest::open_emptyFile_migrates()
{
    // An empty file is a valid, empty SQLite database: migrate it from version 0.
    const QString folder = freshFolder();
    QDir().mkpath(folder);
    QFile empty(folder + QStringLiteral("/goprep.sqlite"));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QString error;
    auto store = UserStore::open(folder, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), UserStore::SchemaVersion);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("works"), {}));
}

void UserStoreTest::open_unusable_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("expectedInMessage");
    QTest::newRow("robustness: a file where the folder should be")
        << QStringLiteral("file-as-folder") << QStringLiteral("is a file, not a folder");
    QTest::newRow("robustness: a file in the way of the folder's parent")
        << QStringLiteral("file-as-parent") << QStringLiteral("Cannot create the data folder");
    QTest::newRow("robustness: the database path is a folder")
        << QStringLiteral("database-is-folder") << QStringLiteral("is not a file");
}

void UserStoreTest::open_unusable()
{
    QFETCH(QString, setup);
    QFETCH(QString, expectedInMessage);
    const QString base = freshFolder();
    QDir().mkpath(base);
    QString folder = base + QStringLiteral("/data");
    auto writeFile = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    if (setup == u"file-as-folder") {
        QVERIFY(writeFile(folder, "x"));
    } else if (setup == u"file-as-parent") {
        QVERIFY(writeFile(folder, "x"));
        folder += QStringLiteral("/inner");
    } else if (setup == u"database-is-folder") {
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/goprep.sqlite")));
    }
    QString error;
    const auto store = UserStore::open(folder, &error);
    QVERIFY(!store);
    QVERIFY2(error.contains(expectedInMessage), qPrintable(error));
    // The message names the place, so the person knows what to fix.
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
}

void UserStoreTest::open_newerSchema_isLeftUntouched()
{
    const QString folder = freshFolder();
    {
        QString error;
        auto store = UserStore::open(folder, &error);
        QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("keep me"), {}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(folder + QStringLiteral("/goprep.sqlite"));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=99")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));
    QString error;
    QVERIFY(!UserStore::open(folder, &error));
    QVERIFY2(error.contains(QLatin1String("newer version of GoPrep")), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(folder + QStringLiteral("/goprep.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT body FROM notes")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("keep me"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void UserStoreTest::open_twoStoresOnOneFile_bothWork()
{
    // Two windows or a window and a command-line import on the same data: WAL and the busy timeout let
    // both write.
    const QString folder = freshFolder();
    QString error;
    auto first = UserStore::open(folder, &error);
    auto second = UserStore::open(folder, &error);
    QVERIFY2(first && second, qPrintable(error));
    QVERIFY(first->saveNote(QStringLiteral("go/a"), QStringLiteral("from one"), {}));
    QVERIFY(second->saveNote(QStringLiteral("go/b"), QStringLiteral("from two"), {}));
    QCOMPARE(first->notes().size(), 2);
}

void UserStoreTest::recovery_notADatabase_movedAsideFreshStart()
{
    const QString folder = freshFolder();
    QDir().mkpath(folder);
    const QByteArray garbage(8192, 'Z');
    {
        QFile file(folder + QStringLiteral("/goprep.sqlite"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    QString error;
    UserStore::Recovery recovery;
    auto store = UserStore::open(folder, &error, &recovery);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(recovery.happened());
    QVERIFY(recovery.restoredFrom.isEmpty()); // no backup to restore: a fresh start
    QVERIFY(recovery.message().contains(QDir::toNativeSeparators(recovery.damagedMovedTo)));
    QVERIFY(recovery.damagedMovedTo.contains(QLatin1String(".damaged-")));
    QFile moved(recovery.damagedMovedTo);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage); // kept exactly, never deleted
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("works again"), {}));
}

void UserStoreTest::recovery_damaged_restoresNewestGoodBackup()
{
    const QString folder = freshFolder();
    {
        QString error;
        auto store = UserStore::open(folder, &error);
        for (int i = 0; i < 200; ++i) { // enough rows for several pages
            QVERIFY(store->saveNote(QStringLiteral("go/q%1").arg(i), QString(300, QChar(u'a' + i % 26)), {}));
        }
        QVERIFY(store->backup());
        QVERIFY(
            store->saveNote(QStringLiteral("go/after-backup"), QStringLiteral("lost with the damage"), {}));
    }
    // Damage a page in the middle of the file: a disk error, a bad copy.
    {
        QFile file(folder + QStringLiteral("/goprep.sqlite"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 6 * 4096);
        file.seek(3 * 4096);
        file.write(QByteArray(4096, '\xA5'));
    }
    QString error;
    UserStore::Recovery recovery;
    auto store = UserStore::open(folder, &error, &recovery);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(recovery.happened());
    QVERIFY(!recovery.restoredFrom.isEmpty());
    QVERIFY(recovery.message().contains(QLatin1String("restored the backup")));
    QVERIFY(QFile::exists(recovery.damagedMovedTo));
    QCOMPARE(store->notes().size(), 200);
    QCOMPARE(store->note(QStringLiteral("go/q7"))->text, QString(300, u'h'));
    QVERIFY(!store->hasNote(QStringLiteral("go/after-backup")));
}

void UserStoreTest::backups_rotate()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(!store->lastBackupTime().isValid());
    for (int i = 0; i < UserStore::KeepBackups + 3; ++i) {
        QVERIFY(store->saveNote(QStringLiteral("go/a"), QString::number(i), {}));
        QVERIFY(store->backup());
        QTest::qWait(2); // distinct names: they carry the time to the millisecond
    }
    const QList<UserStore::Backup> backups = store->backups();
    QCOMPARE(backups.size(), UserStore::KeepBackups);
    QVERIFY(backups.first().time > backups.last().time); // newest first
    QVERIFY(store->lastBackupTime().isValid());
    QVERIFY(backups.first().size > 0);
}

void UserStoreTest::restoreBackup_replacesAndCanBeUndone()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("first version"), {}));
    QVERIFY(store->setFlag(QStringLiteral("go/a"), UserStore::Flag::Weak, true));
    QString first;
    QVERIFY(store->backup(&first));
    QTest::qWait(2);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("second version"), {}));
    QVERIFY(store->setFlag(QStringLiteral("go/a"), UserStore::Flag::Weak, false));
    QVERIFY(store->saveNote(QStringLiteral("go/b"), QStringLiteral("only later"), {}));

    QSignalSpy reset(store.get(), &UserStore::dataReset);
    QVERIFY(store->restoreBackup(first));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(store->note(QStringLiteral("go/a"))->text, QStringLiteral("first version"));
    QVERIFY(store->hasFlag(QStringLiteral("go/a"), UserStore::Flag::Weak));
    QVERIFY(!store->hasNote(QStringLiteral("go/b")));
    // The state before the restore was backed up: restoring that one undoes the restore.
    const QString safety = store->backups().first().path;
    QVERIFY(safety != first);
    QVERIFY(store->restoreBackup(safety));
    QCOMPARE(store->note(QStringLiteral("go/a"))->text, QStringLiteral("second version"));
    QVERIFY(store->hasNote(QStringLiteral("go/b")));
}

void UserStoreTest::restoreBackup_damagedFile_refused()
{
    QString error;
    auto store = UserStore::open(freshFolder(), &error);
    QVERIFY(store->saveNote(QStringLiteral("go/a"), QStringLiteral("keep"), {}));
    const QString bogus = m_dir.filePath(QStringLiteral("bogus.sqlite"));
    QFile file(bogus);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a database at all");
    file.close();
    const Status status = store->restoreBackup(bogus);
    QVERIFY(!status);
    QVERIFY(status.message().contains(QLatin1String("not a usable GoPrep backup")));
    QCOMPARE(store->note(QStringLiteral("go/a"))->text, QStringLiteral("keep"));
}

void UserStoreTest::reviews_loggedAndMarkWeakInOneTransaction()
{
    const QString folder = freshFolder();
    {
        QString error;
        auto store = UserStore::open(folder, &error);
        QSignalSpy reviewed(store.get(), &UserStore::reviewAdded);
        QSignalSpy flagged(store.get(), &UserStore::flagChanged);
        QVERIFY(store->addReview({0, QStringLiteral("go/a"), 3, {}, 4200, QStringLiteral("review"), 0}));
        QVERIFY(store->addReview({0, QStringLiteral("go/a"), 1, {}, 9000, QStringLiteral("drill"), 0}, true));
        QCOMPARE(reviewed.count(), 2);
        QCOMPARE(flagged.count(), 1);
        QVERIFY(store->hasFlag(QStringLiteral("go/a"), UserStore::Flag::Weak));
        QVERIFY(!store->addReview({0, QStringLiteral("go/a"), 7, {}, 0, QStringLiteral("review"), 0}));
        const std::optional<qint64> session = store->startSession(QStringLiteral("drill"));
        QVERIFY(session);
        QVERIFY(
            store->addReview({0, QStringLiteral("go/b"), 4, {}, 1000, QStringLiteral("drill"), *session}));
        QVERIFY(store->finishSession(*session));
        QVERIFY(store->setPreference(QStringLiteral("interviewDate"), QStringLiteral("2026-12-10")));
        // A null QString clears a setting (it must not bind SQL NULL into a NOT NULL column).
        QVERIFY(store->setPreference(QStringLiteral("cleared"), QStringLiteral("x")));
        QVERIFY(store->setPreference(QStringLiteral("cleared"), QString()));
    }
    QString error;
    auto store = UserStore::open(folder, &error);
    QCOMPARE(store->preference(QStringLiteral("cleared"), QStringLiteral("fallback")), QString(""));
    const QList<UserStore::Review> reviews = store->reviews(QStringLiteral("go/a"));
    QCOMPARE(reviews.size(), 2);
    QCOMPARE(reviews.at(0).rating, 3);
    QCOMPARE(reviews.at(0).durationMs, 4200);
    QCOMPARE(reviews.at(1).mode, QStringLiteral("drill"));
    QVERIFY(store->hasReviews(QStringLiteral("go/b")));
    QVERIFY(!store->hasReviews(QStringLiteral("go/c")));
    QCOMPARE(store->allReviews().size(), 3);
    QVERIFY(store->allReviews().last().sessionId > 0);
    QCOMPARE(store->preference(QStringLiteral("interviewDate")), QStringLiteral("2026-12-10"));
}

void UserStoreTest::note_textIsStoredExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("nominal: Markdown with code")
        << QStringLiteral("**Bold**\n\n```go\nfunc f() {\n\treturn\n}\n```\n");
    QTest::newRow("robustness: quotes and SQL") << QStringLiteral("'); DROP TABLE notes; -- \"quoted\"");
    QTest::newRow("robustness: emoji and CJK") << QStringLiteral("goroutine 🚀 协程 ゴルーチン");
    QTest::newRow("robustness: 1 MB note") << QString(1 << 20, u'x');
    QTest::newRow("robustness: NUL inside") << QString::fromUtf16(u"a\u0000b", 3);
}

void UserStoreTest::note_textIsStoredExactly()
{
    QFETCH(QString, text);
    const QString folder = freshFolder();
    {
        QString error;
        auto store = UserStore::open(folder, &error);
        QVERIFY(store->saveNote(QStringLiteral("go/x"), text, {}));
    }
    QString error;
    auto store = UserStore::open(folder, &error);
    QVERIFY(store);
    QCOMPARE(store->note(QStringLiteral("go/x"))->text, text);
}

QTEST_GUILESS_MAIN(UserStoreTest)
#include "userstore_test.moc"
