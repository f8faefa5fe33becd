// The ranking window's table: ranked units, then units of special status with the reason in the tooltip; a unit
// without an index (every criterion not applicable, or scores missing) is not a row with 0,00 and "Yếu": the tab
// lists it with the reason.
#include "ranking/rankingmodel.h"

#include "common/fixtures.h"
#include "scoring/ranking.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

class TestRankingModel : public QObject
{
    Q_OBJECT
private slots:
    void unitsWithoutIndexAreNotRows();
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

QTEST_MAIN(TestRankingModel)
#include "tst_rankingmodel.moc"
