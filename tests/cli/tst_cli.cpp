#include "../common/clirun.h"
#include "../common/threeyearfile.h"
#include "desk/periodranking.h"
#include "storage/database.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// An independent recomputation of a unit's index: a straightforward recursion over the tree, written
// apart from core/scoring, in exact ten-thousandths.
struct Points
{
    qint64 points = 0;
    qint64 max = 0;
};

Points recompute(const CriteriaTree &tree, const ScoreSheet &sheet, qsizetype node)
{
    const Criterion &c = tree.at(node);
    const ScoreEntry e = sheet.entry(c.code);
    if (e.notApplicable)
        return {0, 0};
    if (c.kind == CriterionKind::Deduction)
        return {e.appraised ? e.appraised->raw() : 0, 0};
    if (!c.isGroup()) {
        qint64 v = e.appraised ? e.appraised->raw() : 0;
        if (c.kind == CriterionKind::Rate)
            v = c.rule.points(Fixed::fromRaw(v), c.maxPoints).raw();
        return {qMin(v, c.maxPoints.raw()), c.maxPoints.raw()};
    }
    qint64 earned = 0, deducted = 0, lost = 0;
    for (qsizetype child : tree.childrenOf(node)) {
        const Points p = recompute(tree, sheet, child);
        if (tree.at(child).kind == CriterionKind::Deduction) {
            deducted += p.points;
        } else {
            earned += p.points;
            lost += tree.at(child).maxPoints.raw() - p.max;
        }
    }
    const qint64 max = qMax<qint64>(0, c.maxPoints.raw() - lost);
    return {qMin(max, qMax<qint64>(0, earned - deducted)), max};
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void helpIsTheOutput();
    void refusesFilesNotOurs();
    void initRefusesExistingFile();
    void rankJsonMatchesRecomputation_data();
    void rankJsonMatchesRecomputation();
    void rankFormats();
    void badScoreCellChangesNothing();
    void unreadableInputsChangeNothing_data();
    void unreadableInputsChangeNothing();
    void workbookAndUtf16ReadByTheirBytes();
    void importExportRoundTrip();
    void workbookRoundTrip();
    void workbookCommands();
    void freshDatabaseWorkflow();
    void finalPeriodRefusesImport();
    void checkReportsOutsideEdit();
    void backup();
    void vietnameseMessages();
    void finalYearsSurviveEveryCommand();
    void checkAgainstThePaper();
    void checkFindsALogCutWithItsHead();
    void anchorsThatCannotBeRecordedAreSaid();
    void databaseFilesAreNeverOutputsOrInputs();
    void summaryText_data();
    void summaryText();
    void summaryJson();
    void summaryRefusals_data();
    void summaryRefusals();
    void summaryInfographic_data();
    void summaryInfographic();

private:
    QString copyOfDemo(const QString &name);
    QString threeYearFile();

    QTemporaryDir m_dir;
    QString m_demo;
};

QString TestCli::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run r = cli({u"--db"_s, m_demo, u"backup"_s, u"--out"_s, path});
    if (r.exitCode != 0)
        qWarning("backup failed: %s", qPrintable(r.err));
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    const Run r = cli({u"--db"_s, m_demo, u"--lang"_s, u"en"_s, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(m_demo));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("no command") << QStringList {u"--db"_s, u"x"_s} << u"No command"_s;
    QTest::newRow("no db") << QStringList {u"rank"_s} << u"--db"_s;
    QTest::newRow("unknown command") << QStringList {u"--db"_s, u"x"_s, u"dance"_s} << u"Unknown command"_s;
    QTest::newRow("unknown option") << QStringList {u"--db"_s, u"x"_s, u"rank"_s, u"--colour"_s} << u"Unknown option"_s;
    QTest::newRow("rank without year") << QStringList {u"--db"_s, u"x"_s, u"rank"_s, u"--group"_s, u"SO"_s}
                                       << u"--year"_s;
    QTest::newRow("bad format") << QStringList {u"--db"_s, u"x"_s, u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s,
        u"SO"_s, u"--format"_s, u"xml"_s}
                                << u"--format"_s;
    // An option of another command would be ignored: refused, named.
    QTest::newRow("option of another command") << QStringList {u"--db"_s, u"x"_s, u"rank"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--units"_s, u"A,B"_s}
                                               << u"rank does not take the option --units"_s;
    QTest::newRow("flag of another command") << QStringList {u"--db"_s, u"x"_s, u"backup"_s, u"--out"_s,
        u"b.parindex"_s, u"--force"_s} << u"backup does not take the option --force"_s;
    QTest::newRow("a year on a whole command") << QStringList {u"--db"_s, u"x"_s, u"init"_s, u"--year"_s, u"2024"_s}
                                               << u"init does not take the option --year"_s;
    QTest::newRow("summary without year")
        << QStringList {u"--db"_s, u"x"_s, u"summary"_s, u"--group"_s, u"SO"_s} << u"--year"_s;
    QTest::newRow("summary bad format") << QStringList {u"--db"_s, u"x"_s, u"summary"_s, u"--year"_s, u"2024"_s,
        u"--format"_s, u"csv"_s} << u"--format takes text or json"_s;
    QTest::newRow("summary with --units") << QStringList {u"--db"_s, u"x"_s, u"summary"_s, u"--year"_s, u"2024"_s,
        u"--units"_s, u"A"_s} << u"summary does not take the option --units"_s;
    QTest::newRow("summary infographic with --format") << QStringList {u"--db"_s, u"x"_s, u"summary"_s, u"--year"_s,
        u"2024"_s, u"--format"_s, u"json"_s, u"--out"_s, u"s.png"_s}
                                                       << u"without --format"_s;
    QTest::newRow("finalize without number") << QStringList {u"--db"_s, u"x"_s, u"finalize"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s} << u"--number"_s;
    const QStringList robustness = {u"--db"_s, u"x"_s, u"robustness"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    QTest::newRow("robustness weights above 100")
        << robustness + QStringList {u"--weights"_s, u"120%"_s} << u"--weights must be a percentage from 0 to 100"_s;
    QTest::newRow("robustness weights not a number")
        << robustness + QStringList {u"--weights"_s, u"lots"_s} << u"--weights takes a percentage"_s;
    QTest::newRow("robustness no draw") << robustness + QStringList {u"--draws"_s, u"0"_s}
                                        << u"--draws must be a whole number from 1 to 100000"_s;
    QTest::newRow("robustness too many draws")
        << robustness + QStringList {u"--draws"_s, u"100001"_s} << u"--draws must be a whole number from 1 to 100000"_s;
    QTest::newRow("robustness seed") << robustness + QStringList {u"--seed"_s, u"-3"_s} << u"--seed must be"_s;
    QTest::newRow("robustness scores") << robustness + QStringList {u"--scores"_s, u"100.5"_s} << u"--scores"_s;
    QTest::newRow("robustness format") << robustness + QStringList {u"--format"_s, u"xml"_s}
                                       << u"--format takes text, csv or json"_s;
    QTest::newRow("robustness option of another command")
        << robustness + QStringList {u"--units"_s, u"A"_s} << u"robustness does not take the option --units"_s;
    QTest::newRow("chart trend with weights") << QStringList {u"--db"_s, u"x"_s, u"chart"_s, u"trend"_s, u"--group"_s,
        u"SO"_s, u"--weights"_s, u"10"_s, u"--out"_s, u"t.png"_s}
                                              << u"chart trend does not take --weights"_s;
    QTest::newRow("chart robustness with units") << QStringList {u"--db"_s, u"x"_s, u"chart"_s, u"robustness"_s,
        u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--units"_s, u"A"_s, u"--out"_s, u"t.png"_s}
                                                 << u"chart robustness does not take --units"_s;
    QTest::newRow("whatif without criteria") << QStringList {u"--db"_s, u"x"_s, u"whatif"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s} << u"whatif needs --criteria FILE"_s;
    QTest::newRow("whatif with --unit") << QStringList {u"--db"_s, u"x"_s, u"whatif"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--criteria"_s, u"c.csv"_s, u"--unit"_s, u"A"_s}
                                        << u"whatif does not take the option --unit"_s;
    QTest::newRow("whatif --scenario and --bands") << QStringList {u"--db"_s, u"x"_s, u"whatif"_s, u"--year"_s,
        u"2024"_s, u"--group"_s, u"SO"_s, u"--scenario"_s, u"A"_s, u"--bands"_s, u"b.csv"_s}
                                                   << u"either --scenario or --criteria/--bands"_s;
    QTest::newRow("whatif --save without files") << QStringList {u"--db"_s, u"x"_s, u"whatif"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--scenario"_s, u"A"_s, u"--save"_s, u"B"_s}
                                                 << u"--save keeps the scenario of"_s;
    QTest::newRow("whatif --replace alone") << QStringList {u"--db"_s, u"x"_s, u"whatif"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--bands"_s, u"b.csv"_s, u"--replace"_s}
                                            << u"--replace goes with --save NAME"_s;
    QTest::newRow("whatif --replace with a value") << QStringList {u"--db"_s, u"x"_s, u"whatif"_s, u"--year"_s,
        u"2024"_s, u"--group"_s, u"SO"_s, u"--bands"_s, u"b.csv"_s, u"--replace=yes"_s}
                                                   << u"Unknown option --replace=yes"_s;
    QTest::newRow("impact without value") << QStringList {u"--db"_s, u"x"_s, u"impact"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--unit"_s, u"A"_s, u"--criterion"_s, u"1.1"_s}
                                          << u"Use: impact"_s;
    QTest::newRow("impact value not a number") << QStringList {u"--db"_s, u"x"_s, u"impact"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"SO"_s, u"--unit"_s, u"A"_s, u"--criterion"_s, u"1.1"_s, u"--value"_s, u"1,5,"_s}
                                               << u"--value takes a number"_s;
    QTest::newRow("upgrade with a word") << QStringList {u"--db"_s, u"x"_s, u"upgrade"_s, u"now"_s}
                                         << u"Use: upgrade"_s;
    QTest::newRow("upgrade with an option") << QStringList {u"--db"_s, u"x"_s, u"upgrade"_s, u"--year"_s, u"2024"_s}
                                            << u"upgrade does not take the option --year"_s;
    QTest::newRow("upgrade without db") << QStringList {u"upgrade"_s} << u"Every command needs --db"_s;
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, fragment);
    const Run r = cli(args + QStringList {u"--lang"_s, u"en"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(fragment), qPrintable(r.err));
}

// --help asked for: the text on stdout (to be paged or kept), exit 0; a mistake explains itself on stderr, exit 1.
void TestCli::helpIsTheOutput()
{
    const Run help = cli({u"--help"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(u"Usage: parindex-cli --db FILE|ADDRESS"_s), qPrintable(help.out));
    QVERIFY2(help.out.contains(u"copy --from FILE|ADDRESS --to FILE --year Y --group G"_s), qPrintable(help.out));
    QVERIFY2(help.err.isEmpty(), qPrintable(help.err));
    const Run mistake = cli({u"--db"_s, u"x"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(mistake.exitCode, 1);
    QVERIFY(mistake.out.isEmpty());
    QVERIFY2(mistake.err.startsWith(u"No command given.\nUsage: parindex-cli"_s), qPrintable(mistake.err));
}

void TestCli::refusesFilesNotOurs()
{
    const QString text = m_dir.filePath(u"notes.txt"_s);
    writeFile(text, "Biên bản họp Hội đồng thẩm định\n");
    const QByteArray before = fileBytes(text);
    const Run r
        = cli({u"--db"_s, text, u"--lang"_s, u"en"_s, u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"notes.txt"_s), qPrintable(r.err));
    QCOMPARE(fileBytes(text), before);

    const QString missing = m_dir.filePath(u"missing.parindex"_s);
    QCOMPARE(cli({u"--db"_s, missing, u"check"_s}).exitCode, 3);
    QVERIFY(!QFileInfo::exists(missing));
}

void TestCli::initRefusesExistingFile()
{
    const QByteArray before = fileBytes(m_demo);
    const Run r = cli({u"--db"_s, m_demo, u"--lang"_s, u"en"_s, u"init"_s});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(fileBytes(m_demo), before);
}

void TestCli::rankJsonMatchesRecomputation_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("group");
    for (const QString &g : {u"SO"_s, u"HUYEN"_s, u"XA"_s}) {
        for (int year : {2021, 2023, 2024})
            QTest::newRow(qPrintable(u"%1 %2"_s.arg(g).arg(year))) << year << g;
    }
}

void TestCli::rankJsonMatchesRecomputation()
{
    QFETCH(int, year);
    QFETCH(QString, group);
    const Run r = cli({u"--db"_s, m_demo, u"rank"_s, u"--year"_s, QString::number(year), u"--group"_s, group,
        u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json[u"year"_s].toInt(), year);
    QCOMPARE(json[u"group"_s].toString(), group);

    auto db = Database::open(m_demo, Database::Access::ReadOnly);
    QVERIFY(db.ok());
    const auto period = (*db)->period(year, group);
    QVERIFY(period.ok());
    const CriteriaTree tree = *(*db)->criteria(period->id);
    const auto sheets = *(*db)->scoreSheets(period->id);

    const QJsonArray units = json[u"units"_s].toArray();
    QVERIFY(units.size() >= 5);
    int previousRank = 0;
    double previousIndex = 1000;
    for (qsizetype i = 0; i < units.size(); ++i) {
        const QJsonObject u = units[i].toObject();
        const QString code = u[u"code"_s].toString();
        qint64 points = 0, max = 0;
        for (qsizetype root : tree.roots()) {
            const Points p = recompute(tree, sheets.value(code), root);
            points += p.points;
            max += p.max;
        }
        const qint64 hundredths = (points * 10000 * 2 + max) / (2 * max); // half up, positive values
        QCOMPARE(qRound64(u[u"index"_s].toDouble() * 100), hundredths);
        QCOMPARE(qRound64(u[u"points"_s].toDouble() * 10000), points);
        QCOMPARE(qRound64(u[u"max"_s].toDouble() * 10000), max);
        // Competition ranks over the sorted indices.
        const int rank = u[u"rank"_s].toInt();
        const double index = u[u"index"_s].toDouble();
        QVERIFY(index <= previousIndex);
        QCOMPARE(rank, index == previousIndex ? previousRank : int(i) + 1);
        previousRank = rank;
        previousIndex = index;
        if (year == 2021) {
            QVERIFY(u[u"previous_rank"_s].isNull());
            QVERIFY(u[u"rank_change"_s].isNull());
        }
    }
    const QJsonArray incomplete = json[u"incomplete"_s].toArray();
    if (year == 2024 && group == u"XA") {
        QCOMPARE(incomplete.size(), 1);
        QCOMPARE(incomplete[0].toObject()[u"missing"_s].toArray().size(), 2);
    } else {
        QCOMPARE(incomplete.size(), 0);
    }
}

void TestCli::rankFormats()
{
    const QStringList base = {u"--db"_s, m_demo, u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s};
    const Run csv = cli(base + QStringList {u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(u"\uFEFFrank,code,name,points,max,index,class,previous_rank,rank_change"_s)
        || csv.out.startsWith(u"rank,code,name,points,max,index,class,previous_rank,rank_change"_s));
    const Run vi = cli(base + QStringList {u"--lang"_s, u"vi"_s});
    QCOMPARE(vi.exitCode, 0);
    QVERIFY2(vi.out.contains(QRegularExpression(u"\\d+,\\d\\d"_s)), qPrintable(vi.out)); // 91,92
    const QString out = m_dir.filePath(u"rank.json"_s);
    QCOMPARE(cli(base + QStringList {u"--format"_s, u"json"_s, u"--out"_s, out}).exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(fileBytes(out)).isObject());
}

void TestCli::badScoreCellChangesNothing()
{
    const QString db = copyOfDemo(u"bad-import.parindex"_s);
    const QString before = m_dir.filePath(u"before.csv"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s};
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s} + period + QStringList {before}).exitCode, 0);

    // A long-form file with a good row, then a bad cell on line 3 (text where a number belongs).
    auto opened = Database::open(db, Database::Access::ReadOnly);
    const auto p = (*opened)->period(2024, u"HUYEN"_s);
    const CriteriaTree tree = *(*opened)->criteria(p->id);
    const QString unit = (*opened)->periodUnits(p->id)->first().code;
    QStringList leaves;
    for (qsizetype i : tree.leaves()) {
        if (tree.at(i).kind == CriterionKind::Score)
            leaves.append(tree.at(i).code);
    }
    opened = Error {};
    const QString bad = m_dir.filePath(u"bad-scores.csv"_s);
    writeFile(bad,
        (u"unit_code,criterion_code,self,appraised,note\n%1,%2,0,0,ok\n%1,%3,0,abc,bad\n"_s.arg(
             unit, leaves[0], leaves[1]))
            .toUtf8());
    const Run r
        = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"scores"_s, u"import"_s} + period + QStringList {bad});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"bad-scores.csv"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"line 3"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"appraised"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"abc"_s), qPrintable(r.err));

    const QString after = m_dir.filePath(u"after.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s} + period + QStringList {after}).exitCode, 0);
    QCOMPARE(fileBytes(after), fileBytes(before));
}

void TestCli::unreadableInputsChangeNothing_data()
{
    QTest::addColumn<QString>("command"); // scores or units
    QTest::addColumn<QByteArray>("bytes"); // {EXPORT} stands for the period's scores as exported (long form)
    QTest::addColumn<QString>("expected");
    QTest::newRow("misspelt column")
        << u"scores"_s << QByteArray("{EXPORT-MISSPELT}")
        << u"column \"apraised\" is not one of unit_code, criterion_code, self, appraised, note – did you mean "
           "\"appraised\"?"_s;
    QTest::newRow("NUL byte in a note") << u"scores"_s
                                        << QByteArray(
                                               "unit_code,criterion_code,appraised,note\nSTP,1.1.1,0.5,a\0b\n", 58)
                                        << u"line 2 – the file holds a NUL byte here"_s;
    QTest::newRow("an .xls named .csv") << u"scores"_s << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
                                        << u"Excel 97-2003 workbook (.xls), not a CSV file: save it as .xlsx or .csv"_s;
    QTest::newRow("unit code like a formula")
        << u"units"_s << QByteArray("code,name,group\n=HYPERLINK(\"http://x\"),Sở Mới,SO\n")
        << u"column code: \"=HYPERLINK(\"http://x\")\" – expected a unit code without spaces that does not start with "
           "=, +, - or @"_s;
}

void TestCli::unreadableInputsChangeNothing()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString db = copyOfDemo(u"unreadable-%1.parindex"_s.arg(QString::number(qHash(QTest::currentDataTag()))));
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    const QString before = m_dir.filePath(u"unreadable-before.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s} + period + QStringList {before}).exitCode, 0);
    if (bytes == "{EXPORT-MISSPELT}") // the issue's own case: every appraised value would have been dropped
        bytes = fileBytes(before).replace("self,appraised,note", "self,apraised,note");
    const QString input = m_dir.filePath(u"input.csv"_s);
    writeFile(input, bytes);
    const QStringList args = command == u"units"
        ? QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"units"_s, u"import"_s, input}
        : QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"scores"_s, u"import"_s, input} + period;
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.count(u'\n') <= 2, qPrintable(r.err)); // one line of summary, one of the problem

    const QString after = m_dir.filePath(u"unreadable-after.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s} + period + QStringList {after}).exitCode, 0);
    QCOMPARE(fileBytes(after), fileBytes(before));
}

void TestCli::workbookAndUtf16ReadByTheirBytes()
{
    // An .xlsx workbook renamed .csv or left without extension, and a UTF-16 file without byte order mark, import
    // what they hold: the demo's scores with one appraised value changed.
    const QString db = copyOfDemo(u"by-bytes.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    const QString exported = m_dir.filePath(u"by-bytes.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s} + period + QStringList {exported}).exitCode, 0);
    const QStringList lines = QString::fromUtf8(fileBytes(exported)).split(u"\r\n"_s);
    QStringList first = lines[1].split(u',');
    QVERIFY(first[3] != u"0");
    first[3] = u"0"_s;
    QStringList changed = lines;
    changed[1] = first.join(u',');
    const QString text = changed.join(u"\r\n"_s).remove(QChar(0xFEFF));
    const QString wanted = m_dir.filePath(u"by-bytes-wanted.csv"_s);
    writeFile(wanted, "\xEF\xBB\xBF" + text.toUtf8());

    const QString workbook = m_dir.filePath(u"by-bytes-wanted.xlsx"_s);
    QCOMPARE(cli({u"--db"_s, db, u"backup"_s, u"--out"_s, m_dir.filePath(u"by-bytes-copy.parindex"_s)}).exitCode, 0);
    const QString copy = m_dir.filePath(u"by-bytes-copy.parindex"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, copy, u"scores"_s, u"import"_s, wanted} + period).exitCode, 0);
    QCOMPARE(
        cli(QStringList {u"--db"_s, copy, u"scores"_s, u"export"_s} + period + QStringList {workbook}).exitCode, 0);

    QByteArray utf16;
    for (QChar c : text)
        utf16.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    const QString noBom = m_dir.filePath(u"by-bytes-utf16.csv"_s);
    writeFile(noBom, utf16);
    const QString renamed = m_dir.filePath(u"by-bytes-workbook.csv"_s);
    const QString bare = m_dir.filePath(u"by-bytes-workbook"_s);
    QVERIFY(QFile::copy(workbook, renamed));
    QVERIFY(QFile::copy(workbook, bare));
    for (const QString &input : {noBom, renamed, bare}) {
        QCOMPARE(cli({u"--db"_s, db, u"backup"_s, u"--out"_s,
                         m_dir.filePath(u"by-bytes-%1.parindex"_s.arg(QFileInfo(input).fileName()))})
                     .exitCode,
            0);
        const QString target = m_dir.filePath(u"by-bytes-%1.parindex"_s.arg(QFileInfo(input).fileName()));
        const Run r = cli(QStringList {u"--db"_s, target, u"scores"_s, u"import"_s, input} + period);
        QVERIFY2(r.exitCode == 0, qPrintable(input + u": "_s + r.err));
        const QString out = m_dir.filePath(u"by-bytes-out.csv"_s);
        QFile::remove(out);
        QCOMPARE(
            cli(QStringList {u"--db"_s, target, u"scores"_s, u"export"_s} + period + QStringList {out}).exitCode, 0);
        QCOMPARE(fileBytes(out), fileBytes(wanted));
    }
}

void TestCli::importExportRoundTrip()
{
    const QString db = copyOfDemo(u"roundtrip.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    for (const QString &layout : {u"long"_s, u"wide"_s}) {
        const QString first = m_dir.filePath(u"scores-%1-1.csv"_s.arg(layout));
        const QString second = m_dir.filePath(u"scores-%1-2.csv"_s.arg(layout));
        QCOMPARE(
            cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, first, u"--layout"_s, layout} + period).exitCode,
            0);
        const Run imported = cli(QStringList {u"--db"_s, db, u"scores"_s, u"import"_s, first} + period);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(
            cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, second, u"--layout"_s, layout} + period).exitCode,
            0);
        QCOMPARE(fileBytes(second), fileBytes(first));
    }
    const QString criteria = m_dir.filePath(u"criteria-SO.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, criteria} + period).exitCode, 0);
    QVERIFY(fileBytes(criteria).contains("group"));
}

void TestCli::workbookRoundTrip()
{
    // The demo's scores out to a workbook and back: exported again as CSV, the file is byte for byte the same.
    const QString db = copyOfDemo(u"workbook-roundtrip.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    for (const QString &layout : {u"long"_s, u"wide"_s}) {
        const QString before = m_dir.filePath(u"wb-%1-before.csv"_s.arg(layout));
        const QString book = m_dir.filePath(u"wb-%1.xlsx"_s.arg(layout));
        const QString after = m_dir.filePath(u"wb-%1-after.csv"_s.arg(layout));
        QCOMPARE(
            cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, before, u"--layout"_s, layout} + period).exitCode,
            0);
        QCOMPARE(
            cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, book, u"--layout"_s, layout} + period).exitCode,
            0);
        QVERIFY(fileBytes(book).startsWith("PK"));
        const Run imported = cli(QStringList {u"--db"_s, db, u"scores"_s, u"import"_s, book} + period);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(
            cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, after, u"--layout"_s, layout} + period).exitCode,
            0);
        QCOMPARE(fileBytes(after), fileBytes(before));
    }
    // The criteria tree too.
    const QString criteria = m_dir.filePath(u"criteria-SO.xlsx"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, criteria} + period).exitCode, 0);
    const QString csvBefore = m_dir.filePath(u"criteria-SO-before.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, csvBefore} + period).exitCode, 0);
    const Run imported = cli(QStringList {u"--db"_s, db, u"criteria"_s, u"import"_s, criteria} + period);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QString csvAfter = m_dir.filePath(u"criteria-SO-after.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, csvAfter} + period).exitCode, 0);
    QCOMPARE(fileBytes(csvAfter), fileBytes(csvBefore));
}

void TestCli::workbookCommands()
{
    const QString db = copyOfDemo(u"workbook-commands.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s};
    // rank --out FILE.xlsx writes a workbook; with --format json it is a usage error.
    const QString rank = m_dir.filePath(u"rank.xlsx"_s);
    Run r = cli(QStringList {u"--db"_s, db, u"rank"_s, u"--out"_s, rank} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(fileBytes(rank).startsWith("PK"));
    r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"rank"_s, u"--format"_s, u"json"_s, u"--out"_s, rank}
        + period);
    QCOMPARE(r.exitCode, 1);
    const QString trend = m_dir.filePath(u"trend.xlsx"_s);
    r = cli({u"--db"_s, db, u"trend"_s, u"--group"_s, u"HUYEN"_s, u"--out"_s, trend});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(fileBytes(trend).startsWith("PK"));

    // A unit's template, and --sheet naming a sheet that is not there.
    auto opened = Database::open(db, Database::Access::ReadOnly);
    const QString unit = (*opened)->periodUnits((*opened)->period(2024, u"HUYEN"_s)->id)->first().code;
    opened = Error {};
    const QString form = m_dir.filePath(u"template.xlsx"_s);
    r = cli(QStringList {u"--db"_s, db, u"template"_s, u"--unit"_s, unit, u"--out"_s, form} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList {u"--db"_s, db, u"scores"_s, u"import"_s, form} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"scores"_s, u"import"_s, form, u"--sheet"_s, u"Nope"_s}
        + period);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"there is no sheet named \"Nope\": expected one of Self-assessment, Instructions."_s),
        qPrintable(r.err));

    // A bad workbook from LibreOffice: exit 2, every problem by sheet and cell, nothing changed.
    const QString before = m_dir.filePath(u"wc-before.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, before} + period).exitCode, 0);
    r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"scores"_s, u"import"_s,
                QStringLiteral(PARINDEX_SOURCE_DIR "/tests/io/data/scores-bad-libreoffice.xlsx")}
        + period);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(
        r.err.contains(u"scores-bad-libreoffice.xlsx, sheet Điểm, cell D2 (appraised): \"1,5x\""_s), qPrintable(r.err));
    const QString after = m_dir.filePath(u"wc-after.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, after} + period).exitCode, 0);
    QCOMPARE(fileBytes(after), fileBytes(before));

    // Survey answer counts: every survey criterion of the first unit gets 3 A and 1 D, i.e. 75 % of its points.
    opened = Database::open(db, Database::Access::ReadOnly);
    const qint64 pid = (*opened)->period(2024, u"HUYEN"_s)->id;
    const CriteriaTree tree = *(*opened)->criteria(pid);
    opened = Error {};
    QByteArray survey = "unit_code,criterion_code,a,b,c,d,e\n";
    QHash<QString, Fixed> expected;
    for (qsizetype i : tree.leaves()) {
        if (tree.at(i).kind != CriterionKind::Survey)
            continue;
        survey += unit.toUtf8() + ',' + tree.at(i).code.toUtf8() + ",3,0,0,1,0\n";
        expected.insert(tree.at(i).code, Fixed::fromRaw(divideRounded(tree.at(i).maxPoints.raw() * 3, 4)));
    }
    QVERIFY(!expected.isEmpty());
    const QString surveyFile = m_dir.filePath(u"survey.csv"_s);
    writeFile(surveyFile, survey);
    r = cli(QStringList {u"--db"_s, db, u"survey"_s, u"import"_s, surveyFile} + period);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    opened = Database::open(db, Database::Access::ReadOnly);
    const ScoreSheet sheet = (*opened)->scoreSheets(pid)->value(unit);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(sheet.entry(it.key()).appraised, std::optional<Fixed>(it.value()));
}

void TestCli::freshDatabaseWorkflow()
{
    const QString db = m_dir.filePath(u"fresh.parindex"_s);
    QCOMPARE(cli({u"--db"_s, db, u"init"_s}).exitCode, 0);
    const QString units = m_dir.filePath(u"units.csv"_s);
    writeFile(units, "code,name,group\nDS,Đông Sơn,HUYEN\nHH,Hoằng Hóa,HUYEN\n");
    Run r = cli({u"--db"_s, db, u"units"_s, u"import"_s, units});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(cli({u"--db"_s, db, u"period"_s, u"add"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s}).exitCode, 0);
    const QString criteria = m_dir.filePath(u"criteria.csv"_s);
    writeFile(criteria,
        "code,title,max_points,kind,rule\n1,Thẩm định,70,group,\n1.1,Chỉ đạo điều hành,30,score,\n"
        "1.2,Tỷ lệ hồ sơ đúng hạn,40,rate,linear\n2,Khảo sát,30,survey,\n");
    r = cli({u"--db"_s, db, u"criteria"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, criteria});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Đông Sơn: 28.15 + 95% of 40 (38) + 26 = 92.15; Hoằng Hóa: 28 + 94.5% of 40 (37.8) + 26.12 = 91.92.
    const QString scores = m_dir.filePath(u"scores.csv"_s);
    writeFile(scores, "unit_code;1.1;1.2;2\nDS;28,15;95;26\nHH;28;94,5;26,12\n");
    r = cli({u"--db"_s, db, u"scores"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, scores});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({u"--db"_s, db, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.remove(u'\uFEFF').split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1], u"1,DS,Đông Sơn,92.15,100,92.15,excellent,,,ranked,,"_s);
    QCOMPARE(lines[2], u"2,HH,Hoằng Hóa,91.92,100,91.92,excellent,,,ranked,,"_s);

    // The issue's tree: a maximum of 99999999999 made a full score rank last at -84.47 %. It is refused, with the
    // bound named, and nothing changes.
    const QString huge = m_dir.filePath(u"huge.csv"_s);
    writeFile(huge, "code,title,max_points,kind,rule\n1,Tất cả,99999999999,score,\n");
    r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"criteria"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s,
        u"HUYEN"_s, huge});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"huge.csv, line 2, column max_points: \"99999999999\" – expected the maximum points, a "
                            "number from 0 to 1000, the most a criteria tree can have."_s),
        qPrintable(r.err));
    // Every criterion not applicable to Hoằng Hóa: listed as not ranked, with the reason, never 0.00 and "weak".
    writeFile(scores, "unit_code;1.1;1.2;2\nHH;na;na;na\n");
    r = cli({u"--db"_s, db, u"scores"_s, u"import"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, scores});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s,
        u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    const QStringList after = r.out.remove(u'\uFEFF').split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[1], u"1,DS,Đông Sơn,92.15,100,92.15,excellent,,,ranked,,"_s);
    QCOMPARE(after[2],
        u",HH,Hoằng Hóa,,0,,,,,not_ranked,every criterion is not applicable to this unit (its applicable maximum is 0),"_s);
}

void TestCli::finalPeriodRefusesImport()
{
    const QString db = copyOfDemo(u"final.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"XA"_s};
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"finalize"_s, u"--number"_s, u"600/QĐ-UBND"_s, u"--date"_s,
                     u"2025-02-02"_s, u"--force"_s}
                 + period)
                 .exitCode,
        0);
    const QString exported = m_dir.filePath(u"final-scores.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, exported} + period).exitCode, 0);
    const Run r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s, u"scores"_s, u"import"_s, exported} + period);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"final"_s), qPrintable(r.err));
}

void TestCli::checkReportsOutsideEdit()
{
    const QString db = copyOfDemo(u"tampered.parindex"_s);
    Run r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"UPDATE score SET appraised = appraised + 10000 WHERE (criterion_id, unit_id) = "
                       "(SELECT criterion_id, unit_id FROM score ORDER BY criterion_id DESC, unit_id DESC LIMIT 1)"_s));
        QCOMPARE(q.numRowsAffected(), 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(u"outside"_s), qPrintable(r.out));
}

void TestCli::backup()
{
    const QString copy = copyOfDemo(u"backup.parindex"_s);
    QVERIFY(QFileInfo::exists(copy));
    const Run a
        = cli({u"--db"_s, m_demo, u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--format"_s, u"json"_s});
    const Run b
        = cli({u"--db"_s, copy, u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--format"_s, u"json"_s});
    QCOMPARE(b.exitCode, 0);
    QCOMPARE(b.out, a.out);
    QCOMPARE(cli({u"--db"_s, m_demo, u"backup"_s, u"--out"_s, copy}).exitCode == 0, true); // replaced whole
}

void TestCli::vietnameseMessages()
{
    const Run r = cli({u"--db"_s, m_demo, u"--lang"_s, u"vi"_s, u"rank"_s, u"--group"_s, u"SO"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"năm"_s), qPrintable(r.err));
}

// Every command that edits units, groups, criteria, scores, rosters or periods, run after the decisions of 2021-2023
// were issued: every final period's `rank --format json` and decision text stay byte-identical.
void TestCli::finalYearsSurviveEveryCommand()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the decisions back");
    const QString db = copyOfDemo(u"history.parindex"_s);
    const auto rankings = [&] {
        QStringList out;
        for (const QString &group : {u"SO"_s, u"HUYEN"_s, u"XA"_s}) {
            for (const QString &year : {u"2021"_s, u"2022"_s, u"2023"_s}) {
                const Run r
                    = cli({u"--db"_s, db, u"rank"_s, u"--year"_s, year, u"--group"_s, group, u"--format"_s, u"json"_s});
                out.append(r.exitCode == 0 ? r.out : u"exit %1: %2"_s.arg(r.exitCode).arg(r.err));
            }
        }
        return out;
    };
    const auto decisions = [&] {
        QStringList out;
        // The demo's groups were published in separate decisions.
        for (const QStringList &which : {QStringList {u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s},
                 QStringList {u"--year"_s, u"2022"_s, u"--group"_s, u"XA"_s},
                 QStringList {u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s}}) {
            const QString pdf = m_dir.filePath(u"history-decision.pdf"_s);
            QFile::remove(pdf);
            const Run r = cli(QStringList {u"--db"_s, db, u"decision"_s, u"--out"_s, pdf} + which);
            QProcess text;
            text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
            text.waitForFinished(60000);
            out.append(r.exitCode == 0 ? QString::fromUtf8(text.readAllStandardOutput()) : r.err);
        }
        return out;
    };
    const QStringList published = rankings();
    const QStringList printed = decisions();
    QVERIFY(printed.first().contains(u"Mã kiểm tra kết quả đã công bố"_s));
    const QString units = m_dir.filePath(u"history-units.csv"_s);
    writeFile(units,
        "code,name,group,since_year,retired_year,ranked\n"
        "SCT,Sở Công Thương,HUYEN,,,1\n" // the reported case: a department moved to the districts
        "H01,UBND thị xã (tên mới),HUYEN,,,0\n" // renamed, listed without a rank
        "H02,UBND huyện Đông Giang,HUYEN,,2022,1\n"); // retired in a final year
    const QString criteria = m_dir.filePath(u"history-criteria.csv"_s);
    const QString scores = m_dir.filePath(u"history-scores.csv"_s);
    const QString roster = m_dir.filePath(u"history-roster.csv"_s);
    const QStringList y2024 = {u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s};
    const QList<QStringList> commands = {
        {u"units"_s, u"import"_s, units, u"--keep-scores"_s},
        QStringList {u"criteria"_s, u"export"_s, criteria} + y2024,
        QStringList {u"scores"_s, u"export"_s, scores} + y2024,
        QStringList {u"criteria"_s, u"import"_s, criteria} + y2024,
        QStringList {u"scores"_s, u"import"_s, scores} + y2024,
        {u"period"_s, u"add"_s, u"--year"_s, u"2025"_s, u"--group"_s, u"HUYEN"_s, u"--copy-from"_s, u"2023"_s},
        {u"roster"_s, u"export"_s, u"--year"_s, u"2025"_s, u"--group"_s, u"HUYEN"_s, roster},
        {u"roster"_s, u"import"_s, u"--year"_s, u"2025"_s, u"--group"_s, u"HUYEN"_s, roster},
        {u"finalize"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--number"_s, u"12/QĐ-UBND"_s, u"--date"_s,
            u"2025-03-01"_s, u"--force"_s},
    };
    for (const QStringList &command : commands) {
        const Run r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s} + command);
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ') + u": "_s + r.err));
        const QStringList now = rankings();
        for (qsizetype i = 0; i < now.size(); ++i)
            QVERIFY2(
                now[i] == published[i], qPrintable(u"after %1: ranking %2 changed"_s.arg(command.join(u' ')).arg(i)));
    }
    QCOMPARE(decisions(), printed);
    const Run check = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
}

// The digest printed under an annex confirms the file; another file, or a changed one, says which period differs.
void TestCli::checkAgainstThePaper()
{
    const QString db = copyOfDemo(u"paper.parindex"_s);
    const Run all = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s});
    const auto match = QRegularExpression(u"2023/HUYEN: final, decision .* printed digest ([0-9A-Z]{4}-[0-9A-Z]{4})"_s)
                           .match(all.out);
    QVERIFY2(match.hasMatch(), qPrintable(all.out));
    const QString digest = match.captured(1);
    Run r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s, u"--digest"_s, digest});
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"2023/HUYEN"_s), qPrintable(r.out + r.err));
    r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s, u"--digest"_s, u"AAAA-AAAA"_s, u"--year"_s, u"2023"_s,
        u"--group"_s, u"HUYEN"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(u"does not match the paper"_s) && r.out.contains(u"2023/HUYEN published "_s + digest),
        qPrintable(r.out));
    QCOMPARE(cli({u"--db"_s, db, u"check"_s, u"--digest"_s, digest, u"--year"_s, u"2023"_s}).exitCode, 1);
}

// The newest audit entries cut with sqlite3, and the head recorded in the file moved with them: the file alone
// cannot tell, but the command line kept what it saw of the log outside the file.
void TestCli::checkFindsALogCutWithItsHead()
{
    const QString db = copyOfDemo(u"cut.parindex"_s);
    QCOMPARE(cli({u"--db"_s, db, u"check"_s}).exitCode, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"DELETE FROM audit WHERE id > (SELECT max(id) - 3 FROM audit)"_s));
        QVERIFY(q.exec(u"UPDATE meta SET value = (SELECT hash FROM audit ORDER BY id DESC LIMIT 1) "
                       "WHERE key = 'audit_head'"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    const Run r = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"check"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(u"which this computer saw"_s), qPrintable(r.out));
    const Run rank
        = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s});
    QCOMPARE(rank.exitCode, 0);
    QVERIFY2(rank.err.startsWith(u"Warning: "_s), qPrintable(rank.err));
}

// The user's data folder cannot be written (here: its name is a file): the command does its work and says that a
// later cut of the log will not be noticed from this computer, rather than forgetting silently.
void TestCli::anchorsThatCannotBeRecordedAreSaid()
{
    const QString db = copyOfDemo(u"unrecorded.parindex"_s);
    const QString notAFolder = m_dir.filePath(u"data-is-a-file"_s);
    writeFile(notAFolder, "x");
    const clirun::Options options {{}, -1, {u"XDG_DATA_HOME="_s + notAFolder}};
    const Run rank
        = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s}, options);
    QCOMPARE(rank.exitCode, 0);
    QVERIFY2(
        rank.err.startsWith(u"Warning: What this computer saw of the audit log of %1 could not be recorded in %2"_s.arg(
            QFileInfo(db).absoluteFilePath(), notAFolder)),
        qPrintable(rank.err));
    QVERIFY2(rank.err.contains(u"a later cut of the log will not be noticed here"_s), qPrintable(rank.err));
    // A change, recorded after the write: said the same way; the change itself is made.
    const Run change = cli(
        {u"--db"_s, db, u"--lang"_s, u"en"_s, u"period"_s, u"add"_s, u"--year"_s, u"2030"_s, u"--group"_s, u"SO"_s},
        options);
    QCOMPARE(change.exitCode, 0);
    QVERIFY2(change.err.contains(u"could not be recorded"_s), qPrintable(change.err));
    // With the folder writable again: nothing to say.
    const Run quiet
        = cli({u"--db"_s, db, u"--lang"_s, u"en"_s, u"rank"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s});
    QCOMPARE(quiet.exitCode, 0);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
}

// Every output (--out, an export's FILE, a backup) and every input FILE that is the database's own file is refused
// before anything is read or written.
void TestCli::databaseFilesAreNeverOutputsOrInputs()
{
    const QString db = copyOfDemo(u"own.parindex"_s);
    const QByteArray before = fileBytes(db);
    const QStringList year = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    const QList<QStringList> commands = {
        QStringList {u"rank"_s, u"--format"_s, u"csv"_s, u"--out"_s, db} + year,
        QStringList {u"rank"_s, u"--out"_s, db + u"-wal"_s} + year,
        QStringList {u"scores"_s, u"export"_s, db} + year,
        QStringList {u"scores"_s, u"import"_s, db} + year,
        QStringList {u"decision"_s, u"--out"_s, db + u"-shm"_s} + year,
        {u"chart"_s, u"compare"_s, u"--group"_s, u"SO"_s, u"--year"_s, u"2024"_s, u"--out"_s, db + u"-journal"_s},
        {u"backup"_s, u"--out"_s, db + u"-wal"_s},
    };
    for (const QStringList &command : commands) {
        const Run r = cli(QStringList {u"--db"_s, db, u"--lang"_s, u"en"_s} + command);
        QVERIFY2(r.exitCode == 1 && r.err.contains(u"own file"_s), qPrintable(command.join(u' ') + u": "_s + r.err));
    }
    QCOMPARE(fileBytes(db), before);
    QVERIFY(!QFileInfo::exists(db + u"-journal"_s));
    QCOMPARE(cli({u"--db"_s, db, u"check"_s}).exitCode, 0);
}

QString TestCli::threeYearFile()
{
    const QString path = m_dir.filePath(u"three.parindex"_s);
    if (!QFileInfo::exists(path))
        test::threeYears(path);
    return path;
}

// The news of the ranking, from tests/common/threeyearfile.h (its numbers are checked by hand there and in
// tests/desk/tst_rankingsummary.cpp): the lines a press office pastes, in --lang's words.
void TestCli::summaryText_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("vi, Hoằng Hóa")
        << QStringList {u"--lang"_s, u"vi"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"E"_s}
        << QStringList {u"Chỉ số cải cách hành chính năm 2023 – UBND cấp huyện (7 đơn vị được xếp hạng)"_s,
               u"DỰ THẢO: kỳ đánh giá năm 2023 chưa chốt kết quả, các số liệu năm 2023 là tạm tính."_s,
               u"Hoằng Hóa xếp thứ 2/7 (tạm tính), giảm 1 bậc so với năm 2022 và giữ nguyên thứ "
               u"hạng so với năm 2021."_s};
    QTest::newRow("vi, 2021: no Xuất sắc")
        << QStringList {u"--lang"_s, u"vi"_s, u"--year"_s, u"2021"_s, u"--group"_s, u"HUYEN"_s}
        << QStringList {u"- Xếp loại: 3 đơn vị đạt loại Tốt, 1 đơn vị đạt loại Khá, 2 đơn "
                        u"vị đạt loại Trung bình; không có đơn vị nào đạt loại Xuất sắc "
                        u"hoặc Yếu."_s};
    QTest::newRow("en, a unit without --group")
        << QStringList {u"--lang"_s, u"en"_s, u"--year"_s, u"2023"_s, u"--unit"_s, u"G"_s}
        << QStringList {u"PAR Index 2023 – UBND cấp huyện (7 units ranked)"_s,
               u"Ngọc Lặc ranks 4/7 (provisional), not ranked in 2022 and up 2 "
               u"places on 2021."_s};
    QTest::newRow("en, every group") << QStringList {u"--lang"_s, u"en"_s, u"--year"_s, u"2023"_s}
                                     << QStringList {u"PAR Index 2023 – Sở, ban, ngành cấp tỉnh (2 units ranked)"_s,
                                            u"PAR Index 2023 – UBND cấp huyện (7 units ranked)"_s};
}

void TestCli::summaryText()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, lines);
    const Run r = cli(QStringList {u"--db"_s, threeYearFile(), u"summary"_s} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList out = r.out.split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(out.contains(line), qPrintable(line + u"\n---\n"_s + r.out));
}

void TestCli::summaryJson()
{
    const QString out = m_dir.filePath(u"summary.json"_s);
    const Run r = cli({u"--db"_s, threeYearFile(), u"summary"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s,
        u"--unit"_s, u"F"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(fileBytes(out)).object();
    QCOMPARE(o.value(u"group"_s).toString(), u"HUYEN"_s);
    QCOMPARE(o.value(u"published"_s).toBool(), false);
    QCOMPARE(o.value(u"average"_s).toDouble(), 84.70); // 592.92 / 7 = 84.7028… -> 84.70
    QCOMPARE(o.value(u"average_change"_s).toDouble(), 0.57); // 84.70 - 84.13
    QCOMPARE(o.value(u"classes"_s).toObject().value(u"good"_s).toInt(), 3);
    QCOMPARE(o.value(u"risers"_s).toArray().first().toObject().value(u"code"_s).toString(), u"A"_s);
    const QJsonObject unit = o.value(u"unit"_s).toObject();
    QCOMPARE(unit.value(u"rank"_s).toInt(), 5);
    QCOMPARE(unit.value(u"of"_s).toInt(), 7);
    QVERIFY(unit.value(u"rank_change"_s).isNull()); // Mê Linh is new in 2023
    QVERIFY(unit.value(u"rank_change_2y"_s).isNull());
    // Without --group: an array, one object per group of the year.
    const Run all = cli({u"--db"_s, threeYearFile(), u"summary"_s, u"--year"_s, u"2023"_s, u"--format"_s, u"json"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 2);
}

void TestCli::summaryRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown group") << QStringList {u"--year"_s, u"2023"_s, u"--group"_s, u"XA"_s} << 2
                                   << u"There is no group XA in the file."_s;
    QTest::newRow("no such period") << QStringList {u"--year"_s, u"2019"_s, u"--group"_s, u"HUYEN"_s} << 2
                                    << u"Group HUYEN has no period of 2019."_s;
    QTest::newRow("unit not in the group") << QStringList {u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s, u"--unit"_s,
        u"E"_s} << 2 << u"E (Hoằng Hóa) is not among the units of SO in 2023."_s;
    QTest::newRow("year") << QStringList {u"--year"_s, u"next"_s} << 1 << u"--year"_s;
    QTest::newRow("infographic of every group")
        << QStringList {u"--year"_s, u"2023"_s, u"--out"_s, u"every.png"_s} << 1 << u"give --group"_s;
}

void TestCli::summaryRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = cli(QStringList {u"--db"_s, threeYearFile(), u"--lang"_s, u"en"_s, u"summary"_s} + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCli::summaryInfographic_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("png") << u"summary.png"_s << QByteArray("\x89PNG");
    QTest::newRow("svg") << u"summary.svg"_s << QByteArray("<?xml");
    QTest::newRow("pdf") << u"summary.pdf"_s << QByteArray("%PDF");
}

void TestCli::summaryInfographic()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, start);
    const QString out = m_dir.filePath(name);
    const Run r = cli({u"--db"_s, threeYearFile(), u"--lang"_s, u"vi"_s, u"summary"_s, u"--year"_s, u"2023"_s,
        u"--group"_s, u"HUYEN"_s, u"--unit"_s, u"E"_s, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(fileBytes(out).startsWith(start), fileBytes(out).left(20).toHex().constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
