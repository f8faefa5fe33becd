// Imports that would delete or drop what the file holds: a criteria import that takes scores away is refused with
// their count unless --drop-scores, sums that do not add up are warned of, and a units import is all or nothing
// (its new groups included). Run through the real parindex-cli binary on copies of the demo province.
#include "../common/clirun.h"
#include "storage/database.h"

#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace parindex;
using namespace Qt::StringLiterals;

using clirun::Run;

namespace {
Run cli(const QStringList &args)
{
    return clirun::cli(QStringList {u"--lang"_s, u"en"_s} + args);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// The lines of a CSV file without those starting with `prefix`.
QByteArray without(const QByteArray &csv, const QByteArray &prefix)
{
    QByteArrayList kept;
    for (const QByteArray &line : csv.split('\n')) {
        if (!line.startsWith(prefix))
            kept.append(line);
    }
    return kept.join('\n');
}

// What a file holds that an import could change: groups, units, the audit log's head.
struct Holdings
{
    QList<UnitGroup> groups;
    QList<Unit> units;
    qint64 auditHead = -1;
    bool operator==(const Holdings &) const = default;
};

Holdings holdings(const QString &path)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db)
        return {};
    return {(*db)->groups().value(), (*db)->units().value(), (*db)->auditHead()->first};
}
} // namespace

class TestCliDropScores : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void criteriaImportThatDeletesScoresIsRefused();
    void periodCopyWarnsOfSums();
    void unitsImportIsAllOrNothing();
    void importsSayWhichStoredValuesTheyChange();

private:
    QString copyOfDemo(const QString &name);

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliDropScores::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    const Run r = cli({u"--db"_s, m_demo, u"init"_s, u"--demo"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

QString TestCliDropScores::copyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Run r = cli({u"--db"_s, m_demo, u"backup"_s, u"--out"_s, path});
    if (r.exitCode != 0)
        qWarning("backup failed: %s", qPrintable(r.err));
    return path;
}

// The reported case: a criteria file without 1.1.2, which holds the scores of the 21 departments, was taken with
// exit 0 and those scores were gone without a word.
void TestCliDropScores::criteriaImportThatDeletesScoresIsRefused()
{
    const QString db = copyOfDemo(u"criteria.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    const QString criteria = m_dir.filePath(u"c.csv"_s);
    const QString scoresBefore = m_dir.filePath(u"scores-before.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, criteria} + period).exitCode, 0);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, scoresBefore} + period).exitCode, 0);
    const QString smaller = m_dir.filePath(u"c2.csv"_s);
    writeFile(smaller, without(fileBytes(criteria), "1.1.2,"));
    const qint64 head = holdings(db).auditHead;

    const Run refused = cli(QStringList {u"--db"_s, db, u"criteria"_s, u"import"_s, smaller} + period);
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QRegularExpression(
                 u"would delete 21 score(\\(s\\)|s) of 21 unit(\\(s\\)|s) in criterion 1\\.1\\.2;"_s)),
        qPrintable(refused.err));
    QVERIFY2(refused.err.contains(u"--drop-scores"_s), qPrintable(refused.err));
    // The sum of 1.1 no longer adds up: said as well.
    QVERIFY2(refused.err.contains(u"Warning: The sub-criteria of 1.1 add up to 1.5 points; its maximum is 2."_s),
        qPrintable(refused.err));
    const QString scoresAfter = m_dir.filePath(u"scores-after.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, scoresAfter} + period).exitCode, 0);
    QCOMPARE(fileBytes(scoresAfter), fileBytes(scoresBefore));
    const QString criteriaAfter = m_dir.filePath(u"c-after.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, criteriaAfter} + period).exitCode, 0);
    QCOMPARE(fileBytes(criteriaAfter), fileBytes(criteria));
    QCOMPARE(holdings(db).auditHead, head);

    // Asked for, the scores go (the warning again), and the audit row keeps them.
    const Run dropped
        = cli(QStringList {u"--db"_s, db, u"criteria"_s, u"import"_s, smaller, u"--drop-scores"_s} + period);
    QVERIFY2(dropped.exitCode == 0, qPrintable(dropped.err));
    QVERIFY2(dropped.err.contains(u"Warning: The sub-criteria of 1.1 add up"_s), qPrintable(dropped.err));
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, scoresAfter} + period).exitCode, 0);
    QVERIFY(!fileBytes(scoresAfter).contains(",1.1.2,"));
    QVERIFY(fileBytes(scoresBefore).contains(",1.1.2,"));
    auto opened = Database::open(db, Database::Access::ReadOnly);
    QVERIFY(opened.ok());
    const AuditEntry row = (*opened)->auditLog(1)->first();
    QCOMPARE(row.action, u"criteria.replace"_s);
    QCOMPARE(row.oldValue.count(u"\"criterion\":\"1.1.2\""_s), 21);

    // An import that deletes nothing but does not add up: exit 0, with the warning.
    const Run same = cli(QStringList {u"--db"_s, db, u"criteria"_s, u"import"_s, smaller} + period);
    QVERIFY2(same.exitCode == 0, qPrintable(same.err));
    QVERIFY2(same.err.contains(u"Warning: The sub-criteria of 1.1 add up"_s), qPrintable(same.err));
    // A tree that adds up says nothing.
    const Run whole = cli(QStringList {u"--db"_s, db, u"criteria"_s, u"import"_s, criteria} + period);
    QVERIFY2(whole.exitCode == 0 && whole.err.isEmpty(), qPrintable(whole.err));
}

// A period copied from a year whose sums do not add up warns as an import does.
void TestCliDropScores::periodCopyWarnsOfSums()
{
    const QString db = copyOfDemo(u"copy.parindex"_s);
    const QString criteria = m_dir.filePath(u"copy-c.csv"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"criteria"_s, u"export"_s, criteria} + period).exitCode, 0);
    const QString smaller = m_dir.filePath(u"copy-c2.csv"_s);
    writeFile(smaller, without(fileBytes(criteria), "1.1.2,"));
    QCOMPARE(
        cli(QStringList {u"--db"_s, db, u"criteria"_s, u"import"_s, smaller, u"--drop-scores"_s} + period).exitCode, 0);
    const Run copied = cli({u"--db"_s, db, u"period"_s, u"add"_s, u"--year"_s, u"2025"_s, u"--group"_s, u"SO"_s,
        u"--copy-from"_s, u"2024"_s});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QVERIFY2(copied.err.contains(u"Warning: The sub-criteria of 1.1 add up to 1.5 points; its maximum is 2."_s),
        qPrintable(copied.err));
    const Run fine = cli({u"--db"_s, db, u"period"_s, u"add"_s, u"--year"_s, u"2025"_s, u"--group"_s, u"HUYEN"_s,
        u"--copy-from"_s, u"2024"_s});
    QVERIFY2(fine.exitCode == 0 && fine.err.isEmpty(), qPrintable(fine.err));
}

// New groups were created one transaction each before the units: a units file refused part-way left them behind.
void TestCliDropScores::unitsImportIsAllOrNothing()
{
    const QString db = copyOfDemo(u"units.parindex"_s);
    const Holdings before = holdings(db);
    QVERIFY(!before.groups.isEmpty());
    // A new group with its unit, then a department that has scores in 2024 moved to it: the database refuses that
    // row (its scores would leave the open year), after the group would have been created.
    const QString units = m_dir.filePath(u"units.csv"_s);
    writeFile(units,
        "code,name,group\n"
        "BQL1,Ban quản lý khu kinh tế,BQL\n"
        "SNV,Sở Nội vụ,BQL\n");
    const Run refused = cli({u"--db"_s, db, u"units"_s, u"import"_s, units});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"SNV"_s), qPrintable(refused.err));
    QCOMPARE(holdings(db), before);

    // Without the refused row: the group and its unit, in one step.
    writeFile(units, "code,name,group\nBQL1,Ban quản lý khu kinh tế,BQL\n");
    const Run done = cli({u"--db"_s, db, u"units"_s, u"import"_s, units});
    QVERIFY2(done.exitCode == 0, qPrintable(done.err));
    const Holdings after = holdings(db);
    QCOMPARE(after.groups.size(), before.groups.size() + 1);
    QCOMPARE(after.groups.last().code, u"BQL"_s);
    QCOMPARE(after.auditHead, before.auditHead + 1);
}

// A scores import overwrites stored values (that is what it is for), but says which: an import of a file that changes
// one appraised value used to exit 0 without a word.
void TestCliDropScores::importsSayWhichStoredValuesTheyChange()
{
    const QString db = copyOfDemo(u"overwrite.parindex"_s);
    const QStringList period = {u"--year"_s, u"2024"_s, u"--group"_s, u"SO"_s};
    const QString scores = m_dir.filePath(u"overwrite-scores.csv"_s);
    QCOMPARE(cli(QStringList {u"--db"_s, db, u"scores"_s, u"export"_s, scores} + period).exitCode, 0);
    const Run same = cli(QStringList {u"--db"_s, db, u"scores"_s, u"import"_s, scores} + period);
    QVERIFY2(same.exitCode == 0 && same.err.isEmpty(), qPrintable(same.err));

    // One row's appraised value changed to 0 (a row without quotes, whose appraised value is a number above 0).
    QByteArrayList lines = fileBytes(scores).split('\n');
    QString changed;
    for (qsizetype i = 1; i < lines.size() && changed.isEmpty(); ++i) {
        QByteArrayList cells = lines[i].split(',');
        if (lines[i].contains('"') || cells.size() != 5 || cells[3].isEmpty() || cells[3] == "na" || cells[3] == "0"
            || !cells[4].trimmed().isEmpty() || cells[2] == "na")
            continue;
        changed = u"%1 %2: "_s.arg(QString::fromUtf8(cells[0]), QString::fromUtf8(cells[1]));
        changed += cells[2].isEmpty() ? QString() : u"self-assessed %1, "_s.arg(QString::fromUtf8(cells[2]));
        changed += u"appraised %1 → "_s.arg(QString::fromUtf8(cells[3]));
        cells[3] = "0";
        lines[i] = cells.join(',');
    }
    QVERIFY(!changed.isEmpty());
    writeFile(scores, lines.join('\n'));
    const Run one = cli(QStringList {u"--db"_s, db, u"scores"_s, u"import"_s, scores} + period);
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QVERIFY2(one.err.contains(u"Note: 1 score"_s), qPrintable(one.err));
    QVERIFY2(one.err.contains(changed), qPrintable(one.err + u" / "_s + changed));
    QVERIFY2(one.err.contains(u"appraised 0\n"_s), qPrintable(one.err));
}

QTEST_GUILESS_MAIN(TestCliDropScores)
#include "tst_cli_dropscores.moc"
