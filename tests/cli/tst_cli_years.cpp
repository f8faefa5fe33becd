// Comparing years after a reorganisation (issue 16) through the real parindex-cli: criteria map import/export (what
// each criterion continues of the year before) and units lineage import/export (mergers, splits, new codes); bad
// files from spreadsheets refused with their line and column, and nothing changed.
#include "../common/clirun.h"

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

void writeText(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}
} // namespace

class TestCliYears : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void criteriaMapRoundTrip();
    void criteriaMapRefused_data();
    void criteriaMapRefused();
    void lineageRoundTrip();
    void lineageRefused_data();
    void lineageRefused();
    void explainAddsUp();
    void explainAfterAMerger();
    void explainRefused_data();
    void explainRefused();
    void explainSplitAreaRefused();
    void areaProfileFollowsTheMap();

private:
    // Rewrites 2024's criteria map of HUYEN (exported as copy-forward left it): each line starting "code," is
    // replaced by the lines given for it (none: the line is left out, its link not recorded).
    void remap(const QHash<QString, QStringList> &areas);

    QStringList db(const QStringList &args) const { return QStringList {u"--db"_s, m_db, u"--lang"_s, u"en"_s} + args; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_db;
};

void TestCliYears::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = path(u"demo.parindex"_s);
    const Run r = cli({u"--db"_s, m_demo, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliYears::init()
{
    m_db = path(u"%1.parindex"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_db);
    QVERIFY(QFile::copy(m_demo, m_db));
}

void TestCliYears::criteriaMapRoundTrip()
{
    // The demo's years were copied forward: every criterion continues its namesake.
    Run r = cli(db(
        {u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"map.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList lines = readText(path(u"map.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), u"code,title,continues,continues_title"_s);
    QVERIFY(lines.contains(u"2,Cải cách thể chế,2,Cải cách thể chế"_s));

    // 2024 says: area 2 continues area 3 of 2023, area 3 is new (the titles left as they were are not checked
    // against the new links: only filled-in titles are, and those are the criteria's own).
    for (QString &line : lines) {
        if (line.startsWith(u"2,"_s))
            line = u"2,,3,"_s;
        else if (line.startsWith(u"3,"_s))
            line = u"3,,,"_s;
    }
    writeText(path(u"edited.csv"_s), lines.join(u"\r\n"_s) + u"\r\n"_s);
    r = cli(db({u"criteria"_s, u"map"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"edited.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(db({u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s,
        path(u"again.csv"_s)}));
    QCOMPARE(r.exitCode, 0);
    const QStringList again = readText(path(u"again.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QVERIFY(again.contains(u"2,Cải cách thể chế,3,Cải cách thủ tục hành chính"_s));
    QVERIFY(again.contains(u"3,Cải cách thủ tục hành chính,,"_s));
    QCOMPARE(again.size(), lines.size());

    // The first year of the group has nothing before it.
    r = cli(db({u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2021"_s, u"--group"_s, u"HUYEN"_s,
        path(u"first.csv"_s)}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"2021 is the first period of group HUYEN"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(u"first.csv"_s)));
    // Check finds nothing wrong.
    r = cli(db({u"check"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
}

void TestCliYears::criteriaMapRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("misspelt column") << u"code,continue\n1,1\n"_s << u"continues"_s;
    QTest::newRow("unknown code") << u"code,continues\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n9,1\n"_s
                                  << u"line 8, column code: \"9\" – expected a criterion code of this year's tree."_s;
    QTest::newRow("unknown continued")
        << u"code,continues\n1,1\n2,2\n3,3\n4,4\n5,5\n6,6\n1.1,7.7\n"_s
        << u"line 8, column continues: \"7.7\" – expected a criterion code of the previous year's tree, or nothing for "
           "a new criterion."_s;
    QTest::newRow("wrong title") << u"code,title,continues\n1,Cải cách thể chế,1\n"_s
                                 << u"line 2, column title: \"Cải cách thể chế\" – expected"_s;
    QTest::newRow("area from a criterion")
        << u"code,continues\n1,1.1\n"_s << u"expected an area of the previous year: 1 is an area."_s;
    QTest::newRow("an area left out")
        << u"code,continues\n1,1\n"_s
        << u"Area 2 (Cải cách thể chế) has no row: give the area of the previous year it continues, or an empty continues for a new area."_s;
}

void TestCliYears::criteriaMapRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString before = path(u"before.csv"_s);
    QCOMPARE(cli(db({u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, before}))
                 .exitCode,
        0);
    writeText(path(u"bad.csv"_s), file);
    const Run r
        = cli(db({u"criteria"_s, u"map"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"bad.csv"_s)}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    const QString after = path(u"after.csv"_s);
    QCOMPARE(cli(db({u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, after}))
                 .exitCode,
        0);
    QCOMPARE(readText(after), readText(before));
}

void TestCliYears::lineageRoundTrip()
{
    Run r = cli(db({u"units"_s, u"lineage"_s, u"export"_s, path(u"empty.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(readText(path(u"empty.csv"_s)).trimmed(), u"year,unit,unit_name,continues,continues_name"_s);
    // H01 made of H02 and H03 from 2025; the names, when given, must be the units'.
    writeText(path(u"lineage.csv"_s),
        u"year,unit,continues,continues_name\n2025,H01,H02,UBND thị xã Ưng Hòa\n2025,H01,H03,\n"_s);
    r = cli(db({u"units"_s, u"lineage"_s, u"import"_s, path(u"lineage.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(db({u"units"_s, u"lineage"_s, u"export"_s, path(u"out.csv"_s)}));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readText(path(u"out.csv"_s)),
        u"year,unit,unit_name,continues,continues_name\r\n"
        "2025,H01,UBND thành phố Minh Hòa (đô thị loại I trực thuộc tỉnh),H02,UBND thị xã Ưng Hòa\r\n"
        "2025,H01,UBND thành phố Minh Hòa (đô thị loại I trực thuộc tỉnh),H03,UBND huyện Đông Giang\r\n"_s);
    r = cli(db({u"check"_s}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // formats.md's form, a row per new unit: the same record.
    writeText(path(u"list.csv"_s), u"year,code,predecessors,kind\n2025,H01,H02; H03,merge\n"_s);
    r = cli(db({u"units"_s, u"lineage"_s, u"import"_s, path(u"list.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(db({u"units"_s, u"lineage"_s, u"export"_s, path(u"out2.csv"_s)}));
    QCOMPARE(readText(path(u"out2.csv"_s)), readText(path(u"out.csv"_s)));
}

void TestCliYears::lineageRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown unit") << u"year,unit,continues\n2025,H01,H99\n"_s
                                  << u"line 2, column continues: \"H99\" – expected the code of a unit of the file."_s
                                  << 2;
    QTest::newRow("itself") << u"year,unit,continues\n2025,H01,H01\n"_s
                            << u"line 2, column continues: \"H01\" – expected another unit than H01."_s << 2;
    QTest::newRow("no year") << u"year,unit,continues\n,H01,H02\n"_s
                             << u"line 2, column year: \"\" – expected the first year of the new unit"_s << 2;
    QTest::newRow("wrong name") << u"year,unit,unit_name,continues\n2025,H01,Hoằng Hóa,H02\n"_s
                                << u"line 2, column unit_name: \"Hoằng Hóa\" – expected"_s << 2;
    QTest::newRow("misspelt column") << u"year,unit,continue\n2025,H01,H02\n"_s << u"continues"_s << 2;
    QTest::newRow("circle") << u"year,unit,continues\n2025,H01,H02\n2025,H02,H01\n"_s
                            << u"The units continue each other in a circle: H01 continues H02 continues H01."_s << 2;
    QTest::newRow("merge of one") << u"year,code,predecessors,kind\n2025,H01,H02,merge\n"_s
                                  << u"line 2, column kind: \"merge\" – a merge continues two units or more"_s << 2;
    QTest::newRow("unknown kind") << u"year,code,predecessors,kind\n2025,H01,H02;H03,merger\n"_s
                                  << u"line 2, column kind: \"merger\" – expected merge, split or rename."_s << 2;
    QTest::newRow("a rename into two units")
        << u"year,code,predecessors,kind\n2025,H01,H02,rename\n2025,H04,H02,rename\n"_s
        << u"H02 continues into several units in 2025: that is a split."_s << 2;
    QTest::newRow("kind column missing") << u"year,code,predecessors\n2025,H01,H02;H03\n"_s << u"kind"_s << 2;
    QTest::newRow("a verb missing") << QString() << u"Use: units lineage import|export FILE"_s << 1;
}

void TestCliYears::lineageRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(int, exitCode);
    writeText(path(u"before.csv"_s), u"year,unit,continues\n2025,H01,H02\n"_s);
    QCOMPARE(cli(db({u"units"_s, u"lineage"_s, u"import"_s, path(u"before.csv"_s)})).exitCode, 0);
    writeText(path(u"bad.csv"_s), file);
    const Run r = file.isEmpty() ? cli(db({u"units"_s, u"lineage"_s, path(u"bad.csv"_s)}))
                                 : cli(db({u"units"_s, u"lineage"_s, u"import"_s, path(u"bad.csv"_s)}));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(cli(db({u"units"_s, u"lineage"_s, u"export"_s, path(u"after.csv"_s)})).exitCode, 0);
    QVERIFY(readText(path(u"after.csv"_s)).contains(u"2025,H01,"_s));
    QCOMPARE(readText(path(u"after.csv"_s)).count(u'\n'), 2);
}

namespace {
QJsonObject explainJson(const QStringList &args)
{
    const Run r = cli(args);
    if (r.exitCode != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// The contributions in hundredths, as the JSON numbers say them.
qint64 hundredths(const QJsonValue &v)
{
    return qRound64(v.toDouble() * 100);
}
} // namespace

void TestCliYears::explainAddsUp()
{
    // H05 in 2024 against 2023 (the demo): every area continues its namesake; the contributions, rounded by largest
    // remainder, add up to the change of the published indices exactly.
    const QJsonObject o = explainJson(db({u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"H05"_s, u"--year"_s,
        u"2024"_s, u"--format"_s, u"json"_s}));
    QCOMPARE(o.value(u"from"_s).toInt(), 2023);
    QCOMPARE(
        hundredths(o.value(u"change"_s)), hundredths(o.value(u"index"_s)) - hundredths(o.value(u"previous_index"_s)));
    qint64 sum = 0;
    for (const QJsonValue &a : o.value(u"areas"_s).toArray()) {
        QCOMPARE(a.toObject().value(u"status"_s).toString(), u"continued"_s);
        sum += hundredths(a.toObject().value(u"contribution"_s));
    }
    QCOMPARE(o.value(u"areas"_s).toArray().size(), 8);
    QCOMPARE(sum, hundredths(o.value(u"change"_s)));
    QCOMPARE(o.value(u"rounding"_s).toString(), u"largest_remainder"_s);
    // The text names areas, not codes, and says the rank.
    const Run text = cli(db({u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"H05"_s, u"--year"_s, u"2024"_s}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"(10/10)"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Cải cách thể chế"_s));
}

void TestCliYears::explainAfterAMerger()
{
    // 2024's area 2 is made of 2023's areas 2 and 3; 2024's area 3 is new: area 2 is compared with their sum.
    Run r = cli(db(
        {u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"map.csv"_s)}));
    QCOMPARE(r.exitCode, 0);
    QStringList lines;
    for (const QString &line : readText(path(u"map.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        if (line.startsWith(u"2,"_s))
            lines << u"2,,2,"_s << u"2,,3,"_s;
        else if (line.startsWith(u"3,"_s))
            lines << u"3,,,"_s;
        else
            lines << line;
    }
    writeText(path(u"merged.csv"_s), lines.join(u"\r\n"_s) + u"\r\n"_s);
    r = cli(db({u"criteria"_s, u"map"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"merged.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = explainJson(db({u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"H05"_s, u"--year"_s,
        u"2024"_s, u"--format"_s, u"json"_s}));
    QHash<QString, QJsonObject> areas;
    qint64 sum = 0;
    for (const QJsonValue &a : o.value(u"areas"_s).toArray()) {
        areas.insert(a.toObject().value(u"code"_s).toString(), a.toObject());
        sum += hundredths(a.toObject().value(u"contribution"_s));
    }
    QCOMPARE(areas.value(u"2"_s).value(u"previous_code"_s).toString(), u"2 + 3"_s);
    QCOMPARE(
        areas.value(u"2"_s).value(u"previous_title"_s).toString(), u"Cải cách thể chế + Cải cách thủ tục hành chính"_s);
    QCOMPARE(areas.value(u"3"_s).value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(areas.size(), 8);
    QCOMPARE(sum, hundredths(o.value(u"change"_s)));
}

void TestCliYears::explainRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base = {u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--year"_s, u"2024"_s};
    QTest::newRow("no unit") << base << 1 << u"explain needs --unit"_s;
    QTest::newRow("from after year") << base + QStringList {u"--unit"_s, u"H05"_s, u"--from"_s, u"2025"_s} << 1
                                     << u"--from takes a year before --year (2024)."_s;
    QTest::newRow("bad format") << base + QStringList {u"--unit"_s, u"H05"_s, u"--format"_s, u"csv"_s} << 1
                                << u"--format takes text or json."_s;
    QTest::newRow("unknown unit") << base + QStringList {u"--unit"_s, u"H99"_s} << 2
                                  << u"Unit H99 is not listed in the 2024 ranking of group HUYEN."_s;
    QTest::newRow("first year") << QStringList {u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--year"_s, u"2021"_s,
        u"--unit"_s,
        u"H05"_s} << 2 << u"2021 is the first year of group HUYEN: there is no earlier year to compare with."_s;
    QTest::newRow("option of another command") << base + QStringList {u"--unit"_s, u"H05"_s, u"--units"_s, u"H01"_s}
                                               << 1 << u"explain does not take the option --units"_s;
}

void TestCliYears::explainRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = cli(db(args));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliYears::remap(const QHash<QString, QStringList> &areas)
{
    Run r = cli(db(
        {u"criteria"_s, u"map"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"map.csv"_s)}));
    QCOMPARE(r.exitCode, 0);
    QStringList lines;
    for (const QString &line : readText(path(u"map.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts)) {
        const QString code = line.section(u',', 0, 0);
        lines << (areas.contains(code) ? areas.value(code) : QStringList {line});
    }
    writeText(path(u"remapped.csv"_s), lines.join(u"\r\n"_s) + u"\r\n"_s);
    r = cli(db({u"criteria"_s, u"map"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"remapped.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliYears::explainSplitAreaRefused()
{
    // 2023's area 2 is split between 2024's areas 2 and 3: no contribution of its own, refused, naming the areas.
    remap({{u"2"_s, {u"2,,2,"_s}}, {u"3"_s, {u"3,,2,"_s}}});
    const Run r = cli(db({u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"H05"_s, u"--year"_s, u"2024"_s}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Area 2 of 2023 is split between areas 2, 3 of 2024"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliYears::areaProfileFollowsTheMap()
{
    // 2024's area 2 continues 2023's area 3, area 3 is new: the profile is drawn with nothing to say about links.
    remap({{u"2"_s, {u"2,,3,"_s}}, {u"3"_s, {u"3,,,"_s}}});
    const QStringList chart {u"chart"_s, u"areas"_s, u"--group"_s, u"HUYEN"_s, u"--year"_s, u"2024"_s, u"--units"_s,
        u"H05"_s, u"--out"_s, path(u"areas.png"_s)};
    Run r = cli(db(chart));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path(u"areas.png"_s)));
    QVERIFY2(!r.err.contains(u"not compared"_s), qPrintable(r.err));

    // 2024's area 4 under a new title is another area: its link to 2023 is gone, the others are kept. The profile
    // says it does not compare it and how to record its link.
    r = cli(db({u"criteria"_s, u"export"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"tree.csv"_s)}));
    QCOMPARE(r.exitCode, 0);
    const QString tree = readText(path(u"tree.csv"_s));
    QVERIFY(tree.contains(u"\r\n4,Cải cách tổ chức bộ máy hành chính,"_s));
    writeText(path(u"retitled.csv"_s),
        QString(tree).replace(u"\r\n4,Cải cách tổ chức bộ máy hành chính,"_s, u"\r\n4,Tổ chức bộ máy,"_s));
    r = cli(
        db({u"criteria"_s, u"import"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, path(u"retitled.csv"_s)}));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(db(chart));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Areas 4 of 2024 are not compared with 2023: what they continue is not recorded."_s),
        qPrintable(r.err));
    QVERIFY(r.err.contains(u"parindex-cli criteria map --year 2024 --group HUYEN"_s));
    // explain refuses the same years, naming the area whose link is missing.
    r = cli(db({u"explain"_s, u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"H05"_s, u"--year"_s, u"2024"_s}));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"2024: area 4 (Tổ chức bộ máy)"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliYears)
#include "tst_cli_years.moc"
