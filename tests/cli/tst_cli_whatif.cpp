// `whatif` and `impact` as a user runs them: a small group whose numbers are checked by hand, the demo's real
// criteria giving back its ranking, a correction's impact on a final period, and bad input refused, named, with the
// database unchanged.
#include "common/clirun.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace parindex::clirun;

namespace {
const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s};

// Four districts under two areas: 1 (60 points, one score leaf) and 2 (40 points, one rate leaf, linear); the
// total is 100, so the index is the points (the same group as tests/scoring/tst_whatif.cpp):
//   A  1.1 = 60, 2.1 =  75 %: 60 + 30 = 90.00  rank 1  excellent
//   B  1.1 = 48, 2.1 = 100 %: 48 + 40 = 88.00  rank 2  good
//   C  1.1 = 42, 2.1 =  50 %: 42 + 20 = 62.00  rank 3  average
//   D  1.1 = 30, 2.1 missing: incomplete
const QByteArray realCriteria = "code,title,max_points,kind,rule\n"
                                "1,Chỉ đạo điều hành,60,group,\n"
                                "1.1,Kế hoạch,60,score,\n"
                                "2,Chính quyền số,40,group,\n"
                                "2.1,Tỷ lệ hồ sơ trực tuyến,40,rate,linear\n";
// 50/50: A 60 x 50/60 = 50 + 75 % x 50 = 37.5 -> 87.50; B 40 + 50 = 90.00; C 35 + 25 = 60.00.
const QByteArray halfAndHalf = "code,title,max_points,kind,rule\n"
                               "1,Chỉ đạo điều hành,50,group,\n"
                               "1.1,Kế hoạch,50,score,\n"
                               "2,Chính quyền số,50,group,\n"
                               "2.1,Tỷ lệ hồ sơ trực tuyến,50,rate,linear\n";

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray digestOf(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256);
}

// CSV lines without the byte order mark and CR.
QStringList csvLines(const QString &out)
{
    QString text = out;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.remove(u'\r');
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// A JSON value to compare: null and absent alike.
QVariant plain(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() ? QVariant() : v.toVariant();
}

QJsonObject byCode(const QJsonArray &units, const QString &code)
{
    for (const QJsonValue &u : units) {
        if (u[u"code"_s].toString() == code)
            return u.toObject();
    }
    return {};
}
} // namespace

class TestCliWhatIf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void whatifCsv();
    void whatifJson();
    void realCriteriaGiveTheRanking_data();
    void realCriteriaGiveTheRanking();
    void impactText();
    void impactJsonOnAFinalPeriod();
    void refusals_data();
    void refusals();
    void bandsFile();
    void bandsRefusals_data();
    void bandsRefusals();
    void savedScenarios();
    void saveRefusals_data();
    void saveRefusals();

private:
    Run run(const QString &db, const QStringList &args)
    {
        return cli(QStringList {u"--lang"_s, u"en"_s, u"--db"_s, db} + args);
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
    QString m_small;
    QString m_demo;
};

void TestCliWhatIf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_small = m_dir.filePath(u"small.parindex"_s);
    const auto must = [&](const QStringList &args) {
        const Run r = run(m_small, args);
        if (r.exitCode != 0)
            qWarning("%s: %s", qPrintable(args.join(u' ')), qPrintable(r.err));
        return r.exitCode == 0;
    };
    QVERIFY(must({u"init"_s}));
    QVERIFY(must({u"units"_s, u"import"_s,
        write(u"units.csv"_s,
            "code,name,group\nA,Ân Thi,HUYEN\nB,Bình Lục,HUYEN\nC,Cẩm Giàng,HUYEN\nD,Đông Sơn,HUYEN\n")}));
    QVERIFY(must(QStringList {u"period"_s, u"add"_s} + period));
    QVERIFY(must(QStringList {u"criteria"_s, u"import"_s} + period + QStringList {write(u"real.csv"_s, realCriteria)}));
    QVERIFY(must(QStringList {u"scores"_s, u"import"_s} + period
        + QStringList {write(u"scores.csv"_s,
            "unit_code,criterion_code,self,appraised,note\n"
            "A,1.1,,60,\nA,2.1,,75,\nB,1.1,,48,\nB,2.1,,100,\nC,1.1,,42,\nC,2.1,,50,\nD,1.1,,30,\n")}));

    m_demo = m_dir.filePath(u"demo.parindex"_s);
    const Run demo = run(m_demo, {u"init"_s, u"--demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCliWhatIf::whatifCsv()
{
    const QByteArray before = digestOf(m_small);
    const QString scenario = write(u"half.csv"_s, halfAndHalf);
    const Run r = run(m_small, QStringList {u"whatif"_s, u"--criteria"_s, scenario} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(csvLines(r.out),
        (QStringList {u"code,name,index,rank,class,status,whatif_index,whatif_rank,whatif_class,whatif_status,"
                      "whatif_rank_change,class_changed"_s,
            u"A,Ân Thi,90.00,1,excellent,ranked,87.50,2,good,ranked,-1,1"_s,
            u"B,Bình Lục,88.00,2,good,ranked,90.00,1,excellent,ranked,1,1"_s,
            u"C,Cẩm Giàng,62.00,3,average,ranked,60.00,3,average,ranked,0,0"_s,
            u"D,Đông Sơn,,,,incomplete,,,,incomplete,,0"_s}));
    // --out writes the same bytes; the database is not touched.
    const QString out = m_dir.filePath(u"whatif.csv"_s);
    const Run toFile = run(m_small, QStringList {u"whatif"_s, u"--criteria"_s, scenario, u"--out"_s, out} + period);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QCOMPARE(QString::fromUtf8(bytesOf(out)), r.out);
    QCOMPARE(digestOf(m_small), before);
}

void TestCliWhatIf::whatifJson()
{
    const Run r = run(m_small,
        QStringList {u"whatif"_s, u"--criteria"_s, write(u"half.csv"_s, halfAndHalf), u"--format"_s, u"json"_s}
            + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root[u"year"_s].toInt(), 2024);
    QCOMPARE(root[u"group"_s].toString(), u"HUYEN"_s);
    QCOMPARE(root[u"scenario"_s].toString(), u"half"_s);
    QCOMPARE(root[u"total_max"_s].toDouble(), 100.0);
    QCOMPARE(root[u"whatif_total_max"_s].toDouble(), 100.0);
    const QJsonArray units = root[u"units"_s].toArray();
    QCOMPARE(units.size(), 4);
    const QJsonObject a = units[0].toObject();
    QCOMPARE(a[u"code"_s].toString(), u"A"_s);
    QCOMPARE(a[u"name"_s].toString(), u"Ân Thi"_s);
    QCOMPARE(a[u"index"_s].toDouble(), 90.0);
    QCOMPARE(a[u"rank"_s].toInt(), 1);
    QCOMPARE(a[u"class"_s].toString(), u"excellent"_s);
    QCOMPARE(a[u"whatif_index"_s].toDouble(), 87.5);
    QCOMPARE(a[u"whatif_rank"_s].toInt(), 2);
    QCOMPARE(a[u"whatif_class"_s].toString(), u"good"_s);
    QCOMPARE(a[u"whatif_rank_change"_s].toInt(), -1);
    QCOMPARE(a[u"class_changed"_s].toBool(), true);
    const QJsonObject d = byCode(units, u"D"_s);
    QVERIFY(d[u"index"_s].isNull() && d[u"rank"_s].isNull() && d[u"whatif_index"_s].isNull()
        && d[u"whatif_rank_change"_s].isNull());
    QCOMPARE(d[u"status"_s].toString(), u"incomplete"_s);
}

void TestCliWhatIf::realCriteriaGiveTheRanking_data()
{
    QTest::addColumn<QString>("year");
    QTest::addColumn<QString>("group");
    // A final year (what it published) and the year in progress, of each demo group.
    QTest::newRow("2023 SO") << u"2023"_s << u"SO"_s;
    QTest::newRow("2024 HUYEN") << u"2024"_s << u"HUYEN"_s;
    QTest::newRow("2024 SO") << u"2024"_s << u"SO"_s;
}

// The period's own criteria, exported and given back as a scenario: every unit's index, rank and class as `rank`
// gives them, on both sides, for the demo's units (ties, incomplete units and all).
void TestCliWhatIf::realCriteriaGiveTheRanking()
{
    QFETCH(QString, year);
    QFETCH(QString, group);
    const QStringList which = {u"--year"_s, year, u"--group"_s, group};
    const QString criteria = m_dir.filePath(u"criteria-%1-%2.csv"_s.arg(year, group));
    const Run exported = run(m_demo, QStringList {u"criteria"_s, u"export"_s} + which + QStringList {criteria});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const Run rank = run(m_demo, QStringList {u"rank"_s, u"--format"_s, u"json"_s} + which);
    QVERIFY2(rank.exitCode == 0, qPrintable(rank.err));
    const Run whatif
        = run(m_demo, QStringList {u"whatif"_s, u"--criteria"_s, criteria, u"--format"_s, u"json"_s} + which);
    QVERIFY2(whatif.exitCode == 0, qPrintable(whatif.err));
    const QJsonObject ranking = QJsonDocument::fromJson(rank.out.toUtf8()).object();
    const QJsonArray units = QJsonDocument::fromJson(whatif.out.toUtf8()).object()[u"units"_s].toArray();
    qsizetype listed = 0;
    for (const QString &list : {u"units"_s, u"unranked"_s, u"incomplete"_s}) {
        for (const QJsonValue &expected : ranking[list].toArray()) {
            const QJsonObject row = byCode(units, expected[u"code"_s].toString());
            QVERIFY2(!row.isEmpty(), qPrintable(expected[u"code"_s].toString()));
            for (const QString &key : {u"index"_s, u"rank"_s, u"class"_s, u"status"_s}) {
                QCOMPARE(plain(row[key]), plain(expected[key]));
                QCOMPARE(plain(row[u"whatif_"_s + key]), plain(expected[key]));
            }
            QCOMPARE(row[u"class_changed"_s].toBool(), false);
            ++listed;
        }
    }
    QVERIFY(listed >= 10);
    QCOMPARE(units.size(), listed);
}

void TestCliWhatIf::impactText()
{
    // C 1.1 42 -> 60: 60 + 20 = 80.00, good instead of average; still third.
    Run r = run(m_small,
        QStringList {u"impact"_s, u"--unit"_s, u"C"_s, u"--criterion"_s, u"1.1"_s, u"--value"_s, u"60"_s} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out,
        u"2024/HUYEN, unit C, criterion 1.1: 60 instead of 42 (nothing is changed in the file).\n"
        "C Cẩm Giàng: now index 62.00, rank 3, Average; after the correction index 80.00, rank 3, Good.\n"
        "Units whose rank or class would change (1):\n"
        "  C  Cẩm Giàng: class Average → Good\n"_s);
    // A 2.1 75 % -> 40 %: 60 + 16 = 76.00, fair, below B's 88.00; in Vietnamese.
    r = cli(QStringList {u"--lang"_s, u"vi"_s, u"--db"_s, m_small, u"impact"_s, u"--unit"_s, u"A"_s, u"--criterion"_s,
                u"2.1"_s, u"--value"_s, u"40"_s}
        + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"76,00"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"  B  Bình Lục:"_s), qPrintable(r.out));
    // Nothing that changes a rank or a class.
    r = run(m_small,
        QStringList {u"impact"_s, u"--unit"_s, u"B"_s, u"--criterion"_s, u"1.1"_s, u"--value"_s, u"48.5"_s} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.endsWith(u"No unit's rank or class would change.\n"_s), qPrintable(r.out));
}

// A final period: the impact of a correction before it is reopened; nothing in the file changes.
void TestCliWhatIf::impactJsonOnAFinalPeriod()
{
    const QString db = m_dir.filePath(u"final.parindex"_s);
    QCOMPARE(run(m_small, {u"backup"_s, u"--out"_s, db}).exitCode, 0);
    const Run finalised = run(db,
        QStringList {u"finalize"_s, u"--number"_s, u"12/QĐ-UBND"_s, u"--date"_s, u"2025-02-01"_s, u"--force"_s}
            + period);
    QVERIFY2(finalised.exitCode == 0, qPrintable(finalised.err));
    const QByteArray before = digestOf(db);
    // D's missing 2.1 entered as 100 %: 30 + 40 = 70.00, fair, third; C falls to fourth.
    const Run r = run(db,
        QStringList {u"impact"_s, u"--unit"_s, u"D"_s, u"--criterion"_s, u"2.1"_s, u"--value"_s, u"100"_s,
            u"--format"_s, u"json"_s}
            + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(digestOf(db), before);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(root[u"unit"_s].toString(), u"D"_s);
    QCOMPARE(root[u"criterion"_s].toString(), u"2.1"_s);
    QCOMPARE(root[u"value"_s].toDouble(), 100.0);
    QVERIFY(root[u"previous_value"_s].isNull());
    QCOMPARE(root[u"corrected"_s][u"whatif_index"_s].toDouble(), 70.0);
    const QJsonArray units = root[u"units"_s].toArray();
    QCOMPARE(units.size(), 2);
    QCOMPARE(units[0][u"code"_s].toString(), u"C"_s);
    QCOMPARE(units[0][u"rank"_s].toInt(), 3);
    QCOMPARE(units[0][u"whatif_rank"_s].toInt(), 4);
    QCOMPARE(units[0][u"whatif_rank_change"_s].toInt(), -1);
    QCOMPARE(units[1][u"code"_s].toString(), u"D"_s);
    QVERIFY(units[1][u"rank"_s].isNull());
    QCOMPARE(units[1][u"whatif_rank"_s].toInt(), 3);
    QCOMPARE(units[1][u"whatif_class"_s].toString(), u"fair"_s);
    // Not applicable: C's 20 of 40 = 50.00, average, third: nothing changes.
    const Run na = run(db,
        QStringList {u"impact"_s, u"--unit"_s, u"C"_s, u"--criterion"_s, u"1.1"_s, u"--value"_s, u"na"_s, u"--format"_s,
            u"json"_s}
            + period);
    QVERIFY2(na.exitCode == 0, qPrintable(na.err));
    const QJsonObject naRoot = QJsonDocument::fromJson(na.out.toUtf8()).object();
    QCOMPARE(naRoot[u"value"_s].toString(), u"na"_s);
    QCOMPARE(naRoot[u"previous_value"_s].toDouble(), 42.0);
    QCOMPARE(naRoot[u"corrected"_s][u"whatif_index"_s].toDouble(), 50.0);
    QVERIFY(naRoot[u"units"_s].toArray().isEmpty());
    QCOMPARE(digestOf(db), before);
}

void TestCliWhatIf::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("file"); // written as the --criteria file when not empty
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("fragments");
    const QStringList impact = QStringList {u"impact"_s} + period;
    const QStringList whatif = QStringList {u"whatif"_s} + period;
    const QStringList onC = {u"--unit"_s, u"C"_s, u"--criterion"_s, u"1.1"_s};

    QTest::newRow("whatif without --criteria") << whatif << QByteArray() << 1 << QStringList {u"--criteria"_s};
    QTest::newRow("whatif --bands missing") << whatif + QStringList {u"--bands"_s, u"/nonexistent/b.csv"_s}
                                            << realCriteria << 3 << QStringList {u"b.csv"_s};
    QTest::newRow("whatif --scenario with --criteria")
        << whatif + QStringList {u"--scenario"_s, u"x"_s} << realCriteria << 1 << QStringList {u"either --scenario"_s};
    QTest::newRow("whatif unknown --scenario")
        << whatif + QStringList {u"--scenario"_s, u"Không có"_s} << QByteArray() << 2
        << QStringList {u"2024/HUYEN has no saved scenario"_s, u"Không có"_s};
    QTest::newRow("whatif --save without files") << whatif + QStringList {u"--save"_s, u"x"_s} << QByteArray() << 1
                                                 << QStringList {u"--save keeps the scenario of"_s};
    QTest::newRow("whatif --replace without --save")
        << whatif + QStringList {u"--replace"_s} << realCriteria << 1 << QStringList {u"--replace goes with --save"_s};
    QTest::newRow("whatif --save empty") << whatif + QStringList {u"--save="_s} << realCriteria << 1
                                         << QStringList {u"--save needs a value"_s};
    QTest::newRow("whatif --save two lines") << whatif + QStringList {u"--save"_s, u"a\nb"_s} << realCriteria << 1
                                             << QStringList {u"cannot be the name of a scenario"_s};
    QTest::newRow("impact --bands") << impact + onC + QStringList {u"--value"_s, u"1"_s, u"--bands"_s, u"x"_s}
                                    << QByteArray() << 1 << QStringList {u"impact does not take the option --bands"_s};
    QTest::newRow("whatif --format xml") << whatif + QStringList {u"--format"_s, u"xml"_s} << realCriteria << 1
                                         << QStringList {u"--format takes csv or json"_s};
    QTest::newRow("whatif without --year")
        << QStringList {u"whatif"_s, u"--group"_s, u"HUYEN"_s} << realCriteria << 1 << QStringList {u"--year"_s};
    QTest::newRow("impact without --value") << impact + onC << QByteArray() << 1 << QStringList {u"--value"_s};
    QTest::newRow("impact without --unit") << impact + QStringList {u"--criterion"_s, u"1.1"_s, u"--value"_s, u"1"_s}
                                           << QByteArray() << 1 << QStringList {u"--unit"_s};
    QTest::newRow("impact value not a number") << impact + onC + QStringList {u"--value"_s, u"nhiều"_s} << QByteArray()
                                               << 1 << QStringList {u"--value takes a number"_s};
    QTest::newRow("impact --criteria") << impact + onC + QStringList {u"--value"_s, u"1"_s, u"--criteria"_s, u"x"_s}
                                       << QByteArray() << 1
                                       << QStringList {u"impact does not take the option --criteria"_s};
    QTest::newRow("impact unknown unit") << impact
            + QStringList {u"--unit"_s, u"X"_s, u"--criterion"_s, u"1.1"_s, u"--value"_s, u"1"_s}
                                         << QByteArray() << 2
                                         << QStringList {u"Unit X does not take part in 2024/HUYEN"_s};
    QTest::newRow("impact unknown criterion")
        << impact + QStringList {u"--unit"_s, u"C"_s, u"--criterion"_s, u"3.1"_s, u"--value"_s, u"1"_s} << QByteArray()
        << 2 << QStringList {u"2024/HUYEN has no criterion 3.1"_s};
    QTest::newRow("impact a group") << impact
            + QStringList {u"--unit"_s, u"C"_s, u"--criterion"_s, u"2"_s, u"--value"_s, u"1"_s}
                                    << QByteArray() << 2 << QStringList {u"Criterion 2 of 2024/HUYEN is a group"_s};
    QTest::newRow("impact value out of range")
        << impact + onC + QStringList {u"--value"_s, u"61"_s} << QByteArray() << 2
        << QStringList {u"The value 61 is out of range for criterion 1.1: "
                        "points from 0 to 60"_s};
    QTest::newRow("impact rate out of range")
        << impact + QStringList {u"--unit"_s, u"C"_s, u"--criterion"_s, u"2.1"_s, u"--value"_s, u"100.5"_s}
        << QByteArray() << 2 << QStringList {u"a rate in percent from 0 to 100"_s};
    QTest::newRow("impact unknown period")
        << QStringList {u"impact"_s, u"--year"_s, u"2030"_s, u"--group"_s, u"HUYEN"_s} + onC
            + QStringList {u"--value"_s, u"1"_s}
        << QByteArray() << 2 << QStringList {u"2030"_s};
    QTest::newRow("bad cell in the criteria file")
        << whatif
        << QByteArray("code,title,max_points,kind,rule\n1,A,60,group,\n1.1,B,sáu mươi,score,\n2,C,40,group,\n"
                      "2.1,D,40,rate,linear\n")
        << 2 << QStringList {u"scenario.csv"_s, u"line 3"_s, u"max_points"_s, u"sáu mươi"_s};
    QTest::newRow("criteria file missing a leaf")
        << whatif << QByteArray("code,title,max_points,kind,rule\n1,A,60,group,\n1.1,B,60,score,\n2,C,40,group,\n") << 2
        << QStringList {u"scenario.csv"_s, u"criterion 2.1 of the period is missing"_s};
    QTest::newRow("criteria file with an extra criterion")
        << whatif
        << QByteArray("code,title,max_points,kind,rule\n1,A,60,group,\n1.1,B,50,score,\n1.2,E,10,score,\n"
                      "2,C,40,group,\n2.1,D,40,rate,linear\n")
        << 2 << QStringList {u"scenario.csv"_s, u"line 4"_s, u"column code"_s, u"criterion 1.2 is not a criterion"_s};
    QTest::newRow("criteria file with a kind changed")
        << whatif
        << QByteArray("code,title,max_points,kind,rule\n1,A,60,group,\n1.1,B,60,survey,\n2,C,40,group,\n"
                      "2.1,D,40,rate,linear\n")
        << 2 << QStringList {u"scenario.csv"_s, u"line 3"_s, u"column kind"_s, u"score in the period and survey"_s};
    QTest::newRow("criteria file with an unknown column")
        << whatif << QByteArray("code,title,max_points,kind,rule,weight\n1,A,60,group,,\n") << 2
        << QStringList {u"scenario.csv"_s, u"weight"_s};
    QTest::newRow("criteria file that does not exist")
        << whatif + QStringList {u"--criteria"_s, u"/nonexistent/scenario.csv"_s} << QByteArray() << 3
        << QStringList {u"scenario.csv"_s};
}

void TestCliWhatIf::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, file);
    QFETCH(int, exitCode);
    QFETCH(QStringList, fragments);
    if (!file.isEmpty())
        args += QStringList {u"--criteria"_s, write(u"scenario.csv"_s, file)};
    const QByteArray before = digestOf(m_small);
    const Run r = run(m_small, args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    for (const QString &fragment : fragments)
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QCOMPARE(digestOf(m_small), before);
}

// Bands without Fair whose Good starts at 62 (bands.csv, any order of rows): C's 62.00 becomes good, nothing moves.
void TestCliWhatIf::bandsFile()
{
    const QByteArray before = digestOf(m_small);
    const QString bands = write(u"tot-tu-62.csv"_s, "class,min_index\nweak,0\ngood,62\nexcellent,90\naverage,50\n");
    const Run r = run(m_small, QStringList {u"whatif"_s, u"--bands"_s, bands} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(csvLines(r.out).mid(1),
        (QStringList {u"A,Ân Thi,90.00,1,excellent,ranked,90.00,1,excellent,ranked,0,0"_s,
            u"B,Bình Lục,88.00,2,good,ranked,88.00,2,good,ranked,0,0"_s,
            u"C,Cẩm Giàng,62.00,3,average,ranked,62.00,3,good,ranked,0,1"_s,
            u"D,Đông Sơn,,,,incomplete,,,,incomplete,,0"_s}));
    // With criteria 50/50 as well: A 87.50 good, B 90.00 excellent, C 60.00 average (below 62).
    const Run both = run(m_small,
        QStringList {u"whatif"_s, u"--bands"_s, bands, u"--criteria"_s, write(u"half.csv"_s, halfAndHalf),
            u"--format"_s, u"json"_s}
            + period);
    QVERIFY2(both.exitCode == 0, qPrintable(both.err));
    const QJsonObject root = QJsonDocument::fromJson(both.out.toUtf8()).object();
    QCOMPARE(root[u"scenario"_s].toString(), u"half"_s);
    const QJsonArray units = root[u"units"_s].toArray();
    QCOMPARE(byCode(units, u"C"_s)[u"whatif_class"_s].toString(), u"average"_s);
    QCOMPARE(byCode(units, u"B"_s)[u"whatif_class"_s].toString(), u"excellent"_s);
    QCOMPARE(digestOf(m_small), before);
}

void TestCliWhatIf::bandsRefusals_data()
{
    QTest::addColumn<QByteArray>("bands");
    QTest::addColumn<QStringList>("fragments");
    QTest::newRow("unknown class") << QByteArray("class,min_index\nexcellent,90\nbest,95\nweak,0\n")
                                   << QStringList {u"bands.csv"_s, u"line 3"_s, u"class"_s, u"best"_s};
    QTest::newRow("not a number") << QByteArray("class,min_index\nexcellent,chín mươi\nweak,0\n")
                                  << QStringList {u"bands.csv"_s, u"line 2"_s, u"min_index"_s, u"chín mươi"_s};
    QTest::newRow("above 100") << QByteArray("class,min_index\nexcellent,101\nweak,0\n")
                               << QStringList {u"line 2"_s, u"min_index"_s, u"101"_s};
    QTest::newRow("a class twice") << QByteArray("class,min_index\nexcellent,90\nexcellent,85\nweak,0\n")
                                   << QStringList {u"line 3"_s, u"Line 2 gives the class excellent already"_s};
    QTest::newRow("out of order") << QByteArray("class,min_index\nexcellent,70\ngood,80\nweak,0\n")
                                  << QStringList {u"bands.csv"_s, u"must start below"_s};
    QTest::newRow("no class from 0") << QByteArray("class,min_index\nexcellent,90\ngood,50\n")
                                     << QStringList {u"bands.csv"_s, u"must start at 0"_s};
    QTest::newRow("unknown column") << QByteArray("class,min_index,max_index\nweak,0,100\n")
                                    << QStringList {u"bands.csv"_s, u"max_index"_s};
    QTest::newRow("no column min_index") << QByteArray("class\nweak\n") << QStringList {u"min_index"_s};
    QTest::newRow("no row") << QByteArray("class,min_index\n") << QStringList {u"bands.csv"_s, u"no class"_s};
}

// A bad bands file: exit 2, its file, line and column named, nothing written, no output.
void TestCliWhatIf::bandsRefusals()
{
    QFETCH(QByteArray, bands);
    QFETCH(QStringList, fragments);
    const QByteArray before = digestOf(m_small);
    const Run r = run(m_small, QStringList {u"whatif"_s, u"--bands"_s, write(u"bands.csv"_s, bands)} + period);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    for (const QString &fragment : fragments)
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QCOMPARE(digestOf(m_small), before);
}

// --save keeps the scenario (criteria and bands) in the file, final periods too; --scenario runs it again and gives
// the same comparison; the period itself is not changed (its ranking is as before).
void TestCliWhatIf::savedScenarios()
{
    const QString db = m_dir.filePath(u"saved.parindex"_s);
    QFile::remove(db);
    QCOMPARE(run(m_small, {u"backup"_s, u"--out"_s, db}).exitCode, 0);
    const Run finalised = run(db,
        QStringList {u"finalize"_s, u"--number"_s, u"12/QĐ-UBND"_s, u"--date"_s, u"2025-02-01"_s, u"--force"_s}
            + period);
    QVERIFY2(finalised.exitCode == 0, qPrintable(finalised.err));
    const Run rankBefore = run(db, QStringList {u"rank"_s, u"--format"_s, u"json"_s} + period);
    const QString bands = write(u"tot-tu-62.csv"_s, "class,min_index\nexcellent,90\ngood,62\naverage,50\nweak,0\n");
    const QStringList fromFiles
        = {u"whatif"_s, u"--criteria"_s, write(u"half.csv"_s, halfAndHalf), u"--bands"_s, bands};
    const Run saved = run(db, fromFiles + period + QStringList {u"--save"_s, u"Nửa nửa"_s});
    QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
    QVERIFY2(saved.err.contains(u"The scenario “Nửa nửa” of 2024/HUYEN was saved"_s), qPrintable(saved.err));
    const Run again = run(db, QStringList {u"whatif"_s, u"--scenario"_s, u"Nửa nửa"_s} + period);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.out, saved.out);
    QCOMPARE(csvLines(again.out).value(1), u"A,Ân Thi,90.00,1,excellent,ranked,87.50,2,good,ranked,-1,1"_s);
    const Run json
        = run(db, QStringList {u"whatif"_s, u"--scenario"_s, u"Nửa nửa"_s, u"--format"_s, u"json"_s} + period);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object()[u"scenario"_s].toString(), u"Nửa nửa"_s);

    // The same name again: refused without --replace (nothing written), replaced with it.
    const QByteArray before = digestOf(db);
    const Run twice
        = run(db, QStringList {u"whatif"_s, u"--bands"_s, bands} + period + QStringList {u"--save"_s, u"Nửa nửa"_s});
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.out.isEmpty(), qPrintable(twice.out));
    QVERIFY2(twice.err.contains(u"already has a scenario named “Nửa nửa”"_s) && twice.err.contains(u"--replace"_s),
        qPrintable(twice.err));
    QCOMPARE(digestOf(db), before);
    const Run replaced = run(db,
        QStringList {u"whatif"_s, u"--bands"_s, bands} + period
            + QStringList {u"--save"_s, u"Nửa nửa"_s, u"--replace"_s});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    const Run now = run(db, QStringList {u"whatif"_s, u"--scenario"_s, u"Nửa nửa"_s} + period);
    QCOMPARE(csvLines(now.out).value(3), u"C,Cẩm Giàng,62.00,3,average,ranked,62.00,3,good,ranked,0,1"_s);
    // The period's ranking and what it published are as they were.
    QCOMPARE(run(db, QStringList {u"rank"_s, u"--format"_s, u"json"_s} + period).out, rankBefore.out);
    const Run check = run(db, {u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
}

void TestCliWhatIf::saveRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("a name of 101 characters")
        << QStringList {u"--save"_s, QString(101, u'x')} << 1 << u"1 to 100 characters"_s;
    QTest::newRow("a criteria file that does not fit") << QStringList {u"--criteria"_s, u"BAD"_s, u"--save"_s, u"x"_s}
                                                       << 2 << u"criterion 2.1 of the period is missing"_s;
}

// A save refused: nothing written, no output.
void TestCliWhatIf::saveRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, fragment);
    const QString db = m_dir.filePath(u"refused.parindex"_s);
    QFile::remove(db);
    QCOMPARE(run(m_small, {u"backup"_s, u"--out"_s, db}).exitCode, 0);
    // Written once as every file in use is (its journal set up), with a scenario of its own.
    const Run first = run(db,
        QStringList {u"whatif"_s, u"--criteria"_s, write(u"half.csv"_s, halfAndHalf), u"--save"_s, u"Đầu tiên"_s}
            + period);
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QStringList all = QStringList {u"whatif"_s} + period;
    if (!args.contains(u"--criteria"_s))
        all += QStringList {u"--criteria"_s, write(u"half.csv"_s, halfAndHalf)};
    for (const QString &a : args) {
        if (a == u"BAD")
            all.append(write(
                u"bad.csv"_s, "code,title,max_points,kind,rule\n1,A,60,group,\n1.1,B,60,score,\n2,C,40,group,\n"));
        else
            all.append(a);
    }
    const QByteArray before = digestOf(db);
    const Run r = run(db, all);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
    QCOMPARE(digestOf(db), before);
}

QTEST_GUILESS_MAIN(TestCliWhatIf)
#include "tst_cli_whatif.moc"
