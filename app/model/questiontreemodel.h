#pragma once

#include "model/itemroles.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace GoPrep {

class QuestionBank;
class UserStore;

// The question bank as a read-only tree: sections at the top, their questions below. User state
// (bookmark, weak, note) comes from the UserStore and is refreshed through its signals, so views only
// ever listen to this model.
class QuestionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // store may be null (notes unavailable): the flags then read as false.
    QuestionTreeModel(const QuestionBank *bank, UserStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfQuestion(const QString &id) const;
    QModelIndex indexOfSection(const QString &id) const;

private:
    void questionChanged(const QString &id, const QList<int> &roles);
    QString accessibleText(const QModelIndex &index) const;

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QHash<QString, QModelIndex> m_questionRows; // built once: the bank never changes
};

} // namespace GoPrep
