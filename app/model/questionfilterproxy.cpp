#include "model/questionfilterproxy.h"

#include "content/questionbank.h"
#include "model/itemroles.h"
#include "model/questiontreemodel.h"

namespace GoPrep {

QuestionFilterProxy::QuestionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A section is shown when any of its questions is: Qt asks the parents only after the children.
    setRecursiveFilteringEnabled(true);
    // Re-filter when a mark changes (dataChanged), so un-bookmarking removes the row at once.
    setDynamicSortFilter(true);
}

void QuestionFilterProxy::setFilter(const QuestionFilter &filter)
{
    if (m_filter == filter) {
        return;
    }
    m_filter = filter;
    invalidateFilter();
    Q_EMIT filterChanged();
}

void QuestionFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel()) {
        disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this, nullptr);
    }
    m_tree = qobject_cast<QuestionTreeModel *>(model);
    Q_ASSERT(m_tree || !model);
    QSortFilterProxyModel::setSourceModel(model);
    // QSortFilterProxyModel ignores a change in a child whose parent it has filtered out, so a question
    // marked weak in a section with no weak question yet would not appear. Re-filter on such changes.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                const bool marks = m_filter.bookmarkedOnly || m_filter.weakOnly || m_filter.withNoteOnly;
                if (marks
                    && (roles.isEmpty() || roles.contains(ItemRole::Bookmarked)
                        || roles.contains(ItemRole::Weak) || roles.contains(ItemRole::HasNote))) {
                    invalidateFilter();
                }
            });
}

bool QuestionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter.isEmpty()) {
        return true;
    }
    const Question *question = m_tree->questionAt(index);
    if (!question) {
        return false; // a section, guide or collection: shown through a matching question only
    }
    return m_filter.accepts(*question, m_tree->bank()->sectionOf(question->id)->id, m_tree->store());
}

} // namespace GoPrep
