// `parindex-cli decision`, run as a user would, on the demo province.
#include "../../common/clirun.h"
#include "decisionfixture.h"

#include "storage/database.h"

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex::fixtures;
using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

class TestDecisionCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void draftOfAllGroups();
    void finalGroupWithStoredNumber();
    void annexChartsAreVectors_data();
    void annexChartsAreVectors();
    void errors_data();
    void errors();
    void finalizeListsWhatIsWrong();

private:
    QString m_db;
    QTemporaryDir m_dir;
};

void TestDecisionCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.sqlite"_s);
    const Run init = cli({u"--db"_s, m_db, u"--lang"_s, u"en"_s, u"init"_s, u"--demo"_s});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
}

void TestDecisionCommand::draftOfAllGroups()
{
    const QString out = m_dir.filePath(u"2024.pdf"_s);
    const Run run = cli({u"--db"_s, m_db, u"--lang"_s, u"en"_s, u"decision"_s, u"--year"_s, u"2024"_s, u"--out"_s, out,
        u"--number"_s, u"45/QĐ-UBND"_s, u"--date"_s, u"2025-01-09"_s, u"--signer"_s, u"Trần Thị Mai"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.contains(u"DỰ THẢO"_s));
    const auto text = poppler(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
    if (!text)
        QSKIP("poppler-utils (pdftotext) are not installed");
    const QString simplified = text->simplified();
    QVERIFY(simplified.contains(u"Số: 45/QĐ-UBND"_s));
    QVERIFY(simplified.contains(u"ngày 09 tháng 01 năm 2025"_s));
    QVERIFY(simplified.contains(u"Trần Thị Mai"_s));
    QVERIFY(simplified.contains(u"DỰ THẢO"_s));
    // One annex per group, then the methodology.
    for (const QString &annex : {u"Phụ lục I "_s, u"Phụ lục II "_s, u"Phụ lục III "_s, u"Phụ lục IV "_s})
        QVERIFY2(simplified.contains(annex + u"CHỈ SỐ"_s) || simplified.contains(annex + u"PHƯƠNG PHÁP"_s),
            qPrintable(annex));
    QVERIFY(simplified.contains(u"CỦA CÁC SỞ, BAN, NGÀNH CẤP TỈNH"_s));
    QVERIFY(simplified.contains(u"CỦA UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN"_s));
}

void TestDecisionCommand::finalGroupWithStoredNumber()
{
    const QString out = m_dir.filePath(u"2023-huyen.pdf"_s);
    const Run run
        = cli({u"--db"_s, m_db, u"decision"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    const auto text = poppler(u"pdftotext"_s, {u"-layout"_s, out, u"-"_s});
    if (!text)
        QSKIP("poppler-utils (pdftotext) are not installed");
    QVERIFY(!text->contains(u"DỰ THẢO"_s));
    QVERIFY(QRegularExpression(u"Số: \\d+/QĐ-UBND"_s).match(*text).hasMatch());
    QVERIFY(text->contains(u"ngày 16 tháng 02 năm 2024"_s)); // the demo's 2023 decisions are signed then
}

// With --charts each group's annex ends with its comparison chart: one more page for the ten districts, drawn as
// text and vectors (pdftotext reads its bars' labels and Vietnamese numbers), after the annex table.
void TestDecisionCommand::annexChartsAreVectors_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("program in Vietnamese") << u"vi"_s;
    QTest::newRow("program in English") << u"en"_s; // the decision and its charts stay Vietnamese
}

void TestDecisionCommand::annexChartsAreVectors()
{
    QFETCH(QString, language);
    const QString plain = m_dir.filePath(u"2024-huyen-%1.pdf"_s.arg(language));
    const QString charted = m_dir.filePath(u"2024-huyen-charts-%1.pdf"_s.arg(language));
    const QStringList args {u"--db"_s, m_db, u"--lang"_s, language, u"decision"_s, u"--year"_s, u"2024"_s, u"--group"_s,
        u"HUYEN"_s, u"--out"_s};
    QCOMPARE(cli(args + QStringList {plain}).exitCode, 0);
    const Run run = cli(args + QStringList {charted, u"--charts"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto plainInfo = poppler(u"pdfinfo"_s, {plain});
    const auto chartInfo = poppler(u"pdfinfo"_s, {charted});
    if (!plainInfo || !chartInfo)
        QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    const auto pages
        = [](const QString &info) { return QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info).captured(1).toInt(); };
    QCOMPARE(pages(*chartInfo), pages(*plainInfo) + 1);
    const auto text = poppler(u"pdftotext"_s, {charted, u"-"_s});
    QVERIFY(text);
    const qsizetype table
        = text->indexOf(u"CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ"_s);
    const qsizetype chart = text->indexOf(u"Chỉ số CCHC năm 2024 của UBND cấp huyện"_s);
    QVERIFY(table >= 0 && chart > table);
    const QString afterChart = text->mid(chart);
    // Hand-checked against `rank --year 2024 --group HUYEN`: first Ưng Hòa 94.77, last An Phước 39.67.
    QVERIFY(afterChart.contains(u"1. UBND thị xã Ưng Hòa"_s));
    QVERIFY(afterChart.contains(u"94,77"_s));
    QVERIFY(afterChart.contains(u"39,67"_s));
    QVERIFY(afterChart.contains(u"Chỉ số CCHC (%)"_s));
    QVERIFY(afterChart.contains(u"Xuất sắc"_s)); // the decision's own class names, in the key and along the top
    QVERIFY2(!text->contains(u"PAR Index"_s) && !text->contains(u"Excellent"_s), qPrintable(afterChart.left(400)));
}

void TestDecisionCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no year") << QStringList {u"--out"_s, u"x.pdf"_s} << 1 << u"--year"_s;
    QTest::newRow("no out") << QStringList {u"--year"_s, u"2024"_s} << 1 << u".pdf"_s;
    QTest::newRow("not a pdf") << QStringList {u"--year"_s, u"2024"_s, u"--out"_s, u"x.png"_s} << 1 << u".pdf"_s;
    QTest::newRow("bad date") << QStringList {u"--year"_s, u"2024"_s, u"--out"_s, u"x.pdf"_s, u"--date"_s,
        u"02/02/2025"_s} << 1 << u"YYYY-MM-DD"_s;
    QTest::newRow("separate decisions") << QStringList {u"--year"_s, u"2023"_s, u"--out"_s, u"x.pdf"_s} << 2
                                        << u"--group"_s;
    QTest::newRow("no such year") << QStringList {u"--year"_s, u"2031"_s, u"--out"_s, u"x.pdf"_s} << 2 << u"2031"_s;
    QTest::newRow("final keeps its number") << QStringList {u"--year"_s, u"2022"_s, u"--group"_s, u"SO"_s,
        u"--number"_s, u"1/QĐ-UBND"_s, u"--out"_s, u"x.pdf"_s}
                                            << 3 << u"final"_s;
}

void TestDecisionCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    for (QString &a : arguments) {
        if (a == u"x.pdf" || a == u"x.png")
            a = m_dir.filePath(a);
    }
    const Run run = cli(QStringList {u"--db"_s, m_db, u"--lang"_s, u"en"_s, u"decision"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Nothing is half-written.
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    QCOMPARE(QDir(m_dir.path()).entryList({u"*.pdf*"_s}, QDir::Files | QDir::Hidden).filter(u"x."_s), QStringList());
}

// Finalising refuses a decision that would be wrong and names why; --force finalises all the same, and the group's
// decision then names that group alone and cites the annexes it holds (issue #14).
void TestDecisionCommand::finalizeListsWhatIsWrong()
{
    const QString db = m_dir.filePath(u"finalize.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, db, u"init"_s, u"--demo"_s}).exitCode, 0);
    const QStringList finalize {u"--db"_s, db, u"--lang"_s, u"en"_s, u"finalize"_s, u"--year"_s, u"2024"_s,
        u"--group"_s, u"HUYEN"_s, u"--number"_s, u"12/QĐ-UBND"_s, u"--date"_s, u"2025-02-03"_s};
    const Run refused = cli(finalize);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"PROBLEM: Signer's name is empty."_s), qPrintable(refused.err));
    QVERIFY(refused.err.contains(u"PROBLEM: Legal bases, line 4 still holds a blank"_s));
    QVERIFY(refused.err.contains(u"2024/HUYEN was not finalised"_s));
    const Run forced = cli(finalize + QStringList {u"--force"_s});
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
    {
        // Finalised all the same, not silently: the audit row of the finalising keeps the problems overridden.
        auto opened = parindex::Database::open(db, parindex::Database::Access::ReadOnly);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
        const auto audit = (*opened)->auditAfter(0);
        QVERIFY(audit);
        // The last finalising (the demo's own years were finalised before it, without problems).
        const auto row = std::find_if(audit->crbegin(), audit->crend(),
            [](const parindex::AuditEntry &e) { return e.action == u"period.finalize"_s; });
        QVERIFY(row != audit->crend());
        QVERIFY2(row->newValue.contains(u"finalised despite"_s) && row->newValue.contains(u"Signer's name is empty."_s),
            qPrintable(row->newValue));
    }

    const QString out = m_dir.filePath(u"2024-huyen-final.pdf"_s);
    const Run run
        = cli({u"--db"_s, db, u"decision"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"HUYEN"_s, u"--out"_s, out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const auto text = poppler(u"pdftotext"_s, {out, u"-"_s});
    if (!text)
        QSKIP("poppler-utils (pdftotext) are not installed");
    const QString simplified = text->simplified();
    QVERIFY(!simplified.contains(u"DỰ THẢO"_s));
    QVERIFY(simplified.contains(u"Số: 12/QĐ-UBND"_s));
    QVERIFY(simplified.contains(u"Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của UBND các "
                                "huyện, thị xã, thành phố"_s));
    QVERIFY(!simplified.contains(u"sở, ban, ngành"_s));
    QVERIFY(simplified.contains(u"(chi tiết tại Phụ lục I kèm theo Quyết định này)"_s));
    QVERIFY(simplified.contains(u"được quy định tại Phụ lục II kèm theo Quyết định này."_s));
    QVERIFY(!simplified.contains(u"Phụ lục III"_s));
}

QTEST_GUILESS_MAIN(TestDecisionCommand)
#include "tst_decisioncommand.moc"
