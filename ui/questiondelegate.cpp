#include "questiondelegate.h"

#include "appearance.h"
#include "model/itemroles.h"

#include <QApplication>
#include <QPainter>

namespace GoPrep {

namespace {
constexpr int BadgeSpacing = 3;
}

QuestionDelegate::QuestionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_bookmark(Appearance::badge(QStringLiteral("bookmark")))
    , m_weak(Appearance::badge(QStringLiteral("weak")))
    , m_note(Appearance::badge(QStringLiteral("note")))
    , m_guide(Appearance::badge(QStringLiteral("guide")))
{ }

QSize QuestionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

void QuestionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto kind = index.data(ItemRole::Kind).value<ItemRole::ItemKind>();
    const int iconSize = qMin(16, opt.rect.height() - 4);

    // What goes at the right edge, measured first so the title is elided before it.
    QList<const QIcon *> badges;
    QString count;
    if (kind == ItemRole::ItemKind::Question) {
        if (index.data(ItemRole::Bookmarked).toBool()) {
            badges.append(&m_bookmark);
        }
        if (index.data(ItemRole::Weak).toBool()) {
            badges.append(&m_weak);
        }
        if (index.data(ItemRole::HasNote).toBool()) {
            badges.append(&m_note);
        }
    } else if (kind == ItemRole::ItemKind::Section) {
        // The rows visible through the view's (possibly filtered) model.
        count = QString::number(index.model()->rowCount(index));
        opt.font.setBold(true);
    } else {
        opt.font.setBold(true);
        opt.icon = m_guide;
        opt.decorationSize = QSize(iconSize, iconSize);
        opt.features |= QStyleOptionViewItem::HasDecoration;
    }
    const QFontMetrics countMetrics(opt.font);
    const int reserved = badges.isEmpty() ? 0 : int(badges.size()) * (iconSize + BadgeSpacing) + 4;
    const int countWidth = count.isEmpty() ? 0 : countMetrics.horizontalAdvance(count) + 14;
    const int right = qMax(reserved, countWidth);

    // The style draws the background, focus and selection over the whole row, the text in what is left.
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    textRect.setRight(textRect.right() - right);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(opt.font).elidedText(text, Qt::ElideRight, textRect.width()));

    int x = opt.rect.right() - 4;
    if (!count.isEmpty()) {
        const QRect pill(x - countWidth + 6, opt.rect.center().y() - countMetrics.height() / 2 - 1,
                         countWidth - 6, countMetrics.height() + 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor fill
            = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        fill.setAlphaF(0.18f);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, count);
    }
    for (auto it = badges.crbegin(); it != badges.crend(); ++it) {
        const QRect iconRect(x - iconSize, opt.rect.center().y() - iconSize / 2, iconSize, iconSize);
        (*it)->paint(painter, iconRect);
        x -= iconSize + BadgeSpacing;
    }
    painter->restore();
}

} // namespace GoPrep
