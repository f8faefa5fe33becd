// `parindex-cli trend` and `parindex-cli chart`, run as a user would, on the demo province.
#include "../common/clirun.h"

#include <QtCore/QDir>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QSet>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QXmlStreamReader>
#include <QtGui/QImage>
#include <QtTest/QTest>

#include <cmath>

using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Index in hundredths, as the files print it with two decimals.
qint64 cents(const QJsonValue &v)
{
    return std::llround(v.toDouble() * 100);
}
} // namespace

class TestCliCharts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void chartFiles_data();
    void chartFiles();
    void vietnamesePdf();
    void chartErrors_data();
    void chartErrors();
    void trendJsonAgreesWithRank();
    void trendCsvGaps();

private:
    QStringList db(const QString &lang = u"en"_s) const { return {u"--db"_s, m_demo, u"--lang"_s, lang}; }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliCharts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    const Run r = cli({u"--db"_s, m_demo, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliCharts::chartFiles_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("minHeight");
    const QList<std::pair<QString, QStringList>> kinds = {
        {u"trend"_s, {u"trend"_s, u"--group"_s, u"SO"_s}},
        {u"trend of a unit new in 2023"_s, {u"trend"_s, u"--group"_s, u"SO"_s, u"--units"_s, u"BQLDA"_s}},
        {u"compare 40 communes"_s, {u"compare"_s, u"--group"_s, u"XA"_s}},
        {u"compare stacked"_s, {u"compare"_s, u"--group"_s, u"SO"_s, u"--year"_s, u"2023"_s, u"--stacked"_s}},
        {u"areas"_s, {u"areas"_s, u"--group"_s, u"HUYEN"_s, u"--units"_s, u"H02"_s}},
        {u"ranks"_s, {u"ranks"_s, u"--group"_s, u"XA"_s, u"--units"_s, u"X005,X030"_s, u"--from"_s, u"2022"_s}},
    };
    for (const auto &[name, args] : kinds) {
        for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s}) {
            // Forty bars need more than the usual 650 pixels.
            const int minHeight = name.contains(u"40") ? 900 : 650;
            QTest::addRow("%s.%s", qPrintable(name), qPrintable(suffix)) << args << suffix << minHeight;
        }
    }
}

void TestCliCharts::chartFiles()
{
    QFETCH(QStringList, args);
    QFETCH(QString, suffix);
    QFETCH(int, minHeight);
    const QString out = m_dir.filePath(u"chart."_s + suffix);
    QFile::remove(out);
    const Run r = cli(db() + QStringList {u"chart"_s} + args + QStringList {u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const QByteArray bytes = bytesOf(out);
    QVERIFY2(bytes.size() > 5000, qPrintable(QString::number(bytes.size())));
    if (suffix == u"png") {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QCOMPARE(image.width(), 1000);
        QVERIFY(image.height() >= minHeight);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    } else if (suffix == u"svg") {
        QXmlStreamReader xml(bytes);
        int shapes = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                shapes += xml.name() == u"path" || xml.name() == u"polyline" || xml.name() == u"rect" ? 1 : 0;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(shapes > 5);
    } else {
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }
}

void TestCliCharts::vietnamesePdf()
{
    const QString out = m_dir.filePath(u"so-vi.pdf"_s);
    const Run r = cli(db(u"vi"_s) + QStringList {u"chart"_s, u"compare"_s, u"--group"_s, u"SO"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        QSKIP("poppler-utils are not installed");
    QProcess p;
    p.start(pdftotext, {out, u"-"_s});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Vietnamese title, class names and numbers with a decimal comma, read back from the vector text.
    QVERIFY2(text.contains(u"Chỉ số CCHC"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Xuất sắc"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Sở Tài chính"_s), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"\\b9\\d,\\d\\d\\b"_s)), qPrintable(text));
}

void TestCliCharts::chartErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    const QString png = u"x.png"_s;
    QTest::newRow("no kind") << QStringList {u"chart"_s, u"--group"_s, u"SO"_s, u"--out"_s, png} << 1 << u"chart"_s;
    QTest::newRow("unknown kind") << QStringList {u"chart"_s, u"pie"_s, u"--group"_s, u"SO"_s, u"--out"_s, png} << 1
                                  << u"trend|compare|areas|ranks"_s;
    QTest::newRow("no out") << QStringList {u"chart"_s, u"trend"_s, u"--group"_s, u"SO"_s} << 1 << u"--out"_s;
    QTest::newRow("jpg") << QStringList {u"chart"_s, u"trend"_s, u"--group"_s, u"SO"_s, u"--out"_s, u"x.jpg"_s} << 1
                         << u".png, .svg or .pdf"_s;
    QTest::newRow("no group") << QStringList {u"chart"_s, u"trend"_s, u"--out"_s, png} << 1 << u"--group"_s;
    QTest::newRow("bad year") << QStringList {u"chart"_s, u"compare"_s, u"--group"_s, u"SO"_s, u"--year"_s, u"20x4"_s,
        u"--out"_s, png} << 1 << u"--year"_s;
    QTest::newRow("areas needs one unit")
        << QStringList {u"chart"_s, u"areas"_s, u"--group"_s, u"SO"_s, u"--out"_s, png} << 1 << u"--units"_s;
    QTest::newRow("unknown unit") << QStringList {u"chart"_s, u"trend"_s, u"--group"_s, u"SO"_s, u"--units"_s,
        u"STC,NOPE"_s, u"--out"_s, png}
                                  << 2 << u"NOPE"_s;
    QTest::newRow("unknown group") << QStringList {u"chart"_s, u"trend"_s, u"--group"_s, u"TINH"_s, u"--out"_s, png}
                                   << 2 << u"TINH"_s;
    QTest::newRow("no such year") << QStringList {u"chart"_s, u"compare"_s, u"--group"_s, u"SO"_s, u"--year"_s,
        u"2030"_s, u"--out"_s, png}
                                  << 2 << u"2030"_s;
    // New in 2023: no result in 2022 to profile.
    QTest::newRow("areas of a year without a result") << QStringList {u"chart"_s, u"areas"_s, u"--group"_s, u"SO"_s,
        u"--units"_s, u"BQLDA"_s, u"--year"_s, u"2022"_s, u"--out"_s, png}
                                                      << 2 << u"BQLDA"_s;
    QTest::newRow("trend format") << QStringList {u"trend"_s, u"--group"_s, u"SO"_s, u"--format"_s, u"xml"_s} << 1
                                  << u"csv or json"_s;
}

void TestCliCharts::chartErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    QDir here(m_dir.path());
    const QStringList before = here.entryList(QDir::Files);
    QStringList full = db() + args;
    for (QString &a : full) {
        if (a == u"x.png" || a == u"x.jpg")
            a = m_dir.filePath(a);
    }
    const Run r = cli(full);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QCOMPARE(here.entryList(QDir::Files), before); // nothing written
}

void TestCliCharts::trendJsonAgreesWithRank()
{
    const Run r = cli(db() + QStringList {u"trend"_s, u"--group"_s, u"HUYEN"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject trend = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(trend[u"years"_s].toArray(), (QJsonArray {2021, 2022, 2023, 2024}));
    const QJsonArray units = trend[u"units"_s].toArray();
    QCOMPARE(units.size(), 10);

    for (int i = 0; i < 4; ++i) {
        const int year = 2021 + i;
        const Run rank = cli(db()
            + QStringList {
                u"rank"_s, u"--year"_s, QString::number(year), u"--group"_s, u"HUYEN"_s, u"--format"_s, u"json"_s});
        QVERIFY2(rank.exitCode == 0, qPrintable(rank.err));
        const QJsonArray ranked = QJsonDocument::fromJson(rank.out.toUtf8()).object()[u"units"_s].toArray();
        // Every unit's point of that year is its ranking row.
        QList<qint64> indices;
        for (const QJsonValue &row : ranked) {
            const QJsonObject o = row.toObject();
            indices.append(cents(o[u"index"_s]));
            bool found = false;
            for (const QJsonValue &u : units) {
                if (u.toObject()[u"code"_s] != o[u"code"_s])
                    continue;
                const QJsonObject p = u.toObject()[u"points"_s].toArray()[i].toObject();
                QCOMPARE(p[u"year"_s].toInt(), year);
                QCOMPARE(cents(p[u"index"_s]), cents(o[u"index"_s]));
                QCOMPARE(p[u"rank"_s].toInt(), o[u"rank"_s].toInt());
                QCOMPARE(p[u"class"_s].toString(), o[u"class"_s].toString());
                found = true;
            }
            QVERIFY(found);
        }
        // The average and median, recomputed here in hundredths, rounded half up.
        std::sort(indices.begin(), indices.end());
        qint64 sum = 0;
        for (qint64 v : indices)
            sum += v;
        const qint64 n = indices.size();
        const qint64 average = (2 * sum + n) / (2 * n);
        const qint64 twice = n % 2 ? 2 * indices[n / 2] : indices[n / 2 - 1] + indices[n / 2];
        const qint64 median = (twice + 1) / 2;
        QCOMPARE(cents(trend[u"average"_s].toArray()[i].toObject()[u"index"_s]), average);
        QCOMPARE(cents(trend[u"median"_s].toArray()[i].toObject()[u"index"_s]), median);
    }
}

void TestCliCharts::trendCsvGaps()
{
    const QString out = m_dir.filePath(u"trend.csv"_s);
    const Run r = cli(db()
        + QStringList {
            u"trend"_s, u"--group"_s, u"SO"_s, u"--units"_s, u"BQLDA,STC"_s, u"--from"_s, u"2022"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = QString::fromUtf8(bytesOf(out)).remove(QChar(0xfeff)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), u"series,code,name,year,index,rank,class,status"_s);
    QCOMPARE(lines.size(), 2 * 3 + 2 * 3); // two units and two statistics over 2022-2024
    // BQLDA takes part from 2023: 2022 is an empty cell, not 0, and no status (not listed).
    QCOMPARE(lines[0], u"unit,BQLDA,Ban Quản lý các dự án đầu tư xây dựng tỉnh,2022,,,,"_s);
    QVERIFY(lines[1].startsWith(u"unit,BQLDA,Ban Quản lý các dự án đầu tư xây dựng tỉnh,2023,9"_s));
    QVERIFY(lines[3].startsWith(u"unit,STC,Sở Tài chính,2022,"_s));
    QVERIFY(lines[6].startsWith(u"average,,,2022,"_s));
    QVERIFY(lines[11].startsWith(u"median,,,2024,"_s));
}

QTEST_GUILESS_MAIN(TestCliCharts)
#include "tst_cli_charts.moc"
