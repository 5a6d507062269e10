#pragma once

#include <QHash>
#include <QIconEngine>
#include <QString>

namespace GoPrep {

// Paints one of our SVG icons with QSvgRenderer, so no image-format plugin has to be deployed. A tinted
// icon is a monochrome shape painted in the palette's text colour at the moment it is painted: one icon
// serves the light and the dark palette, with no re-creation on change.
class SvgIconEngine final : public QIconEngine
{
public:
    SvgIconEngine(const QString &svgPath, bool tint);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override { return QStringLiteral("GoPrepTinted"); }

private:
    QString m_path;
    bool m_tint = true;
    QHash<QString, QPixmap> m_cache;
};

} // namespace GoPrep
