// The year of a dialog (a new period, a unit that starts or stops taking part): QSpinBox dropped letters without a
// word and put the previous year back when the text was not a year of its range, so that Enter opened a period of
// a year nobody typed. A YearBox shows its range at every refused key, keeps the text and eats Enter until it is a
// year of the range.
#include "yearbox.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestYearBox : public QObject
{
    Q_OBJECT
private slots:
    void typing_data();
    void typing();
    void focusLeavesWithTheTextKept();
};

void TestYearBox::typing_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // what the box holds
    QTest::addColumn<int>("refusedKeys"); // keys dropped, with the range shown
    QTest::addColumn<int>("year"); // 0: Enter is refused and the dialog stays open
    QTest::newRow("a year") << u"2031"_s << u"2031"_s << 0 << 2031;
    QTest::newRow("too short") << u"19"_s << u"19"_s << 0 << 0;
    QTest::newRow("a letter") << u"20a"_s << u"20"_s << 1 << 0;
    QTest::newRow("a letter, then a year") << u"20x31"_s << u"2031"_s << 1 << 2031;
    QTest::newRow("minus") << u"-2024"_s << u"2024"_s << 1 << 2024;
    QTest::newRow("above the range") << u"2200"_s << u"220"_s << 1 << 0;
}

void TestYearBox::typing()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    QFETCH(int, refusedKeys);
    QFETCH(int, year);
    QDialog dialog;
    auto *box = new YearBox(&dialog);
    box->setRange(2000, 2100);
    box->setValue(2024);
    auto *ok = new QPushButton(u"OK"_s, &dialog);
    ok->setDefault(true);
    QObject::connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(box);
    layout->addWidget(ok);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    box->setFocus();
    box->selectAll();
    QSignalSpy refused(box, &YearBox::yearRefused);

    QTest::keyClicks(box, typed);
    QCOMPARE(box->findChild<QLineEdit *>()->text(), shown);
    QCOMPARE(refused.size(), refusedKeys);
    for (const QList<QVariant> &arguments : std::as_const(refused))
        QCOMPARE(arguments.at(0).toString(), u"Type a year from 2000 to 2100."_s);

    QTest::keyClick(box, Qt::Key_Return);
    if (year == 0) {
        // Enter shows the range again and goes no further: no other year is taken for the one typed.
        QCOMPARE(refused.size(), refusedKeys + 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(box->findChild<QLineEdit *>()->text(), shown);
        QCOMPARE(box->typedYear(), std::nullopt);
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(box->typedYear(), year);
    QCOMPARE(box->value(), year);
}

void TestYearBox::focusLeavesWithTheTextKept()
{
    // A click on OK moves the focus first: QSpinBox put 2024 back there, and the dialog went on with it.
    QDialog dialog;
    auto *box = new YearBox(&dialog);
    box->setRange(2000, 2100);
    box->setValue(2024);
    auto *other = new QLineEdit(&dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(box);
    layout->addWidget(other);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"19"_s);
    other->setFocus();
    QCOMPARE(box->findChild<QLineEdit *>()->text(), u"19"_s);
    QCOMPARE(box->typedYear(), std::nullopt);
    box->setFocus();
    QTest::keyClicks(box, u"99"_s);
    other->setFocus();
    QCOMPARE(box->typedYear(), std::nullopt); // 1999 is below the range
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, u"2030"_s);
    other->setFocus();
    QCOMPARE(box->typedYear(), 2030);
    QCOMPARE(box->value(), 2030);
}

QTEST_MAIN(TestYearBox)
#include "tst_yearbox.moc"
