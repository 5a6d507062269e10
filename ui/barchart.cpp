#include "barchart.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <cmath>

namespace GoPrep {

namespace {

constexpr qreal Gap = 6;

// 1, 2, 5, 10, 20, 50…: the smallest at or above value, so the axis reads in round numbers.
double niceCeiling(double value)
{
    if (value <= 1) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

} // namespace

BarChart::BarChart(Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_orientation(orientation)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    setAccessibleName(title);
    updateDescription();
    update();
}

void BarChart::setFormat(Format format)
{
    m_format = format;
    updateDescription();
    update();
}

void BarChart::setCategories(const QStringList &categories, int labelEvery, bool fromEnd)
{
    m_categories = categories;
    m_labelEvery = qMax(1, labelEvery);
    m_labelFromEnd = fromEnd;
    updateDescription();
    updateGeometry();
    update();
}

void BarChart::setSeries(const QList<Series> &series)
{
    m_series = series;
    updateDescription();
    updateGeometry();
    update();
}

void BarChart::setMaximum(double maximum)
{
    m_maximum = maximum;
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QString BarChart::valueText(double value) const
{
    const QLocale locale;
    if (m_format == Format::Percent) {
        return tr("%1 %").arg(locale.toString(qRound(value * 100)));
    }
    return locale.toString(qRound(value));
}

double BarChart::axisMaximum() const
{
    if (m_maximum > 0) {
        return m_maximum;
    }
    double largest = 0;
    for (const Series &series : m_series) {
        for (const double value : series.values) {
            largest = std::max(largest, value);
        }
    }
    return m_format == Format::Percent ? 1.0 : niceCeiling(largest);
}

bool BarChart::isEmpty() const
{
    for (const Series &series : m_series) {
        for (const double value : series.values) {
            if (value > 0) {
                return false;
            }
        }
    }
    return true;
}

QColor BarChart::seriesColor(int index) const
{
    QColor color = palette().color(QPalette::Highlight);
    if (index % 2 == 1) {
        // A second series in a contrasting hue of the same weight.
        color.setHsl((color.hslHue() + 150) % 360, color.hslSaturation(), color.lightness());
    }
    return color;
}

QRectF BarChart::barRect(int series, int category) const
{
    for (const Bar &bar : m_bars) {
        if (bar.series == series && bar.category == category) {
            return bar.rect;
        }
    }
    return {};
}

QSize BarChart::sizeHint() const
{
    const QFontMetrics fm(font());
    const int header = fm.height() * (m_series.size() > 1 ? 2 : 1) + int(Gap);
    if (m_orientation == Orientation::Vertical) {
        return {360, header + fm.height() * 8};
    }
    const int row = int(m_series.size()) * (fm.height() * 3 / 4) + int(Gap);
    return {360, header + int(m_categories.size()) * row + int(Gap)};
}

QSize BarChart::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {200, fm.height() * 6};
}

void BarChart::layoutBars()
{
    m_bars.clear();
    const QFontMetrics fm(font());
    const qreal header = fm.height() * (m_series.size() > 1 ? 2 : 1) + Gap;
    const int count = int(m_categories.size());
    const double maximum = axisMaximum();
    if (m_orientation == Orientation::Vertical) {
        const qreal axis = fm.horizontalAdvance(valueText(maximum)) + Gap;
        m_plot = QRectF(axis + Gap, header, width() - axis - 2 * Gap, height() - header - fm.height() - Gap);
        if (count == 0 || m_plot.width() <= 0 || m_plot.height() <= 0) {
            return;
        }
        const qreal slot = m_plot.width() / count;
        const qreal barWidth = std::max<qreal>(1, slot * 0.7 / std::max<qsizetype>(1, m_series.size()));
        for (int s = 0; s < m_series.size(); ++s) {
            for (int c = 0; c < count && c < m_series.at(s).values.size(); ++c) {
                const qreal h = m_plot.height() * std::clamp(m_series.at(s).values.at(c) / maximum, 0.0, 1.0);
                const qreal x = m_plot.left() + c * slot + slot * 0.15 + s * barWidth;
                m_bars.append({s, c, QRectF(x, m_plot.bottom() - h, barWidth, h)});
            }
        }
        return;
    }
    qreal labelWidth = 0;
    for (const QString &category : m_categories) {
        labelWidth = std::max<qreal>(labelWidth, fm.horizontalAdvance(category) + 2);
    }
    labelWidth = std::min(labelWidth, width() * 0.4);
    const qreal valueWidth = fm.horizontalAdvance(valueText(maximum)) + Gap;
    m_plot = QRectF(labelWidth + Gap, header, width() - labelWidth - valueWidth - 2 * Gap, height() - header);
    if (count == 0 || m_plot.width() <= 0 || m_plot.height() <= 0) {
        return;
    }
    const qreal row = m_plot.height() / count;
    const qreal thickness
        = std::min<qreal>(fm.height() * 0.8, (row - 4) / std::max<qsizetype>(1, m_series.size()));
    const qreal used = thickness * m_series.size();
    for (int s = 0; s < m_series.size(); ++s) {
        for (int c = 0; c < count && c < m_series.at(s).values.size(); ++c) {
            const qreal w = m_plot.width() * std::clamp(m_series.at(s).values.at(c) / maximum, 0.0, 1.0);
            const qreal y = m_plot.top() + c * row + (row - used) / 2 + s * thickness;
            m_bars.append({s, c, QRectF(m_plot.left(), y, w, thickness - 1)});
        }
    }
}

void BarChart::paintEvent(QPaintEvent *)
{
    layoutBars();
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const QColor text = pal.color(QPalette::WindowText);
    QColor muted = text;
    muted.setAlphaF(0.6);
    QColor grid = text;
    grid.setAlphaF(0.12);

    // Title, and a legend when there is more than one series.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(0, 0, width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter.setFont(font());
    if (m_series.size() > 1) {
        qreal x = 0;
        for (int s = 0; s < m_series.size(); ++s) {
            const QRectF swatch(x, fm.height() + (fm.height() - 10) / 2.0, 10, 10);
            painter.fillRect(swatch, seriesColor(s));
            x += 14;
            painter.setPen(muted);
            painter.drawText(QPointF(x, fm.height() + fm.ascent()), m_series.at(s).name);
            x += fm.horizontalAdvance(m_series.at(s).name) + 16;
        }
    }

    const double maximum = axisMaximum();
    if (m_orientation == Orientation::Vertical) {
        // Gridlines at 0, half (when it is a whole number or a percentage) and the top, labelled on the left.
        const bool half = m_format == Format::Percent || std::fmod(maximum, 2.0) == 0.0;
        for (const double fraction : {0.0, 0.5, 1.0}) {
            if (fraction == 0.5 && !half) {
                continue;
            }
            const qreal y = m_plot.bottom() - fraction * m_plot.height();
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
            painter.setPen(muted);
            const QString label = valueText(maximum * fraction);
            painter.drawText(QRectF(0, y - fm.height() / 2.0, m_plot.left() - Gap, fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter, label);
        }
        const qreal slot = m_categories.isEmpty() ? 0 : m_plot.width() / m_categories.size();
        painter.setPen(muted);
        for (int c = 0; c < m_categories.size(); ++c) {
            if ((m_labelFromEnd ? m_categories.size() - 1 - c : c) % m_labelEvery != 0) {
                continue;
            }
            const qreal centre = m_plot.left() + (c + 0.5) * slot;
            const qreal w = fm.horizontalAdvance(m_categories.at(c)) + 4;
            QRectF box(centre - w / 2, m_plot.bottom() + 2, w, fm.height());
            box.moveLeft(std::clamp(box.left(), 0.0, qMax(0.0, width() - w)));
            painter.drawText(box, Qt::AlignCenter, m_categories.at(c));
        }
    } else {
        painter.setPen(QPen(grid, 1));
        painter.drawLine(m_plot.topLeft(), m_plot.bottomLeft());
        const qreal row = m_categories.isEmpty() ? 0 : m_plot.height() / m_categories.size();
        for (int c = 0; c < m_categories.size(); ++c) {
            painter.setPen(text);
            const QRectF box(0, m_plot.top() + c * row, m_plot.left() - Gap, row);
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                             fm.elidedText(m_categories.at(c), Qt::ElideRight, int(box.width())));
        }
    }

    if (isEmpty() && !m_emptyText.isEmpty()) {
        painter.setPen(muted);
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        return;
    }
    for (const Bar &bar : m_bars) {
        if (!bar.rect.isEmpty()) {
            QPainterPath path;
            path.addRoundedRect(bar.rect, 2, 2);
            painter.fillPath(path, seriesColor(bar.series));
        }
        if (m_orientation == Orientation::Horizontal) { // the value at the end of the bar, 0 % too
            painter.setPen(muted);
            const double value = m_series.at(bar.series).values.at(bar.category);
            painter.drawText(QPointF(bar.rect.right() + 4, bar.rect.center().y() + fm.ascent() / 2.0 - 1),
                             valueText(value));
        }
    }
}

bool BarChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
        for (const Bar &bar : m_bars) {
            // The whole column (or row) of a bar answers, not only its painted part.
            QRectF area = bar.rect;
            if (m_orientation == Orientation::Vertical) {
                area.setTop(m_plot.top());
                area.setBottom(m_plot.bottom());
            } else {
                area.setRight(m_plot.right());
            }
            if (area.contains(pos)) {
                QString text = m_categories.value(bar.category);
                for (const Series &series : std::as_const(m_series)) {
                    text += u'\n' + (series.name.isEmpty() ? QString() : series.name + u": ")
                        + valueText(series.values.value(bar.category));
                }
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void BarChart::updateDescription()
{
    // Everything the chart shows, as text for a screen reader.
    QStringList parts;
    for (int c = 0; c < m_categories.size(); ++c) {
        QStringList values;
        for (const Series &series : std::as_const(m_series)) {
            values.append((series.name.isEmpty() ? QString() : series.name + u' ')
                          + valueText(series.values.value(c)));
        }
        parts.append(m_categories.at(c) + u": " + values.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

} // namespace GoPrep
