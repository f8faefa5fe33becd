// Keyboard accelerators (Alt+letter) never clash: in the main window with each tab shown, the menu titles,
// the tabs, the navigator and the shown tab's widgets; within each menu; within each dialog the window opens.
// Walks the widget tree (buttons, labels with a buddy, group boxes, tab titles, menu titles, menu actions), so
// widgets added later are checked too, in English and in Vietnamese (the compiled translation, loaded as the
// program loads it). A mnemonic must also have a key of its own on a US keyboard (Telex types "Đ" as "dd").
#include "deskfixture.h"
#include "mainwindow.h"
#include "messages.h"

#include <QtCore/QPointer>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QTranslator>
#include <QtGui/QKeySequence>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QTabBar>
#include <QtWidgets/QTabWidget>

#include <functional>
#include <map>
#include <set>

using namespace parindex;
using namespace Qt::StringLiterals;

namespace {

// One widget's (or action's) accelerator, with a description naming it.
struct Mnemonic
{
    QChar key;
    QString who;
};

QChar mnemonicOf(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    if (sequence.isEmpty())
        return {};
    return QChar(char16_t(sequence[0].key()));
}

QString describe(const QWidget *widget, const QString &text)
{
    QString path;
    for (const QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        const QString name = QString::fromLatin1(w->metaObject()->className());
        if (name.startsWith(u"parindex::"_s)) {
            path = name.mid(10);
            break;
        }
    }
    QString what = QString::fromLatin1(widget->metaObject()->className()).section(u"::"_s, -1);
    if (!path.isEmpty())
        what += u" in "_s + path;
    return u"%1 \"%2\""_s.arg(what, text);
}

// Every accelerator a window's visible widgets take (the widgets of hidden pages take none).
QList<Mnemonic> visibleMnemonics(QWidget *window)
{
    QList<Mnemonic> found;
    const auto add = [&](const QString &text, const QString &who) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            found.append({key, who});
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *w : std::as_const(widgets)) {
        if (w->window() != window || !w->isVisibleTo(window))
            continue;
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions()) {
                if (a->isVisible())
                    add(a->text(), u"menu \"%1\""_s.arg(a->text()));
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    add(tabs->tabText(i), describe(tabs, tabs->tabText(i)));
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (!qobject_cast<QTabBar *>(button->parentWidget()))
                add(button->text(), describe(button, button->text()));
        } else if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->buddy())
                add(label->text(), describe(label, label->text()));
        } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
            add(box->title(), describe(box, box->title()));
        }
    }
    return found;
}

QList<Mnemonic> menuMnemonics(const QMenu *menu)
{
    QList<Mnemonic> found;
    for (QAction *a : menu->actions()) {
        const QChar key = mnemonicOf(a->text());
        if (a->isVisible() && !a->isSeparator() && !key.isNull())
            found.append({key, u"action \"%1\""_s.arg(a->text())});
    }
    return found;
}

// Two widgets on the same letter, or a letter without a key of its own: each problem with the first place
// (`scope`) it shows in.
QList<std::pair<QString, QString>> clashes(const QString &scope, const QList<Mnemonic> &mnemonics)
{
    QList<std::pair<QString, QString>> problems;
    std::map<QChar, QString> first;
    for (const Mnemonic &m : mnemonics) {
        const bool typable = (m.key >= u'A' && m.key <= u'Z') || (m.key >= u'0' && m.key <= u'9');
        if (!typable)
            problems.append({scope, u"Alt+%1 of %2 has no key of its own"_s.arg(m.key).arg(m.who)});
        const auto [at, inserted] = first.emplace(m.key, m.who);
        if (!inserted && at->second != m.who)
            problems.append({scope, u"Alt+%1 is taken by %2 and by %3"_s.arg(m.key).arg(at->second, m.who)});
    }
    return problems;
}

} // namespace

class TestAccelerators : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void mainWindow_data();
    void mainWindow();
    void menus_data() { mainWindow_data(); }
    void menus();
    void dialogs_data() { mainWindow_data(); }
    void dialogs();

private:
    void useLanguage(const QString &language);
    void addProblems(const QList<std::pair<QString, QString>> &problems);
    // Fails naming every problem found (each on its own line of the log).
    void verifyNoProblems();
    // Each state of `window`: every tab shown, and in the shown tab every choice of a box that changes
    // which widgets show (a chart's kind), each nested tab.
    void walkStates(MainWindow &window, const std::function<void(const QString &)> &check);
    // Runs `open`; the dialog it opens (and the dialogs its "…" buttons open) are checked and closed.
    void inspectDialogs(const QString &origin, const std::function<void()> &open, int depth);

    QTemporaryDir m_dir;
    QString m_demo;
    QTranslator m_translator;
    QStringList m_problems; // "scope: problem", each problem once
    std::set<QString> m_seenProblems;
    std::set<QString> m_seenDialogs;
};

void TestAccelerators::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Messages::setTestMode(true);
    m_demo = m_dir.filePath(u"demo.parindex"_s);
    QVERIFY(test::createDemo(m_demo));
}

void TestAccelerators::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
    m_problems.clear();
    m_seenProblems.clear();
    m_seenDialogs.clear();
}

void TestAccelerators::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("Vietnamese") << u"vi"_s;
}

void TestAccelerators::useLanguage(const QString &language)
{
    if (language == u"vi") {
        QVERIFY(m_translator.load(u":/i18n/parindex_vi"_s));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    }
}

void TestAccelerators::addProblems(const QList<std::pair<QString, QString>> &problems)
{
    for (const auto &[scope, problem] : problems) {
        if (m_seenProblems.insert(problem).second)
            m_problems.append(scope + u": "_s + problem);
    }
}

void TestAccelerators::verifyNoProblems()
{
    for (const QString &p : std::as_const(m_problems))
        qWarning("%s", qPrintable(p));
    QVERIFY2(m_problems.isEmpty(),
        qPrintable(u"%1 accelerator problem(s), listed above; the first: %2"_s.arg(m_problems.size())
                       .arg(m_problems.value(0))));
}

void TestAccelerators::walkStates(MainWindow &window, const std::function<void(const QString &)> &check)
{
    QTabWidget *tabs = window.tabs();
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QApplication::processEvents();
        QWidget *page = tabs->widget(t);
        const QString tab = u"tab \"%1\""_s.arg(tabs->tabText(t));
        check(tab);
        for (QComboBox *box : page->findChildren<QComboBox *>()) {
            if (!box->isVisibleTo(&window) || !box->isEnabled() || box->isEditable() || box->count() > 8)
                continue;
            const int was = box->currentIndex();
            for (int i = 0; i < box->count(); ++i) {
                box->setCurrentIndex(i);
                QApplication::processEvents();
                check(u"%1, \"%2\" chosen"_s.arg(tab, box->itemText(i)));
            }
            box->setCurrentIndex(was);
        }
        for (QTabWidget *inner : page->findChildren<QTabWidget *>()) {
            if (!inner->isVisibleTo(&window))
                continue;
            const int was = inner->currentIndex();
            for (int i = 0; i < inner->count(); ++i) {
                inner->setCurrentIndex(i);
                QApplication::processEvents();
                check(u"%1, page \"%2\""_s.arg(tab, inner->tabText(i)));
            }
            inner->setCurrentIndex(was);
        }
    }
}

void TestAccelerators::mainWindow()
{
    QFETCH(QString, language);
    useLanguage(language);
    const QString path = m_dir.filePath(u"main-%1.parindex"_s.arg(language));
    QVERIFY(test::copyOf(m_demo, path));
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    walkStates(window, [&](const QString &state) { addProblems(clashes(state, visibleMnemonics(&window))); });
    verifyNoProblems();
}

void TestAccelerators::menus()
{
    QFETCH(QString, language);
    useLanguage(language);
    const QString path = m_dir.filePath(u"menus-%1.parindex"_s.arg(language));
    QVERIFY(test::copyOf(m_demo, path));
    MainWindow window;
    QVERIFY(window.openFile(path));
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        addProblems(clashes(u"menu \"%1\""_s.arg(menu->title()), menuMnemonics(menu)));
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
        }
    };
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu())
            walk(a->menu());
    }
    verifyNoProblems();
}

void TestAccelerators::inspectDialogs(const QString &origin, const std::function<void()> &open, int depth)
{
    QWidget *outer = QApplication::activeModalWidget();
    const QList<QWidget *> before = QApplication::topLevelWidgets();
    QPointer<QWidget> handled;
    const auto handle = [&](QWidget *dialog) {
        handled = dialog;
        const QString name = dialog->windowTitle().isEmpty() ? QString::fromLatin1(dialog->metaObject()->className())
                                                             : dialog->windowTitle();
        const QString scope = u"dialog \"%1\" (from %2)"_s.arg(name, origin);
        addProblems(clashes(scope, visibleMnemonics(dialog)));
        const bool first = m_seenDialogs.insert(name).second;
        if (depth < 2 && first) {
            for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>()) {
                if (b->isVisibleTo(dialog) && b->isEnabled() && b->text().endsWith(u'…'))
                    inspectDialogs(
                        u"%1 › \"%2\""_s.arg(origin, b->text()), [b] { b->click(); }, depth + 1);
            }
        }
        if (auto *d = qobject_cast<QDialog *>(dialog))
            d->reject();
        else
            dialog->close();
    };
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal != outer && !handled) {
            poll.stop();
            handle(modal);
        }
    });
    poll.start();
    open();
    poll.stop();
    QApplication::processEvents();
    if (handled)
        return;
    // A window that is not modal (shown, not executed).
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!before.contains(w) && w->isVisible() && !qobject_cast<QMenu *>(w))
            handle(w);
    }
}

void TestAccelerators::dialogs()
{
    QFETCH(QString, language);
    useLanguage(language);
    const QString path = m_dir.filePath(u"dialogs-%1.parindex"_s.arg(language));
    QVERIFY(test::copyOf(m_demo, path));
    MainWindow window;
    window.resize(1280, 800);
    QVERIFY(window.openFile(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every menu action that opens a dialog ("…").
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            if (a->menu())
                walk(a->menu());
            else if (a->isVisible() && a->isEnabled() && a->text().endsWith(u'…'))
                inspectDialogs(
                    u"menu \"%1\""_s.arg(a->text()), [a] { a->trigger(); }, 1);
        }
    };
    for (QAction *a : window.menuBar()->actions()) {
        if (a->menu())
            walk(a->menu());
    }
    // Every button of a tab that opens a dialog.
    for (int t = 0; t < window.tabs()->count(); ++t) {
        window.tabs()->setCurrentIndex(t);
        QApplication::processEvents();
        for (QAbstractButton *b : window.tabs()->widget(t)->findChildren<QAbstractButton *>()) {
            if (b->isVisibleTo(&window) && b->isEnabled() && b->text().endsWith(u'…'))
                inspectDialogs(
                    u"tab \"%1\" › \"%2\""_s.arg(window.tabs()->tabText(t), b->text()), [b] { b->click(); }, 1);
        }
    }
    QStringList seen;
    for (const QString &name : m_seenDialogs)
        seen.append(name);
    qInfo("dialogs checked: %s", qPrintable(seen.join(u", "_s)));
    QVERIFY(m_seenDialogs.size() >= 5); // the walk reached the dialogs (file, import, export, check, units…)
    verifyNoProblems();
}

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
