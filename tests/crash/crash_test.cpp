#include "crashnote.h"
#include "storage/userstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;

// Kills a process that is saving notes through the real store with SIGKILL at random moments, again and
// again, and checks after each kill that the database opens cleanly, passes SQLite's integrity check, and
// holds every note the process had reported as saved, intact.
class CrashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sigkillWhileSaving_loses_nothing();
};

void CrashTest::sigkillWhileSaving_loses_nothing()
{
    const int iterations = qEnvironmentVariableIntValue("GOPREP_CRASH_ITERATIONS") > 0
        ? qEnvironmentVariableIntValue("GOPREP_CRASH_ITERATIONS")
        : 100;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(QStringLiteral("data"));
    QRandomGenerator random(20261128);
    QHash<QString, int> reported; // question -> highest version reported as saved, over all runs
    int savesReported = 0;
    int lost = 0;
    int checks = 0;

    for (int i = 0; i < iterations; ++i) {
        QProcess writer;
        writer.start(QStringLiteral(GOPREP_CRASH_WRITER), {data, QString::number(random.generate())});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QVERIFY2(writer.waitForReadyRead(20000), "the writer did not start saving");
        // Anywhere from straight after opening the store to well into a run of saves.
        QTest::qWait(int(random.bounded(5, 250)));
        writer.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() == 3 && fields.at(0) == "saved") {
                reported.insert(QString::fromUtf8(fields.at(1)), fields.at(2).toInt());
                ++savesReported;
            }
        }

        // SQLite's full integrity check, on a connection of our own, before the store touches the file.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(data + QStringLiteral("/goprep.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));

        QString error;
        UserStore::Recovery recovery;
        const auto store = UserStore::open(data, &error, &recovery);
        QVERIFY2(store, qPrintable(error));
        QVERIFY2(!recovery.happened(), "a killed writer must never leave a damaged database");
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            ++checks;
            const std::optional<UserStore::Note> note = store->note(it.key());
            // The stored version may be newer than the last reported (saved, then killed before printing),
            // never older, and always exactly the text of its version.
            const int version = note ? Testing::crashNoteVersion(note->text) : -1;
            if (!note || version < it.value() || note->text != Testing::crashNoteText(it.key(), version)) {
                ++lost;
                qWarning("lost or damaged: %s (reported version %d, found %d)", qPrintable(it.key()),
                         it.value(), version);
            }
        }
    }
    qInfo("CRASH HARNESS: %d SIGKILLs, %d saves reported, %d note checks, %d notes lost", iterations,
          savesReported, checks, lost);
    QVERIFY(savesReported > iterations); // the harness really wrote under the kills
    QCOMPARE(lost, 0);
}

QTEST_GUILESS_MAIN(CrashTest)
#include "crash_test.moc"
