#include "model/questionfilterproxy.h"

#include "model/itemroles.h"

namespace GoPrep {

QuestionFilterProxy::QuestionFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // A section is shown when any of its questions is: Qt asks the parents only after the children.
    setRecursiveFilteringEnabled(true);
    // Re-filter when a flag changes (dataChanged), so un-bookmarking removes the row at once.
    setDynamicSortFilter(true);
}

void QuestionFilterProxy::setShow(Show show)
{
    if (m_show == show) {
        return;
    }
    m_show = show;
    invalidateFilter();
    Q_EMIT showChanged(show);
}

void QuestionFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel()) {
        disconnect(sourceModel(), &QAbstractItemModel::dataChanged, this, nullptr);
    }
    QSortFilterProxyModel::setSourceModel(model);
    // QSortFilterProxyModel ignores a change in a child whose parent it has filtered out, so a question
    // marked weak in a section with no weak question yet would not appear. Re-filter on such changes.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                const int role = m_show == Show::Bookmarked ? ItemRole::Bookmarked : ItemRole::Weak;
                if (m_show != Show::All && (roles.isEmpty() || roles.contains(role))) {
                    invalidateFilter();
                }
            });
}

bool QuestionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_show == Show::All) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = index.data(ItemRole::Kind).value<ItemRole::ItemKind>();
    if (kind != ItemRole::ItemKind::Question) {
        return false; // shown only through a matching question, by recursive filtering
    }
    return index.data(m_show == Show::Bookmarked ? ItemRole::Bookmarked : ItemRole::Weak).toBool();
}

} // namespace GoPrep
