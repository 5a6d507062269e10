#include "render/renderstyle.h"

#include "render/codehighlighter.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <cmath>

namespace GoPrep {

RenderStyle RenderStyle::from(const QPalette &palette, const CodeHighlighter *highlighter, int zoomSteps)
{
    RenderStyle style;
    const double scale = std::pow(1.1, qBound(-5, zoomSteps, 10));
    style.bodyFont = QGuiApplication::font();
    const double base = style.bodyFont.pointSizeF() > 0 ? style.bodyFont.pointSizeF() : 10.0;
    // Reading text a little larger than the UI font: answers are read for a long time.
    style.bodyFont.setPointSizeF(base * 1.1 * scale);
    style.codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    style.codeFont.setPointSizeF(base * 1.0 * scale);

    style.text = palette.color(QPalette::Text);
    style.link = palette.color(QPalette::Link);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    style.muted = palette.color(QPalette::PlaceholderText);
    const QColor highlight = palette.color(QPalette::Highlight);
    // A faint tint of the highlight colour behind the short answer, legible in both palettes.
    const QColor base_ = palette.color(QPalette::Base);
    const double tint = dark ? 0.22 : 0.12;
    style.shortAnswerBackground
        = QColor::fromRgbF(float(base_.redF() + (highlight.redF() - base_.redF()) * tint),
                           float(base_.greenF() + (highlight.greenF() - base_.greenF()) * tint),
                           float(base_.blueF() + (highlight.blueF() - base_.blueF()) * tint));
    if (highlighter) {
        style.codeBackground = highlighter->codeBackground();
        style.codeForeground = highlighter->codeForeground();
    } else {
        style.codeBackground = palette.color(QPalette::AlternateBase);
        style.codeForeground = style.text;
    }
    return style;
}

} // namespace GoPrep
