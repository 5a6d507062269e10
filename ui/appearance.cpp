#include "appearance.h"

#include "svgiconengine.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

namespace GoPrep {

Appearance::Mode Appearance::s_mode = Appearance::Mode::System;

namespace {

// The platform's style, remembered before the first change, to go back to for "System".
QString &systemStyle()
{
    static QString name = QApplication::style()->name();
    return name;
}

bool s_overridden = false; // whether the application palette was ever set by us

} // namespace

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette palette = fusion->standardPalette();
    palette.setColor(QPalette::Link, QColor(0x1a, 0x5f, 0xb4));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5e, 0x65, 0x6e));
    return palette;
}

QPalette Appearance::darkPalette()
{
    // Contrast of text on base and window is above 11:1; disabled text stays above 3:1.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe7, 0xe9);
    const QColor disabled(0x8a, 0x8d, 0x93);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa4, 0xa8, 0xae));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3f, 0x42, 0x47));
    p.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x84, 0xd6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf2));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    return p;
}

void Appearance::apply(Mode mode)
{
    const QString &platformStyle = systemStyle();
    s_mode = mode;
    switch (mode) {
    case Mode::System:
        if (!s_overridden) {
            break; // untouched: the platform's look is already in place, and follows its changes
        }
        if (QApplication::style()->name() != platformStyle) {
            QApplication::setStyle(platformStyle);
        }
        // An empty palette sets no role, so every colour comes from the platform theme again, and keeps
        // following it (light/dark switches included).
        QApplication::setPalette(QPalette());
        break;
    case Mode::Light:
    case Mode::Dark:
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
            QApplication::setStyle(QStringLiteral("Fusion"));
        }
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
        s_overridden = true;
        break;
    }
    static bool watching = false;
    if (!watching) {
        watching = true;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        // The desktop switched between light and dark. Qt updates the platform palette; re-apply so a
        // style that keeps its own palette is refreshed too, and every view gets its PaletteChange.
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (s_mode == Mode::System && s_overridden) {
                QApplication::setPalette(QPalette());
            }
        });
#endif
    }
}

QString Appearance::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::modeFromName(const QString &name)
{
    if (name == u"light") {
        return Mode::Light;
    }
    if (name == u"dark") {
        return Mode::Dark;
    }
    return Mode::System;
}

QIcon Appearance::icon(const QString &themeName, const QString &resource, bool tint)
{
    const QString path = QStringLiteral(":/icons/") + resource + QStringLiteral(".svg");
    const QIcon fallback(new SvgIconEngine(path, tint));
    return themeName.isEmpty() ? fallback : QIcon::fromTheme(themeName, fallback);
}

QIcon Appearance::badge(const QString &resource)
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/icons/") + resource + QStringLiteral(".svg"), false));
}

QIcon Appearance::appIcon()
{
    return QIcon(new SvgIconEngine(QStringLiteral(":/goprep.svg"), false));
}

} // namespace GoPrep
