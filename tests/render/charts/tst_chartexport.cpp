#include "common/trendfixture.h"
#include "render/charts/areaprofilechart.h"
#include "render/charts/chartexport.h"
#include "render/charts/comparisonchart.h"
#include "render/charts/rankmovementchart.h"
#include "render/charts/trendchart.h"

#include <QtCharts/QChartView>
#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <functional>
#include <memory>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

namespace {
const ChartContext context {
    QLocale(QLocale::Vietnamese, QLocale::Vietnam), u"UBND cấp huyện"_s, ClassBands::defaults(), {}};

using Builder = std::function<QChart *()>;

Builder builder(const QString &kind)
{
    if (kind == u"trend")
        return [] { return TrendChart::build(Trends::trend(trendYears()), context); };
    if (kind == u"compare")
        return [] { return ComparisonChart::build(Trends::comparison(trendYears()[2]), context); };
    if (kind == u"areas") {
        return [] {
            const QList<RankingTable> years = trendYears();
            return AreaProfileChart::build(
                *Trends::areaProfile(years[2], &years[1], u"A"_s, trendAreaLinks()), context);
        };
    }
    return [] { return RankMovementChart::build(Trends::rankMovement(trendYears(), {u"A"_s}), context); };
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What a poppler tool prints, or nothing when poppler-utils are not installed.
std::optional<QString> poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestChartExport : public QObject
{
    Q_OBJECT
private slots:
    void formats();
    void files_data();
    void files();
    void imageScale();
    void chartInAView();
    void refusals();
    void replacesWhole();
};

void TestChartExport::formats()
{
    QCOMPARE(ChartExport::formatOf(u"a.png"_s), ChartExport::Format::Png);
    QCOMPARE(ChartExport::formatOf(u"/x/B.SVG"_s), ChartExport::Format::Svg);
    QCOMPARE(ChartExport::formatOf(u"c.d.Pdf"_s), ChartExport::Format::Pdf);
    QCOMPARE(ChartExport::formatOf(u"c.jpg"_s), std::nullopt);
    QCOMPARE(ChartExport::formatOf(u"png"_s), std::nullopt);
}

void TestChartExport::files_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("text"); // a text the picture must carry (a PDF's text layer, an SVG's <text>)
    for (const auto &[kind, text] : {std::pair {u"trend"_s, u"Ea Súp"_s}, std::pair {u"compare"_s, u"Dũng"_s},
             std::pair {u"areas"_s, u"Cải cách thủ tục hành chính"_s}, std::pair {u"ranks"_s, u"An"_s}}) {
        for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s})
            QTest::addRow("%s.%s", qPrintable(kind), qPrintable(suffix)) << kind << suffix << text;
    }
}

void TestChartExport::files()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(kind + u'.' + suffix);
    std::unique_ptr<QChart> chart(builder(kind)());
    const QSize size(1000, 650);
    const Status written = ChartExport::write(chart.get(), path, size);
    QVERIFY2(written.ok(), qPrintable(written.error().text()));
    // Only the file: QSaveFile's temporary is gone.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {kind + u'.' + suffix});
    const QByteArray bytes = bytesOf(path);
    QVERIFY(bytes.size() > 5000);

    if (suffix == u"png") {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.size(), size);
        // Not blank and not one colour: lines, bars, text and light bands give many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        QCOMPARE(image.pixel(2, 2), qRgb(255, 255, 255)); // white paper around the chart
    } else if (suffix == u"svg") {
        QXmlStreamReader xml(bytes);
        int paths = 0;
        bool svg = false;
        QString texts;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            svg = svg || xml.name() == u"svg";
            paths += xml.name() == u"path" || xml.name() == u"polyline" ? 1 : 0;
            if (xml.name() == u"text")
                texts += xml.readElementText(QXmlStreamReader::IncludeChildElements) + u'\n';
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svg);
        QVERIFY2(paths > 5, qPrintable(QString::number(paths)));
        QVERIFY2(texts.contains(text), qPrintable(texts));
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        const auto info = poppler(u"pdfinfo"_s, {path});
        if (!info)
            QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed: the PDF is checked by its header only");
        QVERIFY2(info->contains(u"Pages:           1"_s), qPrintable(*info));
        QVERIFY2(info->contains(u"750 x 488 pts"_s), qPrintable(*info)); // 1000 x 650 px at 96 dpi, whole points
        const auto pdfText = poppler(u"pdftotext"_s, {path, u"-"_s});
        // Vector text with its Unicode: the Vietnamese names read back.
        QVERIFY2(pdfText->contains(text), qPrintable(*pdfText));
        QVERIFY2(pdfText->contains(u"UBND cấp huyện"_s) || kind == u"areas", qPrintable(*pdfText));
        const auto fonts = poppler(u"pdffonts"_s, {path});
        QVERIFY2(fonts->count(u'\n') > 2, qPrintable(*fonts)); // at least one embedded font: text, not pixels
    }
}

void TestChartExport::imageScale()
{
    std::unique_ptr<QChart> chart(builder(u"compare"_s)());
    const QImage image = ChartExport::toImage(chart.get(), QSize(500, 400), 2);
    QCOMPARE(image.size(), QSize(1000, 800));
    QCOMPARE(image.devicePixelRatio(), 2.0);
    // The chart is given back without a scene: it can be exported again or shown.
    QCOMPARE(chart->scene(), nullptr);
    const QImage again = ChartExport::toImage(chart.get(), QSize(500, 400), 2);
    QCOMPARE(again, image);
}

void TestChartExport::chartInAView()
{
    // A chart on screen is drawn from its view's scene at the export size and keeps its on-screen geometry.
    QChartView view(builder(u"trend"_s)());
    view.resize(400, 300);
    view.chart()->setGeometry(QRectF(0, 0, 400, 300));
    const QRectF before = view.chart()->geometry();
    const QImage image = ChartExport::toImage(view.chart(), QSize(800, 500));
    QCOMPARE(image.size(), QSize(800, 500));
    QCOMPARE(view.chart()->geometry(), before);
    QCOMPARE(view.chart()->scene(), view.scene());
}

void TestChartExport::refusals()
{
    QTemporaryDir dir;
    std::unique_ptr<QChart> chart(builder(u"trend"_s)());
    const Status jpg = ChartExport::write(chart.get(), dir.filePath(u"chart.jpg"_s), QSize(400, 300));
    QVERIFY(!jpg.ok());
    QCOMPARE(jpg.error().kind, Error::Kind::Usage);
    QVERIFY(jpg.error().message.contains(u"chart.jpg"_s));

    for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s}) {
        const QString path = dir.filePath(u"no/such/folder/chart."_s + suffix);
        const Status s = ChartExport::write(chart.get(), path, QSize(400, 300));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, Error::Kind::CannotOpen);
        QVERIFY(s.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(!QFile::exists(path));
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestChartExport::replacesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.svg"_s);
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write(QByteArray(100000, 'x'));
    }
    std::unique_ptr<QChart> chart(builder(u"ranks"_s)());
    QVERIFY(ChartExport::write(chart.get(), path, QSize(600, 400)).ok());
    const QByteArray bytes = bytesOf(path);
    QVERIFY(bytes.startsWith("<?xml"));
    QVERIFY(!bytes.contains("xxxxxxxx"));
}

QTEST_MAIN(TestChartExport)
#include "tst_chartexport.moc"
