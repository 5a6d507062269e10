#include "search/searchindex.h"

#include "content/questionbank.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <atomic>
#include <vector>

namespace GoPrep {

using namespace Qt::StringLiterals;

namespace {

// Column weights for bm25(), set as the table's rank: the order of the columns in the table, id first (not
// searched). A title match must outrank everything else, notes come last.
constexpr const char *rankFunction = "bm25(0.0, 40.0, 12.0, 5.0, 2.0, 1.5, 1.0)";
constexpr const char *headsRankFunction = "bm25(40.0, 12.0, 5.0)";

// Markdown prose without its fenced code, which goes to the code column instead.
QString proseOf(const QString &markdown)
{
    QString prose;
    prose.reserve(markdown.size());
    bool inFence = false;
    for (const QStringView line : QStringView(markdown).split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~")) {
            inFence = !inFence;
            continue;
        }
        if (!inFence) {
            prose += line;
            prose += u'\n';
        }
    }
    // Markdown syntax is not what a person searches for, and would show in the snippets: keep a link's
    // text, drop emphasis and code marks.
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression marks(QStringLiteral(R"([*`]+|(?<!\w)_+|_+(?!\w)|^#+ |^> )"),
                                          QRegularExpression::MultilineOption);
    prose.replace(link, QStringLiteral("\\1"));
    prose.remove(marks);
    return prose;
}

QString codeOf(const Question &question)
{
    QStringList code;
    for (const CodeBlock &block : question.codeBlocks) {
        code.append(block.code);
    }
    return code.join(u'\n');
}

// Optimal string alignment distance between term and word or, with againstPrefixes, the closest prefix of
// word that is at least as long as term minus the limit: a stemmed index term ("goroutin") against what a
// person typed ("gorutines"). Gives up (returns limit + 1) as soon as the limit is exceeded.
int distance(QStringView term, QStringView word, int limit, bool againstPrefixes)
{
    const qsizetype m = term.size();
    const qsizetype n = word.size();
    if (m == 0 || n == 0) {
        return int(qMax(m, n));
    }
    // On the stack for any word a person types: this runs for thousands of index terms per typo.
    // Zeroed, though every cell read is written first: GCC 14 cannot see that and warns.
    std::array<int, 3 * 96> onStack{};
    std::vector<int> onHeap;
    int *rows = onStack.data();
    if (3 * (n + 1) > qsizetype(onStack.size())) {
        onHeap.assign(size_t(3 * (n + 1)), 0);
        rows = onHeap.data();
    }
    int *previous2 = rows;
    int *previous = previous2 + n + 1;
    int *current = previous + n + 1;
    for (qsizetype j = 0; j <= n; ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= m; ++i) {
        current[0] = int(i);
        int rowMinimum = current[0];
        for (qsizetype j = 1; j <= n; ++j) {
            const int cost = term.at(i - 1) == word.at(j - 1) ? 0 : 1;
            int value = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            if (i > 1 && j > 1 && term.at(i - 1) == word.at(j - 2) && term.at(i - 2) == word.at(j - 1)) {
                value = qMin(value, previous2[j - 2] + 1);
            }
            current[j] = value;
            rowMinimum = qMin(rowMinimum, value);
        }
        if (rowMinimum > limit) {
            return limit + 1;
        }
        int *const oldest = previous2;
        previous2 = previous;
        previous = current;
        current = oldest;
    }
    // previous now holds the last row: the term against every prefix of the word.
    int best = previous[n];
    for (qsizetype j = qMax<qsizetype>(1, m - limit); againstPrefixes && j < n; ++j) {
        best = qMin(best, previous[j]);
    }
    return best;
}

QString quoted(const QString &word)
{
    // words() keeps letters and digits only, so there is never a quote to escape.
    return u'"' + word + u'"';
}

// A snippet made here from the question's text rather than by FTS5: the words around the densest run of
// matches, the matches in <b>. FTS5's snippet() reloads the query's postings for every hit (about 0.7 ms
// each in a 10,000-question pack, more than the search itself); this reads only the text. Words match a
// term by prefix, as the search does. Empty when no column has a match (a stemmed form the prefix does not
// catch): the caller then asks FTS5.
QString textSnippet(const QStringList &columns, const QStringList &terms, int windowWords)
{
    struct Word
    {
        qsizetype start;
        qsizetype end;
        int term; // index into terms, or -1
    };
    QString best;
    int bestScore = 0;
    for (const QString &text : columns) {
        QList<Word> words;
        qsizetype at = 0;
        while (at < text.size()) {
            while (at < text.size() && !text.at(at).isLetterOrNumber()) {
                ++at;
            }
            const qsizetype start = at;
            while (at < text.size() && text.at(at).isLetterOrNumber()) {
                ++at;
            }
            if (at > start) {
                const QStringView word = QStringView(text).mid(start, at - start);
                int matched = -1;
                for (int t = 0; t < terms.size() && matched < 0; ++t) {
                    if (word.startsWith(terms.at(t), Qt::CaseInsensitive)) {
                        matched = t;
                    }
                }
                words.append({start, at, matched});
            }
        }
        // The window with the most different terms, then the most matches; the earliest on a tie.
        for (qsizetype first = 0; first < words.size(); ++first) {
            if (words.at(first).term < 0) {
                continue; // a window worth having starts at a match (or a little before it, below)
            }
            const qsizetype last = qMin(words.size(), first + windowWords) - 1;
            QSet<int> distinct;
            int matches = 0;
            for (qsizetype w = first; w <= last; ++w) {
                if (words.at(w).term >= 0) {
                    distinct.insert(words.at(w).term);
                    ++matches;
                }
            }
            const int score = int(distinct.size()) * 1000 + matches;
            if (score <= bestScore) {
                continue;
            }
            bestScore = score;
            // A few words of context before the first match, as much as the window allows.
            const qsizetype from = qMax<qsizetype>(0, qMin(first - 2, last - windowWords + 1));
            QString html;
            if (from > 0) {
                html += u'…';
            }
            qsizetype cursor = words.at(from).start;
            for (qsizetype w = from; w <= last; ++w) {
                html += QStringView(text).mid(cursor, words.at(w).start - cursor).toString().toHtmlEscaped();
                const QString word
                    = text.mid(words.at(w).start, words.at(w).end - words.at(w).start).toHtmlEscaped();
                html += words.at(w).term >= 0 ? QString(u"<b>" + word + u"</b>") : word;
                cursor = words.at(w).end;
            }
            if (last < words.size() - 1) {
                html += u'…';
            }
            html.replace(u'\n', u' ');
            best = html.simplified();
        }
    }
    return best;
}

QString snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(0x02), QLatin1String("<b>"));
    html.replace(QChar(0x03), QLatin1String("</b>"));
    html.replace(u'\n', u' ');
    return html;
}

std::atomic<int> connectionCounter{0};

QString newConnectionName(const char *purpose)
{
    return QStringLiteral("goprep-search-%1-%2")
        .arg(QLatin1String(purpose))
        .arg(connectionCounter.fetch_add(1));
}

// Creates the index's tables in db and fills them from the bank, with each question's note from store when
// there is one. Rows are numbered in the bank's reading order from 1, so a question's row is known without
// a lookup (the id column is not indexed). Gives up, returning false with an empty error, when cancel is
// set. The caller owns the transaction.
bool fillIndex(QSqlDatabase db, const QuestionBank &bank, UserStore *store, const std::atomic<bool> *cancel,
               QString *error)
{
    QSqlQuery query(db);
    for (const char *statement :
         {"DROP TABLE IF EXISTS vocab", "DROP TABLE IF EXISTS docs", "DROP TABLE IF EXISTS noted",
          "DROP TABLE IF EXISTS meta", "DROP TABLE IF EXISTS terms", "DROP TABLE IF EXISTS heads",
          // No prefix index here (it made building the index 60 % slower): the two- and three-letter
          // prefixes typed first are answered from heads, whose own prefix index is small.
          "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, tags, short, answer, code, "
          "notes, tokenize = 'porter unicode61 remove_diacritics 2')",
          "CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, row)",
          // Title, tags and short answer again, on their own: the first pass of a search reads only
          // these short lists of postings instead of those of whole answers (contentless: the text is
          // in docs).
          "CREATE VIRTUAL TABLE heads USING fts5(title, tags, short, content = '', "
          "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
          // The note text each row was indexed with: what syncing with the store compares against.
          "CREATE TABLE noted (id TEXT PRIMARY KEY, text TEXT NOT NULL)",
          "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)",
          // The words of the index by first letter and length, most frequent first: where a typo's
          // corrections are looked for. Shorter words are never guessed (see corrections()).
          "CREATE TABLE terms (term TEXT PRIMARY KEY, initial TEXT NOT NULL, length INTEGER NOT NULL, "
          "docs INTEGER NOT NULL) WITHOUT ROWID"}) {
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = SearchIndex::tr("Search is unavailable (SQLite needs FTS5): %1")
                         .arg(query.lastError().text());
            return false;
        }
    }
    QSqlQuery noted(db);
    noted.prepare(QStringLiteral("INSERT INTO noted (id, text) VALUES (?, ?)"));
    QSqlQuery heads(db);
    heads.prepare(QStringLiteral("INSERT INTO heads (rowid, title, tags, short) VALUES (?, ?, ?, ?)"));
    query.prepare(QStringLiteral("INSERT INTO docs (rowid, id, title, tags, short, answer, code, notes) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    qint64 row = 0;
    for (const Section *section : bank.sections()) {
        for (const Question &question : section->questions) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                error->clear();
                return false;
            }
            const std::optional<UserStore::Note> note = store ? store->note(question.id) : std::nullopt;
            const QString tags = question.tags.join(u' ');
            const QString shortAnswer = proseOf(question.shortAnswer);
            query.addBindValue(++row);
            query.addBindValue(question.id);
            query.addBindValue(question.title);
            query.addBindValue(tags);
            query.addBindValue(shortAnswer);
            query.addBindValue(proseOf(question.body));
            query.addBindValue(codeOf(question));
            query.addBindValue(note ? note->text : QString(u""_s));
            heads.addBindValue(row);
            heads.addBindValue(question.title);
            heads.addBindValue(tags);
            heads.addBindValue(shortAnswer);
            bool ok = query.exec() && heads.exec();
            if (ok && note) {
                noted.addBindValue(question.id);
                noted.addBindValue(note->text);
                ok = noted.exec();
            }
            if (!ok) {
                *error = SearchIndex::tr("Search is unavailable: %1").arg(query.lastError().text());
                return false;
            }
        }
    }
    // The ranking as the table's own: "ORDER BY rank" lets FTS5 sort inside the module.
    query.prepare(QStringLiteral("INSERT INTO docs (docs, rank) VALUES ('rank', ?)"));
    query.addBindValue(QString::fromLatin1(rankFunction));
    bool ok = query.exec();
    query.prepare(QStringLiteral("INSERT INTO heads (heads, rank) VALUES ('rank', ?)"));
    query.addBindValue(QString::fromLatin1(headsRankFunction));
    ok = ok && query.exec()
        && query.exec(QStringLiteral("INSERT INTO terms SELECT term, substr(term, 1, 1), length(term), doc "
                                     "FROM vocab WHERE length(term) >= 4"))
        && query.exec(QStringLiteral("CREATE INDEX terms_by_shape ON terms (initial, length, docs DESC)"));
    query.prepare(
        QStringLiteral("INSERT INTO meta (name, value) VALUES ('schema', ?), ('key', ?), ('count', ?)"));
    query.addBindValue(QString::number(SearchIndex::Schema));
    query.addBindValue(QString::fromLatin1(bank.contentKey()));
    query.addBindValue(QString::number(row));
    ok = ok && query.exec();
    if (!ok) {
        *error = SearchIndex::tr("Search is unavailable: %1").arg(query.lastError().text());
    }
    return ok;
}

void closeConnection(const QString &name)
{
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

// Builds the index for the bank into a file of its own at path: written under another name and renamed
// when complete, so that a crash or a second GoPrep never leaves a half-built index under the real name.
bool buildFile(const QuestionBank &bank, const QString &path, const std::atomic<bool> *cancel, QString *error)
{
    const QString partial
        = path + QStringLiteral(".%1.partial").arg(QString::number(QCoreApplication::applicationPid()));
    QFile::remove(partial);
    const QString connection = newConnectionName("build");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(partial);
        if (!db.open()) {
            *error = SearchIndex::tr("Search is unavailable: %1").arg(db.lastError().text());
        } else {
            // Derived data, written once: no journal, no waiting for the disk until it is complete.
            QSqlQuery pragmas(db);
            pragmas.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
            pragmas.exec(QStringLiteral("PRAGMA synchronous = OFF"));
            db.transaction();
            ok = fillIndex(db, bank, nullptr, cancel, error);
            ok = ok && db.commit();
            if (!ok) {
                db.rollback();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok && !QFile::rename(partial, path)) {
        // Another GoPrep finished the same index first: theirs is as good as ours.
        ok = QFileInfo::exists(path);
    }
    QFile::remove(partial);
    return ok;
}

} // namespace

struct SearchIndex::Worker
{
    std::thread thread;
    std::atomic<bool> cancel{false};
    QString path;
    bool ok = false; // written by the thread before it posts finishBackground()
    int generation = 0;
};

SearchIndex::SearchIndex(QObject *parent)
    : QObject(parent)
    , m_connectionName(newConnectionName("index"))
{ }

SearchIndex::~SearchIndex()
{
    stopWorker();
    closeConnection(m_connectionName);
}

QString SearchIndex::cachePath(const QString &cacheFolder, const QByteArray &contentKey)
{
    return cacheFolder
        + QStringLiteral("/search-%1-%2.sqlite").arg(Schema).arg(QString::fromLatin1(contentKey));
}

void SearchIndex::stopWorker()
{
    if (m_worker) {
        m_worker->cancel = true;
        m_worker->thread.join();
        m_worker.reset();
    }
}

QStringList SearchIndex::words(const QString &query)
{
    QStringList result;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty()) {
            result.append(current.left(MaxWordLength).toLower());
            current.clear();
        }
    };
    for (const QChar c : query) {
        if (result.size() >= MaxWords) {
            break;
        }
        if (c.isLetterOrNumber()) { // as SQLite's unicode61 tokenizer: everything else separates words
            current += c;
        } else {
            flush();
        }
    }
    if (result.size() < MaxWords) {
        flush();
    }
    return result;
}

void SearchIndex::startOver(const QuestionBank &bank)
{
    stopWorker();
    m_built = false;
    m_fromCache = false;
    m_bank = &bank;
    m_rows.clear();
    m_ids.clear();
}

Status SearchIndex::build(const QuestionBank &bank, UserStore *store)
{
    startOver(bank);
    closeConnection(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        return Status::failure(tr("Search is unavailable: %1").arg(db.lastError().text()));
    }
    QString error;
    db.transaction();
    if (!fillIndex(db, bank, store, nullptr, &error)) {
        db.rollback();
        return Status::failure(error);
    }
    db.commit();
    follow(store);
    m_built = true;
    return {};
}

Status SearchIndex::prepare(const QuestionBank &bank, UserStore *store, const QString &cacheFolder, Wait wait)
{
    startOver(bank);
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (cacheFolder.isEmpty() || bank.contentKey().isEmpty() || !QDir().mkpath(cacheFolder)) {
        const Status status = build(bank, store);
        Q_EMIT ready();
        return status;
    }
    const QString path = cachePath(cacheFolder, bank.contentKey());
    // Indexes of packs that changed or went away, and what a crashed build left, older than a day (a
    // younger one may be another GoPrep's build in progress).
    const QDir folder(cacheFolder);
    const QFileInfoList stale = folder.entryInfoList({QStringLiteral("search-*")}, QDir::Files);
    for (const QFileInfo &file : stale) {
        const bool partial = file.fileName().endsWith(QLatin1String(".partial"));
        if (partial ? file.lastModified().secsTo(QDateTime::currentDateTime()) > 86400
                    : file.filePath() != path) {
            QFile::remove(file.filePath());
        }
    }
    if (QFileInfo::exists(path)) {
        if (openCached(path, bank)) {
            m_fromCache = true;
            Q_EMIT ready();
            return {};
        }
        QFile::remove(path); // damaged or of another version: made again below
    }
    if (wait == Wait::Block) {
        QString error;
        Status status;
        if (!buildFile(bank, path, nullptr, &error) || !openCached(path, bank)) {
            status = build(bank, store); // a cache that cannot be written only costs time
        }
        Q_EMIT ready();
        return status;
    }
    m_worker = std::make_unique<Worker>();
    m_worker->path = path;
    m_worker->generation = ++m_generation;
    Worker *worker = m_worker.get();
    worker->thread = std::thread([this, worker, &bank] {
        QString error; // a failed build falls back to an index in memory, which reports its own problems
        worker->ok = buildFile(bank, worker->path, &worker->cancel, &error);
        if (!worker->cancel) {
            const int generation = worker->generation;
            // Queued to the index's thread; a build that was replaced meanwhile is not this one.
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (m_worker && m_worker->generation == generation) {
                        finishBackground();
                    }
                },
                Qt::QueuedConnection);
        }
    });
    return {};
}

void SearchIndex::finishBackground()
{
    if (!m_worker) {
        return;
    }
    m_worker->thread.join();
    const std::unique_ptr<Worker> worker = std::move(m_worker);
    if (!m_bank) {
        return;
    }
    if (!worker->ok || !openCached(worker->path, *m_bank)) {
        build(*m_bank, m_store);
    }
    Q_EMIT ready();
}

Status SearchIndex::openCached(const QString &path, const QuestionBank &bank)
{
    closeConnection(m_connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        closeConnection(m_connectionName);
        return Status::failure(error);
    }
    // What it was made from must be what is loaded now, whole; otherwise it is made again.
    bool matches = false;
    {
        QSqlQuery query(db);
        QHash<QString, QString> meta;
        if (query.exec(QStringLiteral("SELECT name, value FROM meta"))) {
            while (query.next()) {
                meta.insert(query.value(0).toString(), query.value(1).toString());
            }
        }
        matches = meta.value(QStringLiteral("schema")) == QString::number(Schema)
            && meta.value(QStringLiteral("key")) == QString::fromLatin1(bank.contentKey())
            && meta.value(QStringLiteral("count")) == QString::number(bank.questionCount())
            && query.exec(QStringLiteral("SELECT max(rowid) FROM docs")) && query.next()
            && query.value(0).toLongLong() == bank.questionCount();
        if (matches) {
            query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            // Read through a memory map: searching reads the same index pages again and again, and
            // copying them through the page cache of SQLite would cost as much as the search itself.
            query.exec(QStringLiteral("PRAGMA mmap_size = 1073741824"));
        }
    }
    if (!matches) {
        db = QSqlDatabase();
        closeConnection(m_connectionName);
        return Status::failure(QStringLiteral("%1 was made from other packs").arg(path));
    }
    m_built = true;
    follow(m_store);
    syncNotes();
    return {};
}

void SearchIndex::follow(UserStore *store)
{
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (store) {
        connect(store, &UserStore::noteChanged, this, &SearchIndex::updateNote);
        // Restored or imported notes: the index takes the store's notes again.
        connect(store, &UserStore::dataReset, this, &SearchIndex::syncNotes);
    }
}

qint64 SearchIndex::rowOf(const QString &questionId) const
{
    idOfRow(0); // fills both tables
    return m_rows.value(questionId, 0);
}

QString SearchIndex::idOfRow(qint64 row) const
{
    if (m_ids.isEmpty() && m_bank) {
        m_ids = m_bank->questionIds();
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            m_rows.insert(m_ids.at(i), i + 1);
        }
    }
    return row >= 1 && row <= m_ids.size() ? m_ids.at(row - 1) : QString();
}

bool SearchIndex::setNote(const QString &questionId, const QString &text)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const qint64 row = rowOf(questionId);
    if (row > 0) {
        query.prepare(QStringLiteral("UPDATE docs SET notes = ? WHERE rowid = ?"));
        query.addBindValue(text);
        query.addBindValue(row);
        if (!query.exec()) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    if (text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM noted WHERE id = ?"));
        query.addBindValue(questionId);
    } else {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO noted (id, text) VALUES (?, ?)"));
        query.addBindValue(questionId);
        query.addBindValue(text);
    }
    return query.exec();
}

void SearchIndex::updateNote(const QString &questionId)
{
    if (!m_built || !m_store) {
        return;
    }
    const std::optional<UserStore::Note> note = m_store->note(questionId);
    setNote(questionId, note ? note->text : QString(u""_s));
}

void SearchIndex::syncNotes()
{
    if (!m_built || !m_store) {
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QHash<QString, QString> indexed;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT id, text FROM noted"))) {
            while (query.next()) {
                indexed.insert(query.value(0).toString(), query.value(1).toString());
            }
        }
    }
    db.transaction();
    const QList<UserStore::Note> notes = m_store->notes();
    for (const UserStore::Note &note : notes) {
        const auto it = indexed.constFind(note.questionId);
        if (it == indexed.constEnd() || *it != note.text) {
            setNote(note.questionId, note.text);
        }
        indexed.remove(note.questionId);
    }
    for (auto it = indexed.cbegin(); it != indexed.cend(); ++it) {
        setNote(it.key(), QString(u""_s)); // deleted since the index last saw it
    }
    db.commit();
}

bool SearchIndex::matchesAnything(const QString &word) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM docs WHERE docs MATCH ? LIMIT 1"));
    query.addBindValue(QString(quoted(word) + u'*'));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return query.next();
}

QStringList SearchIndex::corrections(const QString &word) const
{
    // Short words have too many neighbours to guess from; long ones may carry two typos.
    const int limit = word.size() < 4 ? 0 : word.size() < 7 ? 1 : 2;
    if (limit == 0) {
        return {};
    }
    struct Candidate
    {
        int distance; // against the closest prefix of the word: index terms are stems
        int fullDistance; // against the whole word: tells "mutex" from "but" for "mutx"
        int order; // the more documents a term is in, the earlier
        QString term;
    };
    QList<Candidate> candidates;
    int order = 0;
    // A stem is at most a few letters shorter than the word; never a short common word.
    const int shortest = qMax(4, int(word.size()) - 3);
    const int longest = int(word.size()) + limit;
    auto consider = [&](const QString &term) {
        const int d = distance(term, word, limit, true);
        if (d <= limit) {
            const int full = distance(term, word, limit + 3, false);
            candidates.append({d, full, order, term});
        }
        ++order;
    };
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT term FROM terms WHERE initial = ? AND length BETWEEN ? AND ? "
                                 "ORDER BY length, docs DESC, term"));
    query.addBindValue(QString(word.front()));
    query.addBindValue(shortest);
    query.addBindValue(longest);
    if (query.exec()) {
        while (query.next()) {
            consider(query.value(0).toString());
        }
    }
    // The words of the notes, which may be newer than the table: as written, unstemmed, after the rest.
    QSet<QString> noteWords;
    if (query.exec(QStringLiteral("SELECT text FROM noted"))) {
        while (query.next()) {
            for (const QString &noteWord : words(query.value(0).toString())) {
                if (noteWord.front() == word.front() && noteWord.size() >= shortest
                    && noteWord.size() <= longest) {
                    noteWords.insert(noteWord);
                }
            }
        }
    }
    QStringList sortedNoteWords(noteWords.cbegin(), noteWords.cend());
    sortedNoteWords.sort();
    for (const QString &noteWord : std::as_const(sortedNoteWords)) {
        consider(noteWord);
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.distance != b.distance) {
            return a.distance < b.distance;
        }
        return a.fullDistance != b.fullDistance ? a.fullDistance < b.fullDistance : a.order < b.order;
    });
    // Only the best: a weaker guess would pull in questions the person did not mean.
    QStringList result;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (result.size() == 3 || candidate.distance != candidates.first().distance
            || candidate.fullDistance != candidates.first().fullDistance) {
            break;
        }
        result.append(candidate.term);
    }
    return result;
}

SearchIndex::Result SearchIndex::search(const QString &queryText, int limit, int snippetCount) const
{
    Result result;
    m_lastError.clear();
    if (!m_built) {
        return result;
    }
    const QStringList queryWords = words(queryText);
    if (queryWords.isEmpty()) {
        return result;
    }
    QStringList terms;
    for (const QString &word : queryWords) {
        if (word.size() == 1) {
            // One letter as a prefix matches nearly every word (and has no prefix index): the word alone.
            terms.append(quoted(word));
            result.terms.append(word);
            continue;
        }
        if (matchesAnything(word)) {
            terms.append(quoted(word) + u'*');
            result.terms.append(word);
            continue;
        }
        const QStringList fixes = corrections(word);
        if (fixes.isEmpty()) {
            continue; // a word nothing matches, even with a typo fixed, does not hide what the rest finds
        }
        QStringList alternatives;
        for (const QString &fix : fixes) {
            alternatives.append(quoted(fix) + u'*');
        }
        terms.append(u'(' + alternatives.join(QLatin1String(" OR ")) + u')');
        result.terms += fixes;
    }
    if (terms.isEmpty()) {
        return result;
    }
    // FTS5 needs an explicit AND after a parenthesised group; with it, every word must match.
    result.expression = terms.join(QLatin1String(" AND "));
    // Two passes, best first: questions whose title, tags or short answer hold every word, ranked; then, if
    // there is room, those that hold them anywhere else. A common word fills the first pass and the slow
    // second one (scoring thousands of long answers) never runs.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const int wanted = qBound(1, limit, 10000);
    QSet<qint64> seen;
    for (const char *statement :
         {"SELECT rowid, NULL, rank FROM heads WHERE heads MATCH ? ORDER BY rank LIMIT ?",
          "SELECT rowid, id, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"}) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        query.prepare(QString::fromLatin1(statement));
        query.addBindValue(result.expression);
        query.addBindValue(wanted + int(seen.size()));
        if (!query.exec()) {
            // Cannot happen with quoted words; never show SQLite's message to a person.
            m_lastError = query.lastError().text();
            return result;
        }
        while (query.next() && result.hits.size() < wanted) {
            const qint64 row = query.value(0).toLongLong();
            if (!seen.contains(row)) {
                seen.insert(row);
                const QVariant id = query.value(1);
                result.hits.append(
                    {id.isNull() ? idOfRow(row) : id.toString(), {}, query.value(2).toDouble(), row});
            }
        }
        if (result.hits.size() >= wanted) {
            break;
        }
    }
    for (int i = 0; i < qMin(snippetCount, int(result.hits.size())); ++i) {
        result.hits[i].snippet = snippet(result, i);
    }
    return result;
}

QString SearchIndex::snippet(const Result &result, int hit) const
{
    if (hit < 0 || hit >= result.hits.size() || result.expression.isEmpty()) {
        return {};
    }
    const Question *question = m_bank ? m_bank->question(result.hits.at(hit).questionId) : nullptr;
    if (question) {
        // The columns that are not shown beside the snippet already (the title is), prose before code.
        const std::optional<UserStore::Note> note = m_store ? m_store->note(question->id) : std::nullopt;
        const QString made = textSnippet({proseOf(question->shortAnswer), proseOf(question->body),
                                          note ? note->text : QString(), codeOf(*question), question->title,
                                          question->tags.join(QLatin1String(", "))},
                                         result.terms, 14);
        if (!made.isEmpty()) {
            return made;
        }
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT snippet(docs, -1, char(2), char(3), '…', 14) FROM docs "
                                 "WHERE docs MATCH ? AND rowid = ?"));
    query.addBindValue(result.expression);
    query.addBindValue(result.hits.at(hit).row);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return snippetToHtml(query.value(0).toString());
}

} // namespace GoPrep
