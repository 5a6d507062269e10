#include "study/drillsession.h"

#include "content/questionbank.h"
#include "storage/userstore.h"

#include <QRandomGenerator>

#include <algorithm>

namespace GoPrep {

QStringList DrillSession::pick(const QuestionBank &bank, const QuestionFilter &filter, const UserStore *store,
                               int count, quint32 seed)
{
    QStringList weak;
    QStringList others;
    for (const QString &id : bank.questionIds()) {
        const Question *question = bank.question(id);
        if (!filter.accepts(*question, bank.sectionOf(id)->id, store)) {
            continue;
        }
        (store && store->hasFlag(id, UserStore::Flag::Weak) ? weak : others).append(id);
    }
    QRandomGenerator random(seed);
    std::shuffle(weak.begin(), weak.end(), random);
    std::shuffle(others.begin(), others.end(), random);
    QStringList picked = weak + others;
    picked = picked.mid(0, qMax(0, count));
    std::shuffle(picked.begin(), picked.end(), random); // an interviewer does not ask the weak ones first
    return picked;
}

DrillSession::DrillSession(const QStringList &questionIds, int secondsPerQuestion)
    : m_seconds(qMax(1, secondsPerQuestion))
{
    for (const QString &id : questionIds) {
        m_items.append({id, 0, 0, false});
    }
}

void DrillSession::rate(int rating, qint64 elapsedMs, bool timedOut)
{
    if (finished()) {
        return;
    }
    Item &item = m_items[m_position];
    item.rating = std::clamp(rating, 1, 4);
    item.elapsedMs = qMax<qint64>(0, elapsedMs);
    item.timedOut = timedOut;
    ++m_position;
}

QStringList DrillSession::forgotten() const
{
    QStringList ids;
    for (const Item &item : m_items) {
        if (item.rating == 1) {
            ids.append(item.questionId);
        }
    }
    return ids;
}

qint64 DrillSession::totalMs() const
{
    qint64 total = 0;
    for (const Item &item : m_items) {
        total += item.elapsedMs;
    }
    return total;
}

} // namespace GoPrep
