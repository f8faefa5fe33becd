// svgtopng: draws an SVG icon as a square PNG of the given size, for the hicolor icon theme at build time.
// Usage: svgtopng INPUT.svg SIZE OUTPUT.png
#include <QtCore/QStringList>
#include <QtCore/QTextStream>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSvg/QSvgRenderer>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 4) {
        err << "Usage: svgtopng INPUT.svg SIZE OUTPUT.png\n";
        return 1;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    bool sized = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&sized);
    const QString output = QString::fromLocal8Bit(argv[3]);
    if (!sized || size < 1 || size > 1024) {
        err << "svgtopng: " << argv[2] << " is not a size in pixels (1 to 1024)\n";
        return 1;
    }
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        err << "svgtopng: " << input << " cannot be read as SVG\n";
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(output, "PNG")) {
        err << "svgtopng: " << output << " cannot be written\n";
        return 1;
    }
    return 0;
}
