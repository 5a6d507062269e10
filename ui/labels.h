#pragma once

#include <QString>

class QAbstractItemView;
class QLabel;
class QWidget;

namespace GoPrep::Labels {

// A page's title: bold, a fifth larger than the text around it (the practice pages' "Your plan").
QLabel *heading(const QString &text, QWidget *parent);

// A bold label over a list, a table or a chart.
QLabel *caption(const QString &text, QWidget *parent);

// Return and Enter activate a view's current item on every platform (on macOS an item view otherwise
// starts editing, or does nothing).
void activateOnReturn(QAbstractItemView *view);

// An action's or a button's text without its mnemonic, for a summary or a table: "&File" -> "File",
// "文件(&F)" -> "文件" (the suffix form of Chinese and Japanese translations), "Q&&A" -> "Q&A".
QString withoutMnemonic(const QString &text);

} // namespace GoPrep::Labels
