#pragma once

// A small hand-made province for the score entry tests: three districts, a tree with a score, a rate, a
// group, a deduction and a survey leaf; 2023 final (every value appraised), 2024 appraising and empty.
#include "desk/publication.h"
#include "deskdocument.h"
#include "messages.h"
#include "navigator.h"
#include "scores/scoregridmodel.h"
#include "scores/scoresheetmodel.h"
#include "scores/scorestab.h"
#include "scores/scoresummary.h"
#include "scores/scoreviews.h"
#include "storage/database.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QTemporaryDir>
#include <QtGui/QKeyEvent>
#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

#include <memory>

namespace parindex::scoresfixture {

using namespace Qt::StringLiterals;

inline QList<Criterion> criteria()
{
    const auto c
        = [](const QString &code, const QString &title, int max, CriterionKind kind, const QString &rule = {}) {
              Criterion criterion;
              criterion.code = code;
              criterion.title = title;
              criterion.maxPoints = Fixed::fromInt(max);
              criterion.kind = kind;
              if (!rule.isEmpty())
                  criterion.rule = *RateRule::parse(rule);
              return criterion;
          };
    using K = CriterionKind;
    return {
        c(u"1"_s, u"Chỉ đạo, điều hành cải cách hành chính"_s, 10, K::Group),
        c(u"1.1"_s, u"Kế hoạch cải cách hành chính năm"_s, 4, K::Score),
        c(u"1.2"_s, u"Báo cáo định kỳ đúng hạn"_s, 2, K::Score),
        c(u"1.3"_s,
            u"Tỷ lệ văn bản quy phạm pháp luật do Ủy ban nhân dân cấp huyện ban hành đúng thời hạn theo kế hoạch và được kiểm tra, rà soát sau khi ban hành"_s,
            4, K::Rate, u"linear"_s),
        c(u"2"_s, u"Cải cách thủ tục hành chính"_s, 20, K::Group),
        c(u"2.1"_s, u"Công khai thủ tục hành chính"_s, 12, K::Score),
        c(u"2.2"_s, u"Bộ phận Một cửa"_s, 8, K::Group),
        c(u"2.2.1"_s, u"Cơ sở vật chất"_s, 5, K::Score),
        c(u"2.2.2"_s, u"Ứng dụng công nghệ thông tin"_s, 3, K::Score),
        c(u"2.3"_s, u"Trừ điểm do giải quyết hồ sơ trễ hạn"_s, 2, K::Deduction),
        c(u"3"_s, u"Tác động của cải cách đến người dân"_s, 70, K::Group),
        c(u"3.1"_s, u"Mức độ hài lòng của người dân"_s, 70, K::Survey),
    };
}

inline QList<Unit> units()
{
    const auto u = [](const QString &code, const QString &name) {
        Unit unit;
        unit.code = code;
        unit.name = name;
        unit.groupCode = u"HUYEN"_s;
        return unit;
    };
    return {u(u"DS"_s, u"Huyện Đông Sơn"_s), u(u"HH"_s, u"Huyện Hoằng Hóa"_s),
        u(u"NS"_s, u"Thị xã Nghi Sơn (Ủy ban nhân dân thị xã, trước đây là huyện Tĩnh Gia)"_s)};
}

struct Province
{
    QString path;
    qint64 finalPeriod = 0; // 2023
    qint64 openPeriod = 0; // 2024, appraising
};

#define PARINDEX_CHECK(expr)                                                                                           \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        QVERIFY2(r_.ok(), qPrintable(r_.error().text()));                                                              \
    } while (false)

inline void build(const QString &path, Province *province)
{
    province->path = path;
    auto db = Database::create(path);
    QVERIFY2(db.ok(), qPrintable(db.error().text()));
    Database &d = **db;
    PARINDEX_CHECK(d.saveGroup(UnitGroup {u"HUYEN"_s, u"Huyện, thị xã, thành phố"_s, 1}));
    for (const Unit &u : units())
        PARINDEX_CHECK(d.saveUnit(u));
    auto tree = CriteriaTree::build(criteria());
    QVERIFY2(tree.ok(), qPrintable(tree.error().text()));

    auto y2023 = d.addPeriod(2023, u"HUYEN"_s);
    PARINDEX_CHECK(y2023);
    province->finalPeriod = y2023->id;
    PARINDEX_CHECK(d.replaceCriteria(y2023->id, *tree));
    PARINDEX_CHECK(d.setPeriodStatus(y2023->id, PeriodStatus::Appraising));
    for (const Unit &u : units()) {
        for (qsizetype leaf : tree->leaves()) {
            ScoreEntry entry;
            entry.appraised = Fixed::percentOf(Fixed::fromInt(80), tree->at(leaf).valueMax());
            PARINDEX_CHECK(d.setScore(y2023->id, u.code, tree->at(leaf).code, entry));
        }
    }
    PARINDEX_CHECK(Publication::finalize(d, y2023->id, u"600/QĐ-UBND"_s, QDate(2024, 2, 2)));

    auto y2024 = d.addPeriod(2024, u"HUYEN"_s, 2023);
    PARINDEX_CHECK(y2024);
    province->openPeriod = y2024->id;
    PARINDEX_CHECK(d.setPeriodStatus(y2024->id, PeriodStatus::Appraising));
}

// What the file holds, read through a second connection (as if the program had been reopened).
inline ScoreEntry storedEntry(const QString &path, qint64 periodId, const QString &unit, const QString &code)
{
    auto db = Database::open(path, Database::Access::ReadOnly);
    if (!db) {
        qWarning("cannot reopen %s: %s", qPrintable(path), qPrintable(db.error().text()));
        return {};
    }
    auto sheets = (*db)->scoreSheets(periodId);
    return sheets ? sheets->value(unit).entry(code) : ScoreEntry();
}

// Where a key goes: the open editor while editing, the view otherwise (as the focus would send it).
inline QWidget *keyTarget(QAbstractItemView *view)
{
    const auto editors = view->viewport()->findChildren<QLineEdit *>();
    for (QLineEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return view;
}

// One key per character, each to where the focus would send it; Vietnamese letters as a keyboard layout
// delivers them (a key event with the text and no Latin-1 key code).
inline void type(QAbstractItemView *view, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClicks(keyTarget(view), QString(ch));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(keyTarget(view), &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(keyTarget(view), &release);
    }
}

inline void press(QAbstractItemView *view, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(view), key, modifiers);
}

inline std::optional<Fixed> fixed(const char *text)
{
    return Fixed::parse(QString::fromUtf8(text));
}

// Messages shown since the last call, once the queued ones have had their turn.
inline QStringList waitForMessages(int timeoutMs = 1000)
{
    QStringList shown;
    QDeadlineTimer deadline(timeoutMs);
    while (shown.isEmpty() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        shown = Messages::takeShown();
    }
    return shown;
}

// The navigator and the Scores tab wired as the main window wires them, in one shown window, with a model
// tester on each model from the start.
class Desk
{
public:
    explicit Desk(DeskDocument *document, bool wired = true)
        : navigator(new Navigator(&window)),
          tab(new ScoresTab(document, navigator, &window)),
          sheetTester(tab->sheetModel(), QAbstractItemModelTester::FailureReportingMode::QtTest),
          gridTester(tab->gridModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(navigator);
        layout->addWidget(tab, 1);
        if (wired) {
            QObject::connect(navigator, &Navigator::periodChanged, tab, [this](qint64 periodId) {
                tab->showPeriod(periodId);
                tab->showUnit(navigator->currentUnit());
            });
            QObject::connect(navigator, &Navigator::unitChanged, tab, &ScoresTab::showUnit);
        }
        navigator->setDocument(document);
        if (!wired) {
            const auto period = navigator->currentPeriod();
            tab->showPeriod(period ? period->id : 0);
            tab->showUnit(navigator->currentUnit());
        }
        window.resize(1200, 760);
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            qWarning("the test window did not become active: shortcuts will not fire");
    }

    ScoreSheetModel *sheet() const { return tab->sheetModel(); }
    ScoreGridModel *grid() const { return tab->gridModel(); }
    ScoreSheetView *sheetView() const { return tab->sheetView(); }
    ScoreGridView *gridView() const { return tab->gridView(); }
    QString summary() const { return tab->summary()->text(); }

    // Puts the sheet's cursor on a criterion's cell, focused, ready for typing.
    void goTo(const QString &code, int column)
    {
        tab->setPage(ScoresTab::Page::Sheet);
        QAbstractItemView *view = sheetView();
        view->setFocus();
        view->setCurrentIndex(sheet()->indexOfCode(code, column));
    }
    QString currentCode() const { return sheetView()->currentIndex().data(ScoreSheetModel::CodeRole).toString(); }
    int currentColumn() const { return sheetView()->currentIndex().column(); }

    QWidget window;
    Navigator *navigator;
    ScoresTab *tab;
    QAbstractItemModelTester sheetTester;
    QAbstractItemModelTester gridTester;
};

} // namespace parindex::scoresfixture
