// `evidence add|list|get|remove` as a user runs them: a document attached, listed, written out byte for byte and
// taken away; and every kind of bad input refused with its name and reason, the file unchanged.
#include "common/clirun.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace parindex::clirun;

namespace {
const QStringList cell
    = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--unit"_s, u"SNV"_s, u"--criterion"_s, u"1.2.1"_s};
const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCliEvidence : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void attachListGetRemove();
    void badInputChangesNothing_data();
    void badInputChangesNothing();

private:
    Run run(const QStringList &args) { return cli(QStringList {u"--lang"_s, u"en"_s, u"--db"_s, m_db} + args); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliEvidence::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"demo.parindex"_s);
    const Run r = cli({u"--db"_s, m_db, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliEvidence::attachListGetRemove()
{
    QByteArray pdf("%PDF-1.7\n");
    for (int i = 0; i < 256; ++i)
        pdf += char(i);
    const QString file = write(u"Báo cáo tự đánh giá.pdf"_s, pdf);
    const Run added = run(QStringList {u"evidence"_s, u"add"_s} + cell + QStringList {file});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY2(added.err.contains(u"Báo cáo tự đánh giá.pdf (265 bytes) is evidence"_s), qPrintable(added.err));
    const Run list = run(QStringList {u"evidence"_s, u"list"_s, u"--unit"_s, u"SNV"_s} + period);
    QCOMPARE(list.exitCode, 0);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QString id;
    for (const QString &line : list.out.split(u'\n')) {
        if (line.contains(sha) && line.contains(u"\t1.2.1\tBáo cáo tự đánh giá.pdf\tapplication/pdf\t265\t"_s))
            id = line.section(u'\t', 0, 0);
    }
    QVERIFY2(!id.isEmpty(), qPrintable(list.out));
    const QString out = m_dir.filePath(u"out.pdf"_s);
    QCOMPARE(run(QStringList {u"evidence"_s, u"get"_s, u"--id"_s, id, u"--out"_s, out} + period).exitCode, 0);
    QCOMPARE(bytesOf(out), pdf);
    QCOMPARE(run(QStringList {u"evidence"_s, u"remove"_s, u"--id"_s, id} + period).exitCode, 0);
    QVERIFY(!run(QStringList {u"evidence"_s, u"list"_s} + period).out.contains(sha));
    const Run again = run(QStringList {u"evidence"_s, u"get"_s, u"--id"_s, id, u"--out"_s, out} + period);
    QCOMPARE(again.exitCode, 2); // not found: bad data
    QVERIFY2(again.err.contains(u"Evidence document %1 is not in 2024/SO"_s.arg(id)), qPrintable(again.err));
    QCOMPARE(run({u"check"_s}).exitCode, 0);
}

void TestCliEvidence::badInputChangesNothing_data()
{
    QTest::addColumn<QString>("file"); // %d: the database
    QTest::addColumn<QStringList>("where"); // the cell, or another
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("a folder") << u"folder"_s << cell << 3 << u"is a folder"_s;
    QTest::newRow("a missing file") << u"nowhere.pdf"_s << cell << 3 << u"nowhere.pdf: No such file"_s;
    QTest::newRow("the database") << u"%d"_s << cell << 1 << u"own file"_s;
    QTest::newRow("its log") << u"%d-wal"_s << cell << 1 << u"own file"_s;
    QTest::newRow("an endless device") << u"/dev/zero"_s << cell << 2 << u"zero is larger than the 20.0 MB"_s;
    QTest::newRow("an empty device") << u"/dev/null"_s << cell << 2 << u"null is not a kind of document"_s;
    QTest::newRow("a program") << u"setup.exe"_s << cell << 2 << u"setup.exe is not a kind of document"_s;
    QTest::newRow("a spreadsheet that is not one")
        << u"bảng.xlsx"_s << cell << 2 << u"its content is not a XLSX file"_s;
    QTest::newRow("too large") << u"lớn.pdf"_s << cell << 2 << u"lớn.pdf is 21.0 MB, more than the 20.0 MB"_s;
    QTest::newRow("an empty file") << u"rỗng.pdf"_s << cell << 2 << u"rỗng.pdf is empty"_s;
    QTest::newRow("a misspelt unit") << u"ok.pdf"_s
                                     << QStringList {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--unit"_s,
                                            u"SNX"_s, u"--criterion"_s, u"1.2.1"_s}
                                     << 2 << u"Unit SNX does not take part"_s;
    QTest::newRow("a criterion that sums") << u"ok.pdf"_s
                                           << QStringList {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s, u"--unit"_s,
                                                  u"SNV"_s, u"--criterion"_s, u"1.2"_s}
                                           << 2 << u"1.2 is not a criterion that takes a value"_s;
    QTest::newRow("a final year") << u"ok.pdf"_s
                                  << QStringList {u"--year"_s, u"2023"_s, u"--group"_s, u"SO"_s, u"--unit"_s, u"SNV"_s,
                                         u"--criterion"_s, u"1.2.1"_s}
                                  << 3 << u"is final"_s;
    QTest::newRow("no cell") << u"ok.pdf"_s << period << 1 << u"needs --unit CODE and --criterion C"_s;
}

void TestCliEvidence::badInputChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QStringList, where);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QDir(m_dir.path()).mkdir(u"folder"_s);
    write(u"setup.exe"_s, "MZ\x90");
    write(u"bảng.xlsx"_s, "%PDF-1.4\n");
    write(u"lớn.pdf"_s, "%PDF-1.4\n" + QByteArray(21 * 1024 * 1024, 'x'));
    write(u"rỗng.pdf"_s, {});
    write(u"ok.pdf"_s, "%PDF-1.4\n%%EOF\n");
    const QString path = file.startsWith(u'/') ? file : m_dir.filePath(file.replace(u"%d"_s, u"demo.parindex"_s));
    const QString before = run(QStringList {u"evidence"_s, u"list"_s} + period).out;
    const QByteArray log = bytesOf(m_db);
    const Run r = run(QStringList {u"evidence"_s, u"add"_s} + where + QStringList {path});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(run(QStringList {u"evidence"_s, u"list"_s} + period).out, before);
    QCOMPARE(bytesOf(m_db), log);
}

QTEST_GUILESS_MAIN(TestCliEvidence)
#include "tst_cli_evidence.moc"
