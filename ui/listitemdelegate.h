#pragma once

#include <QStyledItemDelegate>

namespace GoPrep {

// A three-line row for the search results and the notes overview: the question's title, a muted line
// (section, or the note's date and whether the answer changed since), and the text that matched or the
// start of the note, with matched words in bold.
class ListItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QString subtitle(const QModelIndex &index);
    static QString bodyHtml(const QModelIndex &index);
};

} // namespace GoPrep
