#include "model/searchresultsmodel.h"

#include "content/questionbank.h"
#include "model/itemroles.h"

namespace GoPrep {

SearchResultsModel::SearchResultsModel(const QuestionBank *bank, const SearchIndex *index, QObject *parent)
    : QAbstractListModel(parent)
    , m_bank(bank)
    , m_index(index)
{ }

void SearchResultsModel::setResult(const SearchIndex::Result &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchIndex::Hit &hit = m_result.hits.at(index.row());
    const Question *question = m_bank->question(hit.questionId);
    const Section *section = m_bank->sectionOf(hit.questionId);
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::Title:
        return question ? question->title : hit.questionId;
    case ItemRole::Id:
        return hit.questionId;
    case ItemRole::Kind:
        return QVariant::fromValue(ItemRole::ItemKind::Question);
    case ItemRole::SectionTitle:
        return section ? section->title : QString();
    case ItemRole::Snippet:
        if (hit.snippet.isEmpty() && m_index) {
            m_result.hits[index.row()].snippet = m_index->snippet(m_result, index.row());
        }
        return m_result.hits.at(index.row()).snippet;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, in %2")
            .arg(question ? question->title : hit.questionId, section ? section->title : QString());
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    return ItemRole::names();
}

} // namespace GoPrep
