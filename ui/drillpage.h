#pragma once

#include "study/drillsession.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;

namespace GoPrep {

class PracticeCard;
class QuestionBank;
class StudyState;
class UserStore;

// A timed mock interview. Setup: how many questions, from which sections, levels and marks (the same
// QuestionFilter as the tree), and the seconds per question. Then each question against a countdown: answer
// aloud, reveal (Space, or when time runs out), rate 1-4. Each rating is logged as a review at once. The
// summary lists the time and rating per question and the topics the drill flagged weak. The clock stops
// while the page is hidden.
class DrillPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Stage { Setup, Running, Summary };

    explicit DrillPage(QWidget *parent = nullptr);
    void setContent(const QuestionBank *bank, UserStore *store, StudyState *state);

    Stage stage() const { return m_stage; }
    QuestionFilter filter() const;
    int matchingCount() const;
    // Starts a drill with the setup's choices; seed fixes the draw (tests), 0 draws at random.
    bool startDrill(quint32 seed = 0);
    void showSetup();
    // Puts the focus where the stage starts: Start, the scratch box or the answer, the results.
    void focusStage();

    const DrillSession *session() const { return m_session.get(); }
    PracticeCard *card() const { return m_card; }
    qint64 remainingMs() const;
    QSpinBox *countField() const { return m_count; }
    QSpinBox *secondsField() const { return m_seconds; }
    QTreeWidget *summaryTable() const { return m_summaryTable; }
    QString currentId() const;

Q_SIGNALS:
    void openQuestion(const QString &questionId);
    void storeProblem(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createSetup();
    QWidget *createRun();
    QWidget *createSummary();
    void updateMatches();
    void showQuestion();
    void tick();
    void revealed();
    void rated(int rating);
    void showSummary();
    qint64 elapsedMs() const;
    void setStage(Stage stage);

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QPointer<StudyState> m_state;
    Stage m_stage = Stage::Setup;
    std::unique_ptr<DrillSession> m_session;
    qint64 m_sessionId = 0;

    // The clock of the current question: time banked while visible, plus the running stretch.
    QTimer m_ticker;
    QElapsedTimer m_running;
    qint64 m_banked = 0;
    qint64 m_answerMs = -1; // when revealed; -1 before
    bool m_timedOut = false;

    QStackedWidget *m_stages = nullptr;
    // Setup
    QSpinBox *m_count = nullptr;
    QSpinBox *m_seconds = nullptr;
    QListWidget *m_sections = nullptr;
    QList<QCheckBox *> m_levels;
    QCheckBox *m_weakOnly = nullptr;
    QCheckBox *m_bookmarkedOnly = nullptr;
    QCheckBox *m_notReviewedOnly = nullptr;
    QLabel *m_matches = nullptr;
    QPushButton *m_start = nullptr;
    // Running
    QLabel *m_position = nullptr;
    QLabel *m_clock = nullptr;
    QProgressBar *m_clockBar = nullptr;
    PracticeCard *m_card = nullptr;
    // Summary
    QLabel *m_summaryText = nullptr;
    QTreeWidget *m_summaryTable = nullptr;
    QLabel *m_flagged = nullptr;
};

} // namespace GoPrep
