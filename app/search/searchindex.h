#pragma once

#include "core/status.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <thread>

class QSqlDatabase;

namespace GoPrep {

class QuestionBank;
class UserStore;

// Full-text search over every question (title, tags, short answer, answer, code) and the learner's notes,
// with SQLite FTS5: porter stemming, prefix matching as you type, and a ranking that puts a title match
// above a tag, short-answer, answer, code and note match in that order. A word that matches nothing is
// replaced by the closest words of the index (one or two edits), so "gorutine" finds goroutines; a word
// that matches nothing even then is left out rather than hiding what the other words find.
//
// The query is text from a person and never FTS5 syntax: it is split into words and each word is quoted,
// so quotes, operators, column filters and any bytes at all give results or none, never an error.
//
// The index is derived data in its own SQLite database; the learner's database is UserStore's alone. Notes
// are kept current through UserStore::noteChanged. With a cache folder (prepare()), the index is a file
// named after the bank's content key: opened in milliseconds at the next start, built in a background
// thread when the packs changed (the window stays usable; ready() says when search can answer), and
// removed when the packs it was made from are gone. The notes in a cached index are brought up to date
// with the store whenever it is opened. Without one (build()), it is built in memory.
class SearchIndex final : public QObject
{
    Q_OBJECT

public:
    struct Hit
    {
        QString questionId;
        QString snippet; // HTML: escaped text with the matched words in <b>; empty until asked for
        double score = 0; // lower is better (FTS5 bm25)
        qint64 row = 0;
    };
    struct Result
    {
        QList<Hit> hits;
        QStringList terms; // the words searched for, typo corrections included: for highlighting
        QString expression; // the FTS5 query the words became, for snippet()
    };

    static constexpr int MaxWords = 16;
    static constexpr int MaxWordLength = 64;

    // The version of the index's tables; a cached index of another version is built again.
    static constexpr int Schema = 1;

    explicit SearchIndex(QObject *parent = nullptr);
    ~SearchIndex() override;

    // (Re)builds the index in memory from the bank and, when store is given, its notes, and follows note
    // changes. Blocks until done.
    Status build(const QuestionBank &bank, UserStore *store);

    enum class Wait { Background, Block };
    // Makes the index for the bank ready through the cache folder: opens the cached index for the bank's
    // content, or builds it there (in a background thread with Wait::Background; ready() is emitted when
    // it can be searched). The bank must outlive the index. Falls back to build() when the bank has no
    // content key, the folder is empty or the cache cannot be written.
    // Fails only when not even an index in memory can be built.
    Status prepare(const QuestionBank &bank, UserStore *store, const QString &cacheFolder,
                   Wait wait = Wait::Background);
    bool isBuilt() const { return m_built; }
    // True while a background build runs: searches give nothing until ready().
    bool isPreparing() const { return m_worker != nullptr; }
    // Whether the last prepare() found a usable cached index (for tests and benchmarks).
    bool openedFromCache() const { return m_fromCache; }
    // The file of the cached index for a bank's content key.
    static QString cachePath(const QString &cacheFolder, const QByteArray &contentKey);

    // The best hits, the first snippetCount with their snippets (a snippet costs as much as the search:
    // the rest are made when a view asks, with snippet()).
    Result search(const QString &query, int limit = 100, int snippetCount = 10) const;
    QString snippet(const Result &result, int hit) const;
    // The last SQLite error, for tests and diagnostics; a person never sees it. Empty when all went well.
    QString lastError() const { return m_lastError; }

    // The words of a query as the index sees them: runs of letters and digits, lower-cased, bounded in
    // number and length. Everything else separates words, as in the index's tokenizer.
    static QStringList words(const QString &query);

    // Brings the notes in the index in line with the store's (after a restore or an import).
    void syncNotes();

Q_SIGNALS:
    // The index can be searched (after a background build, or a failed one that fell back to memory).
    void ready();

private:
    struct Worker;
    Status openCached(const QString &path, const QuestionBank &bank);
    void finishBackground();
    void follow(UserStore *store);
    qint64 rowOf(const QString &questionId) const;
    QString idOfRow(qint64 row) const;
    bool setNote(const QString &questionId, const QString &text);
    void stopWorker();
    void startOver(const QuestionBank &bank); // a build or prepare for this bank begins
    void updateNote(const QString &questionId);
    QStringList corrections(const QString &word) const;
    bool matchesAnything(const QString &word) const;

    QString m_connectionName;
    mutable QString m_lastError;
    QPointer<UserStore> m_store;
    bool m_built = false;
    bool m_fromCache = false;
    int m_generation = 0;
    const QuestionBank *m_bank = nullptr;
    std::unique_ptr<Worker> m_worker;
    mutable QHash<QString, qint64> m_rows; // question id -> row, from the bank's order
    mutable QStringList m_ids; // row - 1 -> question id
};

} // namespace GoPrep
