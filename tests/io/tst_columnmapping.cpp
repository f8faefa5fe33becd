// ColumnMapping: what a header is taken for (our names, case, the usual Vietnamese headers, leaf codes of
// the wide form), a header seen twice, and a mapped table keeping the sheet's letters for its problems.
#include "iofixture.h"

#include "io/columnmapping.h"
#include "io/formats.h"

#include <QtTest/QTest>

using namespace parindex;
using namespace parindex::iotest;
using namespace Qt::StringLiterals;

class TestColumnMapping : public QObject
{
    Q_OBJECT
private slots:
    void guess_data();
    void guess();
    void targets();
    void applyKeepsCells();
    void leftOutIsNamed();
};

void TestColumnMapping::guess_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("expected");
    const int scores = int(ColumnMapping::Kind::Scores), survey = int(ColumnMapping::Kind::Survey);
    QTest::newRow("our names") << u"unit_code,criterion_code,self,appraised,note"_s << scores
                               << QStringList(
                                      {u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s});
    QTest::newRow("case") << u"Unit_Code,APPRAISED"_s << scores << QStringList({u"unit_code"_s, u"appraised"_s});
    QTest::newRow("Vietnamese headers") << u"Mã đơn vị,Mã tiêu chí,Tự đánh giá,Điểm thẩm định,Giải trình,Khác"_s
                                        << scores
                                        << QStringList({u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s,
                                               u"note"_s, QString()});
    QTest::newRow("wide form: leaf codes; a group is not one")
        << u"unit_code,1.1.1,1.1,1.2,2"_s << scores
        << QStringList({u"unit_code"_s, u"1.1.1"_s, QString(), u"1.2"_s, u"2"_s});
    QTest::newRow("twice: the first wins")
        << u"unit_code,appraised,Thẩm định"_s << scores << QStringList({u"unit_code"_s, u"appraised"_s, QString()});
    QTest::newRow("survey") << u"Đơn vị,criterion_code,A,b,C,d,E,Điểm"_s << survey
                            << QStringList({u"unit_code"_s, u"criterion_code"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s,
                                   u"points"_s});
    QTest::newRow("survey has no self") << u"unit_code,self"_s << survey << QStringList({u"unit_code"_s, QString()});
}

void TestColumnMapping::guess()
{
    QFETCH(QString, header);
    QFETCH(int, kind);
    QFETCH(QStringList, expected);
    const CsvTable t = table(header + u'\n', u"f.csv"_s);
    QCOMPARE(ColumnMapping::guess(t, ColumnMapping::Kind(kind), sampleTree()), expected);
}

void TestColumnMapping::targets()
{
    QCOMPARE(ColumnMapping::targets(ColumnMapping::Kind::Scores, sampleTree()),
        QStringList({u"unit_code"_s, u"criterion_code"_s, u"self"_s, u"appraised"_s, u"note"_s, u"1.1.1"_s, u"1.1.2"_s,
            u"1.2"_s, u"1.3"_s, u"2"_s}));
    QCOMPARE(ColumnMapping::label(u"appraised"_s, sampleTree()), u"Appraised (appraised)"_s);
    QCOMPARE(ColumnMapping::label(u"1.2"_s, sampleTree()), u"Criterion 1.2 – Báo cáo đúng hạn"_s);
    QCOMPARE(ColumnMapping::label({}, sampleTree()), u"(not imported)"_s);
}

void TestColumnMapping::leftOutIsNamed()
{
    // A column the guess does not know (a misspelt "apraised"), one the person leaves out, and an empty one:
    // the first two are named as not imported, the empty one is nothing to leave out.
    CsvTable t = table(u"unit_code,criterion_code,apraised,,note\nDS,1.2,5,,x\n"_s, u"scores.xlsx"_s);
    const QStringList guessed = ColumnMapping::guess(t, ColumnMapping::Kind::Scores, sampleTree());
    QCOMPARE(guessed, QStringList({u"unit_code"_s, u"criterion_code"_s, QString(), QString(), u"note"_s}));
    QCOMPARE(ColumnMapping::leftOut(t, guessed), QStringList({u"3 (apraised)"_s}));
    t.sheet = u"Điểm"_s;
    QCOMPARE(
        ColumnMapping::leftOut(t, {u"unit_code"_s, u"criterion_code"_s, u"appraised"_s}), QStringList({u"E (note)"_s}));
}

void TestColumnMapping::applyKeepsCells()
{
    CsvTable t = table(u"Ghi chú,Đơn vị,x,Điểm TĐ\nn,DS,1,7\n"_s, u"scores.xlsx"_s);
    t.sheet = u"Điểm"_s;
    t.lines = {3};
    const CsvTable mapped = ColumnMapping::apply(t, {QString(), u"unit_code"_s, QString(), u"appraised"_s});
    QCOMPARE(mapped.header, QStringList({u"unit_code"_s, u"appraised"_s}));
    QCOMPARE(mapped.rows, QList<QStringList>({{u"DS"_s, u"7"_s}}));
    QCOMPARE(mapped.sourceColumns, QList<int>({1, 3}));
    // The wide form's problem names the sheet's own cell D3, not the mapped table's second column.
    const CsvTable wide = ColumnMapping::apply(t, {QString(), u"unit_code"_s, QString(), u"1.2"_s});
    const auto rows = FileFormats::parseScores(wide, sampleTree(), sampleUnits());
    QVERIFY(!rows);
    QCOMPARE(rows.error().details,
        QStringList(
            {u"scores.xlsx, sheet Điểm, cell D3 (1.2): \"7\" – expected a number from 0 to 6 (criterion 1.2 of Đông Sơn)."_s}));
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
