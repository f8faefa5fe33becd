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
    void trendFollowsAMerger();
    void robustnessJson();
    void robustnessWithoutChange();
    void robustnessCsvAndText();
    void robustnessErrors_data();
    void robustnessErrors();

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
        {u"robustness of 40 communes"_s,
            {u"robustness"_s, u"--group"_s, u"XA"_s, u"--year"_s, u"2024"_s, u"--draws"_s, u"200"_s}},
        {u"robustness of departments, scores too"_s,
            {u"robustness"_s, u"--group"_s, u"SO"_s, u"--year"_s, u"2024"_s, u"--weights"_s, u"30%"_s, u"--scores"_s,
                u"5%"_s, u"--draws"_s, u"100"_s}},
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

// Issue 16's acceptance case on a file built here: Hoằng Xuân, Hoằng Phượng and Hoằng Quý merged into Hoằng Phú
// in 2025, followed through `trend` with their 2023 and 2024 history; then the chart draws them.
void TestCliCharts::trendFollowsAMerger()
{
    const QString file = m_dir.filePath(u"merger.parindex"_s);
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(m_dir.filePath(name));
        const bool written = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
        return written ? m_dir.filePath(name) : QString();
    };
    const auto run = [&](const QStringList &args) {
        return cli(QStringList {u"--db"_s, file, u"--lang"_s, u"en"_s} + args);
    };
    QCOMPARE(run({u"init"_s}).exitCode, 0);
    const QString units = write(u"units.csv"_s,
        "code,name,group,since_year,retired_year\n"
        "HX,Hoằng Xuân,XA,,2025\nHP,Hoằng Phượng,XA,,2025\nHQ,Hoằng Quý,XA,,2025\n"
        "T,Thọ Lập,XA,,\nHN,Hoằng Phú,XA,2025,\n");
    const QString criteria = write(u"criteria.csv"_s,
        "code,title,max_points,kind,rule\n1,Chỉ đạo điều hành,40,group,\n1.1,Kế hoạch,40,score,\n"
        "2,Cải cách thủ tục hành chính,60,group,\n2.1,Thủ tục,60,score,\n");
    // index = 1.1 + 2.1: 2023 HP 90 #1, T 85 #2, HX 80 #3, HQ 70 #4; 2024 HP 92.5 #1, T 87 #2, HX 83 #3, HQ 71 #4;
    // 2025 T 89 #1, HN 88.75 #2.
    const QString s2023 = write(u"s2023.csv"_s, "unit_code;1.1;2.1\nHX;30;50\nHP;35;55\nHQ;25;45\nT;32;53\n");
    const QString s2024 = write(u"s2024.csv"_s, "unit_code;1.1;2.1\nHX;31;52\nHP;36;56,5\nHQ;27;44\nT;33;54\n");
    const QString s2025 = write(u"s2025.csv"_s, "unit_code;1.1;2.1\nHN;37;51,75\nT;34;55\n");
    const QString lineage = write(u"lineage.csv"_s, "year,unit,continues\n2025,HN,HX\n2025,HN,HP\n2025,HN,HQ\n");
    const auto year = [](int y) { return QStringList {u"--year"_s, QString::number(y), u"--group"_s, u"XA"_s}; };
    const QList<QStringList> build = {
        {u"units"_s, u"import"_s, units},
        QStringList {u"period"_s, u"add"_s} + year(2023),
        QStringList {u"criteria"_s, u"import"_s, criteria} + year(2023),
        QStringList {u"scores"_s, u"import"_s, s2023} + year(2023),
        QStringList {u"period"_s, u"add"_s, u"--copy-from"_s, u"2023"_s} + year(2024),
        QStringList {u"scores"_s, u"import"_s, s2024} + year(2024),
        QStringList {u"period"_s, u"add"_s, u"--copy-from"_s, u"2024"_s} + year(2025),
        QStringList {u"scores"_s, u"import"_s, s2025} + year(2025),
    };
    for (const QStringList &command : build) {
        const Run r = run(command);
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + r.err));
    }
    // Without lineage: Hoằng Phú alone, and the output as it always was (no "predecessors" key).
    Run r = run({u"trend"_s, u"--group"_s, u"XA"_s, u"--units"_s, u"HN"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains(u"predecessors"_s));
    r = run({u"units"_s, u"lineage"_s, u"import"_s, lineage});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = run({u"trend"_s, u"--group"_s, u"XA"_s, u"--units"_s, u"HN"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject trend = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(trend[u"years"_s].toArray(), (QJsonArray {2023, 2024, 2025}));
    const QJsonObject hn = trend[u"units"_s].toArray().at(0).toObject();
    QCOMPARE(hn[u"code"_s].toString(), u"HN"_s);
    QCOMPARE(cents(hn[u"points"_s].toArray().at(2).toObject()[u"index"_s]), 8875); // 37 + 51.75
    QCOMPARE(hn[u"points"_s].toArray().at(2).toObject()[u"rank"_s].toInt(), 2);
    QVERIFY(hn[u"points"_s].toArray().at(0).toObject()[u"index"_s].isNull());
    const QJsonArray predecessors = hn[u"predecessors"_s].toArray();
    QCOMPARE(predecessors.size(), 3);
    // In the order of the links (by code): HP, HQ, HX; each merged into HN from 2025, with its 2023 and 2024.
    const struct
    {
        const char *code;
        const char *name;
        qint64 cents2023;
        int rank2023;
        qint64 cents2024;
        int rank2024;
    } expected[] = {{"HP", "Hoằng Phượng", 9000, 1, 9250, 1}, {"HQ", "Hoằng Quý", 7000, 4, 7100, 4},
        {"HX", "Hoằng Xuân", 8000, 3, 8300, 3}};
    for (qsizetype i = 0; i < 3; ++i) {
        const QJsonObject p = predecessors.at(i).toObject();
        QCOMPARE(p[u"code"_s].toString(), QString::fromUtf8(expected[i].code));
        QCOMPARE(p[u"name"_s].toString(), QString::fromUtf8(expected[i].name));
        QCOMPARE(p[u"relation"_s].toString(), u"merge"_s);
        QCOMPARE(p[u"continues_into"_s].toArray(), (QJsonArray {u"HN"_s}));
        QCOMPARE(p[u"from_year"_s].toInt(), 2025);
        QCOMPARE(p[u"depth"_s].toInt(), 1);
        QCOMPARE(p[u"has_result"_s].toBool(), true);
        QCOMPARE(cents(p[u"join_index"_s]), 8875);
        const QJsonArray points = p[u"points"_s].toArray();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points.at(0).toObject()[u"year"_s].toInt(), 2023);
        QCOMPARE(cents(points.at(0).toObject()[u"index"_s]), expected[i].cents2023);
        QCOMPARE(points.at(0).toObject()[u"rank"_s].toInt(), expected[i].rank2023);
        QCOMPARE(cents(points.at(1).toObject()[u"index"_s]), expected[i].cents2024);
        QCOMPARE(points.at(1).toObject()[u"rank"_s].toInt(), expected[i].rank2024);
    }
    // Every unit: the three communes are drawn under Hoằng Phú, not again on their own.
    r = run({u"trend"_s, u"--group"_s, u"XA"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList codes;
    for (const QJsonValue &u : QJsonDocument::fromJson(r.out.toUtf8()).object()[u"units"_s].toArray())
        codes.append(u.toObject()[u"code"_s].toString());
    QCOMPARE(codes, (QStringList {u"T"_s, u"HN"_s}));
    // CSV: the predecessor rows after Hoằng Phú's, marked.
    r = run({u"trend"_s, u"--group"_s, u"XA"_s, u"--units"_s, u"HN"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.remove(QChar(0xfeff)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(
        lines.value(0), u"series,code,name,year,index,rank,class,status,for_unit,relation,continues_into,from_year"_s);
    QCOMPARE(lines.value(3), u"unit,HN,Hoằng Phú,2025,88.75,2,good,ranked,,,,"_s);
    QCOMPARE(lines.value(4), u"predecessor,HP,Hoằng Phượng,2023,90.00,1,excellent,ranked,HN,merge,HN,2025"_s);
    QCOMPARE(lines.value(9), u"predecessor,HX,Hoằng Xuân,2024,83.00,3,good,ranked,HN,merge,HN,2025"_s);
    QVERIFY(lines.value(10).startsWith(u"average,,,2023,"_s));
    // The chart of the merger, in Vietnamese.
    const QString png = m_dir.filePath(u"merger.png"_s);
    r = cli({u"--db"_s, file, u"--lang"_s, u"vi"_s, u"chart"_s, u"trend"_s, u"--group"_s, u"XA"_s, u"--units"_s,
        u"HN"_s, u"--out"_s, png});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!QImage(png).isNull());
}

QTEST_GUILESS_MAIN(TestCliCharts)
#include "tst_cli_charts.moc"

// The shape of formats.md, the real ranking's order and ranks, intervals around the median, shares adding up to 1;
// the same seed gives the same bytes.
void TestCliCharts::robustnessJson()
{
    const QStringList args = db()
        + QStringList {u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"XA"_s, u"--weights"_s, u"20%"_s,
            u"--draws"_s, u"300"_s, u"--seed"_s, u"5"_s, u"--format"_s, u"json"_s};
    const Run r = cli(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root.value(u"draws"_s).toInt(), 300);
    QCOMPARE(root.value(u"seed"_s).toInt(), 5);
    QCOMPARE(root.value(u"weights"_s).toDouble(), 20.0);
    QCOMPARE(root.value(u"scores"_s).toDouble(), 0.0);
    QCOMPARE(root.value(u"year"_s).toInt(), 2024);
    QCOMPARE(root.value(u"group"_s).toString(), u"XA"_s);

    const Run rank
        = cli(db() + QStringList {u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"XA"_s, u"--format"_s, u"json"_s});
    QVERIFY2(rank.exitCode == 0, qPrintable(rank.err));
    const QJsonArray ranked = QJsonDocument::fromJson(rank.out.toUtf8()).object().value(u"units"_s).toArray();
    const QJsonArray units = root.value(u"units"_s).toArray();
    QVERIFY(units.size() > 10);
    QCOMPARE(units.size(), ranked.size());
    int moved = 0;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonObject u = units[i].toObject();
        const QJsonObject real = ranked[i].toObject();
        QCOMPARE(u.value(u"code"_s).toString(), real.value(u"code"_s).toString());
        QCOMPARE(u.value(u"rank"_s).toInt(), real.value(u"rank"_s).toInt());
        QCOMPARE(cents(u.value(u"index"_s)), cents(real.value(u"index"_s)));
        QCOMPARE(u.value(u"class"_s).toString(), real.value(u"class"_s).toString());
        const int best = u.value(u"best_rank"_s).toInt();
        const int p5 = u.value(u"p5_rank"_s).toInt();
        const int median = u.value(u"median_rank"_s).toInt();
        const int p95 = u.value(u"p95_rank"_s).toInt();
        const int worst = u.value(u"worst_rank"_s).toInt();
        QVERIFY(1 <= best && best <= p5 && p5 <= median && median <= p95 && p95 <= worst && worst <= units.size());
        moved += p95 > p5 ? 1 : 0;
        double shares = 0;
        const QJsonObject classes = u.value(u"classes"_s).toObject();
        for (auto it = classes.begin(); it != classes.end(); ++it) {
            QVERIFY((QStringList {u"excellent"_s, u"good"_s, u"fair"_s, u"average"_s, u"weak"_s}).contains(it.key()));
            QVERIFY(it.value().toDouble() > 0);
            shares += it.value().toDouble();
        }
        QVERIFY2(std::abs(shares - 1.0) < 0.0005 * 5, qPrintable(QString::number(shares)));
    }
    QVERIFY(moved > 0); // ±20 % moves some of 40 communes
    QCOMPARE(cli(args).out, r.out);
    const Run otherSeed = cli(db()
        + QStringList {u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"XA"_s, u"--draws"_s, u"300"_s,
            u"--seed"_s, u"6"_s, u"--format"_s, u"json"_s});
    QVERIFY(otherSeed.out != r.out);
}

// ±0 %: every unit at its real rank in every draw, all its draws in its real class.
void TestCliCharts::robustnessWithoutChange()
{
    const Run r = cli(db()
        + QStringList {u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, u"--weights"_s, u"0"_s,
            u"--draws"_s, u"50"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray units = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"units"_s).toArray();
    QVERIFY(!units.isEmpty());
    for (const QJsonValue &v : units) {
        const QJsonObject u = v.toObject();
        const int rank = u.value(u"rank"_s).toInt();
        for (const QString &key : {u"median_rank"_s, u"p5_rank"_s, u"p95_rank"_s, u"best_rank"_s, u"worst_rank"_s})
            QCOMPARE(u.value(key).toInt(), rank);
        const QJsonObject classes = u.value(u"classes"_s).toObject();
        QCOMPARE(classes.size(), 1);
        QCOMPARE(classes.value(u.value(u"class"_s).toString()).toDouble(), 1.0);
    }
}

void TestCliCharts::robustnessCsvAndText()
{
    const QStringList base
        = db() + QStringList {u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--draws"_s, u"100"_s};
    const Run csv = cli(base + QStringList {u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY2(csv.out.contains(u"rank,code,name,index,class,median_rank,p5_rank,p95_rank,best_rank,worst_rank,"
                              u"excellent,good,fair,average,weak"_s),
        qPrintable(csv.out.left(300)));
    const Run text = cli(base);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"100 draws (seed 1), each area's maximum within ±20%"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"Median"_s), qPrintable(text.out));
    const QString out = m_dir.filePath(u"robustness.json"_s);
    const Run file = cli(base + QStringList {u"--format"_s, u"json"_s, u"--out"_s, out});
    QVERIFY2(file.exitCode == 0, qPrintable(file.err));
    QVERIFY(file.out.isEmpty());
    QVERIFY(QJsonDocument::fromJson(bytesOf(out)).object().contains(u"units"_s));
}

void TestCliCharts::robustnessErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    const QStringList so = {u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    QTest::newRow("unknown period") << QStringList {u"robustness"_s, u"--year"_s, u"2030"_s, u"--group"_s, u"SO"_s} << 2
                                    << u"2030"_s;
    QTest::newRow("unknown group") << QStringList {u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"TINH"_s}
                                   << 2 << u"TINH"_s;
    QTest::newRow("no year") << QStringList {u"robustness"_s, u"--group"_s, u"SO"_s} << 1 << u"--year"_s;
    QTest::newRow("weights 101%") << so + QStringList {u"--weights"_s, u"101%"_s} << 1 << u"--weights"_s;
    QTest::newRow("weights -5") << so + QStringList {u"--weights"_s, u"-5"_s} << 1 << u"--weights"_s;
    QTest::newRow("draws 0") << so + QStringList {u"--draws"_s, u"0"_s} << 1 << u"--draws"_s;
    QTest::newRow("draws many") << so + QStringList {u"--draws"_s, u"1000000"_s} << 1 << u"100000"_s;
    QTest::newRow("draws not a number") << so + QStringList {u"--draws"_s, u"many"_s} << 1 << u"--draws"_s;
    QTest::newRow("chart robustness jpg") << QStringList {u"chart"_s, u"robustness"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--out"_s, u"x.jpg"_s}
                                          << 1 << u".png, .svg or .pdf"_s;
    QTest::newRow("chart robustness weights") << QStringList {u"chart"_s, u"robustness"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--weights"_s, u"200"_s, u"--out"_s, u"x.png"_s}
                                              << 1 << u"--weights"_s;
    QTest::newRow("chart robustness unknown period") << QStringList {u"chart"_s, u"robustness"_s, u"--year"_s,
        u"2030"_s, u"--group"_s, u"SO"_s, u"--out"_s, u"x.png"_s}
                                                     << 2 << u"2030"_s;
}

void TestCliCharts::robustnessErrors()
{
    chartErrors(); // the same check: exit code, the fragment named, nothing written
}
