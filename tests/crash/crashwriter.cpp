// crash_writer DATA_DIR SEED: saves notes through the real UserStore as fast as it can and reports each save
// on standard output only after saveNote() returned success ("saved <question> <version>"). crash_test kills
// it with SIGKILL at random moments and checks that every reported save survived.
#include "crashnote.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace GoPrep;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: crash_writer DATA_DIR SEED\n");
        return 2;
    }
    QString error;
    const std::unique_ptr<UserStore> store = UserStore::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QRandomGenerator random(quint32(QByteArray(argv[2]).toUInt()));
    // Carry on from the versions already stored, so a version number is never reused.
    QHash<QString, int> versions;
    for (const UserStore::Note &note : store->notes()) {
        versions.insert(note.questionId, Testing::crashNoteVersion(note.text));
    }
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const QString id = QStringLiteral("crash/q%1").arg(random.bounded(40));
        const int version = versions.value(id) + 1;
        const QString text = Testing::crashNoteText(id, version);
        if (!store->saveNote(id, text, QStringLiteral("hash"))) {
            continue;
        }
        versions.insert(id, version);
        std::printf("saved %s %d\n", qPrintable(id), version);
        std::fflush(stdout);
        // Reviews and marks too: every kind of write is a transaction that may be cut short.
        if (random.bounded(4) == 0) {
            store->addReview({0, id, int(random.bounded(1, 5)), {}, 1000, QStringLiteral("review"), 0},
                             random.bounded(2) == 0);
        }
        if (random.bounded(4) == 0) {
            store->setFlag(id, UserStore::Flag::Bookmark, random.bounded(2) == 0);
        }
    }
}
