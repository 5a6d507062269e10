#pragma once

#include "search/searchindex.h"

#include <QAbstractListModel>

namespace GoPrep {

class QuestionBank;

// The ranked hits of a search as a list: title, section and the snippet where it matched.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // index: where snippets beyond the first few are made, when a row is first shown.
    SearchResultsModel(const QuestionBank *bank, const SearchIndex *index, QObject *parent = nullptr);

    void setResult(const SearchIndex::Result &result);
    const SearchIndex::Result &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const QuestionBank *m_bank = nullptr;
    const SearchIndex *m_index = nullptr;
    mutable SearchIndex::Result m_result; // snippets are filled in as rows are shown
};

} // namespace GoPrep
