#pragma once

#include "study/studystate.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace GoPrep {

class PracticeCard;
class QuestionBank;
class UserStore;

// Spaced review: the due questions first (weak topics first among them), then new ones, one at a time
// with the answer hidden; each rating is logged in the store at once, so a review is never lost, and the
// next due date follows from the log. "Again" brings the question back later in the round and marks the
// topic weak.
class ReviewPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    void setContent(const QuestionBank *bank, UserStore *store, StudyState *state);

    // A new round: what is due now, or exactly these questions (today's plan).
    void start(const QStringList &questionIds = {});
    // Starts a round unless one is under way.
    void resume();

    PracticeCard *card() const { return m_card; }
    QString currentId() const;
    int remaining() const { return int(m_queue.size()); }
    int reviewedThisRound() const { return m_done; }

Q_SIGNALS:
    void openQuestion(const QString &questionId);
    void storeProblem(const QString &message);

private:
    void showNext();
    void rated(int rating);
    void finishRound();
    void updateHeader();
    QString contextLine(const QString &questionId) const;

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QPointer<StudyState> m_state;
    PracticeCard *m_card = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QCheckBox *m_passFail = nullptr;

    QStringList m_queue; // still to show, front first
    QString m_current;
    bool m_active = false;
    int m_done = 0;
    int m_again = 0;
    qint64 m_session = 0;
    QElapsedTimer m_shown; // since the current question appeared
    qint64 m_roundMs = 0;
};

} // namespace GoPrep
