// The panel that shows why a unit moved: the sentence, the waterfall's bars, Copy, and the states without an
// explanation. Also writes the waterfall's screenshot when PARINDEX_SCREENSHOTS names a folder.
#include "ranking/movementpanel.h"

#include "desk/movementtext.h"
#include "render/charts/chartexport.h"
#include "render/charts/movementchart.h"
#include "scoring/ranking.h"

#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QStackedBarSeries>
#include <QtCore/QDir>
#include <QtCore/QTranslator>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtTest/QTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
// "code|points|max|title"; the unit's totals and index as the ranking computes them.
UnitResult unitResult(const QString &code, const QString &name, const QStringList &areas)
{
    UnitResult r;
    r.unitCode = code;
    r.unitName = name;
    for (const QString &spec : areas) {
        const QStringList f = spec.split(u'|');
        AreaResult a {f[0], f[3], *Fixed::parse(f[1]), *Fixed::parse(f[2]), {}};
        a.index = Fixed::percent(a.points, a.max);
        r.points += a.points;
        r.max += a.max;
        r.areas.append(a);
    }
    r.index = Fixed::percent(r.points, r.max);
    return r;
}

RankingTable table(int year, QList<UnitResult> results)
{
    RankingTable t;
    t.year = year;
    t.groupCode = u"HUYEN"_s;
    t.totalMax = Fixed::fromInt(100);
    assignCompetitionRanks(results);
    t.ranked = results;
    return t;
}

// Mê Linh among 30 districts: 85.10% (19/30) in 2023, 87.55% (13/30) in 2024, with 2023's e-government area
// replaced by a new digital-transformation area in 2024 (maxima 100 both years, so an area's share is its points).
// Contributions: 1 +0.50, 2 -0.25, 3 +1.70, 4 +0.25, 5 +0.50, 6 -0.40, 7 (new) +6.40, 8 -0.25, old 7 (dropped)
// -6.00; sum 2.45 = 87.55 - 85.10. No remainders: the exact values are the rounded ones.
IndexMovement meLinh()
{
    const QStringList titles2023 = {u"Công tác chỉ đạo, điều hành cải cách hành chính"_s,
        u"Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật"_s, u"Cải cách thủ tục hành chính"_s,
        u"Cải cách tổ chức bộ máy hành chính nhà nước"_s, u"Cải cách chế độ công vụ"_s, u"Cải cách tài chính công"_s,
        u"Xây dựng và phát triển Chính phủ điện tử, Chính phủ số"_s,
        u"Tác động của cải cách hành chính đến người dân, tổ chức"_s};
    QStringList titles2024 = titles2023;
    titles2024[6] = u"Xây dựng chính quyền số và chuyển đổi số"_s;
    const QStringList max = {u"7"_s, u"6.5"_s, u"12"_s, u"6"_s, u"10"_s, u"7.5"_s, u"8"_s, u"43"_s};
    const QStringList before = {u"6"_s, u"5.25"_s, u"9.5"_s, u"5"_s, u"8"_s, u"6"_s, u"6"_s, u"39.35"_s};
    const QStringList after = {u"6.5"_s, u"5"_s, u"11.2"_s, u"5.25"_s, u"8.5"_s, u"5.6"_s, u"6.4"_s, u"39.1"_s};
    QStringList areas2023, areas2024;
    for (int i = 0; i < 8; ++i) {
        const QString code = QString::number(i + 1);
        areas2023.append(code + u'|' + before[i] + u'|' + max[i] + u'|' + titles2023[i]);
        areas2024.append(code + u'|' + after[i] + u'|' + max[i] + u'|' + titles2024[i]);
    }
    // 18 districts above Mê Linh in 2023 and 12 in 2024, 11 below it each year: 19/30, then 13/30. The 6 that fall
    // behind it are passed.
    QList<UnitResult> units2023 {unitResult(u"ML"_s, u"Mê Linh"_s, areas2023)};
    QList<UnitResult> units2024 {unitResult(u"ML"_s, u"Mê Linh"_s, areas2024)};
    for (int i = 0; i < 29; ++i) {
        const QString code = u"U%1"_s.arg(i + 1, 2, 10, QChar(u'0'));
        const QString name = u"Huyện %1"_s.arg(i + 1, 2, 10, QChar(u'0'));
        const int index2023 = i < 18 ? 95 - i / 2 : 80 - i / 2;
        const int index2024 = i < 12 ? 96 - i / 2 : 80 - i / 2;
        units2023.append(unitResult(code, name, {u"1|%1|100|x"_s.arg(index2023)}));
        units2024.append(unitResult(code, name, {u"1|%1|100|x"_s.arg(index2024)}));
    }
    AreaContinuation map;
    for (int i = 1; i <= 8; ++i)
        map.insert(QString::number(i), i == 7 ? std::nullopt : std::optional<QString>(QString::number(i)));
    return *Movement::explain(table(2023, units2023), table(2024, units2024), u"ML"_s, map);
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> out;
    for (int i = 0; i < set->count(); ++i)
        out.append(set->at(i));
    return out;
}

const QBarSet *setNamed(const QStackedBarSeries *series, const QString &name)
{
    for (const QBarSet *set : series->barSets()) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

// The program's own Vietnamese (translations/parindex_vi.ts), as the window and the command line load it.
class Vietnamese : public QTranslator
{
public:
    Vietnamese()
    {
        if (!load(u":/i18n/parindex_vi"_s))
            qFatal("the Vietnamese translation is not among the resources");
    }
};
} // namespace

class TestMovementPanel : public QObject
{
    Q_OBJECT
private slots:
    void showsTheExplanation();
    void showsWhyNot();
    void screenshot();
};

void TestMovementPanel::showsTheExplanation()
{
    const IndexMovement m = meLinh();
    QCOMPARE(m.rank, 13);
    QCOMPARE(m.previousRank, 19);
    MovementPanel panel;
    panel.setLocale(QLocale(QLocale::English));
    panel.resize(1000, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.state(), MovementPanel::State::Empty);

    panel.setExplanation(m);
    QCOMPARE(panel.state(), MovementPanel::State::Explained);
    const QString sentence
        = u"Rank up 6 since 2023 (from 19/30 to 13/30), index up 2.45 points (from 85.10% to 87.55%), mainly "
          "thanks to the new area Xây dựng chính quyền số và chuyển đổi số (+6.40 points) and area Cải cách thủ "
          "tục hành chính (+1.70 points); down in area Xây dựng và phát triển Chính phủ điện tử, Chính phủ số "
          "(dropped, -6.00 points) and area Cải cách tài chính công (-0.40 points). Passed: Huyện 13, Huyện 14, "
          "Huyện 15, Huyện 16, Huyện 17 and 1 more."_s;
    QCOMPARE(panel.sentence(), sentence);
    QCOMPARE(panel.findChild<QLabel *>(u"movementSentence"_s)->text(), sentence);
    QVERIFY(panel.findChild<QLabel *>(u"movementSentence"_s)->isVisible());

    // The waterfall: 2023's index, the 8 areas of 2024, the dropped one, 2024's index.
    QChart *chart = panel.chart();
    QVERIFY(chart);
    QStackedBarSeries *series = nullptr;
    for (QAbstractSeries *s : chart->series()) {
        if (s->objectName() == u"waterfall")
            series = qobject_cast<QStackedBarSeries *>(s);
    }
    QVERIFY(series);
    const QList<qreal> rise {0, 0.5, 0, 1.7, 0.25, 0.5, 0, 6.4, 0, 0, 0};
    const QList<qreal> fall {0, 0, 0.25, 0, 0, 0, 0.4, 0, 0.25, 6, 0};
    const QList<qreal> ends {85.1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 87.55};
    // Each step starts where the one before ended: 85.10, 85.60, 85.35, 87.05, 87.30, 87.80, 87.40, 93.80, 93.55.
    const QList<qreal> base {0, 85.1, 85.35, 85.35, 87.05, 87.3, 87.4, 87.4, 93.55, 87.55, 0};
    QCOMPARE(values(setNamed(series, u"rise"_s)), rise);
    QCOMPARE(values(setNamed(series, u"fall"_s)), fall);
    QCOMPARE(values(setNamed(series, u"index"_s)), ends);
    const QList<qreal> bases = values(setNamed(series, u"base"_s));
    QCOMPARE(bases.size(), base.size());
    for (qsizetype i = 0; i < base.size(); ++i)
        QVERIFY2(qFuzzyCompare(bases[i] + 1, base[i] + 1), qPrintable(QString::number(i)));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->count(), 11);
    QCOMPARE(axis->at(0), u"Index 2023"_s); // 10 characters: one line
    QCOMPARE(axis->at(3), u"Cải cách thủ<br>tục hành<br>chính"_s);
    // Lines of about 13 characters, 4 at most, the mark of a new or dropped area on the last.
    QCOMPARE(axis->at(7), u"Xây dựng<br>chính quyền<br>số và chuyển…<br>(new)"_s);
    QCOMPARE(axis->at(9), u"Xây dựng và<br>phát triển<br>Chính phủ…<br>(dropped)"_s);
    QCOMPARE(axis->at(10), u"Index 2024"_s);

    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(panel.findChild<QPushButton *>(u"movementCopyText"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), sentence);
    QTest::mouseClick(panel.findChild<QPushButton *>(u"movementCopyChart"_s), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->image().size(), MovementChart::sizeFor(m.areas.size()));
}

void TestMovementPanel::showsWhyNot()
{
    MovementPanel panel;
    panel.setLocale(QLocale(QLocale::English));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setExplanation(meLinh());
    QVERIFY(panel.chart());

    panel.setUnavailable(MovementPanel::noEarlierYear(2023));
    QCOMPARE(panel.state(), MovementPanel::State::Unavailable);
    QCOMPARE(panel.reason(), u"2023 is the first year of this group: there is no earlier ranking to compare with."_s);
    QVERIFY(panel.findChild<QLabel *>(u"movementReason"_s)->isVisible());
    QVERIFY(!panel.chart());
    QVERIFY(panel.sentence().isEmpty());

    // A refusal of the computation is shown as the reason.
    UnitResult incomplete = unitResult(u"ML"_s, u"Mê Linh"_s, {u"1|5|10|x"_s});
    incomplete.missing = {u"1.2"_s};
    RankingTable before = table(2023, {});
    before.incomplete = {incomplete};
    const RankingTable after = table(2024, {unitResult(u"ML"_s, u"Mê Linh"_s, {u"1|6|10|x"_s})});
    panel.setExplanation(Movement::explain(before, after, u"ML"_s, {{u"1"_s, u"1"_s}}));
    QCOMPARE(panel.state(), MovementPanel::State::Unavailable);
    QCOMPARE(panel.reason(),
        u"Mê Linh (ML) has no rank in 2023 (appraised scores missing: 1.2): its movement cannot be explained."_s);

    // Copy does nothing without an explanation.
    QGuiApplication::clipboard()->setText(u"kept"_s);
    panel.copyText();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"kept"_s);

    panel.clear();
    QCOMPARE(panel.state(), MovementPanel::State::Empty);
    QVERIFY(panel.reason().isEmpty());
}

void TestMovementPanel::screenshot()
{
    const QString dir = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("PARINDEX_SCREENSHOTS is not set");
    Vietnamese words;
    QCoreApplication::installTranslator(&words);
    const auto untranslate = qScopeGuard([&] { QCoreApplication::removeTranslator(&words); });
    const IndexMovement m = meLinh();
    ChartContext context;
    context.locale = QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    std::unique_ptr<QChart> chart(MovementChart::build(m, context));
    const auto written = ChartExport::writePng(
        chart.get(), QDir(dir).filePath(u"explain-waterfall-vi.png"_s), MovementChart::sizeFor(m.areas.size()));
    QVERIFY2(written, qPrintable(written.error().text()));

    // The panel as the Ranking tab is to show it.
    MovementPanel panel;
    panel.setLocale(context.locale);
    panel.resize(1100, 620);
    panel.setExplanation(m);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.grab().save(QDir(dir).filePath(u"explain-panel-vi.png"_s)));
}

QTEST_MAIN(TestMovementPanel)
#include "tst_movementpanel.moc"
