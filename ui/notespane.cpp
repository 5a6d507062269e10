#include "notespane.h"

#include "answerview.h"
#include "content/question.h"
#include "storage/userstore.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTime>
#include <QVBoxLayout>

namespace GoPrep {

NotesPane::NotesPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(tr("Your notes"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("noteStatus"));
    m_status->setAccessibleName(tr("Note save status"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_status);
    layout->addLayout(header);

    m_changedBanner = new QLabel(tr("The answer has changed since you wrote this note. Read it again and "
                                    "update your note."),
                                 this);
    m_changedBanner->setWordWrap(true);
    m_changedBanner->setObjectName(QStringLiteral("answerChangedBanner"));
    m_changedBanner->setStyleSheet(QStringLiteral("QLabel { border: 1px solid #e8731a; border-radius: 4px; "
                                                  "padding: 4px; }"));
    m_changedBanner->hide();
    layout->addWidget(m_changedBanner);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    m_editor->setAccessibleName(tr("Note editor"));
    m_editor->setAccessibleDescription(
        tr("Your answer in your own words, in Markdown. Saved automatically."));
    m_editor->setPlaceholderText(tr("Say the answer in your own words, as you would in the interview.\n\n"
                                    "Markdown works: **bold**, `code`, lists and ```go code blocks.\n\n"
                                    "Saved automatically."));
    m_editor->setTabChangesFocus(true);
    m_preview = new AnswerView(nullptr, this);
    m_preview->setObjectName(QStringLiteral("notePreview"));
    m_preview->setAccessibleName(tr("Note preview"));
    m_tabs->addTab(m_editor, tr("&Write"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    layout->addWidget(m_tabs, 1);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &NotesPane::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &NotesPane::textEdited);
    connect(m_tabs, &QTabWidget::currentChanged, this, &NotesPane::updatePreview);

    m_editor->setReadOnly(true);
    m_tabs->setEnabled(false);
    setState(SaveState::NoQuestion);
}

void NotesPane::setStore(UserStore *store)
{
    m_store = store;
    setQuestion(m_question);
    // Restored or imported data: show what the store now holds. Pending edits were saved before.
    connect(m_store, &UserStore::dataReset, this, [this] {
        m_dirty = false;
        setQuestion(m_question);
    });
}

void NotesPane::setUnavailable(const QString &reason)
{
    m_store = nullptr;
    m_editor->setReadOnly(true);
    m_editor->setPlaceholderText(reason);
    m_tabs->setEnabled(false);
    setState(SaveState::Unavailable, reason);
}

void NotesPane::setZoomSteps(int steps)
{
    m_zoomSteps = steps;
    m_preview->setZoomSteps(steps);
    QFont font = m_editor->font();
    font.setPointSizeF(QWidget::font().pointSizeF() * std::pow(1.1, steps));
    m_editor->setFont(font);
}

void NotesPane::setQuestion(const Question *question)
{
    flush();
    m_autosave.stop();
    m_question = question;
    m_changedBanner->hide();
    if (!m_store) {
        return;
    }
    m_loading = true;
    const std::optional<UserStore::Note> note = question ? m_store->note(question->id) : std::nullopt;
    m_editor->setPlainText(note ? note->text : QString());
    m_loading = false;
    m_dirty = false;
    m_editor->setReadOnly(!question);
    m_tabs->setEnabled(question != nullptr);
    if (!question) {
        setState(SaveState::NoQuestion);
    } else if (note) {
        m_changedBanner->setVisible(!note->answerHash.isEmpty()
                                    && note->answerHash != question->answerHash());
        setState(SaveState::Saved, QLocale().toString(note->updated.toLocalTime(), QLocale::ShortFormat));
    } else {
        setState(SaveState::Empty);
    }
    updatePreview();
}

void NotesPane::textEdited()
{
    if (m_loading || !m_question || !m_store) {
        return;
    }
    m_dirty = true;
    setState(SaveState::Editing);
    m_autosave.start(); // restarts: saves once typing pauses
}

bool NotesPane::flush()
{
    m_autosave.stop();
    if (!m_dirty || !m_question || !m_store) {
        return m_state != SaveState::Failed;
    }
    const QString text = m_editor->toPlainText();
    const Status status = m_store->saveNote(m_question->id, text, m_question->answerHash());
    if (!status) {
        setState(SaveState::Failed, status.message());
        Q_EMIT saveFailed(status.message());
        return false;
    }
    m_dirty = false;
    m_changedBanner->hide();
    setState(text.trimmed().isEmpty() ? SaveState::Empty : SaveState::Saved,
             QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    updatePreview();
    return true;
}

QString NotesPane::statusText() const
{
    return m_status->text();
}

void NotesPane::showPreview(bool preview)
{
    m_tabs->setCurrentIndex(preview ? 1 : 0);
}

void NotesPane::setState(SaveState state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    QString text;
    QString color;
    switch (state) {
    case SaveState::NoQuestion:
        text = tr("Open a question to write a note");
        break;
    case SaveState::Empty:
        text = tr("No note yet");
        break;
    case SaveState::Saved:
        text = detail.isEmpty() ? tr("Saved") : tr("Saved %1").arg(detail);
        color = QStringLiteral("#3f9e5a");
        break;
    case SaveState::Editing:
        text = tr("Editing…");
        break;
    case SaveState::Failed:
        text = tr("Not saved");
        color = QStringLiteral("#d83b3b");
        break;
    case SaveState::Unavailable:
        text = tr("Notes off");
        color = QStringLiteral("#d83b3b");
        break;
    }
    m_status->setText(text);
    m_status->setToolTip(detail);
    m_status->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("QLabel { color: %1; }").arg(color));
    Q_EMIT saveStateChanged(state);
}

void NotesPane::updatePreview()
{
    if (m_tabs->currentIndex() == 1) {
        m_preview->showMarkdown(m_editor->toPlainText());
    }
}

} // namespace GoPrep
