// The ranking kept edit by edit equals the ranking computed from the file, after every kind of edit.
#include "common/twoyearfile.h"
#include "desk/liveranking.h"
#include "desk/periodranking.h"
#include "storage/database.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using parindex::test::twoYears;

class TestLiveRanking : public QObject
{
    Q_OBJECT
private slots:
    void followsEveryEdit();
    void lastYearsRanks_data();
    void lastYearsRanks();
};

void TestLiveRanking::followsEveryEdit()
{
    QTemporaryDir dir;
    QList<Unit> units;
    const QStringList names = {u"Đông Sơn"_s, u"Hoằng Hóa"_s, u"An Phú"_s, u"Bình Minh"_s, u"Ân Thi"_s, u"Yên Định"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        units.append({0, u"U%1"_s.arg(i), names[i], u"XA"_s, {}, {}, i != 5});
    QList<Criterion> criteria = {
        {u"1"_s, u"A"_s, Fixed::fromInt(60), CriterionKind::Group, {}},
        {u"1.1"_s, u"a"_s, Fixed::fromInt(30), CriterionKind::Score, {}},
        {u"1.2"_s, u"b"_s, Fixed::fromInt(30), CriterionKind::Rate, RateRule::linear()},
        {u"2"_s, u"S"_s, Fixed::fromInt(40), CriterionKind::Survey, {}},
    };
    auto db = twoYears(dir.filePath(u"live.parindex"_s), units, *CriteriaTree::build(criteria), [&](int year) {
        QList<ScoreRow> rows;
        for (const Unit &u : std::as_const(units)) {
            for (const QString &code : {u"1.1"_s, u"1.2"_s, u"2"_s})
                rows.append({u.code, code, std::nullopt, Fixed::fromInt(20 + (year + u.code.size() * 7) % 9),
                    std::nullopt, std::nullopt});
        }
        return rows;
    });
    const auto period = db->period(2025, u"XA"_s);
    auto live = LiveRanking::load(*db, *period);
    QVERIFY(live);
    QRandomGenerator rng(5);
    for (int edit = 0; edit < 60; ++edit) {
        const QString unit = u"U%1"_s.arg(rng.bounded(6));
        const QString code = QList<QString> {u"1.1"_s, u"1.2"_s, u"2"_s}[rng.bounded(3)];
        ScoreEntry e;
        const int kind = rng.bounded(6);
        if (kind == 0)
            e.notApplicable = true;
        else if (kind > 1) // kind 1: emptied, the unit becomes incomplete
            e.appraised = Fixed::fromInt(rng.bounded(31)); // ties are likely: shared ranks
        QVERIFY(db->setScore(period->id, unit, code, e));
        QVERIFY(live->updateUnit(*db, unit));
        const auto fromFile = rankPeriod(*db, 2025, u"XA"_s);
        QVERIFY(fromFile);
        QCOMPARE(live->table().ranked, fromFile->ranked);
        QCOMPARE(live->table().unranked, fromFile->unranked);
        QCOMPARE(live->table().incomplete, fromFile->incomplete);
    }
}

void TestLiveRanking::lastYearsRanks_data()
{
    QTest::addColumn<int>("unitCount");
    QTest::addColumn<int>("leafCount");
    QTest::newRow("province, read in turn") << 40 << 5;
    QTest::newRow("national, last year read in parallel") << 210 << 100;
}

// Last year's rank of every unit, hand-checked: unit k scores 100 - 0.1k points in 2024 (rank k + 1), except
// that U004 scores as U003 (both rank 4, and U005 is 6th). Both ways of reading give these ranks.
void TestLiveRanking::lastYearsRanks()
{
    QFETCH(int, unitCount);
    QFETCH(int, leafCount);
    const bool parallel = qsizetype(unitCount) * leafCount >= ParallelRankingCells;
    QCOMPARE(parallel, unitCount > 100); // the rows are the two ways

    QTemporaryDir dir;
    QList<Unit> units;
    for (int k = 0; k < unitCount; ++k)
        units.append({0, u"U%1"_s.arg(k, 3, 10, QChar(u'0')), u"Xã số %1"_s.arg(k), u"XA"_s, {}, {}, true});
    // One area of leafCount leaves of 100 / leafCount points each.
    const Fixed leafMax = Fixed::fromRaw(1000000 / leafCount);
    QList<Criterion> criteria
        = {{u"1"_s, u"Lĩnh vực"_s, Fixed::fromRaw(leafMax.raw() * leafCount), CriterionKind::Group, {}}};
    for (int i = 0; i < leafCount; ++i)
        criteria.append({u"1.%1"_s.arg(i + 1), u"Tiêu chí %1"_s.arg(i + 1), leafMax, CriterionKind::Score, {}});
    auto db = twoYears(dir.filePath(u"ranks.parindex"_s), units, *CriteriaTree::build(criteria), [&](int year) {
        QList<ScoreRow> rows;
        for (int k = 0; k < unitCount; ++k) {
            const int as = k == 4 ? 3 : k;
            // Each leaf loses 0.1 / leafCount points per place: 0.1 point per place in all.
            const qint64 raw = year == 2024 ? leafMax.raw() - 1000 * as / leafCount : leafMax.raw() / 2;
            for (int i = 0; i < leafCount; ++i)
                rows.append({units[k].code, u"1.%1"_s.arg(i + 1), std::nullopt, Fixed::fromRaw(raw), std::nullopt,
                    std::nullopt});
        }
        return rows;
    });
    const auto input = loadRankingInput(*db, 2025, u"XA"_s);
    QVERIFY2(input.ok(), qPrintable(input.error().text()));
    QVERIFY(input->previousRanks);
    QCOMPARE(input->previousRanks->size(), unitCount);
    for (int k = 0; k < unitCount; ++k)
        QCOMPARE(input->previousRanks->value(units[k].code), k == 4 ? 4 : k + 1);
    QCOMPARE(input->sheets.size(), unitCount);
    // The year before 2024 has no period: no last year's ranks at all, not an empty set.
    QVERIFY(!loadRankingInput(*db, 2024, u"XA"_s)->previousRanks);
}

QTEST_GUILESS_MAIN(TestLiveRanking)
#include "tst_liveranking.moc"
