#pragma once

#include "storage/userstore.h"

#include <QAbstractListModel>
#include <QPointer>

namespace GoPrep {

class QuestionBank;

// Every note the learner wrote, newest first, with its question and whether the answer changed since the
// note was written. Follows UserStore::noteChanged.
class NotesListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    NotesListModel(const QuestionBank *bank, UserStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QList<UserStore::Note> m_notes;
};

} // namespace GoPrep
