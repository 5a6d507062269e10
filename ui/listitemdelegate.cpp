#include "listitemdelegate.h"

#include "model/itemroles.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace GoPrep {

namespace {
constexpr int Padding = 6;
}

QString ListItemDelegate::subtitle(const QModelIndex &index)
{
    const QDateTime updated = index.data(ItemRole::Updated).toDateTime();
    if (!updated.isValid()) {
        return index.data(ItemRole::SectionTitle).toString();
    }
    QString text = QLocale().toString(updated.toLocalTime(), QLocale::ShortFormat);
    if (index.data(ItemRole::AnswerChanged).toBool()) {
        text += QStringLiteral(" · ⚠ ") + tr("answer changed since");
    }
    return text;
}

QString ListItemDelegate::bodyHtml(const QModelIndex &index)
{
    const QString snippet = index.data(ItemRole::Snippet).toString();
    if (!snippet.isEmpty()) {
        return snippet; // already escaped, with the matches in <b>
    }
    QString note = index.data(ItemRole::NoteText).toString().simplified();
    if (note.size() > 160) {
        note = note.left(160) + u'…';
    }
    return note.toHtmlEscaped();
}

QSize ListItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {200, metrics.height() * 4 + Padding * 2};
}

void ListItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : opt.palette.color(QPalette::PlaceholderText);
    const QRect area = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    const QFontMetrics metrics(opt.font);

    painter->save();
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), metrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QRect subtitleRect(area.left(), titleRect.bottom() + 1, area.width(), metrics.height());
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(subtitle(index), Qt::ElideRight, area.width()));

    // Two lines of the matched text, as rich text so the matches can be bold.
    QTextDocument body;
    body.setDefaultFont(opt.font);
    body.setDocumentMargin(0);
    body.setTextWidth(area.width());
    body.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(text.name()));
    body.setHtml(u"<body>" + bodyHtml(index) + u"</body>");
    const QRect bodyRect(area.left(), subtitleRect.bottom() + 1, area.width(),
                         area.bottom() - subtitleRect.bottom());
    painter->translate(bodyRect.topLeft());
    body.drawContents(painter, QRectF(0, 0, bodyRect.width(), bodyRect.height()));
    painter->restore();
}

} // namespace GoPrep
