#pragma once

#include "appearance.h"

#include <QDialog>

class QComboBox;

namespace GoPrep {

// The preferences a learner changes rarely: the interface language, the window's light or dark appearance
// and the colours of code. With KF6 SyntaxHighlighting every KDE theme is offered by name; "Automatic"
// follows the window. A new language applies when GoPrep starts again.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // codeThemes: the highlighter's theme names; codeTheme: the current one, empty for automatic.
    // language: a code from Language::available(), empty for the system's.
    PreferencesDialog(const QString &language, Appearance::Mode mode, const QStringList &codeThemes,
                      const QString &codeTheme, QWidget *parent = nullptr);

    QString language() const; // empty: the system's

    Appearance::Mode mode() const;
    QString codeTheme() const; // empty: automatic

private:
    QComboBox *m_language = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_codeTheme = nullptr;
};

} // namespace GoPrep
