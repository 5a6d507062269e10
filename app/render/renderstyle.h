#pragma once

#include <QColor>
#include <QFont>

class QPalette;

namespace GoPrep {

class CodeHighlighter;

// The colours and fonts an answer is rendered with: taken from the palette (light or dark) and the code
// theme, and scaled by the user's zoom, so a re-render is all a theme or zoom change needs.
struct RenderStyle
{
    QFont bodyFont;
    QFont codeFont;
    QColor text;
    QColor muted; // level and tags line
    QColor link;
    QColor shortAnswerBackground;
    QColor codeBackground;
    QColor codeForeground;

    // zoomSteps: 0 is the default size; each step is about 10%.
    static RenderStyle from(const QPalette &palette, const CodeHighlighter *highlighter, int zoomSteps = 0);
};

} // namespace GoPrep
