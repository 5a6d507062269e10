#include "search/searchindex.h"

#include "content/questionbank.h"
#include "storage/userstore.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace GoPrep {

namespace {

// Column weights for bm25(), set as the table's rank: the order of the columns in the table, id first (not
// searched). A title match must outrank everything else, notes come last.
constexpr const char *rankFunction = "bm25(0.0, 40.0, 12.0, 5.0, 2.0, 1.5, 1.0)";

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
    QList<int> previous2(n + 1);
    QList<int> previous(n + 1);
    QList<int> current(n + 1);
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
        std::swap(previous2, previous);
        std::swap(previous, current);
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

QString snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(QChar(0x02), QLatin1String("<b>"));
    html.replace(QChar(0x03), QLatin1String("</b>"));
    html.replace(u'\n', u' ');
    return html;
}

} // namespace

SearchIndex::SearchIndex(QObject *parent)
    : QObject(parent)
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("goprep-search-%1").arg(counter.fetch_add(1));
}

SearchIndex::~SearchIndex()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
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

Status SearchIndex::build(const QuestionBank &bank, UserStore *store)
{
    m_built = false;
    m_vocabularyStale = true;
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
    }
    m_store = store;
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            return Status::failure(tr("Search is unavailable: %1").arg(db.lastError().text()));
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    for (const char *statement :
         {"DROP TABLE IF EXISTS vocab", "DROP TABLE IF EXISTS docs",
          "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, tags, short, answer, code, "
          "notes, tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')",
          "CREATE VIRTUAL TABLE vocab USING fts5vocab(docs, row)"}) {
        if (!query.exec(QString::fromLatin1(statement))) {
            return Status::failure(
                tr("Search is unavailable (SQLite needs FTS5): %1").arg(query.lastError().text()));
        }
    }
    db.transaction();
    query.prepare(QStringLiteral(
        "INSERT INTO docs (id, title, tags, short, answer, code, notes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const Section *section : bank.sections()) {
        for (const Question &question : section->questions) {
            const std::optional<UserStore::Note> note = store ? store->note(question.id) : std::nullopt;
            query.addBindValue(question.id);
            query.addBindValue(question.title);
            query.addBindValue(question.tags.join(u' '));
            query.addBindValue(proseOf(question.shortAnswer));
            query.addBindValue(proseOf(question.body));
            query.addBindValue(codeOf(question));
            query.addBindValue(note ? note->text : QString());
            if (!query.exec()) {
                db.rollback();
                return Status::failure(tr("Search is unavailable: %1").arg(query.lastError().text()));
            }
        }
    }
    db.commit();
    // The ranking as the table's own: "ORDER BY rank" lets FTS5 sort inside the module.
    query.prepare(QStringLiteral("INSERT INTO docs (docs, rank) VALUES ('rank', ?)"));
    query.addBindValue(QString::fromLatin1(rankFunction));
    if (!query.exec()) {
        return Status::failure(tr("Search is unavailable: %1").arg(query.lastError().text()));
    }
    loadVocabulary(); // here rather than on the first typo, which would wait for it
    if (store) {
        connect(store, &UserStore::noteChanged, this, &SearchIndex::updateNote);
        // Restored or imported notes: rebuilt on the next search, which always builds an unbuilt index.
        connect(store, &UserStore::dataReset, this, &SearchIndex::invalidate);
    }
    m_built = true;
    return {};
}

void SearchIndex::updateNote(const QString &questionId)
{
    if (!m_built || !m_store) {
        return;
    }
    const std::optional<UserStore::Note> note = m_store->note(questionId);
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("UPDATE docs SET notes = ? WHERE id = ?"));
    query.addBindValue(note ? note->text : QString());
    query.addBindValue(questionId);
    query.exec();
    m_vocabularyStale = true;
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

void SearchIndex::loadVocabulary() const
{
    if (!m_vocabularyStale) {
        return;
    }
    m_vocabulary.clear();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    // Most frequent first, so that among equally close words the common one wins.
    if (query.exec(QStringLiteral("SELECT term FROM vocab ORDER BY doc DESC, term"))) {
        while (query.next()) {
            const QString term = query.value(0).toString();
            if (!term.isEmpty()) {
                m_vocabulary[{term.front(), int(term.size())}].append(term);
            }
        }
    }
    m_vocabularyStale = false;
}

QStringList SearchIndex::corrections(const QString &word) const
{
    // Short words have too many neighbours to guess from; long ones may carry two typos.
    const int limit = word.size() < 4 ? 0 : word.size() < 7 ? 1 : 2;
    if (limit == 0) {
        return {};
    }
    loadVocabulary();
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
    for (int length = shortest; length <= word.size() + limit; ++length) {
        const auto it = m_vocabulary.constFind({word.front(), length});
        if (it == m_vocabulary.constEnd()) {
            continue;
        }
        for (const QString &term : *it) {
            const int d = distance(term, word, limit, true);
            if (d <= limit) {
                const int full = distance(term, word, limit + 3, false);
                candidates.append({d, full, order, term});
            }
            ++order;
        }
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
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT rowid, id, rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"));
    const int wanted = qBound(1, limit, 10000);
    QSet<qint64> seen;
    const QStringList passes{QString(u"{title tags short} : (" + result.expression + u')'),
                             result.expression};
    for (const QString &expression : passes) {
        query.addBindValue(expression);
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
                result.hits.append({query.value(1).toString(), {}, query.value(2).toDouble(), row});
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
