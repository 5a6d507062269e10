#include "storage/userstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <atomic>

namespace GoPrep {

namespace {

// Migration N takes the schema from version N to N+1. Never edit a released migration: add one.
const char *const migrations[] = {
    // 0 -> 1: notes and flags.
    R"sql(
CREATE TABLE notes (
    question_id TEXT PRIMARY KEY NOT NULL,
    body        TEXT NOT NULL,
    answer_hash TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE TABLE flags (
    question_id TEXT NOT NULL,
    flag        TEXT NOT NULL CHECK (flag IN ('bookmark', 'weak')),
    set_at      INTEGER NOT NULL,
    PRIMARY KEY (question_id, flag)
);
)sql",
    // 1 -> 2: the review log (card state is derived from it), practice sessions, preferences that are
    // the learner's data (interview date, target retention) rather than window state.
    R"sql(
CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('review', 'drill')),
    started_at  INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE TABLE reviews (
    id          INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
    reviewed_at INTEGER NOT NULL,
    duration_ms INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    mode        TEXT NOT NULL CHECK (mode IN ('review', 'drill', 'pass-fail')),
    session_id  INTEGER REFERENCES sessions (id) ON DELETE SET NULL
);
CREATE INDEX reviews_by_question ON reviews (question_id, reviewed_at);
CREATE TABLE preferences (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
)sql",
};

QString flagName(UserStore::Flag flag)
{
    return flag == UserStore::Flag::Bookmark ? QStringLiteral("bookmark") : QStringLiteral("weak");
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Splits a migration script into statements; QSqlQuery runs one statement at a time.
QStringList statements(const char *script)
{
    QStringList result;
    for (const QString &part : QString::fromUtf8(script).split(u';')) {
        if (!part.trimmed().isEmpty()) {
            result.append(part.trimmed());
        }
    }
    return result;
}

} // namespace

UserStore::UserStore(const QString &folder, const QString &connectionName)
    : m_folder(folder)
    , m_connectionName(connectionName)
{ }

UserStore::~UserStore()
{
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            // Fold the WAL back into the main file so a backup or copy of the folder is one file.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    // The QSqlDatabase handle above must be gone before the connection is removed.
    QSqlDatabase::removeDatabase(m_connectionName);
}

struct UserStore::Attempt
{
    std::unique_ptr<UserStore> store;
    QString error;
    bool damaged = false; // the file is not a (healthy) SQLite database: worth moving aside
};

namespace {

bool soundsDamaged(const QString &message)
{
    for (const char *word :
         {"not a database", "malformed", "corrupt", "file is encrypted", "integrity check"}) {
        if (message.contains(QLatin1String(word), Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

QString timestamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
}

// Whether path holds a healthy SQLite database, opened read-only so a bad file is never touched.
bool isHealthyDatabase(const QString &path)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("goprep-check-%1").arg(counter.fetch_add(1));
    bool healthy = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            healthy = query.exec(QStringLiteral("PRAGMA quick_check")) && query.next()
                && query.value(0).toString() == u"ok";
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return healthy;
}

QStringList backupFiles(const QString &folder)
{
    QDir dir(folder + QStringLiteral("/backups"));
    QStringList files
        = dir.entryList({QStringLiteral("goprep-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &file : files) {
        file = dir.filePath(file);
    }
    return files; // newest first: the name holds the time
}

QDateTime backupTime(const QString &path)
{
    const QString stamp = QFileInfo(path).completeBaseName().mid(7); // after "goprep-"
    const QDateTime time = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return time.isValid() ? time : QFileInfo(path).lastModified();
}

} // namespace

QString UserStore::Recovery::message() const
{
    if (!happened()) {
        return {};
    }
    if (restoredFrom.isEmpty()) {
        return tr("Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and "
                  "started a new, empty one, because there was no usable backup.")
            .arg(QDir::toNativeSeparators(damagedMovedTo));
    }
    return tr("Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and "
              "restored the backup from %2. Anything written after that backup is only in the damaged file.")
        .arg(QDir::toNativeSeparators(damagedMovedTo), QLocale().toString(backupTime, QLocale::LongFormat));
}

UserStore::Attempt UserStore::attemptOpen(const QString &folder)
{
    const QString path = folder + u'/' + databaseFileName();
    // A unique connection per store: tests and tools may open several at once.
    static std::atomic<int> counter{0};
    const QString connectionName = QStringLiteral("goprep-store-%1").arg(counter.fetch_add(1));
    Attempt attempt;
    std::unique_ptr<UserStore> store(new UserStore(folder, connectionName));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid()) {
            attempt.error = tr("The Qt SQLite driver (QSQLITE) is not available, so GoPrep cannot keep "
                               "notes. Install it (Debian: libqt6sql6-sqlite).");
            return attempt;
        }
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            attempt.error = tr("Cannot open the notes database %1: %2")
                                .arg(QDir::toNativeSeparators(path), db.lastError().text());
            attempt.damaged = soundsDamaged(attempt.error);
            return attempt;
        }
    }
    for (const auto step :
         {&UserStore::configure, &UserStore::checkIntegrity, &UserStore::migrate, &UserStore::loadCaches}) {
        const Status status = (store.get()->*step)();
        if (!status) {
            attempt.error = status.message();
            attempt.damaged = soundsDamaged(status.message());
            return attempt;
        }
    }
    attempt.store = std::move(store);
    return attempt;
}

std::unique_ptr<UserStore> UserStore::open(const QString &folder, QString *error, Recovery *recovery)
{
    const QString cleanFolder = QDir::cleanPath(QDir(folder).absolutePath());
    auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::unique_ptr<UserStore>();
    };

    const QFileInfo folderInfo(cleanFolder);
    if (folderInfo.exists() && !folderInfo.isDir()) {
        return fail(tr("The data folder %1 is a file, not a folder. Move the file away or choose "
                       "another folder with --data-dir.")
                        .arg(QDir::toNativeSeparators(cleanFolder)));
    }
    if (!QDir().mkpath(cleanFolder)) {
        return fail(tr("Cannot create the data folder %1. Check that its parent folder exists and is "
                       "writable, or choose another folder with --data-dir.")
                        .arg(QDir::toNativeSeparators(cleanFolder)));
    }
    const QString path = cleanFolder + u'/' + databaseFileName();
    const QFileInfo fileInfo(path);
    if (fileInfo.exists() && !fileInfo.isFile()) {
        return fail(tr("%1 exists but is not a file. Move it away so GoPrep can keep your notes there.")
                        .arg(QDir::toNativeSeparators(path)));
    }

    Attempt attempt = attemptOpen(cleanFolder);
    if (attempt.store || !attempt.damaged) {
        return attempt.store ? std::move(attempt.store) : fail(attempt.error);
    }

    // Damaged: keep the file (renamed, with its journal) and carry on from the newest good backup.
    Recovery result;
    result.damagedMovedTo = path + QStringLiteral(".damaged-") + timestamp();
    if (!QFile::rename(path, result.damagedMovedTo)) {
        return fail(tr("The notes database %1 is damaged (%2), and it could not be moved aside. Move it away "
                       "yourself and start GoPrep again.")
                        .arg(QDir::toNativeSeparators(path), attempt.error));
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        QFile::rename(path + QLatin1String(suffix), result.damagedMovedTo + QLatin1String(suffix));
    }
    for (const QString &candidate : backupFiles(cleanFolder)) {
        if (!isHealthyDatabase(candidate) || !QFile::copy(candidate, path)) {
            continue;
        }
        Attempt restored = attemptOpen(cleanFolder);
        if (restored.store) {
            result.restoredFrom = candidate;
            result.backupTime = backupTime(candidate);
            if (recovery) {
                *recovery = result;
            }
            return std::move(restored.store);
        }
        QFile::remove(path); // a backup that does not open after all: try the next one
    }
    Attempt fresh = attemptOpen(cleanFolder);
    if (!fresh.store) {
        return fail(fresh.error);
    }
    if (recovery) {
        *recovery = result;
    }
    return std::move(fresh.store);
}

Status UserStore::checkIntegrity()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
        return failure(tr("Cannot check the notes database"), query);
    }
    const QString verdict = query.value(0).toString();
    if (verdict != u"ok") {
        return Status::failure(tr("The notes database %1 failed its integrity check (%2).")
                                   .arg(QDir::toNativeSeparators(databasePath()), verdict));
    }
    return {};
}

QSqlDatabase UserStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString UserStore::databasePath() const
{
    return m_folder + u'/' + databaseFileName();
}

Status UserStore::failure(const QString &what, const QSqlQuery &query) const
{
    QString reason = query.lastError().databaseText();
    if (reason.isEmpty()) {
        reason = query.lastError().text();
    }
    QString advice;
    if (reason.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("unable to open"), Qt::CaseInsensitive)) {
        advice = tr(" Check that the folder is writable, or start GoPrep with --data-dir pointing to "
                    "a writable folder.");
    } else if (reason.contains(QLatin1String("not a database"), Qt::CaseInsensitive)
               || reason.contains(QLatin1String("malformed"), Qt::CaseInsensitive)) {
        advice = tr(" The file is damaged or is not a GoPrep database.");
    }
    return Status::failure(
        tr("%1 (%2): %3.%4").arg(what, QDir::toNativeSeparators(databasePath()), reason, advice));
}

Status UserStore::configure()
{
    QSqlQuery query(database());
    // journal_mode answers with the mode in force; anything but "wal" means the file cannot be written.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        return failure(tr("Cannot use the notes database"), query);
    }
    const QString mode = query.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Status::failure(tr("Cannot use the notes database %1: it could not be switched to "
                                  "write-ahead logging (journal mode is '%2'). Is the folder writable?")
                                   .arg(QDir::toNativeSeparators(databasePath()), mode));
    }
    // FULL: a note reported as saved survives a power cut, not only a crash. Saves are small and rare.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON")}) {
        if (!query.exec(pragma)) {
            return failure(tr("Cannot configure the notes database"), query);
        }
    }
    return {};
}

int UserStore::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Status UserStore::migrate()
{
    const int current = schemaVersion();
    if (current < 0) {
        QSqlQuery probe(database());
        probe.exec(QStringLiteral("PRAGMA user_version"));
        return failure(tr("Cannot read the notes database"), probe);
    }
    constexpr int known = int(std::size(migrations));
    static_assert(known == SchemaVersion, "every schema version needs its migration");
    if (current > known) {
        return Status::failure(tr("The notes database %1 was written by a newer version of GoPrep "
                                  "(schema %2; this version knows up to %3). Update GoPrep; the file "
                                  "was left untouched.")
                                   .arg(QDir::toNativeSeparators(databasePath()))
                                   .arg(current)
                                   .arg(known));
    }
    QSqlDatabase db = database();
    for (int version = current; version < known; ++version) {
        if (!db.transaction()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("BEGIN"));
            return failure(tr("Cannot update the notes database"), query);
        }
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : statements(migrations[version])) {
            if (!query.exec(statement)) {
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound parameters; the number is ours, not the user's.
        if (ok && !query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1))) {
            ok = false;
        }
        if (!ok) {
            const Status status
                = failure(tr("Cannot update the notes database to schema %1").arg(version + 1), query);
            db.rollback();
            return status;
        }
        if (!db.commit()) {
            return Status::failure(tr("Cannot update the notes database %1: %2")
                                       .arg(QDir::toNativeSeparators(databasePath()), db.lastError().text()));
        }
    }
    return {};
}

Status UserStore::loadCaches()
{
    m_noted.clear();
    m_bookmarked.clear();
    m_weak.clear();
    m_reviewed.clear();
    m_preferences.clear();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT question_id FROM notes"))) {
        return failure(tr("Cannot read notes"), query);
    }
    while (query.next()) {
        m_noted.insert(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT question_id, flag FROM flags"))) {
        return failure(tr("Cannot read bookmarks"), query);
    }
    while (query.next()) {
        const QString flag = query.value(1).toString();
        (flag == u"bookmark" ? m_bookmarked : m_weak).insert(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT DISTINCT question_id FROM reviews"))) {
        return failure(tr("Cannot read the review history"), query);
    }
    while (query.next()) {
        m_reviewed.insert(query.value(0).toString());
    }
    if (!query.exec(QStringLiteral("SELECT key, value FROM preferences"))) {
        return failure(tr("Cannot read preferences"), query);
    }
    while (query.next()) {
        m_preferences.insert(query.value(0).toString(), query.value(1).toString());
    }
    return {};
}

std::optional<UserStore::Note> UserStore::note(const QString &questionId) const
{
    if (!m_noted.contains(questionId)) {
        return std::nullopt; // the cache is complete: no query for questions without notes
    }
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT body, answer_hash, created_at, updated_at FROM notes WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return Note{questionId, query.value(0).toString(), query.value(1).toString(),
                QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong()),
                QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong())};
}

QList<UserStore::Note> UserStore::notes() const
{
    QList<Note> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT question_id, body, answer_hash, created_at, updated_at FROM notes "
                                   "ORDER BY updated_at DESC, question_id"))) {
        return result;
    }
    while (query.next()) {
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong()),
                       QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong())});
    }
    return result;
}

Status UserStore::saveNote(const QString &questionId, const QString &text, const QString &answerHash)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    const bool remove = text.trimmed().isEmpty();
    if (remove) {
        query.prepare(QStringLiteral("DELETE FROM notes WHERE question_id = ?"));
        query.addBindValue(questionId);
    } else {
        // One statement is one transaction in SQLite: the note is either the old text or the new one.
        query.prepare(QStringLiteral("INSERT INTO notes (question_id, body, answer_hash, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (question_id) DO UPDATE SET body = excluded.body, "
                                     "answer_hash = excluded.answer_hash, "
                                     "updated_at = excluded.updated_at"));
        const qint64 now = nowMs();
        query.addBindValue(questionId);
        query.addBindValue(text);
        query.addBindValue(answerHash.isNull() ? QStringLiteral("")
                                               : answerHash); // a null QString binds NULL
        query.addBindValue(now);
        query.addBindValue(now);
    }
    if (!query.exec()) {
        return failure(tr("Your note was not saved"), query);
    }
    const bool had = m_noted.contains(questionId);
    if (remove) {
        m_noted.remove(questionId);
    } else {
        m_noted.insert(questionId);
    }
    if (had || !remove) {
        Q_EMIT noteChanged(questionId);
    }
    return {};
}

bool UserStore::hasFlag(const QString &questionId, Flag flag) const
{
    return (flag == Flag::Bookmark ? m_bookmarked : m_weak).contains(questionId);
}

QSet<QString> UserStore::questionsWith(Flag flag) const
{
    return flag == Flag::Bookmark ? m_bookmarked : m_weak;
}

Status UserStore::setFlag(const QString &questionId, Flag flag, bool on)
{
    if (hasFlag(questionId, flag) == on) {
        return {};
    }
    QSqlQuery query(database());
    if (on) {
        query.prepare(
            QStringLiteral("INSERT OR REPLACE INTO flags (question_id, flag, set_at) VALUES (?, ?, ?)"));
        query.addBindValue(questionId);
        query.addBindValue(flagName(flag));
        query.addBindValue(nowMs());
    } else {
        query.prepare(QStringLiteral("DELETE FROM flags WHERE question_id = ? AND flag = ?"));
        query.addBindValue(questionId);
        query.addBindValue(flagName(flag));
    }
    if (!query.exec()) {
        return failure(flag == Flag::Bookmark ? tr("The bookmark was not saved")
                                              : tr("The weak-topic mark was not saved"),
                       query);
    }
    QSet<QString> &set = flag == Flag::Bookmark ? m_bookmarked : m_weak;
    if (on) {
        set.insert(questionId);
    } else {
        set.remove(questionId);
    }
    Q_EMIT flagChanged(questionId, flag, on);
    return {};
}

namespace {

UserStore::Review reviewFrom(const QSqlQuery &query)
{
    UserStore::Review review;
    review.id = query.value(0).toLongLong();
    review.questionId = query.value(1).toString();
    review.rating = query.value(2).toInt();
    review.reviewedAt = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::utc());
    review.durationMs = query.value(4).toInt();
    review.mode = query.value(5).toString();
    review.sessionId = query.value(6).isNull() ? 0 : query.value(6).toLongLong();
    return review;
}

const QString reviewColumns
    = QStringLiteral("id, question_id, rating, reviewed_at, duration_ms, mode, session_id");

} // namespace

Status UserStore::addReview(Review review, bool markWeak)
{
    if (review.rating < 1 || review.rating > 4) {
        return Status::failure(tr("A rating is 1 (again) to 4 (easy), not %1.").arg(review.rating));
    }
    if (!review.reviewedAt.isValid()) {
        review.reviewedAt = QDateTime::currentDateTimeUtc();
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return Status::failure(tr("The review was not saved (%1): %2")
                                   .arg(QDir::toNativeSeparators(databasePath()), db.lastError().text()));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO reviews (question_id, rating, reviewed_at, duration_ms, mode, session_id) "
        "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(review.questionId);
    query.addBindValue(review.rating);
    query.addBindValue(review.reviewedAt.toMSecsSinceEpoch());
    query.addBindValue(qMax(0, review.durationMs));
    query.addBindValue(review.mode);
    query.addBindValue(review.sessionId > 0 ? QVariant(review.sessionId)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    bool ok = query.exec();
    const bool flagWeak = markWeak && !m_weak.contains(review.questionId);
    if (ok && flagWeak) {
        QSqlQuery flag(db);
        flag.prepare(
            QStringLiteral("INSERT OR REPLACE INTO flags (question_id, flag, set_at) VALUES (?, 'weak', ?)"));
        flag.addBindValue(review.questionId);
        flag.addBindValue(review.reviewedAt.toMSecsSinceEpoch());
        ok = flag.exec();
        if (!ok) {
            query = std::move(flag);
        }
    }
    if (!ok) {
        const Status status = failure(tr("The review was not saved"), query);
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        return Status::failure(tr("The review was not saved (%1): %2")
                                   .arg(QDir::toNativeSeparators(databasePath()), db.lastError().text()));
    }
    m_reviewed.insert(review.questionId);
    Q_EMIT reviewAdded(review.questionId);
    if (flagWeak) {
        m_weak.insert(review.questionId);
        Q_EMIT flagChanged(review.questionId, Flag::Weak, true);
    }
    return {};
}

QList<UserStore::Review> UserStore::reviews(const QString &questionId) const
{
    QList<Review> result;
    if (!m_reviewed.contains(questionId)) {
        return result;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(u"SELECT " + reviewColumns
                  + u" FROM reviews WHERE question_id = ? ORDER BY reviewed_at, id");
    query.addBindValue(questionId);
    if (query.exec()) {
        while (query.next()) {
            result.append(reviewFrom(query));
        }
    }
    return result;
}

QList<UserStore::Review> UserStore::allReviews() const
{
    QList<Review> result;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(u"SELECT " + reviewColumns + u" FROM reviews ORDER BY reviewed_at, id")) {
        while (query.next()) {
            result.append(reviewFrom(query));
        }
    }
    return result;
}

std::optional<qint64> UserStore::startSession(const QString &kind, QString *error)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO sessions (kind, started_at) VALUES (?, ?)"));
    query.addBindValue(kind);
    query.addBindValue(nowMs());
    if (!query.exec()) {
        if (error) {
            *error = failure(tr("The practice session could not be started"), query).message();
        }
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

Status UserStore::finishSession(qint64 sessionId)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("UPDATE sessions SET finished_at = ? WHERE id = ?"));
    query.addBindValue(nowMs());
    query.addBindValue(sessionId);
    if (!query.exec()) {
        return failure(tr("The practice session could not be closed"), query);
    }
    return {};
}

QString UserStore::preference(const QString &key, const QString &fallback) const
{
    return m_preferences.value(key, fallback);
}

Status UserStore::setPreference(const QString &key, const QString &value)
{
    if (m_preferences.value(key) == value && m_preferences.contains(key)) {
        return {};
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO preferences (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value); // a null QString would bind NULL
    if (!query.exec()) {
        return failure(tr("The setting was not saved"), query);
    }
    m_preferences.insert(key, value);
    Q_EMIT preferenceChanged(key);
    return {};
}

QString UserStore::backupFolder() const
{
    return m_folder + QStringLiteral("/backups");
}

Status UserStore::backup(QString *path)
{
    if (!QDir().mkpath(backupFolder())) {
        return Status::failure(
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(backupFolder())));
    }
    const QString target
        = backupFolder() + QStringLiteral("/goprep-") + timestamp() + QStringLiteral(".sqlite");
    QSqlQuery query(database());
    // VACUUM INTO writes a consistent, compact copy while the database stays open and in use.
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        return failure(tr("The backup was not made"), query);
    }
    const QStringList all = backupFiles(m_folder);
    for (qsizetype i = KeepBackups; i < all.size(); ++i) {
        QFile::remove(all.at(i));
    }
    if (path) {
        *path = target;
    }
    return {};
}

QList<UserStore::Backup> UserStore::backups() const
{
    QList<Backup> result;
    for (const QString &file : backupFiles(m_folder)) {
        result.append({file, backupTime(file), QFileInfo(file).size()});
    }
    return result;
}

QDateTime UserStore::lastBackupTime() const
{
    const QStringList all = backupFiles(m_folder);
    return all.isEmpty() ? QDateTime() : backupTime(all.first());
}

Status UserStore::restoreBackup(const QString &path)
{
    if (!isHealthyDatabase(path)) {
        return Status::failure(tr("%1 is not a usable GoPrep backup: it is damaged or not a database.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    // The current state first, so that the restore itself can be undone.
    QString safety;
    if (const Status saved = backup(&safety); !saved) {
        return saved;
    }
    QSqlDatabase db = database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("ATTACH DATABASE ? AS restored"));
    query.addBindValue(path);
    if (!query.exec()) {
        return failure(tr("The backup could not be read"), query);
    }
    auto detach = qScopeGuard([&] { QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE restored")); });
    if (!query.exec(QStringLiteral("PRAGMA restored.user_version")) || !query.next()) {
        return failure(tr("The backup could not be read"), query);
    }
    const int version = query.value(0).toInt();
    query.finish();
    if (version > SchemaVersion) {
        return Status::failure(tr("%1 was made by a newer version of GoPrep; update GoPrep to restore it.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    // Children before parents when deleting, parents before children when copying (reviews -> sessions).
    const QStringList deleteOrder
        = {QStringLiteral("reviews"), QStringLiteral("sessions"), QStringLiteral("notes"),
           QStringLiteral("flags"), QStringLiteral("preferences")};
    const QStringList copyOrder
        = {QStringLiteral("sessions"), QStringLiteral("reviews"), QStringLiteral("notes"),
           QStringLiteral("flags"), QStringLiteral("preferences")};
    if (!db.transaction()) {
        return Status::failure(tr("The backup was not restored: %1").arg(db.lastError().text()));
    }
    bool ok = true;
    for (const QString &table : deleteOrder) {
        ok = ok && query.exec(u"DELETE FROM main." + table);
    }
    for (const QString &table : copyOrder) {
        if (!ok) {
            break;
        }
        QSqlQuery exists(db);
        exists.prepare(
            QStringLiteral("SELECT 1 FROM restored.sqlite_master WHERE type = 'table' AND name = ?"));
        exists.addBindValue(table);
        if (exists.exec() && exists.next()) {
            ok = query.exec(u"INSERT INTO main." + table + u" SELECT * FROM restored." + table);
        }
    }
    if (!ok) {
        const Status status = failure(tr("The backup was not restored; nothing was changed"), query);
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        return Status::failure(tr("The backup was not restored: %1").arg(db.lastError().text()));
    }
    query.finish();
    const Status reloaded = loadCaches();
    Q_EMIT dataReset();
    return reloaded;
}

UserStore::Snapshot UserStore::snapshot() const
{
    Snapshot result;
    result.notes = notes();
    result.reviews = allReviews();
    result.preferences = m_preferences;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (query.exec(
            QStringLiteral("SELECT question_id, flag, set_at FROM flags ORDER BY set_at, question_id"))) {
        while (query.next()) {
            result.flags.append(
                {query.value(0).toString(),
                 query.value(1).toString() == u"bookmark" ? Flag::Bookmark : Flag::Weak,
                 QDateTime::fromMSecsSinceEpoch(query.value(2).toLongLong(), QTimeZone::utc())});
        }
    }
    return result;
}

Status UserStore::merge(const Snapshot &incoming, MergeReport *report)
{
    MergeReport counts;
    QSqlDatabase db = database();
    if (!db.transaction()) {
        return Status::failure(tr("Nothing was imported: %1").arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    bool ok = true;
    auto run = [&](const QString &sql, const QVariantList &values) {
        if (!ok) {
            return false;
        }
        query.prepare(sql);
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        ok = query.exec();
        return ok;
    };

    for (const Note &note : incoming.notes) {
        if (note.questionId.isEmpty() || note.text.trimmed().isEmpty()) {
            continue;
        }
        const std::optional<Note> local = UserStore::note(note.questionId);
        const qint64 created = note.created.isValid() ? note.created.toMSecsSinceEpoch() : nowMs();
        const qint64 updated = note.updated.isValid() ? note.updated.toMSecsSinceEpoch() : created;
        if (!local) {
            run(QStringLiteral("INSERT INTO notes (question_id, body, answer_hash, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?)"),
                {note.questionId, note.text, note.answerHash, created, updated});
            ++counts.notesAdded;
            continue;
        }
        if (local->text == note.text || local->text.contains(note.text)) {
            continue; // the same, or merged in before: importing twice changes nothing
        }
        QString text = note.text;
        QString hash = note.answerHash;
        qint64 when = updated;
        if (!note.text.contains(local->text)) {
            // Both sides wrote something different: the newer text leads, the other follows, nothing lost.
            const bool incomingNewer = updated > local->updated.toMSecsSinceEpoch();
            const Note &older = incomingNewer ? *local : note;
            const Note &newer = incomingNewer ? note : *local;
            text = newer.text + QStringLiteral("\n\n---\n\n*")
                + tr("Also written on %1, kept when importing:").arg(older.updated.toString(Qt::ISODate))
                + QStringLiteral("*\n\n") + older.text;
            hash = newer.answerHash;
            when = qMax(updated, local->updated.toMSecsSinceEpoch());
            ++counts.notesConflicting;
        } else {
            ++counts.notesUpdated; // the incoming text already contains ours: it is the later one
        }
        run(QStringLiteral(
                "UPDATE notes SET body = ?, answer_hash = ?, updated_at = ? WHERE question_id = ?"),
            {text, hash, when, note.questionId});
    }
    for (const FlagRecord &flag : incoming.flags) {
        if (flag.questionId.isEmpty()) {
            continue;
        }
        run(QStringLiteral("INSERT OR IGNORE INTO flags (question_id, flag, set_at) VALUES (?, ?, ?)"),
            {flag.questionId, flagName(flag.flag),
             flag.setAt.isValid() ? flag.setAt.toMSecsSinceEpoch() : nowMs()});
        counts.flagsAdded += ok ? query.numRowsAffected() : 0;
    }
    for (const Review &review : incoming.reviews) {
        if (review.questionId.isEmpty() || review.rating < 1 || review.rating > 4
            || !review.reviewedAt.isValid()) {
            continue;
        }
        const qint64 at = review.reviewedAt.toMSecsSinceEpoch();
        run(QStringLiteral(
                "INSERT INTO reviews (question_id, rating, reviewed_at, duration_ms, mode) "
                "SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM reviews WHERE question_id = ? "
                "AND reviewed_at = ? AND rating = ?)"),
            {review.questionId, review.rating, at, qMax(0, review.durationMs), review.mode, review.questionId,
             at, review.rating});
        counts.reviewsAdded += ok ? query.numRowsAffected() : 0;
    }
    for (auto it = incoming.preferences.cbegin(); it != incoming.preferences.cend(); ++it) {
        run(QStringLiteral("INSERT OR IGNORE INTO preferences (key, value) VALUES (?, ?)"),
            {it.key(), it.value()});
        counts.preferencesAdded += ok ? query.numRowsAffected() : 0;
    }
    if (!ok) {
        const Status status = failure(tr("Nothing was imported"), query);
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        return Status::failure(tr("Nothing was imported: %1").arg(db.lastError().text()));
    }
    if (report) {
        *report = counts;
    }
    const Status reloaded = loadCaches();
    Q_EMIT dataReset();
    return reloaded;
}

} // namespace GoPrep
