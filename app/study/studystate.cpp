#include "study/studystate.h"

#include "content/questionbank.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace GoPrep {

namespace {

constexpr double SecondsPerDay = 86400.0;

double elapsedDays(const QDateTime &from, const QDateTime &to)
{
    // Whole days, as the FSRS reference schedulers count them: "same day" means less than 24 hours.
    return std::floor(double(from.secsTo(to)) / SecondsPerDay);
}

} // namespace

StudyState::StudyState(const QuestionBank *bank, UserStore *store, QObject *parent)
    : QObject(parent)
    , m_bank(bank)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &UserStore::reviewAdded, this, &StudyState::reload);
        connect(m_store, &UserStore::dataReset, this, &StudyState::reload);
        connect(m_store, &UserStore::preferenceChanged, this, [this](const QString &key) {
            if (key == u"targetRetention") {
                reload();
            }
        });
    }
    reload();
}

double StudyState::retention() const
{
    const double stored = m_store ? m_store->preference(QStringLiteral("targetRetention")).toDouble() : 0;
    return stored >= 0.7 && stored <= 0.99 ? stored : 0.9;
}

StudyState::Card StudyState::apply(const Card &card, Fsrs::Rating rating, const QDateTime &at) const
{
    Card next = card;
    const QDateTime when = at.toUTC();
    next.memory = card.isNew ? m_fsrs.first(rating)
                             : m_fsrs.next(card.memory, elapsedDays(card.lastReview, when), rating);
    next.isNew = false;
    next.lastReview = when;
    next.reviews = card.reviews + 1;
    if (rating == Fsrs::Again) {
        next.lapses = card.isNew ? card.lapses : card.lapses + 1;
        // A forgotten answer comes back within the same session.
        next.due = when.addSecs(RelearnMinutes * 60);
    } else {
        next.due = when.addDays(m_fsrs.intervalDays(next.memory.stability, retention()));
    }
    return next;
}

std::array<qint64, 4> StudyState::previewSeconds(const Card &card, const QDateTime &at) const
{
    std::array<qint64, 4> seconds{};
    for (int rating = Fsrs::Again; rating <= Fsrs::Easy; ++rating) {
        seconds[rating - 1] = at.secsTo(apply(card, Fsrs::Rating(rating), at).due);
    }
    return seconds;
}

StudyState::Card StudyState::replay(const Fsrs &fsrs, double retention,
                                    const QList<UserStore::Review> &reviews)
{
    Card card;
    for (const UserStore::Review &review : reviews) {
        const Fsrs::Rating rating = Fsrs::Rating(std::clamp(review.rating, 1, 4));
        const QDateTime when = review.reviewedAt.toUTC();
        card.memory = card.isNew ? fsrs.first(rating)
                                 : fsrs.next(card.memory, elapsedDays(card.lastReview, when), rating);
        card.lapses += (!card.isNew && rating == Fsrs::Again) ? 1 : 0;
        card.isNew = false;
        card.lastReview = when;
        ++card.reviews;
        card.due = rating == Fsrs::Again ? when.addSecs(RelearnMinutes * 60)
                                         : when.addDays(fsrs.intervalDays(card.memory.stability, retention));
    }
    return card;
}

void StudyState::reload()
{
    m_cards.clear();
    m_reviews = m_store ? m_store->allReviews() : QList<UserStore::Review>();
    QHash<QString, QList<UserStore::Review>> byQuestion;
    for (const UserStore::Review &review : std::as_const(m_reviews)) {
        byQuestion[review.questionId].append(review); // the log is oldest first
    }
    const double target = retention();
    for (auto it = byQuestion.cbegin(); it != byQuestion.cend(); ++it) {
        m_cards.insert(it.key(), replay(m_fsrs, target, it.value()));
    }
    Q_EMIT changed();
}

int StudyState::dueCount(const QDateTime &now) const
{
    int count = 0;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        count += !it->isNew && it->due <= now && m_bank->question(it.key()) ? 1 : 0;
    }
    return count;
}

QList<StudyState::QueueEntry> StudyState::queue(const QDateTime &now, int newLimit) const
{
    QList<QueueEntry> due;
    QList<QueueEntry> fresh;
    for (const QString &id : m_bank->questionIds()) {
        const bool weak = m_store && m_store->hasFlag(id, UserStore::Flag::Weak);
        const auto it = m_cards.constFind(id);
        if (it == m_cards.constEnd()) {
            fresh.append({id, true, weak, 0});
        } else if (it->due <= now) {
            due.append({id, false, weak,
                        m_fsrs.retrievability(elapsedDays(it->lastReview, now), it->memory.stability)});
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const QueueEntry &a, const QueueEntry &b) {
        return a.weak != b.weak ? a.weak : a.recall < b.recall;
    });
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const QueueEntry &a, const QueueEntry &b) { return a.weak && !b.weak; });
    due += fresh.mid(0, qMax(0, newLimit));
    return due;
}

StudyState::Plan StudyState::plan(const QDate &interviewDate, double target, const QDateTime &now) const
{
    Plan plan;
    plan.interviewDate = interviewDate;
    plan.target = target;
    const QDate today = now.toLocalTime().date();
    plan.daysLeft = qMax(0, int(today.daysTo(interviewDate)));
    // The interview is in the morning of its day: recall is predicted for then.
    const QDateTime day = QDateTime(interviewDate, QTime(9, 0)).toUTC();

    QList<PlanItem> needing;
    for (const QString &id : m_bank->questionIds()) {
        PlanItem item;
        item.questionId = id;
        const auto it = m_cards.constFind(id);
        if (it != m_cards.constEnd()) {
            item.isNew = false;
            item.recallToday = m_fsrs.retrievability(elapsedDays(it->lastReview, now), it->memory.stability);
            item.recallOnDate = m_fsrs.retrievability(elapsedDays(it->lastReview, day), it->memory.stability);
        }
        plan.items.append(item);
        if (item.isNew) {
            ++plan.notStarted;
        }
        if (!item.isNew && item.recallOnDate >= target) {
            ++plan.ready;
        } else {
            needing.append(item);
        }
    }
    // What has slipped below the target already comes first, then what has not been started (in the
    // book's order), then what would slip by the day, least likely to be recalled first.
    std::stable_sort(needing.begin(), needing.end(), [target](const PlanItem &a, const PlanItem &b) {
        auto rank = [target](const PlanItem &item) {
            return !item.isNew && item.recallToday < target ? 0 : item.isNew ? 1 : 2;
        };
        if (rank(a) != rank(b)) {
            return rank(a) < rank(b);
        }
        return !a.isNew && a.recallOnDate < b.recallOnDate;
    });
    // What is below the target today cannot wait; the rest (new questions, then what would slip by the
    // day) is spread evenly over the days left, so new topics are started every day, not at the end.
    const int slipped = int(std::count_if(needing.cbegin(), needing.cend(), [target](const PlanItem &item) {
        return !item.isNew && item.recallToday < target;
    }));
    const int evenShare = int(std::ceil(double(needing.size() - slipped) / double(qMax(1, plan.daysLeft))));
    for (const PlanItem &item : std::as_const(needing).mid(0, slipped + evenShare)) {
        plan.today.append(item.questionId);
    }
    QList<PlanItem> reviewed;
    for (const PlanItem &item : std::as_const(plan.items)) {
        if (!item.isNew) {
            reviewed.append(item);
        }
    }
    std::stable_sort(reviewed.begin(), reviewed.end(),
                     [](const PlanItem &a, const PlanItem &b) { return a.recallOnDate < b.recallOnDate; });
    for (const PlanItem &item : std::as_const(reviewed).mid(0, 5)) {
        if (item.recallOnDate < target) {
            plan.atRisk.append(item.questionId);
        }
    }
    return plan;
}

StudyState::Progress StudyState::progress(const QDateTime &now) const
{
    Progress progress;
    for (const Section *section : m_bank->sections()) {
        if (section->kind != Section::Kind::Questions) {
            continue;
        }
        SectionProgress entry{section->id, section->title, int(section->questions.size()), 0, 0};
        double recallSum = 0;
        for (const Question &question : section->questions) {
            const auto it = m_cards.constFind(question.id);
            if (it != m_cards.constEnd()) {
                ++entry.reviewed;
                recallSum += m_fsrs.retrievability(elapsedDays(it->lastReview, now), it->memory.stability);
            }
        }
        entry.meanRecall = entry.reviewed > 0 ? recallSum / entry.reviewed : 0;
        progress.sections.append(entry);
    }
    const QDate today = now.toLocalTime().date();
    progress.reviewsPerDay = QList<int>(30, 0);
    QSet<QDate> reviewDays;
    for (const UserStore::Review &review : m_reviews) {
        const QDate day = review.reviewedAt.toLocalTime().date();
        reviewDays.insert(day);
        const qint64 ago = day.daysTo(today);
        if (ago >= 0 && ago < 30) {
            ++progress.reviewsPerDay[29 - int(ago)];
        }
    }
    progress.totalReviews = int(m_reviews.size());
    progress.dueForecast = QList<int>(14, 0);
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        if (!m_bank->question(it.key())) {
            continue;
        }
        const qint64 inDays = today.daysTo(it->due.toLocalTime().date());
        if (inDays < 14) {
            ++progress.dueForecast[int(qMax<qint64>(0, inDays))];
        }
    }
    // A streak survives until the end of today: yesterday's counts while today is not over.
    QDate day = reviewDays.contains(today) ? today : today.addDays(-1);
    while (reviewDays.contains(day)) {
        ++progress.streak;
        day = day.addDays(-1);
    }
    return progress;
}

} // namespace GoPrep
