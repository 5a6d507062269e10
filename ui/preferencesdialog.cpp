#include "preferencesdialog.h"

#include "core/language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace GoPrep {

PreferencesDialog::PreferencesDialog(const QString &language, Appearance::Mode mode,
                                     const QStringList &codeThemes, const QString &codeTheme, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("The system's (%1)").arg(Language::nativeName(QLocale::system().name())),
                        QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Language::available()) {
        m_language->addItem(Language::nativeName(code), code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    m_language->setToolTip(tr("The language of menus, buttons and messages; the questions stay in their "
                              "pack's language. Applies when GoPrep starts again."));
    form->addRow(tr("&Language:"), m_language);
    auto *restartNote = new QLabel(tr("A new language applies when GoPrep starts again."), this);
    restartNote->setObjectName(QStringLiteral("languageNote"));
    restartNote->setWordWrap(true);
    restartNote->setVisible(false);
    form->addRow(QString(), restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this, restartNote, language] { restartNote->setVisible(this->language() != language); });

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("appearanceMode"));
    m_mode->addItem(tr("Follow the system"), int(Appearance::Mode::System));
    m_mode->addItem(tr("Light"), int(Appearance::Mode::Light));
    m_mode->addItem(tr("Dark"), int(Appearance::Mode::Dark));
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    form->addRow(tr("&Appearance:"), m_mode);

    m_codeTheme = new QComboBox(this);
    m_codeTheme->setObjectName(QStringLiteral("codeTheme"));
    m_codeTheme->addItem(tr("Automatic (light or dark, with the window)"), QString());
    for (const QString &name : codeThemes) {
        m_codeTheme->addItem(name, name);
    }
    const int current = codeTheme.isEmpty() ? 0 : m_codeTheme->findData(codeTheme);
    m_codeTheme->setCurrentIndex(qMax(0, current));
    form->addRow(tr("&Code colours:"), m_codeTheme);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

Appearance::Mode PreferencesDialog::mode() const
{
    return Appearance::Mode(m_mode->currentData().toInt());
}

QString PreferencesDialog::codeTheme() const
{
    return m_codeTheme->currentData().toString();
}

} // namespace GoPrep
