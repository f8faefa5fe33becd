// `parindex-cli notice`, run as a user would, on a small province whose numbers are checked by hand; the PDF is read
// back with pdftotext.
#include "../common/clirun.h"
#include "storage/storagefixture.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace Qt::StringLiterals;
using namespace parindex;
using namespace parindex::storagefixture;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
// With `layout`, the page as laid out (the heading's two columns side by side); without, cell after cell.
QString pdfText(const QString &pdf, bool layout = true)
{
    QProcess p;
    p.start(u"pdftotext"_s, layout ? QStringList {u"-layout"_s, pdf, u"-"_s} : QStringList {pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

ScoreEntry cell(const char *self, const char *appraised, const QString &note = {})
{
    ScoreEntry e;
    if (self)
        e.selfValue = Fixed::parse(QString::fromUtf8(self));
    if (appraised)
        e.appraised = Fixed::parse(QString::fromUtf8(appraised));
    e.note = note;
    return e;
}

const QString longName = u"Ủy ban nhân dân huyện Đông Sơn (đơn vị thí điểm chuyển đổi số toàn diện của tỉnh)"_s;
} // namespace

class TestCliNotice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allUnitsOnePdf();
    void oneUnit();
    void errors_data();
    void errors();

private:
    QStringList base() const
    {
        return {u"--db"_s, m_db, u"notice"_s, u"--year"_s, u"2023"_s, u"--group"_s, u"HUYEN"_s};
    }
    QTemporaryDir m_dir;
    QString m_db;
};

// DS: 1.1 self 28, appraised 25 (note); 1.2 a rate, self 90 %, appraised 80 % of 40 = 32; 2 self 28, appraised 27:
// 84/100 = 84,00 %, self-assessed 28 + 36 + 28 = 92. HH: 1.1 30/30, 1.2 not applicable, 2 self 30, appraised 29,5:
// 59,5/60 = 99,17 %, rank 1; DS rank 2 of 2.
void TestCliNotice::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is needed to read the notices back");
    m_db = m_dir.filePath(u"notice.parindex"_s);
    qint64 period = 0;
    auto db = makeProvince(m_db, &period);
    QVERIFY(db->saveUnit({0, u"DS"_s, longName, u"HUYEN"_s, {}, {}, true}));
    QVERIFY(db->setScore(period, u"DS"_s, u"1.1"_s, cell("28", "25", u"Thiếu văn bản kiểm chứng"_s)));
    QVERIFY(db->setScore(period, u"DS"_s, u"1.2"_s, cell("90", "80")));
    QVERIFY(db->setScore(period, u"DS"_s, u"2"_s, cell("28", "27")));
    QVERIFY(db->setScore(period, u"HH"_s, u"1.1"_s, cell("30", "30")));
    ScoreEntry na;
    na.notApplicable = true;
    QVERIFY(db->setScore(period, u"HH"_s, u"1.2"_s, na));
    QVERIFY(db->setScore(period, u"HH"_s, u"2"_s, cell("30", "29.5")));
    QVERIFY(db->addExplanation(
                  period, {0, u"DS"_s, u"1.1"_s, u"Đã bổ sung Kế hoạch số 12/KH-UBND"_s, QDate(2024, 3, 5), {}, {}})
                .ok());
    for (const QString &name : {u"Kế hoạch 12-KH-UBND.pdf"_s, u"Báo cáo quý I.pdf"_s}) {
        Evidence e;
        e.unitCode = u"DS"_s;
        e.criterionCode = u"1.1"_s;
        e.name = name;
        QVERIFY(db->addEvidence(period, e, "%PDF-1.4\n" + name.toUtf8()).ok());
    }
}

void TestCliNotice::allUnitsOnePdf()
{
    const QString out = m_dir.filePath(u"all.pdf"_s);
    const Run r = cli(base()
        + QStringList {
            u"--out"_s, out, u"--number"_s, u"15"_s, u"--date"_s, u"2024-03-01"_s, u"--deadline"_s, u"2024-03-16"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"2 notice"_s), qPrintable(r.err));
    const QString text = pdfText(out);
    const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
    // Each unit starts a page of its own, with the heading of an official letter.
    QStringList starts;
    for (const QString &page : pages) {
        if (page.contains(u"THÔNG BÁO"_s))
            starts.append(page);
    }
    QCOMPARE(starts.size(), 2);
    for (const QString &page : starts) {
        QVERIFY2(page.contains(u"HỘI ĐỒNG THẨM ĐỊNH"_s), qPrintable(page));
        QVERIFY2(page.contains(u"Số: 15/TB-HĐTĐ"_s), qPrintable(page));
        QVERIFY2(page.contains(u"ngày 01 tháng 3 năm 2024"_s), qPrintable(page));
    }
    const QString simplified = pdfText(out, false).simplified();
    QVERIFY2(simplified.contains(u"UBND TỈNH"_s), qPrintable(simplified));
    // DS: points, index, rank and the deadline.
    QVERIFY2(simplified.contains(u"Tổng điểm đạt được 84,00/100,00 điểm"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"84,00%"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"xếp hạng tạm thời 2/2"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"Tổng điểm tự đánh giá của đơn vị: 92,00 điểm"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"trước ngày 16 tháng 3 năm 2024"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"Thiếu văn bản kiểm chứng"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"Giải trình ngày 05/03/2024"_s), qPrintable(simplified));
    // The documents the unit attached to the cell, by name.
    QVERIFY2(simplified.contains(u"Tài liệu kiểm chứng: Kế hoạch 12-KH-UBND.pdf; Báo cáo quý I.pdf."_s),
        qPrintable(simplified));
    // The rate: points with the rate entered.
    QVERIFY2(simplified.contains(u"(80%)"_s), qPrintable(simplified));
    // HH: a criterion not applicable, index and rank.
    QVERIFY2(simplified.contains(u"Không áp dụng"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"99,17%"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"xếp hạng tạm thời 1/2"_s), qPrintable(simplified));
    QVERIFY2(simplified.contains(u"Kính gửi: Hoằng Hóa."_s), qPrintable(simplified));
}

void TestCliNotice::oneUnit()
{
    const QString out = m_dir.filePath(u"hh.pdf"_s);
    const Run r = cli(base() + QStringList {u"--unit"_s, u"HH"_s, u"--out"_s, out});
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(out).simplified();
    QVERIFY2(text.contains(u"Hoằng Hóa"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Đông Sơn"_s));
    QCOMPARE(text.count(u"THÔNG BÁO"_s), 1);
    // Without a number, a date and a deadline: blanks to fill in by hand.
    QVERIFY2(text.contains(u"Số: /TB-HĐTĐ"_s), qPrintable(text));
}

void TestCliNotice::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("not a pdf") << QStringList {u"--out"_s, u"x.txt"_s} << 1 << u".pdf"_s;
    QTest::newRow("bad deadline") << QStringList {u"--out"_s, u"x.pdf"_s, u"--deadline"_s, u"16/03/2024"_s} << 1
                                  << u"--deadline"_s;
    QTest::newRow("deadline before date")
        << QStringList {u"--out"_s, u"x.pdf"_s, u"--date"_s, u"2024-03-10"_s, u"--deadline"_s, u"2024-03-01"_s} << 1
        << u"before"_s;
    QTest::newRow("unknown unit") << QStringList {u"--out"_s, u"x.pdf"_s, u"--unit"_s, u"XX"_s} << 2 << u"XX"_s;
}

void TestCliNotice::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    for (QString &a : args) {
        if (a.endsWith(u".pdf"_s) || a.endsWith(u".txt"_s))
            a = m_dir.filePath(a);
    }
    const Run r = cli(base() + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
}

QTEST_GUILESS_MAIN(TestCliNotice)
#include "tst_cli_notice.moc"
