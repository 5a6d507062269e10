#pragma once

#include <QList>
#include <QRectF>
#include <QStringList>
#include <QWidget>

namespace GoPrep {

// A small bar chart painted with QPainter in the palette's colours, so it follows light and dark like
// every other widget: days along the bottom (vertical bars) or one row per category (horizontal bars,
// several series side by side). Hovering a bar shows its value; the accessible description lists them all.
// Qt Charts would add a module (GPL or commercial only), a QGraphicsView per chart and a few megabytes for
// three simple charts, so GoPrep draws its own.
class BarChart final : public QWidget
{
    Q_OBJECT

public:
    enum class Orientation { Vertical, Horizontal };
    enum class Format { Count, Percent }; // Percent: values are fractions 0..1

    struct Series
    {
        QString name;
        QList<double> values; // one per category
    };

    explicit BarChart(Orientation orientation, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setFormat(Format format);
    // Category names: dates or section titles. labelEvery: in a vertical chart, label every n-th bar,
    // counted from the first or (fromEnd) from the last, so "Today" is always labelled.
    void setCategories(const QStringList &categories, int labelEvery = 1, bool fromEnd = false);
    void setSeries(const QList<Series> &series);
    const QList<Series> &series() const { return m_series; }
    // The top of the value axis; 0 (the default) rounds the largest value up.
    void setMaximum(double maximum);
    // Shown instead of bars when every value is zero.
    void setEmptyText(const QString &text);

    QString valueText(double value) const;
    double axisMaximum() const;
    // Where bar (series, category) is drawn, after layout: for tests and tooltips.
    QRectF barRect(int series, int category) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        int series;
        int category;
        QRectF rect;
    };
    void layoutBars();
    void updateDescription();
    QColor seriesColor(int index) const;
    bool isEmpty() const;

    Orientation m_orientation;
    Format m_format = Format::Count;
    QString m_title;
    QString m_emptyText;
    QStringList m_categories;
    int m_labelEvery = 1;
    bool m_labelFromEnd = false;
    QList<Series> m_series;
    double m_maximum = 0;
    QList<Bar> m_bars;
    QRectF m_plot;
};

} // namespace GoPrep
