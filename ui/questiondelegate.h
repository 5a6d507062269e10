#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

namespace GoPrep {

// Draws a row of the question tree: the title, and at the right the bookmark, weak and note badges of a
// question, or the number of (visible) questions of a section. The same facts are in the model's
// accessible text, so nothing is conveyed by an icon alone.
class QuestionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QuestionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QIcon m_bookmark;
    QIcon m_weak;
    QIcon m_note;
    QIcon m_guide;
};

} // namespace GoPrep
