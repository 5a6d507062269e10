#pragma once

#include "render/cheatsheet.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QRadioButton;

namespace GoPrep {

class QuestionBank;
class UserStore;

// File → Cheat Sheet: which questions go on the sheet (weak topics, bookmarks, a section or all), with
// notes and examples or without, then a PDF or the system's print dialog.
class CheatSheetDialog final : public QDialog
{
    Q_OBJECT

public:
    CheatSheetDialog(const QuestionBank *bank, const UserStore *store, QWidget *parent = nullptr);

    CheatSheet::Options options() const;
    int questionCount() const;

    // What the buttons do after their file or print dialog: write the PDF at path, print on printer.
    bool saveTo(const QString &path, QString *error);
    bool printOn(QPrinter *printer);

private:
    void updateCount();
    void savePdf();
    void print();

    const QuestionBank *m_bank;
    const UserStore *m_store;
    QRadioButton *m_weak = nullptr;
    QRadioButton *m_bookmarked = nullptr;
    QRadioButton *m_section = nullptr;
    QComboBox *m_sections = nullptr;
    QRadioButton *m_all = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_code = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace GoPrep
