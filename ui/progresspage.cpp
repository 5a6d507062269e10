#include "progresspage.h"

#include "barchart.h"
#include "content/questionbank.h"
#include "labels.h"
#include "storage/userstore.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GoPrep {

namespace {

constexpr int SortRole = Qt::UserRole + 1;
constexpr int OrderRole = Qt::UserRole + 2;

// Rows that sort by number (the recall), not by the text shown, and in reading order among equals.
class NumericItem final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        const QVariant mine = data(column, SortRole);
        const QVariant theirs = other.data(column, SortRole);
        if (mine.isValid() && mine.toDouble() != theirs.toDouble()) {
            return mine.toDouble() < theirs.toDouble();
        }
        if (!mine.isValid() && text(column) != other.text(column)) {
            return QTreeWidgetItem::operator<(other);
        }
        // Equal: keep reading order, whichever way the column is sorted.
        const bool ascending
            = !treeWidget() || treeWidget()->header()->sortIndicatorOrder() == Qt::AscendingOrder;
        const int order = data(0, OrderRole).toInt();
        const int otherOrder = other.data(0, OrderRole).toInt();
        return ascending ? order < otherOrder : order > otherOrder;
    }
};

QString percent(double value)
{
    return ProgressPage::tr("%1 %").arg(QLocale().toString(qRound(value * 100)));
}

// A date field whose day and weekday sections step whole days, on into the next month or back into the
// last: QDateEdit keeps a day inside its month and a weekday inside its week, which leaves a keyboard user
// stuck on the 1st or on a Monday.
class DayStepDateEdit final : public QDateEdit
{
public:
    using QDateEdit::QDateEdit;

    void stepBy(int steps) override
    {
        if (currentSection() != DaySection) {
            QDateEdit::stepBy(steps);
            return;
        }
        const int index = currentSectionIndex();
        setDate(date().addDays(steps));
        setCurrentSectionIndex(index);
    }

protected:
    StepEnabled stepEnabled() const override
    {
        if (currentSection() != DaySection || isReadOnly()) {
            return QDateEdit::stepEnabled();
        }
        StepEnabled enabled = StepUpEnabled;
        if (date() > minimumDate()) {
            enabled |= StepDownEnabled;
        }
        return enabled;
    }
};

} // namespace

ProgressPage::ProgressPage(QWidget *parent)
    : QWidget(parent)
{
    // The plan.
    // The plan. The date is optional: the box says whether there is one, the field says which day.
    m_hasDate = new QCheckBox(tr("&Interview on:"), this);
    m_hasDate->setObjectName(QStringLiteral("hasInterviewDate"));
    m_hasDate->setToolTip(
        tr("Tick this and choose the day: the plan spreads your reviews over the days left."));
    m_date = new DayStepDateEdit(this);
    m_date->setObjectName(QStringLiteral("interviewDate"));
    m_date->setAccessibleName(tr("Interview date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setMinimumDate(QDate::currentDate());
    m_date->setDate(QDate::currentDate().addDays(DefaultDaysAhead));
    m_date->setEnabled(false);
    m_target = new QSpinBox(this);
    m_target->setObjectName(QStringLiteral("targetRecall"));
    m_target->setRange(70, 97);
    m_target->setValue(90);
    m_target->setSuffix(tr(" %"));
    m_target->setToolTip(tr("How likely you want to be to recall each answer. Reviews are scheduled to keep "
                            "every answer at least this likely to come back; higher means more reviews."));
    auto *form = new QFormLayout;
    form->addRow(m_hasDate, m_date);
    form->addRow(tr("&Target recall:"), m_target);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_today = new QListWidget(this);
    m_today->setObjectName(QStringLiteral("planToday"));
    m_today->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_today->setAccessibleName(tr("Review today"));
    m_reviewToday = new QPushButton(tr("Review These &Now"), this);
    m_reviewToday->setObjectName(QStringLiteral("reviewToday"));
    m_atRisk = new QListWidget(this);
    m_atRisk->setObjectName(QStringLiteral("planAtRisk"));
    m_atRisk->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_atRisk->setAccessibleName(tr("Most at risk"));
    auto *lists = new QGridLayout;
    lists->addWidget(Labels::caption(tr("Review today"), this), 0, 0);
    lists->addWidget(Labels::caption(tr("Most at risk on the day"), this), 0, 1);
    lists->addWidget(m_today, 1, 0);
    lists->addWidget(m_atRisk, 1, 1);
    lists->addWidget(m_reviewToday, 2, 0, Qt::AlignLeft);

    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setAccessibleName(tr("Predicted recall of every question"));
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setHeaderLabels({tr("Question"), tr("Section"), tr("Now"), tr("On the day")});
    m_table->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    m_table->setSortingEnabled(true);

    auto *plan = new QVBoxLayout;
    plan->addWidget(Labels::heading(tr("Your plan"), this));
    plan->addLayout(form);
    plan->addWidget(m_summary);
    plan->addLayout(lists, 2);
    plan->addWidget(Labels::caption(tr("Every question"), this));
    plan->addWidget(m_table, 3);

    // The progress.
    m_streak = new QLabel(this);
    m_streak->setObjectName(QStringLiteral("streak"));
    m_streak->setTextFormat(Qt::RichText);
    m_sections = new BarChart(BarChart::Orientation::Horizontal, this);
    m_sections->setObjectName(QStringLiteral("sectionsChart"));
    m_sections->setTitle(tr("Sections: reviewed and predicted recall now"));
    m_sections->setFormat(BarChart::Format::Percent);
    m_reviews = new BarChart(BarChart::Orientation::Vertical, this);
    m_reviews->setObjectName(QStringLiteral("reviewsChart"));
    m_reviews->setTitle(tr("Reviews per day, last 30 days"));
    m_reviews->setEmptyText(tr("No reviews yet. F5 starts your first round."));
    m_forecast = new BarChart(BarChart::Orientation::Vertical, this);
    m_forecast->setObjectName(QStringLiteral("forecastChart"));
    m_forecast->setTitle(tr("Due in the next 14 days"));
    m_forecast->setEmptyText(tr("Nothing scheduled yet."));

    auto *progress = new QVBoxLayout;
    progress->addWidget(Labels::heading(tr("Progress"), this));
    progress->addWidget(m_streak);
    progress->addWidget(m_sections, 3);
    progress->addWidget(m_reviews, 2);
    progress->addWidget(m_forecast, 2);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(plan, 1);
    layout->addSpacing(16);
    layout->addLayout(progress, 1);

    const auto saveDate = [this] {
        m_date->setEnabled(m_hasDate->isEnabled() && m_hasDate->isChecked());
        if (m_store) {
            const QDate date = interviewDate();
            m_store->setPreference(InterviewDateKey, date.isValid() ? date.toString(Qt::ISODate) : QString());
        }
        scheduleRefresh();
    };
    connect(m_hasDate, &QCheckBox::toggled, this, [this, saveDate](bool checked) {
        saveDate();
        if (checked) {
            focusFirstField();
        }
    });
    connect(m_date, &QDateEdit::dateChanged, this, saveDate);
    connect(m_target, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_store) {
            m_store->setPreference(TargetKey, QString::number(value / 100.0));
        }
        scheduleRefresh();
    });
    for (QListWidget *list : {m_today, m_atRisk}) {
        Labels::activateOnReturn(list);
        connect(list, &QListWidget::itemActivated, this,
                [this](QListWidgetItem *item) { Q_EMIT openQuestion(item->data(Qt::UserRole).toString()); });
    }
    Labels::activateOnReturn(m_table);
    connect(m_table, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openQuestion(item->data(0, Qt::UserRole).toString()); });
    connect(m_reviewToday, &QPushButton::clicked, this, [this] {
        if (!m_plan.today.isEmpty()) {
            Q_EMIT reviewQuestions(m_plan.today);
        }
    });
}

void ProgressPage::setContent(const QuestionBank *bank, UserStore *store, StudyState *state)
{
    m_bank = bank;
    m_store = store;
    m_state = state;
    if (m_store) {
        // A date in the past is a finished interview: the box starts unticked again.
        const QDate date = QDate::fromString(m_store->preference(InterviewDateKey), Qt::ISODate);
        const bool upcoming = date.isValid() && date >= QDate::currentDate();
        const QSignalBlocker blockHas(m_hasDate);
        const QSignalBlocker blockDate(m_date);
        const QSignalBlocker blockTarget(m_target);
        m_hasDate->setChecked(upcoming);
        m_date->setDate(upcoming ? date : QDate::currentDate().addDays(DefaultDaysAhead));
        if (m_state) {
            m_target->setValue(qRound(m_state->retention() * 100));
        }
        connect(m_store, &UserStore::dataReset, this, &ProgressPage::reload, Qt::UniqueConnection);
    }
    if (m_state) {
        connect(m_state, &StudyState::changed, this, &ProgressPage::scheduleRefresh, Qt::UniqueConnection);
    }
    const bool usable = m_store && m_state;
    m_hasDate->setEnabled(usable);
    m_date->setEnabled(usable && m_hasDate->isChecked());
    m_target->setEnabled(usable);
    scheduleRefresh();
}

void ProgressPage::reload()
{
    setContent(m_bank, m_store, m_state);
}

QDate ProgressPage::interviewDate() const
{
    return m_hasDate->isChecked() ? m_date->date() : QDate();
}

void ProgressPage::focusFirstField()
{
    if (!m_date->isEnabled()) {
        m_hasDate->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_date->setFocus(Qt::OtherFocusReason);
    m_date->setCurrentSection(QDateTimeEdit::DaySection); // weekday or day: both step whole days here
}

void ProgressPage::scheduleRefresh()
{
    m_stale = true;
    if (isVisible()) {
        QTimer::singleShot(0, this, [this] {
            if (m_stale) {
                refresh();
            }
        });
    }
}

void ProgressPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        refresh();
    }
}

void ProgressPage::refresh()
{
    m_stale = false;
    if (!m_bank || !m_state) {
        m_summary->setText(tr("Plans and progress need your data file, which is unavailable."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    refreshPlan(now);
    refreshCharts(now);
}

void ProgressPage::refreshPlan(const QDateTime &now)
{
    const QDate date = interviewDate();
    const double target = m_target->value() / 100.0;
    m_plan = m_state->plan(date.isValid() ? date : QDate::currentDate(), target, now);
    const int total = int(m_plan.items.size());
    const QLocale locale;
    if (!date.isValid()) {
        m_summary->setText(tr("Set the date of your interview, and GoPrep works out what to review each day "
                              "so that every answer reaches %1 recall by then.")
                               .arg(percent(target)));
    } else {
        const QString when = m_plan.daysLeft == 0
            ? tr("Your interview is <b>today</b>.")
            : tr("<b>%n day(s)</b> to your interview", nullptr, m_plan.daysLeft)
                + tr(" on %1.").arg(locale.toString(date, QLocale::LongFormat));
        const int atRisk = int(m_plan.atRisk.size());
        m_summary->setText(when + u' '
                           + tr("On the day, <b>%1 of %2</b> answers are predicted at %3 recall or better")
                                 .arg(m_plan.ready)
                                 .arg(total)
                                 .arg(percent(target))
                           + tr("; %n not started yet", nullptr, m_plan.notStarted)
                           + tr(", %n at risk.", nullptr, atRisk) + u' '
                           + (m_plan.today.isEmpty() ? tr("Nothing more to review today.")
                                                     : tr("Review <b>%n</b> today to stay on course.",
                                                          nullptr, int(m_plan.today.size()))));
    }

    QHash<QString, const StudyState::PlanItem *> items;
    for (const StudyState::PlanItem &item : std::as_const(m_plan.items)) {
        items.insert(item.questionId, &item);
    }
    m_today->clear();
    m_atRisk->clear();
    const bool planned = date.isValid();
    m_today->setEnabled(planned);
    m_atRisk->setEnabled(planned);
    m_reviewToday->setEnabled(planned && !m_plan.today.isEmpty());
    if (planned) {
        for (const QString &id : std::as_const(m_plan.today)) {
            const StudyState::PlanItem *item = items.value(id);
            // The figure first: the lists are narrow, and long titles are elided.
            auto *row
                = new QListWidgetItem((item->isNew ? tr("new") : tr("%1 now").arg(percent(item->recallToday)))
                                          + QStringLiteral("  ·  ") + m_bank->question(id)->title,
                                      m_today);
            row->setToolTip(m_bank->question(id)->title);
            row->setData(Qt::UserRole, id);
        }
        for (const QString &id : std::as_const(m_plan.atRisk)) {
            auto *row = new QListWidgetItem(tr("%1 on the day").arg(percent(items.value(id)->recallOnDate))
                                                + QStringLiteral("  ·  ") + m_bank->question(id)->title,
                                            m_atRisk);
            row->setToolTip(m_bank->question(id)->title);
            row->setData(Qt::UserRole, id);
        }
        if (m_atRisk->count() == 0) {
            new QListWidgetItem(tr("None: everything you reviewed holds until then."), m_atRisk);
        }
    }

    m_table->setSortingEnabled(false);
    m_table->clear();
    m_table->setColumnHidden(3, !planned);
    int order = 0;
    for (const StudyState::PlanItem &item : std::as_const(m_plan.items)) {
        auto *row = new NumericItem(m_table);
        row->setData(0, OrderRole, order++);
        row->setText(0, m_bank->question(item.questionId)->title);
        row->setData(0, Qt::UserRole, item.questionId);
        row->setText(1, m_bank->sectionOf(item.questionId)->title);
        row->setText(2, item.isNew ? tr("new") : percent(item.recallToday));
        // Not started sorts after every reviewed question: the top of the table is what is slipping.
        row->setData(2, SortRole, item.isNew ? 2.0 : item.recallToday);
        row->setText(3, item.isNew ? tr("new") : percent(item.recallOnDate));
        row->setData(3, SortRole, item.isNew ? 2.0 : item.recallOnDate);
        row->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(planned ? 3 : 2, Qt::AscendingOrder);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    m_table->resizeColumnToContents(3);
}

void ProgressPage::refreshCharts(const QDateTime &now)
{
    const StudyState::Progress progress = m_state->progress(now);
    const QLocale locale;
    m_streak->setText(
        (progress.streak ? tr("<b>%n-day</b> streak", nullptr, progress.streak) : tr("No streak yet"))
        + QStringLiteral(" · ") + tr("%n review(s) in all", nullptr, progress.totalReviews)
        + QStringLiteral(" · ") + tr("%n due today", nullptr, progress.dueForecast.value(0)));

    QStringList sectionNames;
    BarChart::Series coverage{tr("Reviewed"), {}};
    BarChart::Series recall{tr("Predicted recall"), {}};
    for (const StudyState::SectionProgress &section : progress.sections) {
        sectionNames.append(section.title);
        coverage.values.append(section.total ? double(section.reviewed) / section.total : 0.0);
        recall.values.append(section.meanRecall);
    }
    m_sections->setCategories(sectionNames);
    m_sections->setSeries({coverage, recall});

    const QDate today = now.toLocalTime().date();
    QStringList days;
    BarChart::Series reviews{tr("Reviews"), {}};
    for (int i = 0; i < progress.reviewsPerDay.size(); ++i) {
        const QDate day = today.addDays(i - progress.reviewsPerDay.size() + 1);
        days.append(i == progress.reviewsPerDay.size() - 1 ? tr("Today") : locale.toString(day, u"d MMM"));
        reviews.values.append(progress.reviewsPerDay.at(i));
    }
    m_reviews->setCategories(days, 7, true);
    m_reviews->setSeries({reviews});

    QStringList ahead;
    BarChart::Series due{tr("Due"), {}};
    for (int i = 0; i < progress.dueForecast.size(); ++i) {
        ahead.append(i == 0 ? tr("Today") : locale.toString(today.addDays(i), u"ddd d"));
        due.values.append(progress.dueForecast.at(i));
    }
    m_forecast->setCategories(ahead, 2);
    m_forecast->setSeries({due});
}

} // namespace GoPrep
