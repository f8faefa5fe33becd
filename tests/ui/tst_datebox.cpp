// The decision's date when a period is finalised: QDateEdit dropped letters without a word, turned 31/02 into 28/02
// and put the previous date back when the text was not a date, so that a decision was recorded with a date nobody
// typed. A DateBox keeps every key, shows the format as soon as the text cannot become a date, and eats Enter
// until the text is one.
#include "datebox.h"

#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialog>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

using namespace parindex;
using namespace Qt::StringLiterals;

class TestDateBox : public QObject
{
    Q_OBJECT
private slots:
    void typing_data();
    void typing();
};

void TestDateBox::typing_data()
{
    QTest::addColumn<QString>("typed"); // over the whole text selected
    QTest::addColumn<int>("refusedKeys"); // keys after which no date can follow, with the format shown
    QTest::addColumn<QDate>("date"); // invalid: Enter is refused and the dialog stays open
    QTest::newRow("a date") << u"02/02/2025"_s << 0 << QDate(2025, 2, 2);
    QTest::newRow("no such day") << u"31/02/2025"_s << 0 << QDate();
    QTest::newRow("a letter") << u"0a/02/2025"_s << 9 << QDate();
    QTest::newRow("a dash") << u"02-02-2025"_s << 8 << QDate();
    QTest::newRow("too long") << u"02/02/20255"_s << 1 << QDate();
    QTest::newRow("without leading zeros") << u"2/2/2025"_s << 0 << QDate(2025, 2, 2);
    QTest::newRow("two-digit year") << u"02/02/25"_s << 0 << QDate();
}

void TestDateBox::typing()
{
    QFETCH(QString, typed);
    QFETCH(int, refusedKeys);
    QFETCH(QDate, date);
    QDialog dialog;
    auto *box = new DateBox(QDate(2025, 1, 15), &dialog);
    auto *ok = new QPushButton(u"OK"_s, &dialog);
    ok->setDefault(true);
    QObject::connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(box);
    layout->addWidget(ok);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(box->text(), u"15/01/2025"_s);
    box->setFocus();
    box->selectAll();
    QSignalSpy refused(box, &DateBox::dateRefused);

    QTest::keyClicks(box, typed);
    QCOMPARE(box->text(), typed); // every key kept, no day changed
    QCOMPARE(refused.size(), refusedKeys);
    for (const QList<QVariant> &arguments : std::as_const(refused))
        QCOMPARE(arguments.at(0).toString(), u"Type a date as day/month/year, such as 02/02/2024."_s);

    QTest::keyClick(box, Qt::Key_Return);
    if (!date.isValid()) {
        // Enter shows the format again and goes no further: 15/01/2025 is not taken for what was typed.
        QCOMPARE(refused.size(), refusedKeys + 1);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(box->text(), typed);
        QCOMPARE(box->typedDate(), std::nullopt);
        return;
    }
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(box->typedDate(), date);
}

QTEST_MAIN(TestDateBox)
#include "tst_datebox.moc"
