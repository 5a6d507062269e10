#pragma once

#include "model/questionfilter.h"

#include <QSortFilterProxyModel>

namespace GoPrep {

class QuestionTreeModel;

// Narrows the question tree to what a learner is working on (QuestionFilter: sections, levels, tags,
// marks, search results). A section or collection stays visible while it has a matching question; its
// row count is then what is visible. With an empty filter everything shows, empty collections included.
class QuestionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuestionFilterProxy(QObject *parent = nullptr);

    // Must be a QuestionTreeModel.
    void setSourceModel(QAbstractItemModel *model) override;

    const QuestionFilter &filter() const { return m_filter; }
    void setFilter(const QuestionFilter &filter);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QuestionTreeModel *m_tree = nullptr;
    QuestionFilter m_filter;
};

} // namespace GoPrep
