#include "model/noteslistmodel.h"

#include "content/questionbank.h"
#include "model/itemroles.h"

#include <QLocale>

namespace GoPrep {

NotesListModel::NotesListModel(const QuestionBank *bank, UserStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_bank(bank)
    , m_store(store)
{
    if (m_store) {
        connect(m_store, &UserStore::noteChanged, this, &NotesListModel::reload);
        connect(m_store, &UserStore::dataReset, this, &NotesListModel::reload);
    }
    reload();
}

void NotesListModel::reload()
{
    beginResetModel();
    m_notes = m_store ? m_store->notes() : QList<UserStore::Note>();
    endResetModel();
}

int NotesListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const UserStore::Note &note = m_notes.at(index.row());
    const Question *question = m_bank->question(note.questionId);
    const Section *section = m_bank->sectionOf(note.questionId);
    const QString title = question ? question->title : tr("%1 (not in any loaded pack)").arg(note.questionId);
    const bool changed = question && !note.answerHash.isEmpty() && note.answerHash != question->answerHash();
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::Title:
        return title;
    case ItemRole::Id:
        return note.questionId;
    case ItemRole::Kind:
        return QVariant::fromValue(ItemRole::ItemKind::Question);
    case ItemRole::SectionTitle:
        return section ? section->title : QString();
    case ItemRole::NoteText:
        return note.text;
    case ItemRole::Updated:
        return note.updated;
    case ItemRole::AnswerChanged:
        return changed;
    case ItemRole::SearchText:
        return QString(title + u'\n' + note.text);
    case Qt::ToolTipRole:
        return changed ? tr("The answer has changed since you wrote this note.") : note.text.left(400);
    case Qt::AccessibleTextRole:
        return tr("%1, note from %2%3")
            .arg(title, QLocale().toString(note.updated.toLocalTime(), QLocale::ShortFormat),
                 changed ? tr(", the answer changed since") : QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesListModel::roleNames() const
{
    return ItemRole::names();
}

} // namespace GoPrep
