#include "cheatsheetdialog.h"

#include "content/questionbank.h"
#include "storage/userstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace GoPrep {

CheatSheetDialog::CheatSheetDialog(const QuestionBank *bank, const UserStore *store, QWidget *parent)
    : QDialog(parent)
    , m_bank(bank)
    , m_store(store)
{
    setWindowTitle(tr("Cheat Sheet"));
    auto *choice = new QGroupBox(tr("Questions on the sheet"), this);
    auto *grid = new QGridLayout(choice);
    m_weak = new QRadioButton(choice);
    m_weak->setObjectName(QStringLiteral("sheetWeak"));
    m_bookmarked = new QRadioButton(choice);
    m_bookmarked->setObjectName(QStringLiteral("sheetBookmarked"));
    m_section = new QRadioButton(tr("&Section:"), choice);
    m_section->setObjectName(QStringLiteral("sheetSection"));
    m_sections = new QComboBox(choice);
    m_sections->setObjectName(QStringLiteral("sheetSections"));
    m_sections->setAccessibleName(tr("Section"));
    for (const Section *section : m_bank->sections()) {
        if (!section->questions.isEmpty()) {
            m_sections->addItem(section->title, section->id);
        }
    }
    m_all = new QRadioButton(tr("&All %n question(s)", nullptr, m_bank->questionCount()), choice);
    m_all->setObjectName(QStringLiteral("sheetAll"));
    grid->addWidget(m_weak, 0, 0, 1, 2);
    grid->addWidget(m_bookmarked, 1, 0, 1, 2);
    grid->addWidget(m_section, 2, 0);
    grid->addWidget(m_sections, 2, 1);
    grid->addWidget(m_all, 3, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    m_notes = new QCheckBox(tr("Your &notes"), this);
    m_notes->setObjectName(QStringLiteral("sheetNotes"));
    m_notes->setChecked(true);
    m_notes->setEnabled(m_store);
    m_code = new QCheckBox(tr("Short Go &examples"), this);
    m_code->setObjectName(QStringLiteral("sheetCode"));
    m_code->setChecked(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sheetCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("sheetSave"));
    m_print = buttons->addButton(tr("P&rint…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("sheetPrint"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &CheatSheetDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &CheatSheetDialog::print);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(choice);
    layout->addWidget(m_notes);
    layout->addWidget(m_code);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    // Counts on the choices; the first that has questions is chosen.
    CheatSheet::Options probe;
    probe.filter = CheatSheet::Filter::Weak;
    const int weak = int(CheatSheet::select(*m_bank, m_store, probe).size());
    probe.filter = CheatSheet::Filter::Bookmarked;
    const int bookmarked = int(CheatSheet::select(*m_bank, m_store, probe).size());
    m_weak->setText(tr("&Weak topics (%1)").arg(weak));
    m_bookmarked->setText(tr("&Bookmarks (%1)").arg(bookmarked));
    (weak > 0 ? m_weak : bookmarked > 0 ? m_bookmarked : m_all)->setChecked(true);
    for (QRadioButton *button : {m_weak, m_bookmarked, m_section, m_all}) {
        connect(button, &QRadioButton::toggled, this, &CheatSheetDialog::updateCount);
    }
    connect(m_sections, &QComboBox::currentIndexChanged, this, [this] {
        m_section->setChecked(true);
        updateCount();
    });
    updateCount();
}

CheatSheet::Options CheatSheetDialog::options() const
{
    CheatSheet::Options options;
    options.filter = m_weak->isChecked() ? CheatSheet::Filter::Weak
        : m_bookmarked->isChecked()      ? CheatSheet::Filter::Bookmarked
        : m_section->isChecked()         ? CheatSheet::Filter::Section
                                         : CheatSheet::Filter::All;
    options.sectionId = m_sections->currentData().toString();
    options.notes = m_notes->isChecked();
    options.code = m_code->isChecked();
    return options;
}

int CheatSheetDialog::questionCount() const
{
    return int(CheatSheet::select(*m_bank, m_store, options()).size());
}

void CheatSheetDialog::updateCount()
{
    const int count = questionCount();
    m_count->setText(count > 0 ? tr("%n question(s) on the sheet.", nullptr, count)
                               : tr("Nothing to put on the sheet: choose other questions."));
    m_save->setEnabled(count > 0);
    m_print->setEnabled(count > 0);
}

bool CheatSheetDialog::saveTo(const QString &path, QString *error)
{
    return CheatSheet::writePdf(path, *m_bank, m_store, options(), nullptr, error);
}

bool CheatSheetDialog::printOn(QPrinter *printer)
{
    const QList<const Question *> questions = CheatSheet::select(*m_bank, m_store, options());
    if (questions.isEmpty()) {
        return false;
    }
    QTextDocument document;
    CheatSheet::render(&document, questions, *m_bank, m_store, options());
    document.print(printer); // the pages and margins the person chose in the print dialog
    return true;
}

void CheatSheetDialog::savePdf()
{
    const QString name = tr("GoPrep cheat sheet %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    QFileDialog dialog(this, tr("Save Cheat Sheet"), QDir::home().filePath(name), tr("PDF (*.pdf)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("pdf")); // a name typed without it still makes a .pdf
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const QString path = dialog.selectedFiles().constFirst();
    QString error;
    if (saveTo(path, &error)) {
        accept();
    } else {
        QMessageBox::warning(this, tr("The cheat sheet was not saved"), error);
    }
}

void CheatSheetDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("GoPrep cheat sheet"));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && printOn(&printer)) {
        accept();
    }
}

} // namespace GoPrep
