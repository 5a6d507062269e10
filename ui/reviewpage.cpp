#include "reviewpage.h"

#include "content/questionbank.h"
#include "practicecard.h"
#include "storage/userstore.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace GoPrep {

namespace {

const QString passFailKey = QStringLiteral("review/passFail");

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(tr("Review"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    heading->setFont(font);
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("reviewProgress"));
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setMaximumHeight(8);
    m_passFail = new QCheckBox(tr("Pa&ss/fail"), this);
    m_passFail->setObjectName(QStringLiteral("passFail"));
    m_passFail->setToolTip(tr("Rate with two buttons, Forgot and Remembered, instead of four"));
    m_passFail->setFocusPolicy(Qt::TabFocus);
    auto *open = new QPushButton(tr("Open in &Reader"), this);
    open->setObjectName(QStringLiteral("openInReader"));
    open->setFocusPolicy(Qt::TabFocus);
    open->setToolTip(tr("Read this question with its note (Esc comes back to reading)"));

    auto *header = new QHBoxLayout;
    header->addWidget(heading);
    header->addSpacing(12);
    header->addWidget(m_progress);
    header->addWidget(m_progressText);
    header->addStretch();
    header->addWidget(m_passFail);
    header->addWidget(open);

    m_card = new PracticeCard(this);
    m_card->setObjectName(QStringLiteral("reviewCard"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_card, 1);

    connect(m_card, &PracticeCard::rated, this, &ReviewPage::rated);
    connect(m_passFail, &QCheckBox::toggled, this, [this](bool on) {
        m_card->setPassFail(on);
        if (m_store) {
            m_store->setPreference(passFailKey, on ? QStringLiteral("1") : QStringLiteral("0"));
        }
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty()) {
            Q_EMIT openQuestion(m_current);
        }
    });
    m_card->showMessage(tr("Review"), tr("Loading…"));
}

void ReviewPage::setContent(const QuestionBank *bank, UserStore *store, StudyState *state)
{
    m_bank = bank;
    m_store = store;
    m_state = state;
    m_card->setBank(bank);
    if (m_store) {
        m_passFail->setChecked(m_store->preference(passFailKey) == u"1");
    }
    if (!m_store || !m_state) {
        m_card->showMessage(tr("Review needs your data"),
                            tr("GoPrep cannot open the file that keeps your reviews, so it cannot schedule "
                               "them. The reason is in the message shown at start."));
    }
}

QString ReviewPage::currentId() const
{
    return m_card->question() ? m_current : QString();
}

void ReviewPage::resume()
{
    if (!m_active) {
        start();
    }
}

void ReviewPage::start(const QStringList &questionIds)
{
    if (!m_bank || !m_store || !m_state) {
        return;
    }
    if (m_active && m_session) {
        m_store->finishSession(m_session);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_queue.clear();
    if (questionIds.isEmpty()) {
        for (const StudyState::QueueEntry &entry : m_state->queue(now)) {
            m_queue.append(entry.questionId);
        }
    } else {
        for (const QString &id : questionIds) {
            if (m_bank->question(id)) {
                m_queue.append(id);
            }
        }
    }
    m_done = 0;
    m_again = 0;
    m_roundMs = 0;
    m_active = true;
    m_session = 0; // started with the first rating
    showNext();
}

void ReviewPage::showNext()
{
    if (m_queue.isEmpty()) {
        finishRound();
        return;
    }
    m_current = m_queue.takeFirst();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_card->showQuestion(*m_bank->question(m_current),
                         PracticeCard::contextLine(*m_bank, m_current, m_store, m_state, now));
    m_card->setPreviews(m_state->previewSeconds(m_state->card(m_current), now));
    m_shown.start();
    updateHeader();
}

void ReviewPage::rated(int rating)
{
    if (m_current.isEmpty() || !m_store) {
        return;
    }
    UserStore::Review review;
    review.questionId = m_current;
    review.rating = rating;
    review.reviewedAt = QDateTime::currentDateTimeUtc();
    review.durationMs = int(std::min<qint64>(m_shown.elapsed(), std::numeric_limits<int>::max()));
    review.mode = m_card->passFail() ? QStringLiteral("pass-fail") : QStringLiteral("review");
    if (!m_session) {
        m_session = m_store->startSession(QStringLiteral("review")).value_or(0);
    }
    review.sessionId = m_session;
    // "Again" marks the topic weak, in the same transaction as the review.
    const Status status = m_store->addReview(review, rating == Fsrs::Again);
    if (!status) {
        // The question stays on screen; nothing moves on until the rating is saved.
        Q_EMIT storeProblem(status.message());
        return;
    }
    m_roundMs += m_shown.elapsed();
    ++m_done;
    if (rating == Fsrs::Again) {
        ++m_again;
        m_queue.append(m_current); // once more at the end of this round
    }
    showNext();
}

void ReviewPage::finishRound()
{
    const bool hadRound = m_done > 0;
    m_active = false;
    m_current.clear();
    if (m_session) {
        m_store->finishSession(m_session);
        m_session = 0;
    }
    // When the next question comes due, for the message.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime next;
    for (const QString &id : m_bank->questionIds()) {
        const StudyState::Card card = m_state->card(id);
        if (!card.isNew && card.due.isValid() && (!next.isValid() || card.due < next)) {
            next = card.due;
        }
    }
    QString nextText;
    if (next.isValid()) {
        nextText = tr("The next question comes due in %1 (%2).")
                       .arg(PracticeCard::intervalText(std::max<qint64>(60, now.secsTo(next))),
                            QLocale().toString(next.toLocalTime(), QLocale::ShortFormat));
    }
    const QString more = tr("<p>F6 starts a timed mock drill; F7 shows your plan and progress; Esc goes back "
                            "to reading.</p>");
    if (hadRound) {
        m_card->showMessage(
            tr("Round complete"),
            tr("<p>%n question(s) reviewed", nullptr, m_done) + tr(", %n again", nullptr, m_again)
                + tr(", in %1.</p>").arg(duration(m_roundMs)) + u"<p>" + nextText + u"</p>" + more);
    } else {
        m_card->showMessage(tr("Nothing to review"),
                            tr("<p>You are up to date.</p>") + u"<p>" + nextText + u"</p>" + more);
    }
    updateHeader();
}

void ReviewPage::updateHeader()
{
    const int left = int(m_queue.size()) + (m_card->question() ? 1 : 0);
    m_progress->setMaximum(std::max(1, m_done + left));
    m_progress->setValue(m_done);
    m_progress->setVisible(m_active);
    if (!m_active) {
        m_progressText->clear();
        return;
    }
    m_progressText->setText(
        tr("%n to go", nullptr, left) + QStringLiteral(" · ") + tr("%n reviewed", nullptr, m_done)
        + (m_again ? QStringLiteral(" · ") + tr("%n again", nullptr, m_again) : QString()));
}

} // namespace GoPrep
