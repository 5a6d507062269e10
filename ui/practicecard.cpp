#include "practicecard.h"

#include "answerview.h"
#include "content/questionbank.h"
#include "storage/userstore.h"
#include "study/studystate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace GoPrep {

PracticeCard::PracticeCard(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("practiceTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setBold(true);
    m_title->setFont(big);
    m_context = new QLabel(this);
    m_context->setObjectName(QStringLiteral("practiceContext"));
    m_context->setForegroundRole(QPalette::PlaceholderText);

    m_scratch = new QPlainTextEdit(this);
    m_scratch->setObjectName(QStringLiteral("scratch"));
    m_scratch->setAccessibleName(tr("Your answer"));
    m_scratch->setPlaceholderText(tr("Say your answer out loud, or type the points you would make.\n\n"
                                     "Ctrl+Return shows the answer. This box is not saved."));
    m_scratch->setTabChangesFocus(true);
    auto *scratchLabel = new QLabel(tr("Your &answer"), this);
    scratchLabel->setBuddy(m_scratch);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scratchLabel);
    leftLayout->addWidget(m_scratch);

    m_hint
        = new QLabel(tr("<b>Space</b> shows the answer.<br><br>To write your answer first, <b>Tab</b> to the "
                        "box on the left; there, <b>Ctrl+Return</b> shows the answer."),
                     this);
    m_hint->setObjectName(QStringLiteral("revealHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setFrameShape(QFrame::StyledPanel);
    m_hint->setWordWrap(true);
    m_hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored); // the splitter decides its width
    m_answer = new AnswerView(nullptr, this);
    m_answer->setObjectName(QStringLiteral("practiceAnswer"));
    m_answer->setAccessibleName(tr("Answer"));
    m_answerStack = new QStackedWidget(this);
    m_answerStack->addWidget(m_hint);
    m_answerStack->addWidget(m_answer);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("practiceSplitter"));
    split->addWidget(left);
    split->addWidget(m_answerStack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    // Below: "Show answer", then the ratings.
    m_revealButton = new QPushButton(tr("Show Answer  (Space)"), this);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setFocusPolicy(Qt::TabFocus);
    connect(m_revealButton, &QPushButton::clicked, this, &PracticeCard::reveal);
    auto *revealRow = new QWidget(this);
    auto *revealLayout = new QHBoxLayout(revealRow);
    revealLayout->setContentsMargins(0, 0, 0, 0);
    revealLayout->addStretch();
    revealLayout->addWidget(m_revealButton);
    revealLayout->addStretch();

    auto *ratingRow = new QWidget(this);
    auto *ratingLayout = new QHBoxLayout(ratingRow);
    ratingLayout->setContentsMargins(0, 0, 0, 0);
    ratingLayout->addStretch();
    for (int rating = Fsrs::Again; rating <= Fsrs::Easy; ++rating) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("rate%1").arg(rating));
        button->setFocusPolicy(
            Qt::TabFocus); // the keys 1-4 rate from anywhere on the card; Tab reaches them too
        button->setMinimumWidth(120);
        connect(button, &QPushButton::clicked, this, [this, rating] { rate(rating); });
        m_ratings[rating - 1] = button;
        ratingLayout->addWidget(button);
    }
    ratingLayout->addStretch();

    m_actions = new QStackedWidget(this);
    m_actions->addWidget(revealRow);
    m_actions->addWidget(ratingRow);
    m_actions->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *card = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_context);
    cardLayout->addWidget(split, 1);
    cardLayout->addWidget(m_actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("practiceMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText);
    m_body = new QStackedWidget(this);
    m_body->addWidget(card);
    m_body->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);

    // Plain keys work while the focus is anywhere on the card except in the scratch box, where they type
    // (the editor claims them first); Ctrl+Return works everywhere.
    auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot, Qt::WidgetWithChildrenShortcut);
        s->setAutoRepeat(false);
        return s;
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] {
        if (!m_revealed) {
            reveal();
        }
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { reveal(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { reveal(); });
    for (int key = 1; key <= 4; ++key) {
        shortcut(QKeySequence(Qt::Key_0 + key), [this, key] { rate(key); });
    }
    updateRatingButtons();
}

void PracticeCard::setBank(const QuestionBank *bank)
{
    m_bank = bank;
    m_answer->setBank(bank);
}

void PracticeCard::showQuestion(const Question &question, const QString &context)
{
    m_question = &question;
    m_revealed = false;
    m_title->setText(question.title);
    m_context->setText(context);
    // What a screen reader says when the card takes the focus.
    setAccessibleName(tr("Question: %1").arg(question.title));
    setAccessibleDescription(
        tr("%1. Space shows the answer; Tab goes to the box for your answer.").arg(context));
    m_scratch->clear();
    m_scratch->setReadOnly(false);
    m_answer->clear();
    m_answerStack->setCurrentWidget(m_hint);
    m_actions->setCurrentIndex(0);
    m_body->setCurrentIndex(0);
    // The card takes the focus, so Space reveals at once; Tab goes on to the scratch box.
    setFocus(Qt::OtherFocusReason);
}

void PracticeCard::showMessage(const QString &title, const QString &message)
{
    m_question = nullptr;
    m_revealed = false;
    m_message->setText(u"<h2>" + title.toHtmlEscaped() + u"</h2>" + message);
    m_body->setCurrentWidget(m_message);
}

void PracticeCard::reveal()
{
    if (!m_question || m_revealed) {
        return;
    }
    m_revealed = true;
    m_answer->showQuestion(*m_question);
    m_answerStack->setCurrentWidget(m_answer);
    m_actions->setCurrentIndex(1);
    // What was typed stays beside the answer for comparison, but the keys now rate.
    m_scratch->setReadOnly(true);
    m_answer->setFocus(Qt::OtherFocusReason);
    Q_EMIT revealed();
}

void PracticeCard::rate(int key)
{
    if (!m_question || !m_revealed) {
        return;
    }
    int rating = key;
    if (m_passFail) {
        // 1 Forgot, 2 (or 3) Remembered.
        if (key == 4) {
            return;
        }
        rating = key == 1 ? Fsrs::Again : Fsrs::Good;
    }
    Q_EMIT rated(rating);
}

void PracticeCard::setPassFail(bool passFail)
{
    m_passFail = passFail;
    updateRatingButtons();
}

void PracticeCard::setPreviews(const std::array<qint64, 4> &seconds)
{
    m_previews = seconds;
    updateRatingButtons();
}

QString PracticeCard::intervalText(qint64 seconds)
{
    if (seconds < 3600) {
        return tr("%n min", nullptr, int(std::max<qint64>(1, seconds / 60)));
    }
    if (seconds < 86400) {
        return tr("%n h", nullptr, int(seconds / 3600));
    }
    const qint64 days = (seconds + 43200) / 86400;
    if (days < 60) {
        return tr("%n d", nullptr, int(days));
    }
    if (days < 365) {
        return tr("%n mo", nullptr, int(days / 30));
    }
    return tr("%1 y").arg(QLocale().toString(days / 365.0, 'f', 1));
}

QString PracticeCard::contextLine(const QuestionBank &bank, const QString &questionId, const UserStore *store,
                                  const StudyState *state, const QDateTime &now)
{
    QStringList parts;
    if (const Section *section = bank.sectionOf(questionId)) {
        parts.append(section->title);
    }
    if (const Question *question = bank.question(questionId)) {
        parts.append(Question::levelTitle(question->level));
    }
    if (store && store->hasFlag(questionId, UserStore::Flag::Weak)) {
        parts.append(tr("weak topic"));
    }
    if (state) {
        const StudyState::Card card = state->card(questionId);
        if (card.isNew) {
            parts.append(tr("new"));
        } else if (card.due.isValid() && card.due <= now) {
            const qint64 late = card.due.secsTo(now);
            parts.append(late < 86400 ? tr("due") : tr("due %1 ago").arg(intervalText(late)));
        } else {
            parts.append(tr("reviewed %n time(s)", nullptr, card.reviews));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void PracticeCard::updateRatingButtons()
{
    const QStringList names = m_passFail ? QStringList{tr("Forgot"), tr("Remembered"), {}, {}}
                                         : QStringList{tr("Again"), tr("Hard"), tr("Good"), tr("Easy")};
    for (int i = 0; i < 4; ++i) {
        QPushButton *button = m_ratings.at(i);
        // Pass/fail shows two buttons: Forgot on 1 and Remembered on 2 (it logs Good).
        const bool shown = !m_passFail || i < 2;
        button->setVisible(shown);
        if (!shown) {
            continue;
        }
        const int previewIndex = m_passFail && i == 1 ? Fsrs::Good - 1 : i;
        QString text = QStringLiteral("%1  %2").arg(i + 1).arg(names.at(i));
        if (m_previews.at(previewIndex) >= 0) {
            text += u'\n' + intervalText(m_previews.at(previewIndex));
        }
        button->setText(text);
        button->setToolTip(tr("Rate %1 (key %2)").arg(names.at(i)).arg(i + 1));
        button->setAccessibleName(names.at(i));
    }
}

void PracticeCard::setZoomSteps(int steps)
{
    m_answer->setZoomSteps(steps);
}

} // namespace GoPrep
