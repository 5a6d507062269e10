#pragma once

#include "study/studystate.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace GoPrep {

class BarChart;
class QuestionBank;
class UserStore;

// Where the learner stands and what to do next. Left, the plan towards the interview date: how many
// answers are predicted to reach the target recall by then, what to review today, the topics most at
// risk, and every question's predicted recall today and on the day (FSRS forgetting curve). Right, the
// progress: coverage and predicted recall per section, reviews per day for 30 days, the due forecast for
// 14 days and the streak. The date and the target are kept in the store with the learner's data.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    static inline const QString InterviewDateKey = QStringLiteral("interviewDate");
    static inline const QString TargetKey = QStringLiteral("targetRetention");
    // Ticking "Interview on" proposes this many days ahead.
    static constexpr int DefaultDaysAhead = 14;

    explicit ProgressPage(QWidget *parent = nullptr);
    void setContent(const QuestionBank *bank, UserStore *store, StudyState *state);

    // Recomputes everything; also when the log, the date or the target change and the page is shown.
    void refresh();

    QCheckBox *hasDateBox() const { return m_hasDate; }
    QDateEdit *dateField() const { return m_date; }
    // Where the keyboard starts on this page: the date box, or the day of the date once there is one.
    void focusFirstField();
    QSpinBox *targetField() const { return m_target; }
    QListWidget *todayList() const { return m_today; }
    QListWidget *atRiskList() const { return m_atRisk; }
    QTreeWidget *planTable() const { return m_table; }
    BarChart *sectionsChart() const { return m_sections; }
    BarChart *reviewsChart() const { return m_reviews; }
    BarChart *forecastChart() const { return m_forecast; }
    QLabel *summary() const { return m_summary; }
    QLabel *streak() const { return m_streak; }
    const StudyState::Plan &plan() const { return m_plan; }
    QDate interviewDate() const;

Q_SIGNALS:
    void openQuestion(const QString &questionId);
    void reviewQuestions(const QStringList &questionIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void scheduleRefresh();
    void reload();
    void refreshPlan(const QDateTime &now);
    void refreshCharts(const QDateTime &now);

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QPointer<StudyState> m_state;
    StudyState::Plan m_plan;
    bool m_stale = true;

    QCheckBox *m_hasDate = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_target = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_today = nullptr;
    QPushButton *m_reviewToday = nullptr;
    QListWidget *m_atRisk = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_streak = nullptr;
    BarChart *m_sections = nullptr;
    BarChart *m_reviews = nullptr;
    BarChart *m_forecast = nullptr;
};

} // namespace GoPrep
