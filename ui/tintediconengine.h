#pragma once

#include <QHash>
#include <QIconEngine>
#include <QString>

namespace GoPrep {

// Paints a monochrome SVG in the colour the current palette uses for text (or disabled text), at the
// moment it is painted: one icon serves the light and the dark palette, with no re-creation on change.
class TintedIconEngine final : public QIconEngine
{
public:
    explicit TintedIconEngine(const QString &svgPath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("GoPrepTinted"); }

private:
    QString m_path;
    QHash<QString, QPixmap> m_cache;
};

} // namespace GoPrep
