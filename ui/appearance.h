#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace GoPrep {

// Light and dark appearance for the whole application, and icons that follow it. "System" keeps the
// platform's style and palette; Light and Dark use Fusion with palettes of our own, so both are legible
// on any platform (and in offscreen screenshots).
class Appearance
{
public:
    enum class Mode { System, Light, Dark };

    static void apply(Mode mode);
    static Mode current() { return s_mode; }

    static bool isDark(const QPalette &palette);
    static QPalette lightPalette();
    static QPalette darkPalette();

    static QString modeName(Mode mode);
    static Mode modeFromName(const QString &name);

    // An icon from the desktop theme when it has one, else ours from resources. Monochrome icons of ours
    // are tinted with the palette's text colour when painted, so they follow light and dark.
    static QIcon icon(const QString &themeName, const QString &resource, bool tint = true);
    // One of our coloured badges (bookmark, weak, note, guide), the same in every palette.
    static QIcon badge(const QString &resource);
    static QIcon appIcon();

private:
    static Mode s_mode;
};

} // namespace GoPrep
