#pragma once

#include "core/status.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

namespace GoPrep {

// The learner's own data: notes, bookmarks and weak-topic flags, keyed by stable question id, in a
// SQLite file. The only class that runs SQL on it. Every change is one transaction and is announced by a
// signal, so views never ask the database themselves.
class UserStore final : public QObject
{
    Q_OBJECT

public:
    enum class Flag { Bookmark, Weak };
    Q_ENUM(Flag)

    struct Note
    {
        QString questionId;
        QString text;
        QString answerHash; // of the answer the note was written against
        QDateTime created;
        QDateTime updated;
    };

    static constexpr int SchemaVersion = 2;
    static QString databaseFileName() { return QStringLiteral("goprep.sqlite"); }

    // What open() had to do to a damaged database, for telling the learner in plain words.
    struct Recovery
    {
        QString damagedMovedTo; // where the damaged file now is (never deleted); empty: nothing was damaged
        QString restoredFrom; // the backup restored in its place; empty: a fresh database was started
        QDateTime backupTime;
        bool happened() const { return !damagedMovedTo.isEmpty(); }
        QString message() const;
    };

    // Opens or creates the store in folder. On failure returns nullptr and sets *error to a message that
    // names the path and says what to do. A damaged database is moved aside (never deleted) and replaced by
    // the newest good backup, or a fresh one; *recovery says so.
    static std::unique_ptr<UserStore> open(const QString &folder, QString *error,
                                           Recovery *recovery = nullptr);

    ~UserStore() override;

    QString folder() const { return m_folder; }
    QString databasePath() const;

    std::optional<Note> note(const QString &questionId) const;
    QList<Note> notes() const; // newest first
    bool hasNote(const QString &questionId) const { return m_noted.contains(questionId); }
    // Saves the note; empty (or blank) text removes it.
    Status saveNote(const QString &questionId, const QString &text, const QString &answerHash);

    bool hasFlag(const QString &questionId, Flag flag) const;
    QSet<QString> questionsWith(Flag flag) const;
    Status setFlag(const QString &questionId, Flag flag, bool on);

    // One answer to a question in review or a drill: the log from which every card's schedule is derived.
    struct Review
    {
        qint64 id = 0;
        QString questionId;
        int rating = 0; // 1 Again, 2 Hard, 3 Good, 4 Easy
        QDateTime reviewedAt;
        int durationMs = 0;
        QString mode = QStringLiteral("review"); // review, drill or pass-fail
        qint64 sessionId = 0; // 0: none
    };
    // Logs a review; with markWeak, also flags the question weak, in the same transaction.
    Status addReview(Review review, bool markWeak = false);
    QList<Review> reviews(const QString &questionId) const; // oldest first
    QList<Review> allReviews() const; // oldest first
    bool hasReviews(const QString &questionId) const { return m_reviewed.contains(questionId); }

    // A practice session (a review round or a drill) that reviews can belong to.
    std::optional<qint64> startSession(const QString &kind, QString *error = nullptr);
    Status finishSession(qint64 sessionId);

    // The learner's own settings that belong with their data (exported with it): interview date,
    // target retention. Window state stays in QSettings.
    QString preference(const QString &key, const QString &fallback = {}) const;
    Status setPreference(const QString &key, const QString &value);

    int schemaVersion() const;
    QString backupFolder() const;

    // Backups: a consistent copy of the whole database (VACUUM INTO) in backupFolder(), the newest
    // KeepBackups kept.
    static constexpr int KeepBackups = 10;
    struct Backup
    {
        QString path;
        QDateTime time;
        qint64 size = 0;
    };
    Status backup(QString *path = nullptr);
    QList<Backup> backups() const; // newest first
    QDateTime lastBackupTime() const;
    // Replaces everything with a backup's contents, after backing up the current state first, so a
    // restore can itself be undone. Emits dataReset().
    Status restoreBackup(const QString &path);

    // All of the learner's data at once: what export writes and import merges.
    struct FlagRecord
    {
        QString questionId;
        Flag flag = Flag::Bookmark;
        QDateTime setAt;
    };
    struct Snapshot
    {
        QList<Note> notes;
        QList<FlagRecord> flags;
        QList<Review> reviews;
        QHash<QString, QString> preferences;
    };
    struct MergeReport
    {
        int notesAdded = 0;
        int notesUpdated = 0;
        int notesConflicting = 0; // both texts kept
        int flagsAdded = 0;
        int reviewsAdded = 0;
        int preferencesAdded = 0;
    };
    Snapshot snapshot() const;
    // Merges another snapshot in, in one transaction, by question id: the newer note wins and, when both
    // sides changed it, the other text is kept below it; marks, reviews and missing preferences are added.
    // Merging the same data twice changes nothing the second time. Emits dataReset().
    Status merge(const Snapshot &incoming, MergeReport *report = nullptr);

Q_SIGNALS:
    void noteChanged(const QString &questionId);
    void flagChanged(const QString &questionId, GoPrep::UserStore::Flag flag, bool on);
    void reviewAdded(const QString &questionId);
    void preferenceChanged(const QString &key);
    // Everything may have changed (a backup restored, data imported): views reload.
    void dataReset();

private:
    UserStore(const QString &folder, const QString &connectionName);
    struct Attempt;
    static Attempt attemptOpen(const QString &folder);
    Status checkIntegrity();
    QSqlDatabase database() const;
    Status configure();
    Status migrate();
    Status loadCaches();
    Status failure(const QString &what, const QSqlQuery &query) const;

    QString m_folder;
    QString m_connectionName;
    QSet<QString> m_noted;
    QSet<QString> m_bookmarked;
    QSet<QString> m_weak;
    QSet<QString> m_reviewed;
    QHash<QString, QString> m_preferences;
};

} // namespace GoPrep
