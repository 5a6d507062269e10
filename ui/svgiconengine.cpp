#include "svgiconengine.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace GoPrep {

SvgIconEngine::SvgIconEngine(const QString &svgPath, bool tint)
    : m_path(svgPath)
    , m_tint(tint)
{ }

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_path, m_tint);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    const QColor color = mode == QIcon::Disabled ? palette.color(QPalette::Disabled, QPalette::WindowText)
        : mode == QIcon::Selected                ? palette.color(QPalette::HighlightedText)
                                                 : palette.color(QPalette::WindowText);
    const QString key = QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(color.rgba());
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd()) {
        return *cached;
    }
    QPixmap result(size);
    result.fill(Qt::transparent);
    {
        QPainter painter(&result);
        QSvgRenderer renderer(m_path);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        if (m_tint) {
            // Keep the shape, replace the colour.
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(result.rect(), color);
        }
    }
    if (m_cache.size() > 64) {
        m_cache.clear();
    }
    m_cache.insert(key, result);
    return result;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap image = pixmap(rect.size() * ratio, mode, state);
    image.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, image);
}

} // namespace GoPrep
