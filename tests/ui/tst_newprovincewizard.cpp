// The first-run assistant driven through its real pages: a province's name, its groups, a units file (a bad one
// first, whose problems name the line and column), each group's criteria from a spreadsheet, from another file's
// year or later; Create writes the file, Cancel leaves nothing. The main window offers it on its start screen and in
// the File menu, and opens what it created.
// With PARINDEX_SCREENSHOTS=DIR each page is saved in Vietnamese to DIR as newprov-<page>.png (PARINDEX_EXTRA_QM:
// a .qm with the Vietnamese of strings not yet in parindex_vi.ts); with PARINDEX_SCREENSHOT_LANG=en, in English as
// newprov-<page>-en.png.
#include "deskdocument.h"
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"
#include "newprovince/newprovincewizard.h"

#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {
const QString demoData = QStringLiteral(PARINDEX_SOURCE_DIR "/resources/demo/");

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s", qPrintable(name));
    return found;
}

// A path typed into a field, then Tab (editingFinished), as a person does.
void typePath(QLineEdit *edit, const QString &path)
{
    edit->setFocus();
    edit->clear();
    test::typeText(edit, QDir::toNativeSeparators(path));
    emit edit->editingFinished();
}
} // namespace

class TestNewProvinceWizard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void createsTheProvinceThroughEveryPage();
    void cancelLeavesNothing();
    void mainWindowOffersAndOpensIt();

private:
    void shoot(QWidget *w, const QString &name);
    // Drives the wizard to its last page with the demo's units, SO from a spreadsheet, HUYEN from the other file.
    // `folder`: where the wizard proposes the file.
    void fillAllPages(NewProvinceWizard &wizard, const QString &path, const QString &folder);
    // Texts are checked in English; a screenshot run shows them in Vietnamese.
    bool m_english = true;
    QTemporaryDir m_dir;
    QString m_other; // another province's file, to copy a year's criteria from
    QString m_badUnits;
    QTranslator m_translator;
    QTranslator m_extra;
};

void TestNewProvinceWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_other = m_dir.filePath(u"other.parindex"_s);
    QVERIFY(test::createDemo(m_other));
    m_badUnits = m_dir.filePath(u"bad-units.csv"_s);
    QFile bad(m_badUnits);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(u"code,name,group\nSNV,Sở Nội vụ,SO\nT1,Thị xã Đông Sơn,THIXA\nSTP,,SO\n"_s.toUtf8());
    bad.close();
    if (!qEnvironmentVariableIsEmpty("PARINDEX_SCREENSHOTS")
        && qEnvironmentVariable("PARINDEX_SCREENSHOT_LANG") != u"en") {
        QVERIFY(m_translator.load(u":/i18n/parindex_vi"_s));
        QCoreApplication::installTranslator(&m_translator);
        if (!qEnvironmentVariableIsEmpty("PARINDEX_EXTRA_QM")
            && m_extra.load(qEnvironmentVariable("PARINDEX_EXTRA_QM")))
            QCoreApplication::installTranslator(&m_extra);
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        m_english = false;
    }
}

void TestNewProvinceWizard::init()
{
    Messages::takeShown();
}

void TestNewProvinceWizard::shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARINDEX_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString suffix = m_english ? u"-en"_s : QString();
    QVERIFY(w->grab().save(u"%1/newprov-%2%3.png"_s.arg(dir, name, suffix)));
}

void TestNewProvinceWizard::fillAllPages(NewProvinceWizard &wizard, const QString &path, const QString &folder)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);

    // 1. The province: its name shows as the decision prints it; the file is proposed from it.
    QCOMPARE(wizard.currentId(), int(NewProvinceWizard::ProvincePage));
    QVERIFY(!next->isEnabled());
    auto *name = child<QLineEdit>(&wizard, u"provinceName"_s);
    QVERIFY(name);
    test::typeText(name, u"Tỉnh Minh Hòa"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY2(child<QLabel>(&wizard, u"provinceProblem"_s)->text().contains(u"\u201cTỉnh\u201d"_s),
        qPrintable(child<QLabel>(&wizard, u"provinceProblem"_s)->text()));
    name->clear();
    test::typeText(name, u"Minh Hòa"_s);
    QVERIFY(child<QLabel>(&wizard, u"headingPreview"_s)->text().endsWith(u"ỦY BAN NHÂN DÂN TỈNH MINH HÒA"_s));
    // A centrally-run city heads its decisions "THÀNH PHỐ", and a name typed with "Thành phố" is refused.
    auto *kind = child<QComboBox>(&wizard, u"provinceKind"_s);
    QVERIFY(kind);
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentData().toBool(), true);
    QVERIFY2(child<QLabel>(&wizard, u"headingPreview"_s)->text().endsWith(u"ỦY BAN NHÂN DÂN THÀNH PHỐ MINH HÒA"_s),
        qPrintable(child<QLabel>(&wizard, u"headingPreview"_s)->text()));
    const QString nameAccepted = child<QLabel>(&wizard, u"provinceProblem"_s)->text();
    name->clear();
    test::typeText(name, u"Thành phố Minh Hòa"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY2(child<QLabel>(&wizard, u"provinceProblem"_s)->text().contains(u"\u201cThành phố\u201d"_s),
        qPrintable(child<QLabel>(&wizard, u"provinceProblem"_s)->text()));
    QTest::keyClick(kind, Qt::Key_Up);
    QCOMPARE(kind->currentData().toBool(), false);
    name->clear();
    test::typeText(name, u"Minh Hòa"_s);
    QCOMPARE(child<QLabel>(&wizard, u"provinceProblem"_s)->text(), nameAccepted);
    QCOMPARE(wizard.filePath(), QDir(folder).filePath(u"minh-hoa.parindex"_s));
    auto *year = child<QSpinBox>(&wizard, u"firstYear"_s);
    year->selectAll();
    test::typeText(year, u"2025"_s);
    QCOMPARE(year->value(), 2025);
    auto *file = child<QLineEdit>(&wizard, u"filePath"_s);
    file->clear();
    test::typeText(file, QDir::toNativeSeparators(path));
    QVERIFY(next->isEnabled());
    shoot(&wizard, u"1-province"_s);
    next->click();

    // 2. The groups: the defaults, and a clash refused until it is gone.
    QCOMPARE(wizard.currentId(), int(NewProvinceWizard::GroupsPage));
    auto *groups = child<QTableWidget>(&wizard, u"groups"_s);
    QCOMPARE(groups->rowCount(), 3);
    QCOMPARE(groups->item(1, 1)->text(), u"UBND cấp huyện"_s);
    child<QPushButton>(&wizard, u"addGroup"_s)->click();
    QCOMPARE(groups->rowCount(), 4);
    groups->item(3, 0)->setText(u"xa"_s);
    groups->item(3, 1)->setText(u"UBND cấp phường"_s);
    QVERIFY(!next->isEnabled());
    QVERIFY2(!m_english
            || child<QLabel>(&wizard, u"groupsProblem"_s)
                   ->text()
                   .contains(u"Group 4: the code xa is the code of group 3"),
        qPrintable(child<QLabel>(&wizard, u"groupsProblem"_s)->text()));
    groups->setCurrentCell(3, 0);
    child<QPushButton>(&wizard, u"removeGroup"_s)->click();
    QCOMPARE(groups->rowCount(), 3);
    QVERIFY(next->isEnabled());
    shoot(&wizard, u"2-groups"_s);
    next->click();

    // 3. The units: a bad file's problems name the line and column, and the page waits; then the good file.
    QCOMPARE(wizard.currentId(), int(NewProvinceWizard::UnitsPage));
    QVERIFY(!next->isEnabled());
    auto *unitsPath = child<QLineEdit>(&wizard, u"unitsPath"_s);
    typePath(unitsPath, m_badUnits);
    auto *problems = child<QListWidget>(&wizard, u"unitsProblems"_s);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 2);
    QVERIFY2(!m_english || problems->item(0)->text().startsWith(u"bad-units.csv, line 3, column group: \"THIXA\""_s),
        qPrintable(problems->item(0)->text()));
    QVERIFY2(!m_english || problems->item(1)->text().startsWith(u"bad-units.csv, line 4, column name: \"\""_s),
        qPrintable(problems->item(1)->text()));
    QVERIFY(!next->isEnabled());
    shoot(&wizard, u"3-units-problems"_s);
    typePath(unitsPath, demoData + u"units.csv"_s);
    QVERIFY(!problems->isVisible());
    auto *units = child<QTableWidget>(&wizard, u"units"_s);
    QCOMPARE(units->rowCount(), 71);
    QCOMPARE(units->item(0, 0)->text(), u"SNV"_s);
    // 21 departments, BQLDA since 2023; 10 districts; 40 communes.
    QVERIFY2(child<QLabel>(&wizard, u"unitsSummary"_s)->text().contains(u"21"_s),
        qPrintable(child<QLabel>(&wizard, u"unitsSummary"_s)->text()));
    QVERIFY(next->isEnabled());
    shoot(&wizard, u"3-units"_s);
    next->click();

    // 4. The criteria: SO from a spreadsheet, HUYEN copied from the other file's 2024, XA later.
    QCOMPARE(wizard.currentId(), int(NewProvinceWizard::CriteriaPage));
    QVERIFY(next->isEnabled()); // every group "later" is a valid start
    child<QComboBox>(&wizard, u"source_SO"_s)->setCurrentIndex(1);
    QVERIFY(!next->isEnabled());
    typePath(child<QLineEdit>(&wizard, u"path_SO"_s), demoData + u"criteria_SO.csv"_s);
    QVERIFY2(!m_english || child<QLabel>(&wizard, u"status_SO"_s)->text().startsWith(u"132 criteria, 100 points"_s),
        qPrintable(child<QLabel>(&wizard, u"status_SO"_s)->text()));
    child<QComboBox>(&wizard, u"source_HUYEN"_s)->setCurrentIndex(2);
    typePath(child<QLineEdit>(&wizard, u"path_HUYEN"_s), m_other);
    const QComboBox *period = child<QComboBox>(&wizard, u"period_HUYEN"_s);
    QCOMPARE(period->count(), 12);
    QVERIFY2(period->currentText().contains(u"2024"_s) && period->currentText().contains(u"UBND cấp huyện (HUYEN)"_s),
        qPrintable(period->currentText()));
    QVERIFY2(child<QLabel>(&wizard, u"status_HUYEN"_s)->text().startsWith(u"132 "_s),
        qPrintable(child<QLabel>(&wizard, u"status_HUYEN"_s)->text()));
    QVERIFY(next->isEnabled());
    shoot(&wizard, u"4-criteria"_s);
    // Back to the units and on again: the page is built anew, with what was chosen for each group.
    const QString copiedYear = period->currentText();
    wizard.button(QWizard::BackButton)->click();
    QCOMPARE(wizard.currentId(), int(NewProvinceWizard::UnitsPage));
    next->click();
    QCOMPARE(wizard.findChildren<QComboBox *>(u"source_SO"_s).size(), 1);
    QCOMPARE(child<QComboBox>(&wizard, u"source_SO"_s)->currentIndex(), 1);
    QCOMPARE(child<QComboBox>(&wizard, u"period_HUYEN"_s)->currentText(), copiedYear);
    QVERIFY(next->isEnabled());
    next->click();

    // 5. What Create will write.
    QCOMPARE(wizard.currentId(), int(NewProvinceWizard::SummaryPage));
    const QString summary = child<QLabel>(&wizard, u"summary"_s)->text();
    QVERIFY2(summary.contains(u"ỦY BAN NHÂN DÂN TỈNH MINH HÒA"_s), qPrintable(summary));
    QVERIFY2(!m_english || summary.contains(u"copied from other.parindex, 2024 HUYEN"_s), qPrintable(summary));
    QVERIFY(!QFile::exists(path)); // nothing written yet
    shoot(&wizard, u"5-summary"_s);
}

void TestNewProvinceWizard::createsTheProvinceThroughEveryPage()
{
    const QString path = m_dir.filePath(u"minh-hoa-1.parindex"_s);
    NewProvinceWizard wizard(m_dir.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillAllPages(wizard, path, m_dir.path());
    if (QTest::currentTestFailed())
        return;
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QCOMPARE(wizard.createdPath(), path);
    QCOMPARE(Messages::takeShown(), QStringList());

    auto db = Database::open(path, Database::Access::ReadOnly);
    QVERIFY2(db, qPrintable(db.error().text()));
    QCOMPARE((*db)->groups()->size(), 3);
    QCOMPARE((*db)->units()->size(), 71);
    const struct
    {
        QString group;
        int roster;
        int criteria;
    } expected[] = {{u"SO"_s, 21, 132}, {u"HUYEN"_s, 10, 132}, {u"XA"_s, 40, 0}};
    for (const auto &e : expected) {
        const auto p = (*db)->period(2025, e.group);
        QVERIFY2(p, qPrintable(e.group));
        QCOMPARE((*db)->periodUnits(p->id)->size(), e.roster);
        QCOMPARE((*db)->criteria(p->id)->size(), e.criteria);
    }
}

void TestNewProvinceWizard::cancelLeavesNothing()
{
    QTemporaryDir target;
    const QString path = target.filePath(u"minh-hoa.parindex"_s);
    NewProvinceWizard wizard(m_dir.path());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillAllPages(wizard, path, m_dir.path());
    if (QTest::currentTestFailed())
        return;
    wizard.button(QWizard::CancelButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestNewProvinceWizard::mainWindowOffersAndOpensIt()
{
    const QString path = m_dir.filePath(u"from-menu.parindex"_s);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *start = window.findChild<QPushButton *>(u"startNewProvince"_s);
    QVERIFY(start && start->isVisible());
    shoot(&window, u"0-start"_s);

    // The start screen's button opens the assistant (modal): it is driven while it runs, then created.
    bool driven = false;
    QTimer::singleShot(0, this, [&] {
        auto *wizard = qobject_cast<NewProvinceWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        fillAllPages(*wizard, path, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        if (QTest::currentTestFailed()) {
            wizard->reject(); // a failure must not leave the test waiting on the dialog
            return;
        }
        wizard->button(QWizard::FinishButton)->click();
        driven = true;
    });
    start->click();
    QVERIFY(driven);
    QVERIFY(window.document());
    QCOMPARE(QDir::cleanPath(window.document()->path()), QDir::cleanPath(path));
    QVERIFY(!start->isVisible());
    QVERIFY(window.tabs()->isVisible());

    // File > New province… is the same assistant; cancelled, the open file stays.
    window.closeFile();
    auto *action = window.findChild<QAction *>(u"newProvinceAction"_s);
    QVERIFY(action);
    QTimer::singleShot(0, this, [&] {
        auto *wizard = qobject_cast<NewProvinceWizard *>(QApplication::activeModalWidget());
        QVERIFY(wizard);
        wizard->reject();
    });
    action->trigger();
    QVERIFY(!window.document());
    QVERIFY(start->isVisible());
}

QTEST_MAIN(TestNewProvinceWizard)
#include "tst_newprovincewizard.moc"
