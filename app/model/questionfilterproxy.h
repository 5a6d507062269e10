#pragma once

#include <QSortFilterProxyModel>

namespace GoPrep {

// Narrows the question tree to the questions a learner is working on (bookmarked or weak). A section
// stays visible while it has a matching question; the section's row count is then what is visible.
class QuestionFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show { All, Bookmarked, Weak };
    Q_ENUM(Show)

    explicit QuestionFilterProxy(QObject *parent = nullptr);

    Show show() const { return m_show; }
    void setShow(Show show);
    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void showChanged(GoPrep::QuestionFilterProxy::Show show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace GoPrep
