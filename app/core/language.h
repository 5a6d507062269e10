#pragma once

#include <QString>
#include <QStringList>

namespace GoPrep::Language {

// The interface languages GoPrep has a translation for, besides English, as locale names ("de", "zh_CN").
QStringList available();

// A language's name in that language ("Deutsch", "日本語"), for the preferences.
QString nativeName(const QString &code);

// Translates the interface: installs GoPrep's translation and Qt's own (standard dialogs and buttons) for
// `code`, or, when `code` is empty, for the system's preferred languages; replaces what an earlier call
// installed. English always gets its plural forms ("1 question", "2 questions"). A chosen language also
// becomes the default locale, so dates and numbers follow it. Returns the language used ("en" when no
// translation matched).
QString install(const QString &code);

} // namespace GoPrep::Language
