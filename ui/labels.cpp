#include "labels.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QRegularExpression>
#include <QShortcut>

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

void activateOnReturn(QAbstractItemView *view)
{
    for (const int key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), view, nullptr, nullptr, Qt::WidgetShortcut);
        QObject::connect(shortcut, &QShortcut::activated, view, [view] {
            if (view->currentIndex().isValid()) {
                Q_EMIT view->activated(view->currentIndex());
            }
        });
    }
}

QString withoutMnemonic(const QString &text)
{
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(&[^&\\s]\\)"));
    QString plain = text;
    plain.remove(suffix);
    QString out;
    out.reserve(plain.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (plain.at(i) == u'&') {
            if (i + 1 < plain.size() && plain.at(i + 1) == u'&') {
                out += u'&';
                ++i;
            }
            continue;
        }
        out += plain.at(i);
    }
    return out;
}

} // namespace GoPrep::Labels
