#pragma once

#include "model/questionfilter.h"

#include <QStringList>

namespace GoPrep {

class QuestionBank;
class UserStore;

// A timed mock interview: N questions drawn from the ones a filter allows, each answered aloud against a
// countdown, then revealed and rated. Keeps the time and rating of each; the page logs them as reviews.
class DrillSession
{
public:
    struct Item
    {
        QString questionId;
        int rating = 0; // 0 until rated; 1 Again .. 4 Easy
        qint64 elapsedMs = 0;
        bool timedOut = false;
    };

    static constexpr int DefaultSeconds = 120;

    // Up to count questions the filter accepts, shuffled with seed, weak topics first.
    static QStringList pick(const QuestionBank &bank, const QuestionFilter &filter, const UserStore *store,
                            int count, quint32 seed);

    DrillSession(const QStringList &questionIds, int secondsPerQuestion);

    int secondsPerQuestion() const { return m_seconds; }
    int size() const { return int(m_items.size()); }
    int position() const { return m_position; }
    bool finished() const { return m_position >= m_items.size(); }
    const Item &current() const { return m_items.at(m_position); }
    // Records the current question's result and moves to the next.
    void rate(int rating, qint64 elapsedMs, bool timedOut);

    const QList<Item> &items() const { return m_items; }
    QStringList forgotten() const; // rated Again: the weak topics this drill flagged
    qint64 totalMs() const;

private:
    QList<Item> m_items;
    int m_seconds = DefaultSeconds;
    int m_position = 0;
};

} // namespace GoPrep
