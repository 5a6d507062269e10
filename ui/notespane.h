#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace GoPrep {

class AnswerView;
class UserStore;
struct Question;

// The learner's note on the open question: a Markdown editor with a rendered preview. Saves about a
// second after typing stops, when another question is opened and when the window closes, and always
// shows whether the text on screen is saved.
class NotesPane final : public QWidget
{
    Q_OBJECT

public:
    enum class SaveState { NoQuestion, Empty, Saved, Editing, Failed, Unavailable };
    Q_ENUM(SaveState)

    static constexpr int AutosaveDelayMs = 1000;

    // Without a store until setStore() or setUnavailable() is called.
    explicit NotesPane(QWidget *parent = nullptr);
    void setStore(UserStore *store);

    // Saves what is pending for the previous question, then loads the note of this one (null: none).
    void setQuestion(const Question *question);
    // Saves now if there are unsaved edits. Returns false if a save failed (the text stays on screen).
    bool flush();

    SaveState saveState() const { return m_state; }
    QString statusText() const;
    QPlainTextEdit *editor() const { return m_editor; }
    AnswerView *preview() const { return m_preview; }
    void showPreview(bool preview);
    // No store: notes are off, with the reason in place of the editor.
    void setUnavailable(const QString &reason);
    void setZoomSteps(int steps);

Q_SIGNALS:
    void saveStateChanged(GoPrep::NotesPane::SaveState state);
    void saveFailed(const QString &message);

private:
    void textEdited();
    void setState(SaveState state, const QString &detail = {});
    void updatePreview();

    QPointer<UserStore> m_store;
    const Question *m_question = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_changedBanner = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    AnswerView *m_preview = nullptr;
    QTimer m_autosave;
    SaveState m_state = SaveState::NoQuestion;
    QString m_detail;
    bool m_dirty = false;
    bool m_loading = false;
    int m_zoomSteps = 0;
};

} // namespace GoPrep
