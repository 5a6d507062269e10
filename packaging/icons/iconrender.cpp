// goprep-iconrender: renders the application's SVG icon into what each platform's packaging needs, at build
// time, so that no generated bitmap is kept in the repository:
//   goprep-iconrender SVG OUTDIR NAME
//     OUTDIR/hicolor/<N>x<N>/apps/NAME.png   for the freedesktop icon theme (Linux menus, AppStream)
//     OUTDIR/NAME.ico                        Windows: the executable's and the installer's icon
//     OUTDIR/NAME.icns                       macOS: the bundle's icon
// Both containers hold PNG images, which Windows (Vista and later) and macOS (10.7 and later) read.
#include <QBuffer>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
        std::fprintf(stderr, "goprep-iconrender: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

template<typename T>
void appendLittle(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template<typename T>
void appendBig(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, then one 16-byte ICONDIRENTRY per image, then the images; a width or height of 0 means 256.
QByteArray icoFile(const QList<QPair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLittle<quint16>(out, 0); // reserved
    appendLittle<quint16>(out, 1); // 1: icon
    appendLittle<quint16>(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        appendLittle<quint16>(out, 1); // colour planes
        appendLittle<quint16>(out, 32); // bits per pixel
        appendLittle<quint32>(out, quint32(png.size()));
        appendLittle<quint32>(out, offset);
        offset += quint32(png.size());
    }
    for (const auto &image : images) {
        out.append(image.second);
    }
    return out;
}

// "icns" and the file's length, then per image its four-letter type and length (both counting the 8-byte
// header), big-endian.
QByteArray icnsFile(const QList<QPair<QByteArray, QByteArray>> &images)
{
    QByteArray body;
    for (const auto &[type, png] : images) {
        body.append(type);
        appendBig<quint32>(body, quint32(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns");
    appendBig<quint32>(out, quint32(body.size() + 8));
    out.append(body);
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: goprep-iconrender SVG OUTDIR NAME\n");
        return 2;
    }
    const QString svgPath = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        std::fprintf(stderr, "goprep-iconrender: %s is not a valid SVG file\n", qPrintable(svgPath));
        return 1;
    }

    bool ok = true;
    QList<QPair<int, QByteArray>> ico;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QByteArray png = renderPng(svg, size);
        const QString folder = QStringLiteral("%1/hicolor/%2x%2/apps").arg(outDir).arg(size);
        ok = writeFile(QStringLiteral("%1/%2.png").arg(folder, name), png) && ok;
        if (size != 22 && size != 128 && size != 512) {
            ico.append({size, png});
        }
    }
    ok = writeFile(QStringLiteral("%1/%2.ico").arg(outDir, name), icoFile(ico)) && ok;
    const QList<QPair<QByteArray, QByteArray>> icns
        = {{"icp4", renderPng(svg, 16)},  {"icp5", renderPng(svg, 32)},  {"icp6", renderPng(svg, 64)},
           {"ic07", renderPng(svg, 128)}, {"ic08", renderPng(svg, 256)}, {"ic09", renderPng(svg, 512)},
           {"ic10", renderPng(svg, 1024)}};
    ok = writeFile(QStringLiteral("%1/%2.icns").arg(outDir, name), icnsFile(icns)) && ok;
    return ok ? 0 : 1;
}
