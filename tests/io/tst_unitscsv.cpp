// units.csv: code,name,group in any order, the optional since_year, retired_year and ranked, unknown
// columns refused with the nearest name; every bad cell named with its line and column; write -> parse gives the same
// units.
#include "iofixture.h"

#include "io/formats.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

namespace {
Unit withYears(Unit u, std::optional<int> since, std::optional<int> retired, bool ranked = true)
{
    u.sinceYear = since;
    u.retiredYear = retired;
    u.ranked = ranked;
    return u;
}
} // namespace

class TestUnitsCsv : public QObject
{
    Q_OBJECT
private slots:
    void valid_data();
    void valid();
    void problems_data();
    void problems();
    void allProblemsListed();
    void rosterProblems_data();
    void rosterProblems();
    void roundTrip();
    void writtenText();
};

void TestUnitsCsv::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Unit>>("units");

    const QList<Unit> two = {unit(u"DS"_s, u"Đông Sơn"_s), unit(u"STP"_s, u"Sở Tư pháp"_s, u"SO"_s)};
    QTest::newRow("required columns") << u"code,name,group\nDS,Đông Sơn,HUYEN\nSTP,Sở Tư pháp,SO\n"_s << two;
    QTest::newRow("any order, any case") << u"Group;Name;CODE\nHUYEN;Đông Sơn;DS\nSO;Sở Tư pháp;STP\n"_s << two;
    QTest::newRow("same name in two groups")
        << u"code,name,group\nTP1,Thành phố,HUYEN\nTP2,Thành phố,XA\n"_s
        << QList<Unit> {unit(u"TP1"_s, u"Thành phố"_s), unit(u"TP2"_s, u"Thành phố"_s, u"XA"_s)};
    QTest::newRow("optional columns") << u"code,name,group,since_year,retired_year,ranked\n"
                                         "DS,Đông Sơn,HUYEN,,,\n"
                                         "NX,Xã Nam Xuân,XA,2025,,1\n"
                                         "CX,Xã Cũ,XA,,2025,\n"
                                         "KKT,Ban Quản lý Khu kinh tế,SO,2019,2030,0\n"_s
                                      << QList<Unit> {unit(u"DS"_s, u"Đông Sơn"_s),
                                             withYears(unit(u"NX"_s, u"Xã Nam Xuân"_s, u"XA"_s), 2025, std::nullopt),
                                             withYears(unit(u"CX"_s, u"Xã Cũ"_s, u"XA"_s), std::nullopt, 2025),
                                             withYears(unit(u"KKT"_s, u"Ban Quản lý Khu kinh tế"_s, u"SO"_s), 2019,
                                                 2030, false)};
    QTest::newRow("header only") << u"code,name,group\n"_s << QList<Unit> {};
}

void TestUnitsCsv::valid()
{
    QFETCH(QString, text);
    QFETCH(QList<Unit>, units);
    const auto parsed = FileFormats::parseUnits(table(text, u"units.csv"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(*parsed, units);
}

void TestUnitsCsv::problems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("details");

    QTest::newRow("missing column")
        << u"code,name\nDS,Đông Sơn\n"_s
        << QStringList {u"units.csv, line 1, column group – expected a column named group in the header (this file has "
                        "code,name)."_s};
    QTest::newRow("empty code")
        << u"code,name,group\n,Đông Sơn,HUYEN\n"_s
        << QStringList {
               u"units.csv, line 2, column code: \"\" – expected a unit code without spaces that does not start with =, +, - or @, such as DS."_s};
    QTest::newRow("code with a space")
        << u"code,name,group\nD S,Đông Sơn,HUYEN\n"_s
        << QStringList {
               u"units.csv, line 2, column code: \"D S\" – expected a unit code without spaces that does not start with =, +, - or @, such as DS."_s};
    QTest::newRow("duplicate code")
        << u"code,name,group\nDS,Đông Sơn,HUYEN\nHH,Hoằng Hóa,HUYEN\nDS,Đông Sơn mới,HUYEN\n"_s
        << QStringList {u"units.csv, line 4, column code: \"DS\" – expected each code once; line 2 has it already."_s};
    QTest::newRow("duplicate name in a group")
        << u"code,name,group\nDS,Đông Sơn,HUYEN\nDS2,đông sơn,HUYEN\n"_s
        << QStringList {u"units.csv, line 3, column name: \"đông sơn\" – expected names unique within a group; line 2 "
                        "has this name in group HUYEN already."_s};
    QTest::newRow("empty name") << u"code,name,group\nDS,,HUYEN\n"_s
                                << QStringList {u"units.csv, line 2, column name: \"\" – expected the unit's name."_s};
    QTest::newRow("empty group")
        << u"code,name,group\nDS,Đông Sơn,\n"_s
        << QStringList {u"units.csv, line 2, column group: \"\" – expected a group code such as SO, HUYEN or XA."_s};
    QTest::newRow("bad since_year")
        << u"code,name,group,since_year\nDS,Đông Sơn,HUYEN,năm 2025\n"_s
        << QStringList {u"units.csv, line 2, column since_year: \"năm 2025\" – expected the first year the unit takes "
                        "part, such as 2025, or nothing."_s};
    QTest::newRow("retired before since")
        << u"code,name,group,since_year,retired_year\nDS,Đông Sơn,HUYEN,2025,2024\n"_s
        << QStringList {u"units.csv, line 2, column retired_year: \"2024\" – expected a year after since_year 2025."_s};
    QTest::newRow("bad ranked")
        << u"code,name,group,ranked\nDS,Đông Sơn,HUYEN,yes\n"_s
        << QStringList {
               u"units.csv, line 2, column ranked: \"yes\" – expected 1 (ranked), 0 (listed without a rank) or "
               "nothing (ranked)."_s};
    QTest::newRow("name with an unquoted comma")
        << u"code,name,group\nDS,Đông Sơn, Thanh Hóa,HUYEN\n"_s
        << QStringList {u"units.csv, line 2 – expected at most 3 values, one per column of the header, but found 4 (a "
                        "value that holds the delimiter \",\" must be in quotes)."_s,
               u"units.csv, line 2, column group: \"Thanh Hóa\" – expected a group code such as SO, HUYEN or "
               "XA."_s};
    QTest::newRow("unknown columns")
        << u"stt,code,name,group,ghi_chu\n1,DS,Đông Sơn,HUYEN,x\n"_s
        << QStringList {u"units.csv, line 1, column stt – the column \"stt\" is not one of code, name, group, "
                        "since_year, retired_year, ranked."_s,
               u"units.csv, line 1, column ghi_chu – the column \"ghi_chu\" is not one of code, name, group, "
               "since_year, retired_year, ranked."_s};
    QTest::newRow("misspelt optional column")
        << u"code,name,group,retired_yaer\nDS,Đông Sơn,HUYEN,2025\n"_s
        << QStringList {u"units.csv, line 1, column retired_yaer – the column \"retired_yaer\" is not one of code, "
                        "name, group, since_year, retired_year, ranked – did you mean \"retired_year\"?"_s};
    QTest::newRow("code like a formula")
        << u"code,name,group\n=HYPERLINK(\"x\"),Đông Sơn,HUYEN\n+1,Hoằng Hóa,HUYEN\n-DS,Thọ Xuân,HUYEN\n"
           "@SUM,Nga Sơn,HUYEN\n\"\tTAB\",Tĩnh Gia,HUYEN\n"_s
        << QStringList {u"units.csv, line 2, column code: \"=HYPERLINK(\"x\")\" – expected a unit code without "
                        "spaces that does not start with =, +, - or @, such as DS."_s,
               u"units.csv, line 3, column code: \"+1\" – expected a unit code without spaces that does not start "
               "with =, +, - or @, such as DS."_s,
               u"units.csv, line 4, column code: \"-DS\" – expected a unit code without spaces that does not start "
               "with =, +, - or @, such as DS."_s,
               u"units.csv, line 5, column code: \"@SUM\" – expected a unit code without spaces that does not "
               "start with =, +, - or @, such as DS."_s,
               u"units.csv, line 6, column code: \"\tTAB\" – expected a unit code without spaces that does not "
               "start with =, +, - or @, such as DS."_s};
    QTest::newRow("a name may start like a formula")
        << u"code,name,group\nDS,=Đông Sơn,HUYEN\nHH,-Hoằng Hóa,\n"_s
        << QStringList {u"units.csv, line 3, column group: \"\" – expected a group code such as SO, HUYEN or XA."_s};
    QTest::newRow("column twice")
        << u"code,name,group,Code\nDS,Đông Sơn,HUYEN,DS\n"_s
        << QStringList {u"units.csv, line 1, column Code – expected each column once; this one is column 1 and 4."_s};
}

void TestUnitsCsv::problems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, details);
    const auto parsed = FileFormats::parseUnits(table(text, u"units.csv"_s));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::BadData);
    QCOMPARE(parsed.error().details, details);
    QCOMPARE(parsed.error().message,
        details.size() == 1 ? u"units.csv: 1 problem; nothing was imported."_s
                            : u"units.csv: %1 problems; nothing was imported."_s.arg(details.size()));
}

void TestUnitsCsv::rosterProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("details");
    QTest::newRow("unknown column")
        << u"code,name,group\nDS,Đông Sơn,HUYEN\n"_s
        << QStringList {u"roster.csv, line 1, column group – the column \"group\" is not one of code, name, ranked."_s};
    QTest::newRow("misspelt ranked")
        << u"code,name,rank\nDS,Đông Sơn,0\n"_s
        << QStringList {u"roster.csv, line 1, column rank – the column \"rank\" is not one of code, name, ranked – did "
                        "you mean \"ranked\"?"_s};
    QTest::newRow("code like a formula")
        << u"code,name\n@DS,Đông Sơn\n"_s
        << QStringList {u"roster.csv, line 2, column code: \"@DS\" – expected a unit code without spaces that does not "
                        "start with =, +, - or @, such as DS."_s};
}

void TestUnitsCsv::rosterProblems()
{
    QFETCH(QString, text);
    QFETCH(QStringList, details);
    const auto parsed = FileFormats::parseRoster(table(text, u"roster.csv"_s));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().details, details);
}

void TestUnitsCsv::allProblemsListed()
{
    const auto parsed = FileFormats::parseUnits(table(u"code;name;group\r\n"
                                                      "DS;Đông Sơn;HUYEN\r\n"
                                                      "D S;Hoằng Hóa;HUYEN\r\n"
                                                      "\r\n"
                                                      "TX;;HUYEN\r\n"
                                                      "DS;Thọ Xuân;HUYEN\r\n"_s,
        u"units.csv"_s));
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().message, u"units.csv: 3 problems; nothing was imported."_s);
    QCOMPARE(parsed.error().details,
        (QStringList {
            u"units.csv, line 3, column code: \"D S\" – expected a unit code without spaces that does not start with =, +, - or @, such as DS."_s,
            u"units.csv, line 5, column name: \"\" – expected the unit's name."_s,
            u"units.csv, line 6, column code: \"DS\" – expected each code once; line 2 has it already."_s}));
}

void TestUnitsCsv::roundTrip()
{
    const QList<Unit> units = {unit(u"DS"_s, u"Đông Sơn"_s), unit(u"SNV"_s, u"Sở Nội vụ"_s, u"SO"_s),
        withYears(unit(u"NX"_s, u"Xã Nam Xuân, Quảng Xương"_s, u"XA"_s), 2025, std::nullopt),
        withYears(unit(u"CX"_s, u"Xã \"Cũ\""_s, u"XA"_s), 2019, 2025, false)};
    const QByteArray bytes = FileFormats::writeUnits(units);
    const auto parsed = FileFormats::parseUnits(*CsvReader::parse(bytes, u"units.csv"_s));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().text()));
    QCOMPARE(*parsed, units);
}

void TestUnitsCsv::writtenText()
{
    QCOMPARE(FileFormats::writeUnits(
                 {withYears(unit(u"KKT"_s, u"Ban Quản lý, Khu kinh tế"_s, u"SO"_s), 2019, std::nullopt, false)}),
        QByteArray("\xEF\xBB\xBF"
                   "code,name,group,since_year,retired_year,ranked\r\n"
                   "KKT,\"Ban Quản lý, Khu kinh tế\",SO,2019,,0\r\n"));
}

QTEST_GUILESS_MAIN(TestUnitsCsv)
#include "tst_unitscsv.moc"
