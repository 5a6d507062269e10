#pragma once

#include "core/status.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

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
// The index is derived data in its own in-memory SQLite database; the learner's database is UserStore's
// alone. Notes are kept current through UserStore::noteChanged.
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

    explicit SearchIndex(QObject *parent = nullptr);
    ~SearchIndex() override;

    // (Re)builds the index from the bank and, when store is given, its notes, and follows note changes.
    Status build(const QuestionBank &bank, UserStore *store);
    bool isBuilt() const { return m_built; }
    // Marks the index out of date (the store's data was replaced); the next build() starts over.
    void invalidate() { m_built = false; }

    // The best hits, the first snippetCount with their snippets (a snippet costs as much as the search:
    // the rest are made when a view asks, with snippet()).
    Result search(const QString &query, int limit = 100, int snippetCount = 10) const;
    QString snippet(const Result &result, int hit) const;
    // The last SQLite error, for tests and diagnostics; a person never sees it. Empty when all went well.
    QString lastError() const { return m_lastError; }

    // The words of a query as the index sees them: runs of letters and digits, lower-cased, bounded in
    // number and length. Everything else separates words, as in the index's tokenizer.
    static QStringList words(const QString &query);

private:
    void updateNote(const QString &questionId);
    QStringList corrections(const QString &word) const;
    bool matchesAnything(const QString &word) const;
    void loadVocabulary() const;

    QString m_connectionName;
    mutable QString m_lastError;
    QPointer<UserStore> m_store;
    bool m_built = false;
    mutable bool m_vocabularyStale = true;
    // Index terms by first letter and length, for typo correction: a typo rarely hits the first letter.
    mutable QHash<QPair<QChar, int>, QStringList> m_vocabulary;
};

} // namespace GoPrep
