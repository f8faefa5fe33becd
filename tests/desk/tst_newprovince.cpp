// A new province's file from nothing: groups, units and criteria from spreadsheets or from another file's year,
// created whole at the end, or not at all (a refused units file, a refused write leave no file behind).
#include "demo/demoprovince.h"
#include "desk/newprovince.h"
#include "io/xlsx/tablefile.h"
#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
const QString demoData = QStringLiteral(PARINDEX_SOURCE_DIR "/resources/demo/");

bool writeText(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) == text.toUtf8().size();
}

// The demo's units.csv as a workbook: the same rows, read by the same reader.
Status writeUnitsWorkbook(const QString &path)
{
    const auto table = TableFile::read(demoData + u"units.csv"_s);
    if (!table)
        return table.error();
    SheetData sheet;
    sheet.name = u"Đơn vị"_s;
    sheet.header = table->header;
    for (const CsvRow row : table->rows) {
        QList<SheetCell> cells;
        for (const QString &cell : row.toList())
            cells.append(SheetCell::textCell(cell));
        sheet.rows.append(cells);
    }
    return TableFile::write(path, {sheet});
}

// What a folder holds besides the files a test put there: nothing half-made is left.
QStringList leftovers(const QString &dir, const QStringList &inputs)
{
    QStringList found = QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &input : inputs)
        found.removeAll(input);
    return found;
}
} // namespace

class TestNewProvince : public QObject
{
    Q_OBJECT
private slots:
    void createsFromSpreadsheets_data();
    void createsFromSpreadsheets();
    void copiesCriteriaFromAnotherFile();
    void cityIsKeptForItsDecisions();
    void refusesBadUnitsFile_data();
    void refusesBadUnitsFile();
    void refusesFailedWriteWithoutLeftovers();
    void refusesExistingFile();
    void checksNameYearAndGroups_data();
    void checksNameYearAndGroups();
};

void TestNewProvince::createsFromSpreadsheets_data()
{
    QTest::addColumn<QString>("unitsFile");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("departmentsThatYear");
    // units.csv: 21 departments (one, BQLDA, since 2023), 10 districts, 40 communes.
    QTest::newRow("csv, 2022: BQLDA not yet") << u"units.csv"_s << 2022 << 20;
    QTest::newRow("xlsx, 2025: BQLDA takes part") << u"units.xlsx"_s << 2025 << 21;
}

void TestNewProvince::createsFromSpreadsheets()
{
    QFETCH(QString, unitsFile);
    QFETCH(int, year);
    QFETCH(int, departmentsThatYear);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString unitsPath = demoData + u"units.csv"_s;
    if (unitsFile.endsWith(u".xlsx")) {
        unitsPath = dir.filePath(unitsFile);
        const Status written = writeUnitsWorkbook(unitsPath);
        QVERIFY2(written, qPrintable(written.error().text()));
    }

    ProvincePlan plan;
    plan.province = u"Minh Hòa"_s;
    plan.year = year;
    plan.groups = NewProvince::defaultGroups();
    auto units = NewProvince::readUnits(unitsPath, plan.groups);
    QVERIFY2(units, qPrintable(units.error().text()));
    QCOMPARE(units->size(), 71);
    plan.units = *units;
    for (const QString &group : {u"SO"_s, u"HUYEN"_s}) {
        auto tree = NewProvince::readCriteria(demoData + u"criteria_%1.csv"_s.arg(group));
        QVERIFY2(tree, qPrintable(tree.error().text()));
        plan.criteria[group] = {GroupCriteria::Source::Spreadsheet, {}, 0, {}, *tree, std::nullopt};
    }
    // XA: the council builds its criteria later, on the Criteria tab.

    const QString path = dir.filePath(u"tinh.parindex"_s);
    const Status created = NewProvince::createFile(path, plan);
    QVERIFY2(created, qPrintable(created.error().text()));
    QCOMPARE(leftovers(dir.path(), {u"tinh.parindex"_s, unitsFile}), QStringList());

    auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db);
    const auto groups = (*db)->groups();
    QVERIFY(groups);
    QCOMPARE(groups->size(), 3);
    QCOMPARE(groups->at(0).code, u"SO"_s);
    QCOMPARE(groups->at(0).name, u"Sở, ban, ngành cấp tỉnh"_s);
    QCOMPARE(groups->at(2).name, u"UBND cấp xã"_s);
    QCOMPARE((*db)->units()->size(), 71);
    const auto periods = (*db)->periods();
    QVERIFY(periods);
    QCOMPARE(periods->size(), 3);
    const struct
    {
        QString group;
        int roster;
        int criteria; // rows of criteria_<group>.csv, groups included
    } expected[] = {{u"SO"_s, departmentsThatYear, 132}, {u"HUYEN"_s, 10, 132}, {u"XA"_s, 40, 0}};
    for (const auto &e : expected) {
        const auto p = (*db)->period(year, e.group);
        QVERIFY2(p, qPrintable(e.group));
        QCOMPARE(p->status, PeriodStatus::Draft);
        QCOMPARE((*db)->periodUnits(p->id)->size(), e.roster);
        QCOMPARE((*db)->criteria(p->id)->size(), e.criteria);
        QCOMPARE(*(*db)->bands(p->id), ClassBands::defaults());
        const auto texts = QJsonDocument::fromJson((*db)->decisionTexts(p->id)->toUtf8()).object();
        QCOMPARE(texts.value(u"province"_s).toString(), u"Minh Hòa"_s);
        QCOMPARE(texts.value(u"city"_s), QJsonValue(false));
    }
    QVERIFY2((*db)->check().ok(), qPrintable((*db)->check().problems.join(u'\n')));
}

void TestNewProvince::cityIsKeptForItsDecisions()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProvincePlan plan;
    plan.province = u"Hải Phòng"_s;
    plan.city = true;
    plan.year = 2025;
    plan.groups = NewProvince::defaultGroups(true);
    QCOMPARE(plan.groups.first().name, u"Sở, ban, ngành thành phố"_s);
    QCOMPARE(plan.groups.at(1).name, u"UBND cấp huyện"_s);
    const QString path = dir.filePath(u"hai-phong.parindex"_s);
    const Status created = NewProvince::createFile(path, plan);
    QVERIFY2(created, qPrintable(created.error().text()));
    auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db);
    const auto periods = (*db)->periods();
    QVERIFY(periods);
    QCOMPARE(periods->size(), 3);
    for (const Period &p : *periods) {
        const auto texts = QJsonDocument::fromJson((*db)->decisionTexts(p.id)->toUtf8()).object();
        QCOMPARE(texts.value(u"province"_s).toString(), u"Hải Phòng"_s);
        QCOMPARE(texts.value(u"city"_s), QJsonValue(true));
    }
}

void TestNewProvince::copiesCriteriaFromAnotherFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString other = dir.filePath(u"demo.parindex"_s);
    QVERIFY(DemoProvince::createFile(other));

    const auto periods = NewProvince::periodsIn(other);
    QVERIFY2(periods, qPrintable(periods.error().text()));
    QCOMPARE(periods->size(), 12); // 2021-2024 of SO, HUYEN and XA
    const auto xa2024 = std::find_if(periods->cbegin(), periods->cend(),
        [](const NewProvince::SourcePeriod &p) { return p.year == 2024 && p.groupCode == u"XA"; });
    QVERIFY(xa2024 != periods->cend());
    QCOMPARE(xa2024->groupName, u"UBND cấp xã"_s);
    QCOMPARE(xa2024->criteria, 98);

    const auto copied = NewProvince::copyCriteria(other, 2024, u"XA"_s);
    QVERIFY2(copied, qPrintable(copied.error().text()));
    QCOMPARE(copied->tree.size(), 98);
    QVERIFY(copied->bands);
    const auto missing = NewProvince::copyCriteria(other, 2019, u"XA"_s);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"2019"), qPrintable(missing.error().message));

    ProvincePlan plan;
    plan.province = u"Hòa Bình Mới"_s;
    plan.year = 2026;
    plan.groups = {{u"XA"_s, u"UBND cấp xã"_s, 0}};
    plan.units = {{0, u"X1"_s, u"UBND xã Tường Vân"_s, u"XA"_s, std::nullopt, std::nullopt, true}};
    plan.criteria[u"XA"_s] = *copied;
    const QString path = dir.filePath(u"moi.parindex"_s);
    const Status created = NewProvince::createFile(path, plan);
    QVERIFY2(created, qPrintable(created.error().text()));
    auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY(db);
    const auto p = (*db)->period(2026, u"XA"_s);
    QVERIFY(p);
    QCOMPARE((*db)->criteria(p->id)->size(), 98);
    QCOMPARE(*(*db)->bands(p->id), *copied->bands);
    QCOMPARE((*db)->periodUnits(p->id)->size(), 1);
}

void TestNewProvince::refusesBadUnitsFile_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("problems");
    QTest::newRow("group not in the new file")
        << u"code,name,group\nSNV,Sở Nội vụ,SO\nT1,Thị xã Đông Sơn,THIXA\n"_s
        << QStringList {u"units.csv, line 3, column group: \"THIXA\" – expected one of the new file's groups: SO, "
                        u"HUYEN, XA (or add this group on the previous page)."_s};
    QTest::newRow("reader's own problems: duplicate code, empty name")
        << u"code,name,group\nSNV,Sở Nội vụ,SO\nSNV,,SO\n"_s
        << QStringList {u"units.csv, line 3, column code: \"SNV\""_s, u"units.csv, line 3, column name: \"\""_s};
    QTest::newRow("both at once, in the file's order")
        << u"code,name,group\nSNV,Sở Nội vụ,SO\nT1,Thị xã Đông Sơn,THIXA\nSTP,,SO\n"_s
        << QStringList {u"units.csv, line 3, column group: \"THIXA\""_s, u"units.csv, line 4, column name: \"\""_s};
    QTest::newRow("unknown column") << u"code,name,group,phone\nSNV,Sở Nội vụ,SO,0123\n"_s
                                    << QStringList {u"units.csv, line 1, column phone"_s};
    QTest::newRow("no unit") << u"code,name,group\n"_s << QStringList {};
}

void TestNewProvince::refusesBadUnitsFile()
{
    QFETCH(QString, csv);
    QFETCH(QStringList, problems);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString unitsPath = dir.filePath(u"units.csv"_s);
    QVERIFY(writeText(unitsPath, csv));
    const auto units = NewProvince::readUnits(unitsPath, NewProvince::defaultGroups());
    QVERIFY(!units);
    QCOMPARE(units.error().kind, Error::Kind::BadData);
    QCOMPARE(units.error().details.size(), problems.size());
    for (qsizetype i = 0; i < problems.size(); ++i)
        QVERIFY2(units.error().details[i].startsWith(problems[i]), qPrintable(units.error().details[i]));

    // A plan holding such a unit anyway is refused whole: no file.
    ProvincePlan plan;
    plan.province = u"Minh Hòa"_s;
    plan.year = 2025;
    plan.groups = NewProvince::defaultGroups();
    plan.units = {{0, u"T1"_s, u"Thị xã Đông Sơn"_s, u"THIXA"_s, std::nullopt, std::nullopt, true}};
    const Status created = NewProvince::createFile(dir.filePath(u"tinh.parindex"_s), plan);
    QVERIFY(!created);
    QVERIFY2(created.error().text().contains(u"THIXA"), qPrintable(created.error().text()));
    QCOMPARE(leftovers(dir.path(), {u"units.csv"_s}), QStringList());
}

void TestNewProvince::refusesFailedWriteWithoutLeftovers()
{
    // The database refuses a unit that retires before it starts, after the groups are written: the temporary file
    // goes, and no file appears.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProvincePlan plan;
    plan.province = u"Minh Hòa"_s;
    plan.year = 2025;
    plan.groups = NewProvince::defaultGroups();
    plan.units = {{0, u"SNV"_s, u"Sở Nội vụ"_s, u"SO"_s, 2025, 2024, true}};
    QVERIFY(NewProvince::check(plan));
    const Status created = NewProvince::createFile(dir.filePath(u"tinh.parindex"_s), plan);
    QVERIFY(!created);
    QVERIFY2(created.error().text().contains(u"SNV"), qPrintable(created.error().text()));
    QCOMPARE(leftovers(dir.path(), {}), QStringList());
}

void TestNewProvince::refusesExistingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"tinh.parindex"_s);
    QVERIFY(writeText(path, u"not ours"_s));
    ProvincePlan plan;
    plan.province = u"Minh Hòa"_s;
    plan.year = 2025;
    plan.groups = NewProvince::defaultGroups();
    const Status created = NewProvince::createFile(path, plan);
    QVERIFY(!created);
    QVERIFY(created.error().message.contains(u"already exists"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), "not ours"_ba);
}

void TestNewProvince::checksNameYearAndGroups_data()
{
    QTest::addColumn<QString>("province");
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<UnitGroup>>("groups");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::addColumn<QList<Unit>>("units");
    QTest::addColumn<bool>("city"); // a centrally-run city
    const QList<UnitGroup> defaults = NewProvince::defaultGroups();
    const auto unit = [](const QString &code, const QString &group) {
        return Unit {0, code, u"Sở Nội vụ "_s + code, group, std::nullopt, std::nullopt, true};
    };
    QTest::newRow("defaults") << u"Minh Hòa"_s << 2025 << defaults << QString()
                              << QList<Unit> {unit(u"SNV"_s, u"SO"_s), unit(u"X1"_s, u"XA"_s)} << false;
    QTest::newRow("empty name") << u"  "_s << 2025 << defaults << u"province's name"_s << QList<Unit> {} << false;
    QTest::newRow("name with Tỉnh") << u"Tỉnh Minh Hòa"_s << 2025 << defaults << u"without \u201cTỉnh\u201d"_s
                                    << QList<Unit> {} << false;
    QTest::newRow("year 1989") << u"Minh Hòa"_s << 1989 << defaults << u"1989 is not"_s << QList<Unit> {} << false;
    QTest::newRow("no group") << u"Minh Hòa"_s << 2025 << QList<UnitGroup> {} << u"at least one group"_s
                              << QList<Unit> {} << false;
    QTest::newRow("same code twice, other case")
        << u"Minh Hòa"_s << 2025 << QList<UnitGroup> {{u"SO"_s, u"Sở"_s, 0}, {u"so"_s, u"Ban"_s, 1}}
        << u"Group 2: the code so is the code of group 1 already."_s << QList<Unit> {} << false;
    QTest::newRow("code with a space") << u"Minh Hòa"_s << 2025 << QList<UnitGroup> {{u"S O"_s, u"Sở"_s, 0}}
                                       << u"Group 1: the code \u201cS O\u201d"_s << QList<Unit> {} << false;
    QTest::newRow("unit code a formula") << u"Minh Hòa"_s << 2025 << defaults << u"Unit \u201c=SUM(A1)\u201d"_s
                                         << QList<Unit> {unit(u"=SUM(A1)"_s, u"SO"_s)} << false;
    QTest::newRow("unit code twice") << u"Minh Hòa"_s << 2025 << defaults
                                     << u"Unit SNV (Sở Nội vụ SNV): another unit has this code already."_s
                                     << QList<Unit> {unit(u"SNV"_s, u"SO"_s), unit(u"SNV"_s, u"XA"_s)} << false;
    QTest::newRow("unit of a group the file lacks")
        << u"Minh Hòa"_s << 2025 << defaults << u"is in group THIXA, which the new file does not have"_s
        << QList<Unit> {unit(u"T1"_s, u"THIXA"_s)} << false;
    QTest::newRow("empty group name") << u"Minh Hòa"_s << 2025 << QList<UnitGroup> {{u"SO"_s, u" "_s, 0}}
                                      << u"Group 1 (SO): type its name"_s << QList<Unit> {} << false;
    QTest::newRow("city") << u"Hải Phòng"_s << 2025 << defaults << QString() << QList<Unit> {} << true;
    QTest::newRow("city with Thành phố") << u"Thành phố Hải Phòng"_s << 2025 << defaults
                                         << u"without \u201cThành phố\u201d"_s << QList<Unit> {} << true;
    QTest::newRow("city with TP.") << u"TP. Hải Phòng"_s << 2025 << defaults << u"without \u201cThành phố\u201d"_s
                                   << QList<Unit> {} << true;
    QTest::newRow("city with Tỉnh") << u"Tỉnh Hải Phòng"_s << 2025 << defaults << u"is not a \u201cTỉnh\u201d"_s
                                    << QList<Unit> {} << true;
    QTest::newRow("province named Thành phố")
        << u"thành phố Hải Phòng"_s << 2025 << defaults << u"reads as a city: choose \u201ccentrally-run city\u201d"_s
        << QList<Unit> {} << false;
    QTest::newRow("empty city name") << u""_s << 2025 << defaults << u"city's name"_s << QList<Unit> {} << true;
    QTest::newRow("a name starting like Tỉnh")
        << u"Tỉnhxa"_s << 2025 << defaults << QString() << QList<Unit> {} << false;
}

void TestNewProvince::checksNameYearAndGroups()
{
    QFETCH(QString, province);
    QFETCH(int, year);
    QFETCH(QList<UnitGroup>, groups);
    QFETCH(QString, refusal);
    ProvincePlan plan;
    plan.province = province;
    plan.year = year;
    plan.groups = groups;
    QFETCH(QList<Unit>, units);
    plan.units = units;
    QFETCH(bool, city);
    plan.city = city;
    const Status s = NewProvince::check(plan);
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error().text()));
        return;
    }
    QVERIFY(!s);
    QVERIFY2(s.error().text().contains(refusal), qPrintable(s.error().text()));
}

QTEST_GUILESS_MAIN(TestNewProvince)
#include "tst_newprovince.moc"
