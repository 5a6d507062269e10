#pragma once

#include "storage/userstore.h"
#include "study/fsrs.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace GoPrep {

class QuestionBank;

// Where a learner stands with each question, derived from the review log (never stored on its own, so it
// can be recomputed with other parameters): the FSRS memory, when it was last reviewed and when it is due.
// Answers the practice pages: what to review now, the plan towards the interview date, the progress
// figures. Follows UserStore::reviewAdded and dataReset.
class StudyState final : public QObject
{
    Q_OBJECT

public:
    struct Card
    {
        bool isNew = true;
        Fsrs::Memory memory;
        QDateTime lastReview; // UTC
        QDateTime due; // UTC; invalid for a new card
        int reviews = 0;
        int lapses = 0;
    };

    struct QueueEntry
    {
        QString questionId;
        bool isNew = false;
        bool weak = false;
        double recall = 0; // now; 0 for a new card
    };

    struct PlanItem
    {
        QString questionId;
        bool isNew = true;
        double recallToday = 0;
        double recallOnDate = 0; // if not reviewed again before the interview
    };
    struct Plan
    {
        QDate interviewDate;
        int daysLeft = 0;
        double target = 0.9;
        QList<PlanItem> items; // every question, in reading order
        QStringList today; // what to review today to reach the target by then
        QStringList atRisk; // reviewed questions least likely to be recalled on the day
        int ready = 0; // questions predicted at or above the target on the day
        int notStarted = 0;
    };

    struct SectionProgress
    {
        QString sectionId;
        QString title;
        int total = 0;
        int reviewed = 0;
        double meanRecall = 0; // over the reviewed questions, now
    };
    struct Progress
    {
        QList<SectionProgress> sections;
        QList<int> reviewsPerDay; // the last 30 days, oldest first, today last
        QList<int> dueForecast; // the next 14 days, today first (overdue counts as today)
        int streak = 0; // consecutive days with a review, ending today or yesterday
        int totalReviews = 0;
    };

    static constexpr int RelearnMinutes = 10;
    static constexpr int DefaultNewPerSession = 15;

    StudyState(const QuestionBank *bank, UserStore *store, QObject *parent = nullptr);

    const Fsrs &fsrs() const { return m_fsrs; }
    double retention() const;
    Card card(const QString &questionId) const { return m_cards.value(questionId); }

    // The card after a review with rating at time at: the schedule the log would give.
    Card apply(const Card &card, Fsrs::Rating rating, const QDateTime &at) const;
    // How long until the card is due again, for each rating (Again to Easy), if rated at time at.
    std::array<qint64, 4> previewSeconds(const Card &card, const QDateTime &at) const;

    // Due questions first (weak-flagged first among them, then the most forgotten), then new ones (weak
    // first, then in reading order), at most newLimit of those.
    QList<QueueEntry> queue(const QDateTime &now, int newLimit = DefaultNewPerSession) const;
    int dueCount(const QDateTime &now) const;
    Plan plan(const QDate &interviewDate, double target, const QDateTime &now) const;
    Progress progress(const QDateTime &now) const;

    static Card replay(const Fsrs &fsrs, double retention, const QList<UserStore::Review> &reviews);

Q_SIGNALS:
    void changed();

private:
    void reload();

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    Fsrs m_fsrs;
    QHash<QString, Card> m_cards;
    QList<UserStore::Review> m_reviews;
};

} // namespace GoPrep
