#include "drillpage.h"

#include "answerview.h"
#include "content/questionbank.h"
#include "labels.h"
#include "practicecard.h"
#include "storage/userstore.h"
#include "study/studystate.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace GoPrep {

namespace {

const QString countKey = QStringLiteral("drill/count");
const QString secondsKey = QStringLiteral("drill/seconds");
constexpr int DefaultCount = 5;

QString clockText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, (ms + 999) / 1000);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ratingName(int rating)
{
    switch (rating) {
    case Fsrs::Again:
        return DrillPage::tr("Again");
    case Fsrs::Hard:
        return DrillPage::tr("Hard");
    case Fsrs::Good:
        return DrillPage::tr("Good");
    case Fsrs::Easy:
        return DrillPage::tr("Easy");
    }
    return {};
}

} // namespace

DrillPage::DrillPage(QWidget *parent)
    : QWidget(parent)
{
    m_stages = new QStackedWidget(this);
    m_stages->addWidget(createSetup());
    m_stages->addWidget(createRun());
    m_stages->addWidget(createSummary());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stages);

    m_ticker.setInterval(200);
    connect(&m_ticker, &QTimer::timeout, this, &DrillPage::tick);
    setStage(Stage::Setup);
}

QWidget *DrillPage::createSetup()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillSetup"));
    auto *intro
        = new QLabel(tr("Questions as an interviewer would ask them, one at a time against the clock. "
                        "Answer out loud, then reveal the answer and rate yourself honestly. "
                        "Weak topics are drawn first."),
                     page);
    intro->setWordWrap(true);

    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("drillCount"));
    m_count->setRange(1, 50);
    m_count->setValue(DefaultCount);
    m_seconds = new QSpinBox(page);
    m_seconds->setObjectName(QStringLiteral("drillSeconds"));
    m_seconds->setRange(30, 900);
    m_seconds->setSingleStep(15);
    m_seconds->setValue(DrillSession::DefaultSeconds);
    m_seconds->setSuffix(tr(" s"));
    m_sections = new QListWidget(page);
    m_sections->setObjectName(QStringLiteral("drillSections"));
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setMaximumHeight(170);

    auto *levels = new QHBoxLayout;
    for (const Question::Level level :
         {Question::Level::Junior, Question::Level::Mid, Question::Level::Senior}) {
        auto *box = new QCheckBox(Question::levelTitle(level), page);
        box->setObjectName(QStringLiteral("drillLevel-") + Question::levelName(level));
        box->setChecked(true);
        box->setProperty("level", int(level));
        connect(box, &QCheckBox::toggled, this, &DrillPage::updateMatches);
        m_levels.append(box);
        levels->addWidget(box);
    }
    levels->addStretch();
    m_weakOnly = new QCheckBox(tr("&Weak topics only"), page);
    m_weakOnly->setObjectName(QStringLiteral("drillWeakOnly"));
    m_bookmarkedOnly = new QCheckBox(tr("&Bookmarked only"), page);
    m_bookmarkedOnly->setObjectName(QStringLiteral("drillBookmarkedOnly"));
    m_notReviewedOnly = new QCheckBox(tr("Not yet &reviewed only"), page);
    m_notReviewedOnly->setObjectName(QStringLiteral("drillNotReviewedOnly"));
    auto *marks = new QVBoxLayout;
    for (QCheckBox *box : {m_weakOnly, m_bookmarkedOnly, m_notReviewedOnly}) {
        connect(box, &QCheckBox::toggled, this, &DrillPage::updateMatches);
        marks->addWidget(box);
    }
    connect(m_sections, &QListWidget::itemChanged, this, &DrillPage::updateMatches);
    connect(m_count, &QSpinBox::valueChanged, this, &DrillPage::updateMatches);
    // The learner's choices are kept with their data for the next drill.
    connect(m_count, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_store) {
            m_store->setPreference(countKey, QString::number(value));
        }
    });
    connect(m_seconds, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_store) {
            m_store->setPreference(secondsKey, QString::number(value));
        }
    });

    m_matches = new QLabel(page);
    m_matches->setObjectName(QStringLiteral("drillMatches"));
    m_start = new QPushButton(tr("&Start Drill"), page);
    m_start->setObjectName(QStringLiteral("startDrill"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, [this] { startDrill(); });

    auto *form = new QFormLayout;
    form->addRow(tr("Question cou&nt:"), m_count);
    form->addRow(tr("&Time per question:"), m_seconds);
    form->addRow(tr("Se&ctions:"), m_sections);
    form->addRow(tr("Levels:"), levels);
    form->addRow(tr("Only:"), marks);

    auto *column = new QVBoxLayout;
    column->addWidget(Labels::heading(tr("Mock drill"), page));
    column->addWidget(intro);
    column->addSpacing(8);
    column->addLayout(form);
    column->addSpacing(8);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_matches, 1);
    startRow->addWidget(m_start);
    column->addLayout(startRow);
    column->addStretch();

    auto *outer = new QHBoxLayout(page);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);

    // Return starts from anywhere in the form.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *start
            = new QShortcut(QKeySequence(key), page, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(start, &QShortcut::activated, this, [this] {
            if (m_start->isEnabled()) {
                startDrill();
            }
        });
    }
    return page;
}

QWidget *DrillPage::createRun()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillRun"));
    m_position = Labels::heading({}, page);
    m_position->setObjectName(QStringLiteral("drillPosition"));
    m_clock = new QLabel(page);
    m_clock->setObjectName(QStringLiteral("drillClock"));
    QFont clockFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    clockFont.setPointSizeF(font().pointSizeF() * 1.6);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_clockBar = new QProgressBar(page);
    m_clockBar->setObjectName(QStringLiteral("drillClockBar"));
    m_clockBar->setTextVisible(false);
    m_clockBar->setMaximumWidth(260);
    m_clockBar->setMaximumHeight(10);
    auto *end = new QPushButton(tr("En&d Drill"), page);
    end->setObjectName(QStringLiteral("endDrill"));
    end->setFocusPolicy(Qt::TabFocus);
    end->setToolTip(tr("Stop here and see the summary of the questions answered so far"));
    connect(end, &QPushButton::clicked, this, &DrillPage::showSummary);

    auto *header = new QHBoxLayout;
    header->addWidget(m_position);
    header->addStretch();
    header->addWidget(m_clockBar);
    header->addWidget(m_clock);
    header->addSpacing(12);
    header->addWidget(end);

    m_card = new PracticeCard(page);
    m_card->setObjectName(QStringLiteral("drillCard"));
    connect(m_card, &PracticeCard::revealed, this, &DrillPage::revealed);
    connect(m_card, &PracticeCard::rated, this, &DrillPage::rated);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_card, 1);
    return page;
}

QWidget *DrillPage::createSummary()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("drillSummary"));
    m_summaryText = new QLabel(page);
    m_summaryText->setObjectName(QStringLiteral("drillSummaryText"));
    m_summaryText->setWordWrap(true);
    m_summaryTable = new QTreeWidget(page);
    m_summaryTable->setObjectName(QStringLiteral("drillSummaryTable"));
    m_summaryTable->setAccessibleName(tr("Drill results"));
    m_summaryTable->setRootIsDecorated(false);
    m_summaryTable->setHeaderLabels({tr("#"), tr("Question"), tr("Time"), tr("Rating")});
    m_summaryTable->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_summaryTable->header()->setStretchLastSection(false);
    Labels::activateOnReturn(m_summaryTable);
    connect(m_summaryTable, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT openQuestion(item->data(1, Qt::UserRole).toString()); });
    m_flagged = new QLabel(page);
    m_flagged->setObjectName(QStringLiteral("drillFlagged"));
    m_flagged->setWordWrap(true);
    m_flagged->setTextFormat(Qt::RichText);
    connect(m_flagged, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openQuestion(link); });
    auto *again = new QPushButton(tr("&New Drill"), page);
    again->setObjectName(QStringLiteral("newDrill"));
    connect(again, &QPushButton::clicked, this, &DrillPage::showSetup);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(again);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(Labels::heading(tr("Drill summary"), page));
    layout->addWidget(m_summaryText);
    layout->addWidget(m_summaryTable, 1);
    layout->addWidget(m_flagged);
    layout->addLayout(buttons);
    return page;
}

void DrillPage::setContent(const QuestionBank *bank, UserStore *store, StudyState *state)
{
    m_bank = bank;
    m_store = store;
    m_state = state;
    m_card->setBank(bank);
    // Quiet while filling: every checked item would count the matches again (itemChanged), a second per
    // start with 10,000 questions.
    const QSignalBlocker quiet(m_sections);
    m_sections->clear();
    for (const Section *section : bank->sections()) {
        if (section->kind != Section::Kind::Questions || section->questions.isEmpty()) {
            continue;
        }
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(section->title).arg(section->questions.size()),
                                         m_sections);
        item->setData(Qt::UserRole, section->id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    if (m_store) {
        const QSignalBlocker blockCount(m_count);
        const QSignalBlocker blockSeconds(m_seconds);
        m_count->setValue(m_store->preference(countKey, QString::number(DefaultCount)).toInt());
        m_seconds->setValue(
            m_store->preference(secondsKey, QString::number(DrillSession::DefaultSeconds)).toInt());
    }
    updateMatches();
}

QuestionFilter DrillPage::filter() const
{
    QuestionFilter filter;
    for (int row = 0; row < m_sections->count(); ++row) {
        if (m_sections->item(row)->checkState() == Qt::Checked) {
            filter.sections.insert(m_sections->item(row)->data(Qt::UserRole).toString());
        }
    }
    if (filter.sections.isEmpty()) {
        filter.ids = QSet<QString>(); // none chosen: nothing matches
    } else if (filter.sections.size() == m_sections->count()) {
        filter.sections.clear(); // every section: "any"
    }
    for (QCheckBox *box : m_levels) {
        if (box->isChecked()) {
            filter.levels.insert(Question::Level(box->property("level").toInt()));
        }
    }
    if (filter.levels.isEmpty()) {
        filter.ids = QSet<QString>();
    } else if (filter.levels.size() == m_levels.size()) {
        filter.levels.clear();
    }
    filter.weakOnly = m_weakOnly->isChecked();
    filter.bookmarkedOnly = m_bookmarkedOnly->isChecked();
    filter.notReviewedOnly = m_notReviewedOnly->isChecked();
    return filter;
}

int DrillPage::matchingCount() const
{
    if (!m_bank) {
        return 0;
    }
    const QuestionFilter chosen = filter();
    int count = 0;
    for (const Section *section : m_bank->sections()) {
        for (const Question &question : section->questions) {
            count += chosen.accepts(question, section->id, m_store) ? 1 : 0;
        }
    }
    return count;
}

void DrillPage::updateMatches()
{
    const int matches = matchingCount();
    if (!m_store) {
        m_matches->setText(tr("Drills need your data file, which is unavailable."));
    } else if (matches == 0) {
        m_matches->setText(tr("No question matches these choices."));
    } else {
        m_matches->setText(tr("%n question(s) match", nullptr, matches) + QStringLiteral("; ")
                           + tr("the drill asks %n.", nullptr, std::min(matches, m_count->value())));
    }
    m_start->setEnabled(m_store && matches > 0);
}

bool DrillPage::startDrill(quint32 seed)
{
    if (!m_bank || !m_store || matchingCount() == 0) {
        return false;
    }
    const QStringList ids = DrillSession::pick(*m_bank, filter(), m_store, m_count->value(),
                                               seed ? seed : QRandomGenerator::global()->generate());
    m_session = std::make_unique<DrillSession>(ids, m_seconds->value());
    m_sessionId = 0; // started with the first rating: a drill left unanswered leaves nothing behind
    setStage(Stage::Running);
    showQuestion();
    return true;
}

void DrillPage::showSetup()
{
    m_ticker.stop();
    updateMatches();
    setStage(Stage::Setup);
    m_start->setFocus(Qt::OtherFocusReason);
}

void DrillPage::focusStage()
{
    switch (m_stage) {
    case Stage::Setup:
        m_start->setFocus(Qt::OtherFocusReason);
        break;
    case Stage::Running:
        if (m_card->isRevealed()) {
            m_card->answerView()->setFocus(Qt::OtherFocusReason);
        } else {
            m_card->setFocus(Qt::OtherFocusReason);
        }
        break;
    case Stage::Summary:
        m_summaryTable->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void DrillPage::setStage(Stage stage)
{
    m_stage = stage;
    m_stages->setCurrentIndex(int(stage));
}

QString DrillPage::currentId() const
{
    return m_stage == Stage::Running && m_session && !m_session->finished() ? m_session->current().questionId
                                                                            : QString();
}

void DrillPage::showQuestion()
{
    const QString id = m_session->current().questionId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_position->setText(tr("Question %1 of %2").arg(m_session->position() + 1).arg(m_session->size()));
    m_card->showQuestion(*m_bank->question(id),
                         PracticeCard::contextLine(*m_bank, id, m_store, m_state, now));
    if (m_state) {
        m_card->setPreviews(m_state->previewSeconds(m_state->card(id), now));
    }
    m_banked = 0;
    m_answerMs = -1;
    m_timedOut = false;
    m_clockBar->setMaximum(m_session->secondsPerQuestion() * 1000);
    if (isVisible()) {
        m_running.start();
        m_ticker.start();
    } else {
        m_running.invalidate();
    }
    tick();
}

qint64 DrillPage::elapsedMs() const
{
    return m_banked + (m_running.isValid() ? m_running.elapsed() : 0);
}

qint64 DrillPage::remainingMs() const
{
    if (!m_session || m_session->finished()) {
        return 0;
    }
    const qint64 used = m_answerMs >= 0 ? m_answerMs : elapsedMs();
    return std::max<qint64>(0, m_session->secondsPerQuestion() * 1000LL - used);
}

void DrillPage::tick()
{
    if (m_stage != Stage::Running || !m_session) {
        return;
    }
    const qint64 left = remainingMs();
    m_clockBar->setValue(int(left));
    if (m_answerMs >= 0) {
        m_clock->setText(m_timedOut ? tr("Time's up") : tr("Answered in %1").arg(clockText(m_answerMs)));
        return;
    }
    m_clock->setText(clockText(left));
    if (left == 0) {
        m_timedOut = true;
        m_card->reveal(); // calls revealed()
    }
}

void DrillPage::revealed()
{
    m_answerMs = std::min<qint64>(elapsedMs(), m_session->secondsPerQuestion() * 1000LL);
    m_ticker.stop();
    m_running.invalidate();
    tick();
}

void DrillPage::rated(int rating)
{
    if (!m_session || m_session->finished() || !m_store) {
        return;
    }
    UserStore::Review review;
    review.questionId = m_session->current().questionId;
    review.rating = rating;
    review.reviewedAt = QDateTime::currentDateTimeUtc();
    review.durationMs = int(m_answerMs);
    review.mode = QStringLiteral("drill");
    if (!m_sessionId) {
        m_sessionId = m_store->startSession(QStringLiteral("drill")).value_or(0);
    }
    review.sessionId = m_sessionId;
    const Status status = m_store->addReview(review, rating == Fsrs::Again);
    if (!status) {
        Q_EMIT storeProblem(status.message()); // the question stays; nothing is lost
        return;
    }
    m_session->rate(rating, m_answerMs, m_timedOut);
    if (m_session->finished()) {
        showSummary();
    } else {
        showQuestion();
    }
}

void DrillPage::showSummary()
{
    if (!m_session) {
        return;
    }
    m_ticker.stop();
    if (m_sessionId && m_store) {
        m_store->finishSession(m_sessionId);
        m_sessionId = 0;
    }
    m_summaryTable->clear();
    int answered = 0;
    int overTime = 0;
    QMap<int, int> ratings;
    for (int i = 0; i < m_session->items().size(); ++i) {
        const DrillSession::Item &item = m_session->items().at(i);
        if (item.rating == 0) {
            continue; // the drill ended before this one
        }
        ++answered;
        overTime += item.timedOut ? 1 : 0;
        ++ratings[item.rating];
        auto *row = new QTreeWidgetItem(m_summaryTable);
        row->setText(0, QString::number(i + 1));
        row->setText(1, m_bank->question(item.questionId)->title);
        row->setData(1, Qt::UserRole, item.questionId);
        row->setText(2,
                     item.timedOut ? tr("%1 (time's up)").arg(clockText(item.elapsedMs))
                                   : clockText(item.elapsedMs));
        row->setText(3, ratingName(item.rating));
        if (item.rating == Fsrs::Again || item.timedOut) {
            row->setForeground(item.timedOut ? 2 : 3, palette().color(QPalette::Link));
        }
    }
    for (int column : {0, 2, 3}) {
        m_summaryTable->resizeColumnToContents(column);
    }
    QStringList counts;
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
        counts.append(tr("%1 %2").arg(it.value()).arg(ratingName(it.key())));
    }
    if (answered == 0) {
        m_summaryText->setText(tr("The drill ended before any question was rated."));
    } else {
        m_summaryText->setText(
            tr("%n question(s)", nullptr, answered) + u' '
            + tr("in %1, %2 on average", nullptr)
                  .arg(clockText(m_session->totalMs()), clockText(m_session->totalMs() / answered))
            + QStringLiteral(" · ") + tr("%n over time", nullptr, overTime) + QStringLiteral(" · ")
            + counts.join(QStringLiteral(", ")));
    }
    QStringList links;
    for (const QString &id : m_session->forgotten()) {
        links.append(QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(id.toHtmlEscaped(), m_bank->question(id)->title.toHtmlEscaped()));
    }
    m_flagged->setText(links.isEmpty()
                           ? tr("No question was forgotten, so no new weak topics.")
                           : tr("Marked as weak topics (they come first in review and the next drill): %1")
                                 .arg(links.join(QStringLiteral(", "))));
    setStage(Stage::Summary);
    m_summaryTable->setFocus(Qt::OtherFocusReason);
    if (m_summaryTable->topLevelItemCount() > 0) {
        m_summaryTable->setCurrentItem(m_summaryTable->topLevelItem(0));
    }
}

void DrillPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stage == Stage::Running && m_answerMs < 0 && !m_running.isValid()) {
        m_running.start();
        m_ticker.start();
    }
}

void DrillPage::hideEvent(QHideEvent *event)
{
    // Leaving the page mid-question stops the clock; it picks up where it was on return.
    if (m_running.isValid()) {
        m_banked += m_running.elapsed();
        m_running.invalidate();
    }
    m_ticker.stop();
    QWidget::hideEvent(event);
}

} // namespace GoPrep
