#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace GoPrep {

class NotesListModel;
class QuestionBank;
class UserStore;

// Every note in one list, newest first, with a marker where the answer changed since the note was written,
// and a field that narrows the list as you type. Choosing a note opens its question.
class NotesOverview final : public QWidget
{
    Q_OBJECT

public:
    explicit NotesOverview(QWidget *parent = nullptr);
    void setContent(const QuestionBank *bank, UserStore *store);

    QLineEdit *filterField() const { return m_filter; }
    QListView *list() const { return m_list; }

Q_SIGNALS:
    void itemSelected(const QString &questionId);

private:
    void updateEmptyState();

    NotesListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace GoPrep
