// The ranking window's table: ranked units, then units of special status with the reason in the tooltip; a unit
// without an index (every criterion not applicable, or scores missing) is not a row with 0,00 and "Yếu": the tab
// lists it with the reason.
#include "ranking/rankingmodel.h"
#include "ranking/whatifdialog.h"
#include "ranking/whatifmodels.h"

#include "common/fixtures.h"
#include "scoring/ranking.h"

#include "mainwindow.h"
#include "messages.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

class TestRankingModel : public QObject
{
    Q_OBJECT
private slots:
    void unitsWithoutIndexAreNotRows();
    void whatIfModels();
    void whatIfDialog();
};

namespace {
// One survey leaf of 100 points per area; "code:name:a1:a2", '*' before the code for special status.
RankingTable ranking(const QStringList &units)
{
    RankingInput in;
    in.year = 2024;
    in.groupCode = u"XA"_s;
    in.tree = makeTree({u"1|Một|40|survey|"_s, u"2|Hai|60|survey|"_s});
    for (QString u : units) {
        Unit unit;
        unit.ranked = !u.startsWith(u'*');
        if (!unit.ranked)
            u.remove(0, 1);
        const QStringList f = u.split(u':');
        unit.code = f[0];
        unit.name = f[1];
        unit.groupCode = in.groupCode;
        in.units.append(unit);
        QStringList entries;
        if (!f[2].isEmpty())
            entries.append(u"1="_s + f[2]);
        if (!f[3].isEmpty())
            entries.append(u"2="_s + f[3]);
        in.sheets.insert(unit.code, makeSheet(unit.code, entries));
    }
    return computeRanking(in);
}

// Four districts under two areas of 60 and 40 points (tests/scoring/tst_whatif.cpp has the arithmetic):
// A 60 + 75 % of 40 = 90.00, B 48 + 40 = 88.00, C 42 + 20 = 62.00, D incomplete.
RankingInput fourDistricts()
{
    RankingInput in;
    in.year = 2024;
    in.groupCode = u"HUYEN"_s;
    in.tree = makeTree({u"1|Chỉ đạo, điều hành cải cách hành chính|60|group|"_s,
        u"1.1|Kế hoạch cải cách hành chính|60|score|"_s, u"2|Chính quyền điện tử, chính quyền số|40|group|"_s,
        u"2.1|Tỷ lệ hồ sơ trực tuyến toàn trình|40|rate|linear"_s});
    const QList<std::pair<QString, QStringList>> units = {{u"A|UBND huyện Ân Thi"_s, {u"1.1=60"_s, u"2.1=75"_s}},
        {u"B|UBND huyện Bình Lục"_s, {u"1.1=48"_s, u"2.1=100"_s}},
        {u"C|UBND huyện Cẩm Giàng"_s, {u"1.1=42"_s, u"2.1=50"_s}}, {u"D|UBND huyện Đông Sơn"_s, {u"1.1=30"_s}}};
    for (const auto &[unit, entries] : units) {
        Unit u;
        u.code = unit.section(u'|', 0, 0);
        u.name = unit.section(u'|', 1);
        u.groupCode = in.groupCode;
        in.units.append(u);
        in.sheets.insert(u.code, makeSheet(u.code, entries));
    }
    return in;
}

// Maxima 50/50: A 50 + 37.5 = 87.50 (2nd, good), B 40 + 50 = 90.00 (1st, excellent), C 35 + 25 = 60.00.
void setHalfAndHalf(ScenarioMaximaModel &maxima)
{
    for (int row = 0; row < maxima.rowCount(); ++row)
        QVERIFY(maxima.setData(maxima.index(row, ScenarioMaximaModel::ScenarioMax), u"50"_s));
}
} // namespace

void TestRankingModel::unitsWithoutIndexAreNotRows()
{
    RankingModel model;
    model.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(ranking(
        {u"A:An:30:55"_s, u"N:Nà Hang:na:na"_s, u"*S:Sở đặc thù:40:50"_s, u"E:Ea Súp:30:"_s, u"B:Bình:20:50"_s}));
    QCOMPARE(model.rowCount(), 3);
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        rows.append(u"%1 %2 %3 %4"_s.arg(model.index(row, RankingModel::Rank).data().toString(),
            model.index(row, RankingModel::Unit).data().toString(),
            model.index(row, RankingModel::Index).data().toString(),
            model.index(row, RankingModel::Class).data().toString()));
    }
    QCOMPARE(rows, (QStringList {u"1 An 85,00 Good"_s, u"2 Bình 70,00 Fair"_s, u"– Sở đặc thù 90,00 Excellent"_s}));
    QCOMPARE(model.index(2, RankingModel::Unit).data(Qt::ToolTipRole).toString(),
        u"Sở đặc thù – a unit of special status, listed without a rank"_s);

    // A score edit that makes N's criteria applicable again brings it in as a row; the reverse takes it out.
    model.setTable(ranking(
        {u"A:An:30:55"_s, u"N:Nà Hang:40:60"_s, u"*S:Sở đặc thù:40:50"_s, u"E:Ea Súp:30:"_s, u"B:Bình:20:50"_s}));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, RankingModel::Unit).data().toString(), u"Nà Hang"_s);
    model.setTable(ranking(
        {u"A:An:30:55"_s, u"N:Nà Hang:na:na"_s, u"*S:Sở đặc thù:40:50"_s, u"E:Ea Súp:30:"_s, u"B:Bình:20:50"_s}));
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, RankingModel::Unit).data().toString() != u"Nà Hang"_s);
}

// The sandbox's models: the maxima edited in a copy of the tree (a bad value refused, said), and the comparison
// following it, the rows that change rank or class marked.
void TestRankingModel::whatIfModels()
{
    const RankingInput real = fourDistricts();
    ScenarioMaximaModel maxima;
    WhatIfModel comparison;
    maxima.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    comparison.setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QAbstractItemModelTester maximaTester(&maxima, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester comparisonTester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QObject::connect(&maxima, &ScenarioMaximaModel::scenarioChanged, &comparison, [&] {
        comparison.setComparison(*WhatIf::compare(real, {u"x"_s, maxima.scenarioTree(), real.bands}));
    });
    maxima.setRealTree(real.tree);
    QCOMPARE(maxima.rowCount(), 4);
    QCOMPARE(comparison.rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(comparison.index(row, 0).data(WhatIfModel::ChangedRole).toBool(), false);

    QVERIFY(!maxima.setData(maxima.index(1, ScenarioMaximaModel::ScenarioMax), u"nhiều"_s));
    QVERIFY2(maxima.problem().contains(u"1.1"_s), qPrintable(maxima.problem()));
    QVERIFY(!maxima.setData(maxima.index(1, ScenarioMaximaModel::RealMax), u"50"_s));
    QCOMPARE(maxima.index(1, ScenarioMaximaModel::ScenarioMax).data().toString(), u"60"_s);

    setHalfAndHalf(maxima);
    QCOMPARE(maxima.index(1, ScenarioMaximaModel::RealMax).data().toString(), u"60"_s);
    QCOMPARE(maxima.index(1, ScenarioMaximaModel::ScenarioMax).data().toString(), u"50"_s);
    QStringList rows;
    for (int row = 0; row < comparison.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < WhatIfModel::ColumnCount; ++column)
            cells.append(comparison.index(row, column).data().toString());
        rows.append(
            cells.join(u'|') + (comparison.index(row, 0).data(WhatIfModel::ChangedRole).toBool() ? u" *"_s : u""_s));
    }
    QCOMPARE(rows,
        (QStringList {u"A|UBND huyện Ân Thi|90,00|1|Excellent|87,50|2|Good|▼ 1 *"_s,
            u"B|UBND huyện Bình Lục|88,00|2|Good|90,00|1|Excellent|▲ 1 *"_s,
            u"C|UBND huyện Cẩm Giàng|62,00|3|Average|60,00|3|Average|="_s, u"D|UBND huyện Đông Sơn|||||||"_s}));

    maxima.resetScenario();
    QCOMPARE(comparison.index(0, WhatIfModel::WhatIfIndex).data().toString(), u"90,00"_s);
}

// The dialog: the summary, the export of the comparison (never onto the database).
void TestRankingModel::whatIfDialog()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = dir.filePath(u"tinh.parindex"_s);
    WhatIfDialog dialog(fourDistricts(), database);
    const auto *summary = dialog.findChild<QLabel *>(u"whatIfSummary"_s);
    QVERIFY(summary->text().contains(u"no unit"_s));
    setHalfAndHalf(*dialog.maximaModel());
    QCOMPARE(dialog.summary().contains(u"2"_s), true);
    QCOMPARE(summary->text(), dialog.summary());

    const QString csv = dir.filePath(u"so-sanh.csv"_s);
    QVERIFY(dialog.exportComparison(csv));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(
        lines.value(1).trimmed(), QByteArray("A,UBND huyện Ân Thi,90.00,1,excellent,ranked,87.50,2,good,ranked,-1,1"));
    QVERIFY(!dialog.exportComparison(database));
    // Without a document there is no scenario to list (the screenshot, with saved scenarios, is
    // tst_rankingexports's whatIfScreenshot).
    QVERIFY(!dialog.findChild<QWidget *>(u"scenariosBox"_s)->isVisibleTo(&dialog));
}

QTEST_MAIN(TestRankingModel)
#include "tst_rankingmodel.moc"
