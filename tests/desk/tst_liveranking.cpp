// The ranking kept edit by edit equals the ranking computed from the file, after every kind of edit.
#include "desk/liveranking.h"
#include "desk/periodranking.h"
#include "storage/database.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestLiveRanking : public QObject
{
    Q_OBJECT
private slots:
    void followsEveryEdit();
};

void TestLiveRanking::followsEveryEdit()
{
    QTemporaryDir dir;
    auto db = Database::create(dir.filePath(u"live.parindex"_s));
    QVERIFY(db);
    QVERIFY((*db)->saveGroup({u"XA"_s, u"UBND cấp xã"_s, 0}));
    QList<Unit> units;
    const QStringList names = {u"Đông Sơn"_s, u"Hoằng Hóa"_s, u"An Phú"_s, u"Bình Minh"_s, u"Ân Thi"_s, u"Yên Định"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        units.append({0, u"U%1"_s.arg(i), names[i], u"XA"_s, {}, {}, i != 5});
    QVERIFY((*db)->importUnits(units));
    QList<Criterion> criteria = {
        {u"1"_s, u"A"_s, Fixed::fromInt(60), CriterionKind::Group, {}},
        {u"1.1"_s, u"a"_s, Fixed::fromInt(30), CriterionKind::Score, {}},
        {u"1.2"_s, u"b"_s, Fixed::fromInt(30), CriterionKind::Rate, RateRule::linear()},
        {u"2"_s, u"S"_s, Fixed::fromInt(40), CriterionKind::Survey, {}},
    };
    const CriteriaTree tree = *CriteriaTree::build(criteria);
    for (int year : {2024, 2025}) {
        const auto p = (*db)->addPeriod(year, u"XA"_s);
        QVERIFY(p);
        QVERIFY((*db)->replaceCriteria(p->id, tree));
        QList<ScoreRow> rows;
        for (const Unit &u : std::as_const(units)) {
            for (const QString &code : {u"1.1"_s, u"1.2"_s, u"2"_s})
                rows.append({u.code, code, std::nullopt, Fixed::fromInt(20 + (year + u.code.size() * 7) % 9),
                    std::nullopt, std::nullopt});
        }
        QVERIFY((*db)->importScores(p->id, rows));
    }
    const auto period = (*db)->period(2025, u"XA"_s);
    auto live = LiveRanking::load(**db, *period);
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
        QVERIFY((*db)->setScore(period->id, unit, code, e));
        QVERIFY(live->updateUnit(**db, unit));
        const auto fromFile = rankPeriod(**db, 2025, u"XA"_s);
        QVERIFY(fromFile);
        QCOMPARE(live->table().ranked, fromFile->ranked);
        QCOMPARE(live->table().unranked, fromFile->unranked);
        QCOMPARE(live->table().incomplete, fromFile->incomplete);
    }
}

QTEST_GUILESS_MAIN(TestLiveRanking)
#include "tst_liveranking.moc"
