// `parindex-cli rank --out FILE.pdf`: the ranking table printed on its own (A4 landscape, the date of --date on
// every page, "Page n/N", the header row repeated) for a long group of 122 units; the machine outputs keep the
// columns of formats.md (a workbook's first row is the csv header, no title); wrong combinations are usage errors;
// the database itself and a read-only target are refused.
#include "../common/clirun.h"
#include "../common/longgroup.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include "io/xlsx/tablefile.h"

using namespace parindex;
using namespace Qt::StringLiterals;

using parindex::clirun::cli;
using parindex::clirun::Run;

namespace {
std::optional<QString> poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForStarted() || !p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestCliRankPdf : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void longGroup();
    void machineColumnsUnchanged();
    void refusals_data();
    void refusals();

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_period {u"rank"_s, u"--year"_s, u"2024"_s, u"--group"_s, u"XA"_s};
};

void TestCliRankPdf::initTestCase()
{
    m_db = m_dir.filePath(u"communes.parindex"_s);
    QVERIFY(test::makeLongGroup(m_db));
}

void TestCliRankPdf::longGroup()
{
    const QString out = m_dir.filePath(u"xep-hang.pdf"_s);
    const Run r = cli(QStringList {u"--db"_s, m_db, u"--lang"_s, u"en"_s} + m_period
        + QStringList {u"--out"_s, out, u"--date"_s, u"2024-12-20"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto info = poppler(u"pdfinfo"_s, {out});
    if (!info)
        QSKIP("poppler-utils (pdfinfo, pdftotext) are not installed");
    QVERIFY2(info->contains(u"(A4)"_s) && info->contains(u" x 595"_s), qPrintable(*info));
    const int pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(*info).captured(1).toInt();
    QCOMPARE(pages, 6); // as the window's (tst_rankingexports): the same document
    for (int page = 1; page <= pages; ++page) {
        const auto text
            = poppler(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page), out, u"-"_s});
        QVERIFY(text);
        QVERIFY2(text->contains(u"Page %1/%2"_s.arg(page).arg(pages)), qPrintable(*text));
        QVERIFY2(text->contains(u"Total points"_s), qPrintable(*text)); // the header row, repeated
        QVERIFY2(text->contains(u"printed on 20 December 2024"_s), qPrintable(*text));
    }
}

void TestCliRankPdf::machineColumnsUnchanged()
{
    // formats.md's columns for scripts, whatever the language: no title, no class names, no area columns.
    const QString header = u"rank,code,name,points,max,index,class,previous_rank,rank_change,status,reason,lineage"_s;
    const Run csv
        = cli(QStringList {u"--db"_s, m_db, u"--lang"_s, u"vi"_s} + m_period + QStringList {u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    QString text = csv.out;
    if (text.startsWith(u'\uFEFF'))
        text.remove(0, 1);
    QVERIFY2(text.startsWith(header + u"\r\n1,G001,UBND xã Số 1,100,100,100.00,excellent,,,ranked,,\r\n"_s),
        qPrintable(text.left(300)));
    const QString workbook = m_dir.filePath(u"xep-hang.xlsx"_s);
    const Run xlsx
        = cli(QStringList {u"--db"_s, m_db, u"--lang"_s, u"vi"_s} + m_period + QStringList {u"--out"_s, workbook});
    QVERIFY2(xlsx.exitCode == 0, qPrintable(xlsx.err));
    const auto table = TableFile::read(workbook);
    QVERIFY2(table, qPrintable(table.error().text()));
    QCOMPARE(table->header.join(u','), header);
    QCOMPARE(table->rows.size(), qsizetype(test::longGroupRanked + 2));
}

void TestCliRankPdf::refusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("target"); // the --out file, in the test's folder ("DB": the database itself)
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("pdf with --format") << QStringList {u"--format"_s, u"csv"_s} << u"r.pdf"_s << 1
                                       << u"--out FILE.pdf prints the ranking table"_s;
    QTest::newRow("--date without pdf") << QStringList {u"--date"_s, u"2024-12-20"_s} << u"r.xlsx"_s << 1
                                        << u"rank takes --date only with --out FILE.pdf"_s;
    QTest::newRow("bad date") << QStringList {u"--date"_s, u"20/12/2024"_s} << u"r.pdf"_s << 1
                              << u"--date takes a date as YYYY-MM-DD"_s;
    QTest::newRow("the database itself") << QStringList() << u"DB"_s << 1 << u"open database's own file"_s;
    QTest::newRow("read-only target") << QStringList() << u"readonly.pdf"_s << 3 << u"can only be read"_s;
}

void TestCliRankPdf::refusals()
{
    QFETCH(QStringList, options);
    QFETCH(QString, target);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    // The database reached through a link named .pdf: refused by device and inode, not by name.
    const QString out = m_dir.filePath(target == u"DB" ? u"db-link.pdf"_s : target);
    if (target == u"DB")
        QVERIFY(QFile::exists(out) || QFile::link(m_db, out));
    const QByteArray before = [&] {
        QFile f(m_db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    if (target == u"readonly.pdf") {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner));
    }
    const Run r
        = cli(QStringList {u"--db"_s, m_db, u"--lang"_s, u"en"_s} + m_period + QStringList {u"--out"_s, out} + options);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    if (target == u"readonly.pdf") {
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("kept"));
    } else if (target == u"DB") {
        QFile f(m_db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    } else {
        QVERIFY(!QFile::exists(out));
    }
}

QTEST_GUILESS_MAIN(TestCliRankPdf)
#include "tst_cli_rankpdf.moc"
