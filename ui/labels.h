#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace GoPrep::Labels {

// A page's title: bold, a fifth larger than the text around it (the practice pages' "Your plan").
QLabel *heading(const QString &text, QWidget *parent);

// A bold label over a list, a table or a chart.
QLabel *caption(const QString &text, QWidget *parent);

} // namespace GoPrep::Labels
