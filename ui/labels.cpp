#include "labels.h"

#include <QLabel>

namespace GoPrep::Labels {

namespace {

QLabel *bold(const QString &text, QWidget *parent, qreal scale)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

QLabel *heading(const QString &text, QWidget *parent)
{
    return bold(text, parent, 1.2);
}

QLabel *caption(const QString &text, QWidget *parent)
{
    return bold(text, parent, 1.0);
}

} // namespace GoPrep::Labels
