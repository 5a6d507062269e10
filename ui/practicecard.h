#pragma once

#include <QDateTime>
#include <QWidget>

#include <array>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace GoPrep {

class AnswerView;
class QuestionBank;
class StudyState;
class UserStore;
struct Question;

// One question being practised, shared by the review and drill pages: the question, a scratch box for
// what the learner would say, the answer hidden until Space (or Ctrl+Return from the scratch box) reveals
// it, then the ratings Again, Hard, Good and Easy on keys 1-4, each with the interval it would give.
// In pass/fail mode only two: 1 Forgot (Again) and 2 Remembered (Good).
class PracticeCard final : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeCard(QWidget *parent = nullptr);
    void setBank(const QuestionBank *bank);

    // Shows the question with its answer hidden; context is the muted line under the title.
    void showQuestion(const Question &question, const QString &context);
    // No question: a message (rich text) in its place.
    void showMessage(const QString &title, const QString &message);

    const Question *question() const { return m_question; }
    bool isRevealed() const { return m_revealed; }
    void reveal();

    void setPassFail(bool passFail);
    bool passFail() const { return m_passFail; }
    // The wait each rating would give, Again to Easy; a negative value hides it.
    void setPreviews(const std::array<qint64, 4> &seconds);
    static QString intervalText(qint64 seconds);
    // The muted line under a practised question: section, level, weak, new or how long overdue.
    static QString contextLine(const QuestionBank &bank, const QString &questionId, const UserStore *store,
                               const StudyState *state, const QDateTime &now);

    QPlainTextEdit *scratch() const { return m_scratch; }
    AnswerView *answerView() const { return m_answer; }
    QPushButton *ratingButton(int rating) const { return m_ratings.at(rating - 1); }
    QPushButton *revealButton() const { return m_revealButton; }
    void setZoomSteps(int steps);

Q_SIGNALS:
    void revealed();
    void rated(int rating);

private:
    void rate(int key);
    void updateRatingButtons();

    const QuestionBank *m_bank = nullptr;
    const Question *m_question = nullptr;
    bool m_revealed = false;
    bool m_passFail = false;
    std::array<qint64, 4> m_previews = {-1, -1, -1, -1};

    QLabel *m_title = nullptr;
    QLabel *m_context = nullptr;
    QStackedWidget *m_body = nullptr; // the card, or a message
    QLabel *m_message = nullptr;
    QPlainTextEdit *m_scratch = nullptr;
    QStackedWidget *m_answerStack = nullptr;
    QLabel *m_hint = nullptr;
    AnswerView *m_answer = nullptr;
    QStackedWidget *m_actions = nullptr;
    QPushButton *m_revealButton = nullptr;
    std::array<QPushButton *, 4> m_ratings = {};
};

} // namespace GoPrep
