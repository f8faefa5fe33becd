// The open file beside other writers. What another program writes (a second connection to the file, as the command
// line or another window has) is reloaded through the same signals as an edit made here, and announced; an edit
// starts from what the file holds; undo and redo never overwrite a value someone else changed since; a read-only
// window takes the file over when the window that held it closes or its process dies.
#include "changenotice.h"
#include "commands/importscorescommand.h"
#include "commands/setdecisiontextscommand.h"
#include "commands/setscorecommand.h"
#include "criteria/criteriacommands.h"
#include "scoresfixture.h"

#include "render/decision/decisionsource.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::scoresfixture;
using namespace Qt::StringLiterals;

namespace {
ScoreEntry appraised(int points)
{
    ScoreEntry e;
    e.appraised = Fixed::fromInt(points);
    return e;
}

// A process holding the file's lock, as another window of the program does.
class LockHolder
{
public:
    explicit LockHolder(const QString &path)
    {
        m_process.start(QStringLiteral(PARINDEX_LOCKHOLDER), {path});
        m_locked = m_process.waitForReadyRead(10000) && m_process.readLine().trimmed() == "locked";
    }
    ~LockHolder() { kill(); }
    bool isLocked() const { return m_locked; }
    qint64 pid() const { return m_process.processId(); }
    // The program crashed: its lock file stays behind, naming a process that no longer exists.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

private:
    QProcess m_process;
    bool m_locked = false;
};
} // namespace

class TestDeskDocument : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reloadsACellWrittenElsewhere();
    void reloadsWritesOfAWholePeriod();
    void reloadsUnitsGroupsAndPeriods();
    void ownWritesAreNotReloaded();
    void aReadElsewhereReloadsNothing();
    void editOutsideTheProgramReloadsEverything();
    void noticeNamesWhoAndWhat();
    void typedValueSurvivesAReload();
    void editStartsFromWhatTheFileHolds();
    void undoKeepsAnotherProgramsScore();
    void redoKeepsAnotherProgramsScore();
    void undoKeepsAnotherProgramsImport();
    void undoKeepsAnotherProgramsCriteriaAndBands();
    void undoKeepsAnotherProgramsUnitsAndGroups();
    void undoKeepsAnotherProgramsDecisionTexts();
    void takesOverTheLockOfAClosedWindow();
    void takesOverTheLockOfADeadProcess();
    void openTakesOverTheLockOfADeadProcess();

private:
    // A second connection to the file, as another program (the command line, another window) has.
    std::unique_ptr<Database> other(const QString &who = u"lananh"_s);
    // The refused undo or redo: one message naming who changed the value, and the step dropped.
    void checkRefused(const QSignalSpy &failures, int stepsBefore, const QString &who = u"lananh"_s);

    QTranslator m_english; // the texts as an English user reads them (plurals)
    QTemporaryDir m_dir;
    Province m_province; // built once; each test works on its own copy
    QString m_path;
    std::unique_ptr<DeskDocument> m_doc;
};

void TestDeskDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    QVERIFY(m_english.load(u":/i18n/parindex_en"_s));
    QCoreApplication::installTranslator(&m_english);
    build(m_dir.filePath(u"province.parindex"_s), &m_province);
}

void TestDeskDocument::init()
{
    m_path = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".parindex"_s);
    auto source = Database::open(m_province.path, Database::Access::ReadOnly);
    QVERIFY(source && (*source)->backupTo(m_path));
    auto doc = DeskDocument::open(m_path);
    QVERIFY2(doc.ok(), qPrintable(doc.error().text()));
    m_doc = std::move(doc).value();
    QVERIFY(!m_doc->isReadOnly());
    Messages::takeShown();
}

void TestDeskDocument::cleanup()
{
    m_doc.reset();
}

std::unique_ptr<Database> TestDeskDocument::other(const QString &who)
{
    auto db = Database::open(m_path);
    if (!db) {
        qWarning("cannot open a second connection: %s", qPrintable(db.error().text()));
        return nullptr;
    }
    (*db)->setUserName(who);
    return std::move(db).value();
}

void TestDeskDocument::checkRefused(const QSignalSpy &failures, int stepsBefore, const QString &who)
{
    QCOMPARE(failures.size(), 1);
    const QString message = failures.first().first().toString();
    QVERIFY2(message.contains(who), qPrintable(message));
    QVERIFY2(message.contains(u"Nothing was written"_s), qPrintable(message));
    QCOMPARE(m_doc->undoStack()->count(), stepsBefore - 1); // the step was dropped: the stack stays consistent
}

void TestDeskDocument::reloadsACellWrittenElsewhere()
{
    const qint64 period = m_province.openPeriod;
    QVERIFY(m_doc->ranking(period)); // the document keeps the period's ranking: it must follow
    QSignalSpy cells(m_doc.get(), &DeskDocument::scoreChanged);
    QSignalSpy replaced(m_doc.get(), &DeskDocument::scoresReplaced);
    QSignalSpy notices(m_doc.get(), &DeskDocument::changedElsewhere);
    m_doc->checkForChanges();
    QCOMPARE(notices.size(), 0);

    PARINDEX_CHECK(other(u"thư ký"_s)->setScore(period, u"DS"_s, u"1.1"_s, appraised(3)));
    m_doc->checkForChanges();
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first(), (QVariantList {period, u"DS"_s, u"1.1"_s}));
    QCOMPARE(replaced.size(), 0); // one cell, not the period
    QCOMPARE((*m_doc->scoreSheet(period, u"DS"_s)).entry(u"1.1"_s).appraised, Fixed::fromInt(3));
    QCOMPARE((*m_doc->scoreSheets(period)).value(u"DS"_s).entry(u"1.1"_s).appraised, Fixed::fromInt(3));
    QCOMPARE(notices.size(), 1);
    const QString notice = notices.first().first().toString();
    QVERIFY2(notice.startsWith(u"Reloaded: thư ký changed the score of Huyện Đông Sơn for criterion 1.1 (2024 – "
                               "Huyện, thị xã, thành phố) at "_s),
        qPrintable(notice));

    m_doc->checkForChanges(); // nothing new
    QCOMPARE(notices.size(), 1);
    QCOMPARE(cells.size(), 1);
}

void TestDeskDocument::reloadsWritesOfAWholePeriod()
{
    const qint64 period = m_province.openPeriod;
    QVERIFY(m_doc->ranking(period));
    QSignalSpy replaced(m_doc.get(), &DeskDocument::scoresReplaced);
    QSignalSpy criteria(m_doc.get(), &DeskDocument::criteriaChanged);
    QSignalSpy bands(m_doc.get(), &DeskDocument::bandsChanged);
    QSignalSpy texts(m_doc.get(), &DeskDocument::decisionTextsChanged);
    QSignalSpy notices(m_doc.get(), &DeskDocument::changedElsewhere);
    {
        auto cli = other(u"thư ký"_s);
        ScoreRow row {u"HH"_s, u"2.1"_s, {}, Fixed::fromInt(10), {}, {}};
        PARINDEX_CHECK(cli->importScores(period, {row}));
        QList<Criterion> list = (*cli->criteria(period)).criteria();
        list[1].title = u"Kế hoạch cải cách hành chính năm (sửa)"_s;
        PARINDEX_CHECK(cli->replaceCriteria(period, *CriteriaTree::build(list)));
        QList<ClassBands::Band> b = ClassBands::defaults().bands();
        b[1].minIndex = Fixed::fromInt(85);
        PARINDEX_CHECK(cli->setBands(period, *ClassBands::build(b)));
        DecisionTexts t = *DecisionSource::loadTexts(*cli, 2024, u"HUYEN"_s);
        t.subject = u"Về việc công bố Chỉ số CCHC năm 2024"_s;
        PARINDEX_CHECK(DecisionSource::saveTexts(*cli, 2024, u"HUYEN"_s, t));
    }
    m_doc->checkForChanges();
    QCOMPARE(replaced.size(), 1); // the import and the new tree: the period's values read once
    QCOMPARE(replaced.first().first().toLongLong(), period);
    QCOMPARE(criteria.size(), 1);
    QCOMPARE(bands.size(), 1);
    QCOMPARE(texts.size(), 1);
    QCOMPARE(texts.first().first().toInt(), 2024);
    QCOMPARE((*m_doc->scoreSheets(period)).value(u"HH"_s).entry(u"2.1"_s).appraised, Fixed::fromInt(10));
    QCOMPARE((*m_doc->bands(period)).bands()[1].minIndex, Fixed::fromInt(85));
    QCOMPARE(notices.size(), 1);
    const QString notice = notices.first().first().toString();
    QVERIFY2(notice.startsWith(u"Reloaded 4 changes made elsewhere: thư ký imported the scores of 2024 – Huyện, thị "
                               "xã, thành phố at "_s),
        qPrintable(notice));
    QVERIFY2(
        notice.contains(u"; thư ký changed the criteria of 2024 – Huyện, thị xã, thành phố at "_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"; and 1 more change."_s), qPrintable(notice));
}

void TestDeskDocument::reloadsUnitsGroupsAndPeriods()
{
    QSignalSpy units(m_doc.get(), &DeskDocument::unitsChanged);
    QSignalSpy periods(m_doc.get(), &DeskDocument::periodsChanged);
    QSignalSpy notices(m_doc.get(), &DeskDocument::changedElsewhere);
    {
        auto cli = other();
        Unit unit = *cli->unit(u"HH"_s);
        unit.name = u"Huyện Hoằng Hoá"_s;
        PARINDEX_CHECK(cli->saveUnit(unit));
        PARINDEX_CHECK(cli->saveGroup(UnitGroup {u"HUYEN"_s, u"UBND cấp huyện"_s, 1}));
        PARINDEX_CHECK(cli->addPeriod(2025, u"HUYEN"_s, 2024));
    }
    m_doc->checkForChanges();
    QCOMPARE(units.size(), 1);
    QCOMPARE(periods.size(), 1);
    QCOMPARE((*m_doc->periods(u"HUYEN"_s)).size(), 3);
    QCOMPARE(notices.size(), 1);
    const QString notice = notices.first().first().toString();
    QVERIFY2(notice.contains(u"lananh changed unit Huyện Hoằng Hoá at"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"lananh changed group UBND cấp huyện at"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"lananh opened the period 2025 – UBND cấp huyện at"_s), qPrintable(notice));
}

void TestDeskDocument::ownWritesAreNotReloaded()
{
    const qint64 period = m_province.openPeriod;
    QSignalSpy cells(m_doc.get(), &DeskDocument::scoreChanged);
    QSignalSpy notices(m_doc.get(), &DeskDocument::changedElsewhere);
    PARINDEX_CHECK(m_doc->setScore(period, u"DS"_s, u"1.1"_s, appraised(1)));
    QCOMPARE(cells.size(), 1);
    m_doc->checkForChanges();
    QCOMPARE(cells.size(), 1);
    QCOMPARE(notices.size(), 0);

    // Another program writes, then this window writes before it has looked: the other's write is still reloaded.
    PARINDEX_CHECK(other()->setScore(period, u"HH"_s, u"1.2"_s, appraised(2)));
    PARINDEX_CHECK(m_doc->setScore(period, u"NS"_s, u"1.2"_s, appraised(1)));
    cells.clear();
    m_doc->checkForChanges();
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first(), (QVariantList {period, u"HH"_s, u"1.2"_s}));
    QCOMPARE(notices.size(), 1);
    QVERIFY(!notices.first().first().toString().contains(u"NS"_s));
}

void TestDeskDocument::aReadElsewhereReloadsNothing()
{
    QSignalSpy notices(m_doc.get(), &DeskDocument::changedElsewhere);
    {
        // Another program that only reads (a ranking, an export) and closes: nothing to reload, nothing to say.
        auto reader = other();
        QVERIFY(reader->scoreSheets(m_province.openPeriod));
        QVERIFY(reader->scoreSheet(m_province.finalPeriod, u"DS"_s));
        QVERIFY(reader->units(u"HUYEN"_s));
        QVERIFY(reader->auditLog());
    }
    m_doc->checkForChanges();
    QCOMPARE(notices.size(), 0);
}

void TestDeskDocument::editOutsideTheProgramReloadsEverything()
{
    QSignalSpy units(m_doc.get(), &DeskDocument::unitsChanged);
    QSignalSpy replaced(m_doc.get(), &DeskDocument::scoresReplaced);
    QSignalSpy notices(m_doc.get(), &DeskDocument::changedElsewhere);
    {
        // As sqlite3 would: no audit row says what changed.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"outside"_s);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE unit SET name = 'Huyện Đông Sơn (sửa tay)' WHERE code = 'DS'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"outside"_s);
    m_doc->checkForChanges();
    QCOMPARE(units.size(), 1);
    QCOMPARE(replaced.size(), 2); // every period
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().first().toString(), ChangeNotice::outsideTheProgram());
    // The row's seal no longer holds: the read refuses to show what was changed outside the program.
    const auto read = m_doc->database().units(u"HUYEN"_s);
    QVERIFY(!read);
    QCOMPARE(read.error().kind, Error::Kind::Corrupt);
}

void TestDeskDocument::noticeNamesWhoAndWhat()
{
    ChangeNotice notice;
    notice.groupNames = {{u"HUYEN"_s, u"UBND cấp huyện"_s}, {u"SO"_s, u"Sở, ban, ngành"_s}};
    notice.unitNames = {{u"DS"_s, u"Huyện Đông Sơn"_s}};
    const QDateTime at = QDateTime(QDate(2024, 3, 5), QTime(14, 3)); // local time
    notice.today = at.date();
    const auto entry = [&](const QString &who, const QString &action, const QString &entity, int minutes = 0) {
        AuditEntry e;
        e.who = who;
        e.action = action;
        e.entity = entity;
        e.at = at.addSecs(minutes * 60).toUTC();
        return e;
    };
    QCOMPARE(notice.text({entry(u"thư ký"_s, u"scores.import"_s, u"2023/HUYEN"_s)}),
        u"Reloaded: thư ký imported the scores of 2023 – UBND cấp huyện at 14:03."_s);
    // One person's cell edits in one period are one item, at the time of the last.
    QCOMPARE(notice.text({entry(u"lananh"_s, u"score.set"_s, u"2024/SO/STC/1.1"_s),
                 entry(u"lananh"_s, u"score.set"_s, u"2024/SO/STP/1.2"_s, 2)}),
        u"Reloaded: lananh changed 2 scores of 2024 – Sở, ban, ngành at 14:05."_s);
    QCOMPARE(notice.text({entry(u"lananh"_s, u"decision.texts"_s, u"2024/SO, 2024/HUYEN"_s),
                 entry(u"thư ký"_s, u"period.finalize"_s, u"2023/HUYEN"_s, 1)}),
        u"Reloaded 2 changes made elsewhere: lananh changed the texts of the 2024 decision at 14:03; thư ký "
        "finalised the results of 2023 – UBND cấp huyện at 14:04."_s);
    // A change of another day names its date.
    notice.today = at.date().addDays(1);
    QCOMPARE(notice.text({entry(u"thư ký"_s, u"score.set"_s, u"2024/HUYEN/DS/1.2.3"_s)}),
        u"Reloaded: thư ký changed the score of Huyện Đông Sơn for criterion 1.2.3 (2024 – UBND cấp huyện) at "
        "14:03 on 05/03/2024."_s);
}

void TestDeskDocument::typedValueSurvivesAReload()
{
    Desk desk(m_doc.get());
    desk.navigator->selectPeriod(2024, u"HUYEN"_s);
    desk.navigator->setCurrentUnit(u"DS"_s);
    desk.goTo(u"1.1"_s, ScoreSheetModel::AppraisedColumn);
    type(desk.sheetView(), u"3"_s); // the editor opens with what is typed; not yet written
    QVERIFY(desk.sheetView()->isEditing());

    // Another program writes a cell of the same unit, then imports values of the whole period.
    PARINDEX_CHECK(other()->setScore(m_province.openPeriod, u"DS"_s, u"1.2"_s, appraised(2)));
    m_doc->checkForChanges();
    PARINDEX_CHECK(
        other()->importScores(m_province.openPeriod, {ScoreRow {u"DS"_s, u"2.1"_s, {}, Fixed::fromInt(9), {}, {}}}));
    m_doc->checkForChanges();
    QVERIFY(desk.sheetView()->isEditing());
    auto *editor = qobject_cast<QLineEdit *>(keyTarget(desk.sheetView()));
    QVERIFY(editor);
    QCOMPARE(editor->text(), u"3"_s);
    QCOMPARE(desk.sheet()->indexOfCode(u"1.2"_s, ScoreSheetModel::AppraisedColumn).data().toString(), u"2"_s);
    QCOMPARE(desk.sheet()->indexOfCode(u"2.1"_s, ScoreSheetModel::AppraisedColumn).data().toString(), u"9"_s);
    press(desk.sheetView(), Qt::Key_Return);
    QCOMPARE(storedEntry(m_path, m_province.openPeriod, u"DS"_s, u"1.1"_s).appraised, Fixed::fromInt(3));
    QCOMPARE(storedEntry(m_path, m_province.openPeriod, u"DS"_s, u"1.2"_s).appraised, Fixed::fromInt(2));

    // The table by area: a reload of the row (the unit's other cells) keeps the value being typed too.
    desk.tab->setPage(ScoresTab::Page::Grid);
    ScoreGridView *grid = desk.gridView();
    grid->setFocus();
    const int row = desk.grid()->rowOfUnit(u"HH"_s);
    grid->setCurrentIndex(desk.grid()->index(row, ScoreGridModel::FirstLeafColumn));
    const QString code
        = desk.grid()->index(row, ScoreGridModel::FirstLeafColumn).data(ScoreGridModel::CriterionCodeRole).toString();
    type(grid, u"1"_s);
    QVERIFY(grid->isEditing());
    PARINDEX_CHECK(other()->setScore(m_province.openPeriod, u"HH"_s, u"1.2"_s, appraised(1)));
    m_doc->checkForChanges();
    QVERIFY(grid->isEditing());
    // A unit renamed elsewhere: the table keeps its rows (and the editor), the name changes.
    {
        auto cli = other();
        Unit renamed = *cli->unit(u"NS"_s);
        renamed.name = u"Thị xã Nghi Sơn"_s;
        PARINDEX_CHECK(cli->saveUnit(renamed));
    }
    m_doc->checkForChanges();
    QVERIFY(grid->isEditing());
    QCOMPARE(desk.grid()->index(desk.grid()->rowOfUnit(u"NS"_s), ScoreGridModel::UnitColumn).data().toString(),
        u"Thị xã Nghi Sơn"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(keyTarget(grid))->text(), u"1"_s);
    press(grid, Qt::Key_Return);
    QCOMPARE(storedEntry(m_path, m_province.openPeriod, u"HH"_s, code).appraised, Fixed::fromInt(1));
    QCOMPARE(storedEntry(m_path, m_province.openPeriod, u"HH"_s, u"1.2"_s).appraised, Fixed::fromInt(1));
}

void TestDeskDocument::editStartsFromWhatTheFileHolds()
{
    const qint64 period = m_province.openPeriod;
    // The window keeps the period's ranking with every sheet (as the Ranking tab has it), which another program's
    // write leaves behind until the window looks.
    PARINDEX_CHECK(m_doc->setScore(period, u"DS"_s, u"2.1"_s, appraised(5)));
    QVERIFY(m_doc->ranking(period));
    m_doc->undoStack()->clear();
    ScoreSheetModel model(m_doc.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSheet(period, u"DS"_s);
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);

    // Another program adds a note to the cell; this window, not having looked yet, sets its value: both stay.
    ScoreEntry noted;
    noted.note = u"Thiếu tài liệu kiểm chứng"_s;
    PARINDEX_CHECK(other()->setScore(period, u"DS"_s, u"1.1"_s, noted));
    QVERIFY(model.setData(model.indexOfCode(u"1.1"_s, ScoreSheetModel::AppraisedColumn), u"3"_s));
    ScoreEntry both = noted;
    both.appraised = Fixed::fromInt(3);
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.1"_s), both);
    QCOMPARE(model.indexOfCode(u"1.1"_s, ScoreSheetModel::NoteColumn).data().toString(), noted.note);
    // Undo takes back this window's value only.
    m_doc->undoStack()->undo();
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.1"_s), noted);
    QCOMPARE(failures.size(), 0);

    // Another program sets the very value this window then changes, from what it showed: refused, with who.
    PARINDEX_CHECK(other()->setScore(period, u"DS"_s, u"1.2"_s, appraised(2)));
    const int steps = m_doc->undoStack()->count();
    QVERIFY(!model.setData(model.indexOfCode(u"1.2"_s, ScoreSheetModel::AppraisedColumn), u"1"_s));
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.2"_s), appraised(2));
    QCOMPARE(failures.size(), 1);
    QVERIFY2(
        failures.first().first().toString().contains(u"lananh"_s), qPrintable(failures.first().first().toString()));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QTRY_COMPARE(model.indexOfCode(u"1.2"_s, ScoreSheetModel::AppraisedColumn).data().toString(), u"2"_s);
}

void TestDeskDocument::undoKeepsAnotherProgramsScore()
{
    const qint64 period = m_province.openPeriod;
    QVERIFY(SetScoreCommand::apply(m_doc.get(), period, u"DS"_s, u"1.1"_s, ScoreEntry(), appraised(3)));
    QVERIFY(SetScoreCommand::apply(m_doc.get(), period, u"DS"_s, u"1.2"_s, ScoreEntry(), appraised(1)));
    PARINDEX_CHECK(other()->setScore(period, u"DS"_s, u"1.2"_s, appraised(2)));
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);
    m_doc->undoStack()->undo();
    checkRefused(failures, 2);
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.2"_s), appraised(2));
    QVERIFY(!m_doc->undoStack()->canRedo());
    // The step below is this window's own, on a cell nobody else touched: it is undone as usual.
    m_doc->undoStack()->undo();
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.1"_s), ScoreEntry());
    QCOMPARE(failures.size(), 1);
}

void TestDeskDocument::redoKeepsAnotherProgramsScore()
{
    const qint64 period = m_province.openPeriod;
    QVERIFY(SetScoreCommand::apply(m_doc.get(), period, u"DS"_s, u"1.1"_s, ScoreEntry(), appraised(3)));
    m_doc->undoStack()->undo();
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.1"_s), ScoreEntry());
    PARINDEX_CHECK(other()->setScore(period, u"DS"_s, u"1.1"_s, appraised(2)));
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);
    m_doc->undoStack()->redo();
    checkRefused(failures, 1);
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.1"_s), appraised(2));
}

void TestDeskDocument::undoKeepsAnotherProgramsImport()
{
    const qint64 period = m_province.openPeriod;
    const QList<ScoreRow> rows {
        {u"DS"_s, u"1.1"_s, {}, Fixed::fromInt(3), {}, {}}, {u"HH"_s, u"1.1"_s, {}, Fixed::fromInt(2), {}, u"Đạt"_s}};
    PARINDEX_CHECK(ImportScoresCommand::apply(m_doc.get(), period, rows, u"diem-2024.xlsx"_s));
    PARINDEX_CHECK(other()->setScore(period, u"HH"_s, u"1.1"_s, appraised(1)));
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);
    m_doc->undoStack()->undo();
    checkRefused(failures, 1);
    // All or nothing: the cell nobody else touched keeps the import's value too.
    QCOMPARE(storedEntry(m_path, period, u"DS"_s, u"1.1"_s), appraised(3));
    QCOMPARE(storedEntry(m_path, period, u"HH"_s, u"1.1"_s), appraised(1));

    // Without another writer, undo and redo of an import still work.
    PARINDEX_CHECK(ImportScoresCommand::apply(m_doc.get(), period, rows, u"diem-2024.xlsx"_s));
    m_doc->undoStack()->undo();
    QCOMPARE(storedEntry(m_path, period, u"HH"_s, u"1.1"_s), appraised(1));
    m_doc->undoStack()->redo();
    QCOMPARE(storedEntry(m_path, period, u"HH"_s, u"1.1"_s).note, u"Đạt"_s);
    QCOMPARE(failures.size(), 1);
}

void TestDeskDocument::undoKeepsAnotherProgramsCriteriaAndBands()
{
    const qint64 period = m_province.openPeriod;
    const CriteriaTree tree = *m_doc->criteria(period);
    QList<Criterion> mine = tree.criteria();
    mine[1].title = u"Kế hoạch CCHC năm"_s;
    QVERIFY(ReplaceCriteriaCommand::apply(
        m_doc.get(), period, tree, *CriteriaTree::build(mine), {}, u"title"_s, DroppedValues()));
    QList<ClassBands::Band> b = ClassBands::defaults().bands();
    b[1].minIndex = Fixed::fromInt(85);
    QVERIFY(SetBandsCommand::apply(m_doc.get(), period, (*m_doc->bands(period)), *ClassBands::build(b)));

    QList<Criterion> theirs = mine;
    theirs[2].maxPoints = Fixed::fromInt(3);
    theirs[0].maxPoints = Fixed::fromInt(11);
    b[1].minIndex = Fixed::fromInt(82);
    {
        auto cli = other();
        PARINDEX_CHECK(cli->replaceCriteria(period, *CriteriaTree::build(theirs)));
        PARINDEX_CHECK(cli->setBands(period, *ClassBands::build(b)));
    }
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);
    m_doc->undoStack()->undo(); // the bands
    checkRefused(failures, 2);
    QCOMPARE((*m_doc->bands(period)).bands()[1].minIndex, Fixed::fromInt(82));
    failures.clear();
    m_doc->undoStack()->undo(); // the title
    checkRefused(failures, 1);
    QCOMPARE((*m_doc->criteria(period)).criteria(), theirs);

    // A copy of another year's criteria and bands: its undo leaves bands someone else changed, and the tree too.
    const CriteriaTree now = *m_doc->criteria(period);
    QVERIFY(ReplaceCriteriaCommand::apply(m_doc.get(), period, now, (*m_doc->criteria(m_province.finalPeriod)), {},
        u"copy"_s, DroppedValues(), ClassBands::defaults()));
    PARINDEX_CHECK(other()->setBands(period, *ClassBands::build(b)));
    failures.clear();
    m_doc->undoStack()->undo();
    checkRefused(failures, 1);
    QCOMPARE((*m_doc->criteria(period)).criteria(),
        (*m_doc->criteria(m_province.finalPeriod)).criteria()); // not half undone
    QCOMPARE((*m_doc->bands(period)).bands()[1].minIndex, Fixed::fromInt(82));
}

void TestDeskDocument::undoKeepsAnotherProgramsUnitsAndGroups()
{
    const Unit unit = (*m_doc->units(u"HUYEN"_s)).first();
    Unit renamed = unit;
    renamed.name = u"Huyện Đông Sơn mới"_s;
    QVERIFY(SaveUnitCommand::apply(m_doc.get(), unit, renamed, u"rename"_s));
    const UnitGroup group = (*m_doc->groups()).first();
    UnitGroup regrouped = group;
    regrouped.name = u"UBND cấp huyện"_s;
    QVERIFY(SaveGroupCommand::apply(m_doc.get(), group, regrouped));
    {
        auto cli = other();
        Unit theirs = renamed;
        theirs.retiredYear = 2025;
        PARINDEX_CHECK(cli->saveUnit(theirs));
        regrouped.name = u"UBND các huyện, thị xã, thành phố"_s;
        PARINDEX_CHECK(cli->saveGroup(regrouped));
    }
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);
    m_doc->undoStack()->undo();
    checkRefused(failures, 2);
    QCOMPARE((*m_doc->groups()).first().name, u"UBND các huyện, thị xã, thành phố"_s);
    failures.clear();
    m_doc->undoStack()->undo();
    checkRefused(failures, 1);
    QCOMPARE((*m_doc->units(u"HUYEN"_s)).first().retiredYear, std::optional<int>(2025));
}

void TestDeskDocument::undoKeepsAnotherProgramsDecisionTexts()
{
    const DecisionTexts before = *m_doc->decisionTexts(2024, u"HUYEN"_s);
    DecisionTexts mine = before;
    mine.subject = u"Về việc công bố Chỉ số CCHC năm 2024 của UBND các huyện"_s;
    QVERIFY(SetDecisionTextsCommand::apply(m_doc.get(), 2024, u"HUYEN"_s, before, mine, 0, u"subject"_s));
    DecisionTexts theirs = mine;
    theirs.proposal = u"Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV."_s;
    {
        auto cli = other();
        PARINDEX_CHECK(DecisionSource::saveTexts(*cli, 2024, u"HUYEN"_s, theirs));
    }
    QSignalSpy failures(m_doc.get(), &DeskDocument::writeFailed);
    m_doc->undoStack()->undo();
    checkRefused(failures, 1);
    QCOMPARE(*m_doc->decisionTexts(2024, u"HUYEN"_s), theirs);
}

void TestDeskDocument::takesOverTheLockOfAClosedWindow()
{
    auto opened = DeskDocument::open(m_path);
    QVERIFY(opened.ok());
    std::unique_ptr<DeskDocument> second = std::move(opened).value();
    QVERIFY(second->isReadOnly());
    QVERIFY2(second->readOnlyReason().contains(QString::number(QCoreApplication::applicationPid())),
        qPrintable(second->readOnlyReason()));
    QSignalSpy writable(second.get(), &DeskDocument::becameWritable);
    QSignalSpy periods(second.get(), &DeskDocument::periodsChanged);
    QSignalSpy cells(second.get(), &DeskDocument::scoreChanged);
    second->checkForChanges();
    QVERIFY(second->isReadOnly()); // the first window still holds the file

    // The first window writes a last value and closes.
    PARINDEX_CHECK(m_doc->setScore(m_province.openPeriod, u"DS"_s, u"1.1"_s, appraised(3)));
    m_doc.reset();
    second->checkForChanges();
    QVERIFY(!second->isReadOnly());
    QVERIFY(second->readOnlyReason().isEmpty());
    QCOMPARE(writable.size(), 1);
    QVERIFY(!periods.isEmpty()); // every view looks again whether it may edit
    QCOMPARE(cells.size(), 1); // the last value of the closed window was reloaded
    QCOMPARE((*second->scoreSheet(m_province.openPeriod, u"DS"_s)).entry(u"1.1"_s).appraised, Fixed::fromInt(3));
    PARINDEX_CHECK(second->setScore(m_province.openPeriod, u"DS"_s, u"1.2"_s, appraised(1)));

    // It holds the file now: a third window is read-only.
    auto third = DeskDocument::open(m_path);
    QVERIFY(third.ok());
    QVERIFY((*third)->isReadOnly());
}

void TestDeskDocument::takesOverTheLockOfADeadProcess()
{
    m_doc.reset();
    LockHolder holder(m_path);
    QVERIFY(holder.isLocked());
    auto opened = DeskDocument::open(m_path);
    QVERIFY(opened.ok());
    std::unique_ptr<DeskDocument> doc = std::move(opened).value();
    QVERIFY(doc->isReadOnly());
    QVERIFY2(doc->readOnlyReason().contains(QString::number(holder.pid())), qPrintable(doc->readOnlyReason()));
    QSignalSpy writable(doc.get(), &DeskDocument::becameWritable);
    doc->checkForChanges();
    QVERIFY(doc->isReadOnly());

    holder.kill();
    QVERIFY(QFile::exists(m_path + u".lock"_s)); // left behind, naming a process that is gone
    doc->checkForChanges();
    QVERIFY(!doc->isReadOnly());
    QCOMPARE(writable.size(), 1);
    PARINDEX_CHECK(doc->setScore(m_province.openPeriod, u"DS"_s, u"1.1"_s, appraised(3)));
}

void TestDeskDocument::openTakesOverTheLockOfADeadProcess()
{
    m_doc.reset();
    {
        LockHolder holder(m_path);
        QVERIFY(holder.isLocked());
        holder.kill();
    }
    QVERIFY(QFile::exists(m_path + u".lock"_s));
    auto opened = DeskDocument::open(m_path);
    QVERIFY(opened.ok());
    QVERIFY2(!(*opened)->isReadOnly(), qPrintable((*opened)->readOnlyReason()));
}

QTEST_MAIN(TestDeskDocument)
#include "tst_deskdocument.moc"
