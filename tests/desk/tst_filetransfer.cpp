// FileTransfer with CSV and XLSX: LibreOffice's workbooks import to the same database as the matching CSV;
// every export re-imports to identical data in both formats; a workbook with bad cells is refused with every
// problem named by sheet and cell and the file unchanged; survey points and answer counts; the
// self-assessment template filled in and sent back; the ranking workbook keeps numbers as numbers.
#include "../io/iofixture.h"

#include "../common/childlog.h"
#include "desk/filetransfer.h"
#include "desk/periodranking.h"
#include "io/formats.h"
#include "io/xlsx/tablefile.h"
#include "io/xlsx/xlsxreader.h"
#include "io/xlsx/xlsxwriter.h"
#include "storage/database.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <unistd.h>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

namespace {
const QString dataDir = QStringLiteral(PARINDEX_SOURCE_DIR "/tests/io/data");

// A province file with the io fixture's period: HUYEN 2023, the sample tree, DS, HH and TX.
std::unique_ptr<Database> makeDatabase(const QString &path)
{
    auto db = Database::create(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    (*db)->setClock([] { return QDateTime(QDate(2024, 2, 2), QTime(8, 30), Qt::UTC); });
    must((*db)->saveGroup({u"HUYEN"_s, u"UBND cấp huyện"_s, 1}));
    must((*db)->importUnits(sampleUnits()));
    const auto period = (*db)->addPeriod(2023, u"HUYEN"_s);
    if (!period)
        qFatal("%s", qPrintable(period.error().text()));
    must((*db)->replaceCriteria(period->id, sampleTree()));
    return std::move(db).value();
}

QHash<QString, ScoreSheet> sheetsOf(const Database &db)
{
    const auto sheets = db.scoreSheets(db.period(2023, u"HUYEN"_s)->id);
    if (!sheets)
        qFatal("%s", qPrintable(sheets.error().text()));
    return *sheets;
}

// What LibreOffice's scores-libreoffice.xlsx and scores-libreoffice.csv hold, checked by hand.
QHash<QString, ScoreSheet> expectedFixtureSheets()
{
    QHash<QString, ScoreSheet> s;
    s[u"DS"_s] = {u"DS"_s,
        {{u"1.1.1"_s, entry("1.5", "2", false, u"Đủ hồ sơ kiểm chứng"_s)}, {u"1.1.2"_s, entry("85.5", "90")},
            {u"1.2"_s, entry("5.25", "6", false, u"2024-01-15"_s)}}};
    s[u"HH"_s] = {u"HH"_s, {{u"1.1.1"_s, entry("1")}, {u"1.3"_s, entry("0.5", nullptr, false, u"Chậm 2 báo cáo"_s)}}};
    s[u"TX"_s]
        = {u"TX"_s, {{u"1.2"_s, entry(nullptr, nullptr, true, u"Đủ hồ sơ kiểm chứng"_s)}, {u"2"_s, entry("72")}}};
    return s;
}

// Rows without their trailing empty cells: a CSV file writes them, a workbook has no such cells.
QList<QStringList> filled(QList<QStringList> rows)
{
    for (QStringList &row : rows) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
    }
    return rows;
}

// One part of a workbook, unpacked.
QByteArray workbookPart(const QString &path, const QString &part)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        return {};
    QuaZipFile f(&zip);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
} // namespace

class TestFileTransfer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void workbookImportsLikeCsv_data();
    void workbookImportsLikeCsv();
    void roundTrip_data();
    void roundTrip();
    void criteriaRoundTrip_data();
    void criteriaRoundTrip();
    void badWorkbookRefused();
    void sheetOfCsvIsUsage();
    void surveyImport_data();
    void surveyImport();
    void selfAssessmentTemplate_data();
    void selfAssessmentTemplate();
    void rankingWorkbook();
    void failedWriteLeavesNoFile();
    void databaseFilesAreNeverReadOrWritten_data();
    void databaseFilesAreNeverReadOrWritten();
    void formulaLikeTextRoundTrip_data();
    void formulaLikeTextRoundTrip();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestFileTransfer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFileTransfer::workbookImportsLikeCsv_data()
{
    QTest::addColumn<QString>("workbook");
    QTest::newRow("LibreOffice, shared strings") << u"scores-libreoffice.xlsx"_s;
    QTest::newRow("inline strings") << u"scores-inline.xlsx"_s;
    QTest::newRow("strict OOXML") << u"scores-strict.xlsx"_s;
}

void TestFileTransfer::workbookImportsLikeCsv()
{
    QFETCH(QString, workbook);
    auto fromCsv = makeDatabase(path(u"csv.parindex"_s));
    auto fromXlsx = makeDatabase(path(u"xlsx.parindex"_s));
    const Status csv = FileTransfer::importScores(*fromCsv, 2023, u"HUYEN"_s, dataDir + u"/scores-libreoffice.csv"_s);
    QVERIFY2(csv, qPrintable(csv.error().text()));
    const Status xlsx = FileTransfer::importScores(*fromXlsx, 2023, u"HUYEN"_s, dataDir + u'/' + workbook, u"Điểm"_s);
    QVERIFY2(xlsx, qPrintable(xlsx.error().text()));
    QCOMPARE(sheetsOf(*fromXlsx), sheetsOf(*fromCsv));
    QCOMPARE(sheetsOf(*fromXlsx), expectedFixtureSheets());
    // The first sheet is the notes sheet: without --sheet the import names what it found there.
    const Status first = FileTransfer::importScores(*fromXlsx, 2023, u"HUYEN"_s, dataDir + u'/' + workbook);
    QVERIFY(!first);
    QVERIFY2(first.error().details.value(0).startsWith(workbook + u", sheet Ghi chú, row 1, column unit_code – "_s),
        qPrintable(first.error().text()));
}

void TestFileTransfer::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("layout");
    QTest::newRow("csv long") << u"scores.csv"_s << int(FileTransfer::ScoresLayout::Long);
    QTest::newRow("csv wide") << u"scores.csv"_s << int(FileTransfer::ScoresLayout::Wide);
    QTest::newRow("xlsx long") << u"scores.xlsx"_s << int(FileTransfer::ScoresLayout::Long);
    QTest::newRow("xlsx wide") << u"scores.xlsx"_s << int(FileTransfer::ScoresLayout::Wide);
}

void TestFileTransfer::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(int, layout);
    const auto wide = FileTransfer::ScoresLayout(layout) == FileTransfer::ScoresLayout::Wide;
    auto source = makeDatabase(path(u"source.parindex"_s));
    must(FileTransfer::importScores(*source, 2023, u"HUYEN"_s, dataDir + u"/scores-libreoffice.csv"_s));
    // Four decimals and a value that binary floating point cannot hold exactly.
    const qint64 pid = source->period(2023, u"HUYEN"_s)->id;
    must(source->setScore(pid, u"HH"_s, u"1.2"_s, entry("5.1234", "0.1")));
    must(FileTransfer::exportScores(*source, 2023, u"HUYEN"_s, path(file), FileTransfer::ScoresLayout(layout)));

    auto target = makeDatabase(path(u"target.parindex"_s));
    const Status s = FileTransfer::importScores(*target, 2023, u"HUYEN"_s, path(file));
    QVERIFY2(s, qPrintable(s.error().text()));
    QHash<QString, ScoreSheet> expected = sheetsOf(*source);
    if (wide) {
        // The wide form carries appraised values and na only.
        for (ScoreSheet &sheet : expected) {
            for (auto it = sheet.entries.begin(); it != sheet.entries.end();) {
                it->selfValue.reset();
                it->note.clear();
                it = it->isEmpty() ? sheet.entries.erase(it) : std::next(it);
            }
        }
    }
    QCOMPARE(sheetsOf(*target), expected);
}

void TestFileTransfer::criteriaRoundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << u"criteria.csv"_s;
    QTest::newRow("xlsx") << u"criteria.xlsx"_s;
}

void TestFileTransfer::criteriaRoundTrip()
{
    QFETCH(QString, file);
    auto source = makeDatabase(path(u"source.parindex"_s));
    // Codes such as 1.10 must stay text: a number cell would read back as 1.1.
    CriteriaTree tree = sampleTree();
    QList<Criterion> list;
    for (qsizetype i = 0; i < tree.size(); ++i)
        list.append(tree.at(i));
    list.insert(5, criterion(u"1.10"_s, u"Tiêu chí thứ mười"_s, "0.25", CriterionKind::Score));
    list[0].maxPoints = *Fixed::parse(u"10.25");
    const auto extended = CriteriaTree::build(list);
    QVERIFY2(extended, qPrintable(extended.error().text()));
    must(source->replaceCriteria(source->period(2023, u"HUYEN"_s)->id, *extended));
    must(FileTransfer::exportCriteria(*source, 2023, u"HUYEN"_s, path(file)));

    auto target = makeDatabase(path(u"target.parindex"_s));
    const Status s = FileTransfer::importCriteria(*target, 2023, u"HUYEN"_s, path(file));
    QVERIFY2(s, qPrintable(s.error().text()));
    const auto back = target->criteria(target->period(2023, u"HUYEN"_s)->id);
    QVERIFY(back);
    QCOMPARE(back->size(), extended->size());
    for (qsizetype i = 0; i < back->size(); ++i)
        QCOMPARE(back->at(i), extended->at(i));
}

void TestFileTransfer::badWorkbookRefused()
{
    auto db = makeDatabase(path(u"db.parindex"_s));
    must(FileTransfer::importScores(*db, 2023, u"HUYEN"_s, dataDir + u"/scores-libreoffice.csv"_s));
    const auto before = sheetsOf(*db);
    const auto auditBefore = db->auditLog();
    QVERIFY(auditBefore);

    const Status s = FileTransfer::importScores(*db, 2023, u"HUYEN"_s, dataDir + u"/scores-bad-libreoffice.xlsx"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::BadData);
    QCOMPARE(s.error().message, u"scores-bad-libreoffice.xlsx: 6 problems; nothing was imported."_s);
    const QString f = u"scores-bad-libreoffice.xlsx, sheet Điểm, "_s;
    QCOMPARE(s.error().details,
        QStringList({
            f + u"cell D2 (appraised): \"1,5x\" – expected a number from 0 to 2 (criterion 1.1.1 of Đông Sơn)."_s,
            f + u"cell D3 (appraised): \"7\" – expected a number from 0 to 6 (criterion 1.2 of Đông Sơn)."_s,
            f + u"cell A4 (unit_code): \"XX\" – expected the code of a unit that takes part in this period."_s,
            f
                + u"cell B5 (criterion_code): \"1.1\" – expected a leaf criterion: 1.1 is a group, its values go to "
                  "its sub-criteria."_s,
            f + u"cell C6 (self): \"120\" – expected a rate in percent from 0 to 100 (criterion 1.1.2 of Hoằng Hóa)."_s,
            f + u"cell D6 (appraised): \"-1\" – expected a rate in percent from 0 to 100 (criterion 1.1.2 of Hoằng Hóa)."_s,
        }));
    // Where each problem is, as (sheet row, column from A = 0), for a preview to mark.
    const QList<QPair<int, int>> cells = {{2, 3}, {3, 3}, {4, 0}, {5, 1}, {6, 2}, {6, 3}};
    QCOMPARE(s.error().cells, cells);
    QCOMPARE(sheetsOf(*db), before);
    QCOMPARE(db->auditLog()->size(), auditBefore->size());
}

void TestFileTransfer::sheetOfCsvIsUsage()
{
    auto db = makeDatabase(path(u"db.parindex"_s));
    const Status s = FileTransfer::importScores(*db, 2023, u"HUYEN"_s, dataDir + u"/scores-libreoffice.csv"_s, u"x"_s);
    QVERIFY(!s);
    QCOMPARE(s.error().kind, Error::Kind::Usage);
}

void TestFileTransfer::surveyImport_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QString>("dsPoints");
    QTest::addColumn<QString>("hhPoints");
    // Survey criterion 2 has 90 points. Counts: DS 30/10/5/3/2 of 50 -> 90 x (3000+600+100)/5000 = 66.6;
    // HH 1/1/1/0/0 of 3 -> 90 x 180/300 = 54.
    const QList<QStringList> counts = {{u"unit_code"_s, u"criterion_code"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s},
        {u"DS"_s, u"2"_s, u"30"_s, u"10"_s, u"5"_s, u"3"_s, u"2"_s},
        {u"HH"_s, u"2"_s, u"1"_s, u"1"_s, u"1"_s, QString(), QString()}};
    const QList<QStringList> points = {
        {u"unit_code"_s, u"criterion_code"_s, u"points"_s}, {u"DS"_s, u"2"_s, u"80.5"_s}, {u"HH"_s, u"2"_s, u"71"_s}};
    QTest::newRow("counts, csv") << u"survey.csv"_s << counts << u"66.6"_s << u"54"_s;
    QTest::newRow("counts, xlsx") << u"survey.xlsx"_s << counts << u"66.6"_s << u"54"_s;
    QTest::newRow("points, csv") << u"survey.csv"_s << points << u"80.5"_s << u"71"_s;
    QTest::newRow("points, xlsx") << u"survey.xlsx"_s << points << u"80.5"_s << u"71"_s;
}

void TestFileTransfer::surveyImport()
{
    QFETCH(QString, file);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QString, dsPoints);
    QFETCH(QString, hhPoints);
    SheetData sheet {u"survey"_s, rows.first(), {}, {}};
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QList<SheetCell> cells;
        for (const QString &t : rows[r]) {
            const auto n = Fixed::parse(t);
            cells.append(n && t != u"2" ? SheetCell::numberCell(*n) : SheetCell::textCell(t));
        }
        sheet.rows.append(cells);
    }
    must(TableFile::write(path(file), {sheet}));
    auto db = makeDatabase(path(u"db.parindex"_s));
    const Status s = FileTransfer::importSurvey(*db, 2023, u"HUYEN"_s, path(file));
    QVERIFY2(s, qPrintable(s.error().text()));
    const auto sheets = sheetsOf(*db);
    QCOMPARE(sheets.value(u"DS"_s).entry(u"2"_s).appraised->toString(), dsPoints);
    QCOMPARE(sheets.value(u"HH"_s).entry(u"2"_s).appraised->toString(), hhPoints);
    QVERIFY(sheets.value(u"TX"_s).entries.isEmpty());
}

void TestFileTransfer::selfAssessmentTemplate_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << u"template-DS.csv"_s;
    QTest::newRow("xlsx") << u"template-DS.xlsx"_s;
}

void TestFileTransfer::selfAssessmentTemplate()
{
    QFETCH(QString, file);
    auto db = makeDatabase(path(u"db.parindex"_s));
    must(FileTransfer::exportTemplate(*db, 2023, u"HUYEN"_s, u"DS"_s, path(file)));
    const auto table = TableFile::read(path(file));
    QVERIFY2(table, qPrintable(table.error().text()));
    QCOMPARE(table->header,
        QStringList({u"unit_code"_s, u"criterion_code"_s, u"title"_s, u"kind"_s, u"max"_s, u"self"_s, u"note"_s}));
    // Every leaf but the survey's, with the largest value its cell takes.
    QCOMPARE(filled(table->rows.toList()),
        QList<QStringList>({{u"DS"_s, u"1.1.1"_s, u"Ban hành kế hoạch"_s, u"score"_s, u"2"_s},
            {u"DS"_s, u"1.1.2"_s, u"Tỷ lệ hoàn thành kế hoạch"_s, u"rate"_s, u"100"_s},
            {u"DS"_s, u"1.2"_s, u"Báo cáo đúng hạn"_s, u"score"_s, u"6"_s},
            {u"DS"_s, u"1.3"_s, u"Chậm báo cáo"_s, u"deduction"_s, u"1"_s}}));
    if (TableFile::isWorkbook(file)) {
        QCOMPARE(*XlsxReader::readSheetNames(path(file)), QStringList({u"Self-assessment"_s, u"Instructions"_s}));
        const QByteArray xml = workbookPart(path(file), u"xl/worksheets/sheet1.xml"_s);
        QVERIFY(xml.contains("<dataValidation type=\"custom\""));
        QVERIFY(xml.contains("OR(UPPER(F3)=\"NA\",AND(ISNUMBER(F3),F3&gt;=0,F3&lt;=100))"));
    }

    // The unit fills it in and sends it back.
    QList<SheetData> filled = FileFormats::selfAssessmentTemplate(
        *db->criteria(db->period(2023, u"HUYEN"_s)->id), *db->unit(u"DS"_s), ScoreSheet());
    filled[0].rows[0][5] = SheetCell::numberCell(*Fixed::parse(u"1.75"));
    filled[0].rows[1][5] = SheetCell::numberCell(Fixed::fromInt(95));
    filled[0].rows[2][5].text = u"na"_s;
    filled[0].rows[2][6] = SheetCell::textCell(u"Không có báo cáo định kỳ"_s);
    must(TableFile::write(path(file), filled));
    const Status s = FileTransfer::importScores(*db, 2023, u"HUYEN"_s, path(file));
    QVERIFY2(s, qPrintable(s.error().text()));
    QCOMPARE(sheetsOf(*db).value(u"DS"_s),
        (ScoreSheet {u"DS"_s,
            {{u"1.1.1"_s, entry(nullptr, "1.75")}, {u"1.1.2"_s, entry(nullptr, "95")},
                {u"1.2"_s, entry(nullptr, nullptr, true, u"Không có báo cáo định kỳ"_s)}}}));

    // Exported again, the template shows what was sent.
    must(FileTransfer::exportTemplate(*db, 2023, u"HUYEN"_s, u"DS"_s, path(file)));
    const auto again = TableFile::read(path(file));
    QCOMPARE(again->rows.value(0).value(5), u"1.75"_s);
    QCOMPARE(again->rows.value(2).value(5), u"na"_s);

    // A value beyond the maximum is refused with its cell.
    filled[0].rows[0][5] = SheetCell::numberCell(Fixed::fromInt(3));
    must(TableFile::write(path(file), filled));
    const Status bad = FileTransfer::importScores(*db, 2023, u"HUYEN"_s, path(file));
    QVERIFY(!bad);
    QCOMPARE(bad.error().details.value(0),
        TableFile::isWorkbook(file)
            ? u"template-DS.xlsx, sheet Self-assessment, cell F2 (self): \"3\" – expected a number from 0 to 2 "
              "(criterion 1.1.1 of Đông Sơn)."_s
            : u"template-DS.csv, line 2, column self: \"3\" – expected a number from 0 to 2 (criterion 1.1.1 of Đông Sơn)."_s);
}

void TestFileTransfer::rankingWorkbook()
{
    auto db = makeDatabase(path(u"db.parindex"_s));
    const qint64 pid = db->period(2023, u"HUYEN"_s)->id;
    for (const QString &unit : {u"DS"_s, u"HH"_s, u"TX"_s}) {
        must(db->setScore(pid, unit, u"1.1.1"_s, entry("2")));
        must(db->setScore(pid, unit, u"1.1.2"_s, entry("100")));
        must(db->setScore(pid, unit, u"1.3"_s, entry("0")));
        must(db->setScore(pid, unit, u"2"_s, entry(unit == u"DS" ? "82.3" : "80")));
    }
    must(db->setScore(pid, u"DS"_s, u"1.2"_s, entry("5.5")));
    must(db->setScore(pid, u"HH"_s, u"1.2"_s, entry("6")));
    must(FileTransfer::exportRanking(*db, 2023, u"HUYEN"_s, path(u"rank.xlsx"_s)));
    must(FileTransfer::exportRanking(*db, 2023, u"HUYEN"_s, path(u"rank.csv"_s)));
    const auto fromXlsx = TableFile::read(path(u"rank.xlsx"_s));
    const auto fromCsv = TableFile::read(path(u"rank.csv"_s));
    QVERIFY(fromXlsx && fromCsv);
    QCOMPARE(fromXlsx->header, fromCsv->header);
    // DS: 2 + 2 + 5.5 + 82.3 = 91.8; HH: 2 + 2 + 6 + 80 = 90; TX has no 1.2 yet and is incomplete: listed with
    // its status and the reason, without rank, class, and without its partial 84 points and 84.00 that would read as
    // a result. The CSV writes the index with two decimals; the workbook's number reads back as few as it needs.
    const QStringList tx = {QString(), u"TX"_s, u"Thọ Xuân"_s, QString(), u"100"_s, QString(), QString(), QString(),
        QString(), u"incomplete"_s, u"appraised scores missing: 1.2"_s};
    QCOMPARE(filled(fromCsv->rows.toList()),
        QList<QStringList>({{u"1"_s, u"DS"_s, u"Đông Sơn"_s, u"91.8"_s, u"100"_s, u"91.80"_s, u"excellent"_s, QString(),
                                QString(), u"ranked"_s},
            {u"2"_s, u"HH"_s, u"Hoằng Hóa"_s, u"90"_s, u"100"_s, u"90.00"_s, u"excellent"_s, QString(), QString(),
                u"ranked"_s},
            tx}));
    QCOMPARE(filled(fromXlsx->rows.toList()),
        QList<QStringList>({{u"1"_s, u"DS"_s, u"Đông Sơn"_s, u"91.8"_s, u"100"_s, u"91.8"_s, u"excellent"_s, QString(),
                                QString(), u"ranked"_s},
            {u"2"_s, u"HH"_s, u"Hoằng Hóa"_s, u"90"_s, u"100"_s, u"90"_s, u"excellent"_s, QString(), QString(),
                u"ranked"_s},
            tx}));
    // Numbers are number cells (no t="s"), the index styled "0.00": Excel shows 91,80 to a Vietnamese user.
    const QByteArray xml = workbookPart(path(u"rank.xlsx"_s), u"xl/worksheets/sheet1.xml"_s);
    QVERIFY(xml.contains("<c r=\"F2\" s=\"2\"><v>91.8</v></c>") || xml.contains("<c r=\"F2\" s=\"1\"><v>91.8</v></c>"));
    QVERIFY(workbookPart(path(u"rank.xlsx"_s), u"xl/styles.xml"_s).contains("formatCode=\"0.00\""));
}

void TestFileTransfer::failedWriteLeavesNoFile()
{
    auto db = makeDatabase(path(u"db.parindex"_s));
    const QString missingDir = path(u"no/such/dir/rank.xlsx"_s);
    const Status s = FileTransfer::exportRanking(*db, 2023, u"HUYEN"_s, missingDir);
    QVERIFY(!s);
    QVERIFY(!QFileInfo::exists(missingDir));
    // An existing workbook is replaced whole; nothing else is left beside it.
    must(FileTransfer::exportScores(*db, 2023, u"HUYEN"_s, path(u"s.xlsx"_s), FileTransfer::ScoresLayout::Long));
    must(FileTransfer::exportScores(*db, 2023, u"HUYEN"_s, path(u"s.xlsx"_s), FileTransfer::ScoresLayout::Wide));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
        QStringList({u"db.parindex"_s, u"db.parindex-shm"_s, u"db.parindex-wal"_s, u"s.xlsx"_s}));
    QCOMPARE(TableFile::read(path(u"s.xlsx"_s))->header.value(1), u"1.1.1"_s);
}

void TestFileTransfer::databaseFilesAreNeverReadOrWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("the database") << u"db.parindex"_s;
    QTest::newRow("its write-ahead log") << u"db.parindex-wal"_s;
    QTest::newRow("its shared memory") << u"db.parindex-shm"_s;
    QTest::newRow("its journal (not there)") << u"db.parindex-journal"_s;
    QTest::newRow("the database by another way") << u"sub/../db.parindex"_s;
    QTest::newRow("a link to the database") << u"link.csv"_s;
    QTest::newRow("a hard link to the database") << u"hard.csv"_s;
    QTest::newRow("a hard link to its log") << u"hard-wal.csv"_s;
}

// Reading the open database as an import would release this process's locks on it (another program would then
// delete the log under the window); writing an export over it, or over its log, would destroy it.
void TestFileTransfer::databaseFilesAreNeverReadOrWritten()
{
    QFETCH(QString, name);
    auto db = makeDatabase(path(u"db.parindex"_s));
    const qint64 pid = db->period(2023, u"HUYEN"_s)->id;
    must(db->setScore(pid, u"DS"_s, u"1.1.1"_s, entry("2")));
    QDir(m_dir->path()).mkpath(u"sub"_s);
    QFile::link(path(u"db.parindex"_s), path(u"link.csv"_s));
    // A hard link has no path of its own to compare: the same device and inode give it away.
    QCOMPARE(::link(QFile::encodeName(path(u"db.parindex"_s)).constData(),
                 QFile::encodeName(path(u"hard.csv"_s)).constData()),
        0);
    QCOMPARE(::link(QFile::encodeName(path(u"db.parindex-wal"_s)).constData(),
                 QFile::encodeName(path(u"hard-wal.csv"_s)).constData()),
        0);
    const QString target = path(name);
    const int locks = test::locksHeldOn(path(u"db.parindex"_s));
    const QList<Status> refused = {
        FileTransfer::importScores(*db, 2023, u"HUYEN"_s, target),
        FileTransfer::importUnits(*db, target),
        FileTransfer::importCriteria(*db, 2023, u"HUYEN"_s, target),
        FileTransfer::exportRanking(*db, 2023, u"HUYEN"_s, target),
        FileTransfer::exportScores(*db, 2023, u"HUYEN"_s, target, FileTransfer::ScoresLayout::Long),
        FileTransfer::exportCriteria(*db, 2023, u"HUYEN"_s, target),
        FileTransfer::exportRoster(*db, 2023, u"HUYEN"_s, target),
        FileTransfer::exportTemplate(*db, 2023, u"HUYEN"_s, u"DS"_s, target),
        FileTransfer::importRoster(*db, 2023, u"HUYEN"_s, target),
        FileTransfer::importSurvey(*db, 2023, u"HUYEN"_s, target),
        db->backupTo(target),
    };
    for (const Status &s : refused) {
        QVERIFY(!s);
        QCOMPARE(s.error().kind, Error::Kind::Usage);
        QVERIFY2(s.error().message.contains(u"own file"_s), qPrintable(s.error().message));
    }
    // Closing any descriptor of the file would release every POSIX lock this process holds on it (0 left). SQLite
    // holds one while the file is open in WAL mode and, at moments of its own, one more for a read under way: the
    // count may go from 2 to 1 between two looks (it did, once in a few hundred runs), never to 0 here.
    QVERIFY(locks >= 1);
    QVERIFY2(test::locksHeldOn(path(u"db.parindex"_s)) >= 1, "this process's locks on the open file were released");
    QVERIFY(QFileInfo::exists(path(u"db.parindex-wal"_s)));
    QVERIFY(!QFileInfo::exists(path(u"db.parindex-journal"_s)));
    QCOMPARE(db->scoreSheet(pid, u"DS"_s)->entry(u"1.1.1"_s), entry("2"));
    QVERIFY(db->check().ok());
}

void TestFileTransfer::formulaLikeTextRoundTrip_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("csv") << u"csv"_s;
    QTest::newRow("xlsx") << u"xlsx"_s;
}

// A unit named like a formula, a note and a criterion title that a spreadsheet would start a formula with: the CSV
// file holds them neutralised ('=...), the workbook as strings, and both import back to exactly the same text.
void TestFileTransfer::formulaLikeTextRoundTrip()
{
    QFETCH(QString, suffix);
    const QString name = u"=HYPERLINK(\"http://x\",\"click\")"_s;
    const QString note = u"@note: +2 -1"_s;
    const QString title = u"-Chậm báo cáo"_s;
    auto source = makeDatabase(path(u"source.parindex"_s));
    const qint64 pid = source->period(2023, u"HUYEN"_s)->id;
    Unit ds = *source->unit(u"DS"_s);
    ds.name = name;
    must(source->saveUnit(ds));
    must(source->setScore(pid, u"DS"_s, u"1.1.1"_s, entry("1.5", "2", false, note)));
    QList<Criterion> list;
    for (qsizetype i = 0; i < source->criteria(pid)->size(); ++i)
        list.append(source->criteria(pid)->at(i));
    list[5].title = title;
    must(source->replaceCriteria(pid, *CriteriaTree::build(list)));

    const QString scores = path(u"scores."_s + suffix);
    const QString criteria = path(u"criteria."_s + suffix);
    const QString roster = path(u"roster."_s + suffix);
    must(FileTransfer::exportScores(*source, 2023, u"HUYEN"_s, scores, FileTransfer::ScoresLayout::Long));
    must(FileTransfer::exportCriteria(*source, 2023, u"HUYEN"_s, criteria));
    must(FileTransfer::exportRoster(*source, 2023, u"HUYEN"_s, roster));
    if (suffix == u"csv") {
        QFile file(roster);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.contains("DS,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",1\r\n"), bytes.constData());
        QFile notes(scores);
        QVERIFY(notes.open(QIODevice::ReadOnly));
        QVERIFY(notes.readAll().contains(",'@note: +2 -1\r\n"));
    } else {
        QVERIFY(!workbookPart(roster, u"xl/worksheets/sheet1.xml"_s).contains("<f>"));
    }
    // Units too (units.csv is CSV only).
    const QString units = path(u"units.csv"_s);
    must(CsvWriter::writeFile(units, FileFormats::writeUnits(*source->units())));

    auto target = makeDatabase(path(u"target.parindex"_s));
    must(FileTransfer::importUnits(*target, units));
    QCOMPARE(target->unit(u"DS"_s)->name, name);
    must(FileTransfer::importCriteria(*target, 2023, u"HUYEN"_s, criteria));
    const qint64 tid = target->period(2023, u"HUYEN"_s)->id;
    QCOMPARE(target->criteria(tid)->at(5).title, title);
    must(FileTransfer::importScores(*target, 2023, u"HUYEN"_s, scores));
    QCOMPARE(target->scoreSheet(tid, u"DS"_s)->entry(u"1.1.1"_s), entry("1.5", "2", false, note));
    ds.name = u"Đông Sơn"_s;
    must(target->saveUnit(ds));
    must(FileTransfer::importRoster(*target, 2023, u"HUYEN"_s, roster));
    QCOMPARE(target->periodUnits(tid)->value(0).name, name);
}

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "tst_filetransfer.moc"
