#include "mainwindow.h"

#include "charts/chartstab.h"
#include "checkdialog.h"
#include "connectdialog.h"
#include "criteria/criteriatab.h"
#include "datebox.h"
#include "decision/decisiontab.h"
#include "deskdocument.h"
#include "filedialog.h"
#include "help/helpwindow.h"
#include "import/exportdialog.h"
#include "import/importdialog.h"
#include "memoryrelease.h"
#include "messages.h"
#include "navigator.h"
#include "newprovince/newprovincewizard.h"
#include "ranking/rankingtab.h"
#include "readfailure.h"
#include "scores/scorestab.h"
#include "scores/scoreviews.h"
#include "yearbox.h"

#include "model/messagelocale.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QTranslator>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtGui/QScreen>
#include <QtGui/QUndoGroup>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int MaxRecent = 8;
constexpr int NoticeMs = 30000; // a reload's notice stays long enough to be read after a glance elsewhere
const QString GeometryKey = u"window/geometry"_s;
const QString ViewsKey = u"window/views"_s; // per file (absolute path): group, year, unit, tab
const QString fileFilter()
{
    return MainWindow::tr("PAR Index files (*.parindex *.sqlite *.db);;All files (*)");
}

// A dialog's OK/Cancel with our own translated texts (Debian's Qt has no Vietnamese for its own buttons).
QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(dialog);
    buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    buttons->addButton(MainWindow::tr("Cancel"), QDialogButtonBox::RejectRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_undoGroup(new QUndoGroup(this)),
      m_navigator(new Navigator(this)),
      m_tabs(new QTabWidget(this)),
      m_banner(new QLabel(this)),
      m_emptyState(new QLabel(this)),
      m_startScreen(new QWidget(this)),
      m_fileLabel(new QLabel(this)),
      m_stateLabel(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/parindex.svg"_s));
    m_banner->setObjectName(u"readOnlyBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        u"QLabel { background: #fff3bf; color: #5c4400; padding: 6px; border-bottom: 1px solid #e0c060; }"_s);
    m_banner->hide();
    m_emptyState->setObjectName(u"noFileState"_s);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setText(tr("No file is open.\n\nFile > New province creates your province's file, step by step; "
                             "File > Open opens an existing one; File > New from demo creates the illustrative "
                             "province to explore."));
    // The start screen offers the first steps as buttons too: a new province, an existing file, the demo.
    {
        m_startScreen->setObjectName(u"startScreen"_s);
        auto *create = new QPushButton(tr("New province…"), m_startScreen);
        create->setObjectName(u"startNewProvince"_s);
        create->setDefault(true);
        auto *open = new QPushButton(tr("Open a file…"), m_startScreen);
        auto *demo = new QPushButton(tr("Explore the demo…"), m_startScreen);
        connect(create, &QPushButton::clicked, this, [this] { newProvince(); });
        connect(open, &QPushButton::clicked, this, &MainWindow::openWithDialog);
        connect(demo, &QPushButton::clicked, this, [this] { newFile(true); });
        auto *buttons = new QHBoxLayout;
        buttons->addStretch(1);
        buttons->addWidget(create);
        buttons->addWidget(open);
        buttons->addWidget(demo);
        buttons->addStretch(1);
        auto *start = new QVBoxLayout(m_startScreen);
        start->addStretch(1);
        start->addWidget(m_emptyState);
        start->addLayout(buttons);
        start->addStretch(2);
    }
    m_tabs->setObjectName(u"tabs"_s);
    m_tabsFailure = new ReadFailure(m_tabs);
    m_tabs->setDocumentMode(true);
    releaseFreedMemoryOnTabChange(m_tabs);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_navigator);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_startScreen, 1);
    setCentralWidget(central);

    m_fileLabel->setObjectName(u"fileLabel"_s);
    m_stateLabel->setObjectName(u"stateLabel"_s);
    statusBar()->addWidget(m_fileLabel, 1);
    statusBar()->addPermanentWidget(m_stateLabel);

    buildMenus();
    connect(m_navigator, &Navigator::periodChanged, this, &MainWindow::showPeriod);
    // A tab opens ready for the keyboard: the Scores tab on its sheet's cell, the Ranking tab on its table (so
    // that Ctrl+Z undoes the data, not the filter's text).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (!m_tabs->isVisible())
            return; // tabs being rebuilt for another file
        if (m_scores && m_tabs->currentWidget() == m_scores) {
            if (m_scores->page() == ScoresTab::Page::Sheet)
                m_scores->enterSheet();
            else
                m_scores->gridView()->setFocus(Qt::OtherFocusReason);
        } else if (m_ranking && m_tabs->currentWidget() == m_ranking)
            m_ranking->focusTable();
    });
    connect(m_navigator, &Navigator::unitChanged, this, [this](const QString &unit) {
        if (m_scores)
            m_scores->showUnit(unit);
    });
    restoreWindow();
    updateState();
}

MainWindow::~MainWindow() = default;

QString MainWindow::programName()
{
    return tr("PAR Index desk");
}

void MainWindow::applyLanguage(const QString &language, QTranslator *translator)
{
    QCoreApplication::removeTranslator(translator);
    if (translator->load(u":/i18n/parindex_"_s + language))
        QCoreApplication::installTranslator(translator);
    QLocale locale = language == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                       : QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QLocale::setDefault(locale);
    MessageLocale::set(locale); // the numbers of an import's problems: "từ 0 đến 0,5"
    // Shown by the window system and Qt's own dialogs; every window title ends with it.
    QGuiApplication::setApplicationDisplayName(programName());
}

QRect MainWindow::fitOnScreen(const QRect &wanted, const QRect &available)
{
    QRect r(wanted.topLeft(), wanted.size().boundedTo(available.size()));
    if (r.right() > available.right())
        r.moveRight(available.right());
    if (r.bottom() > available.bottom())
        r.moveBottom(available.bottom());
    if (r.left() < available.left())
        r.moveLeft(available.left());
    if (r.top() < available.top())
        r.moveTop(available.top());
    return r;
}

void MainWindow::restoreWindow()
{
    const QByteArray saved = QSettings().value(GeometryKey).toByteArray();
    const bool restored = !saved.isEmpty() && restoreGeometry(saved);
    if (!restored)
        resize(1280, 800);
    const QScreen *screen = this->screen();
    if (!screen || isMaximized() || isFullScreen() || (restored && screen->availableGeometry().contains(geometry())))
        return;
    // The frame is not known before the window is shown: keep room for a title bar and the borders, so that a
    // 1280x800 window on a 1600x1000 screen at 150 % (1067x667 points) fits whole.
    const int title = style()->pixelMetric(QStyle::PM_TitleBarHeight);
    const QRect available = screen->availableGeometry().adjusted(4, title + 4, -4, -4);
    const QRect fitted = fitOnScreen(geometry(), available);
    if (restored)
        setGeometry(fitted);
    else
        resize(fitted.size()); // the window system places a new window
}

void MainWindow::rememberWindow()
{
    QSettings().setValue(GeometryKey, saveGeometry());
    rememberView();
}

void MainWindow::rememberView()
{
    if (!m_document)
        return;
    QVariantMap view;
    if (const auto period = m_navigator->currentPeriod()) {
        view.insert(u"group"_s, period->groupCode);
        view.insert(u"year"_s, period->year);
    }
    view.insert(u"unit"_s, m_navigator->currentUnit());
    view.insert(u"tab"_s, m_tabs->currentIndex());
    QSettings settings;
    QVariantMap views = settings.value(ViewsKey).toMap();
    const QString path = QFileInfo(m_document->path()).absoluteFilePath();
    views.insert(path, view);
    // Only the files of the recent list are remembered.
    const QStringList recent = recentFiles();
    for (auto it = views.begin(); it != views.end();) {
        if (it.key() != path && !recent.contains(it.key()))
            it = views.erase(it);
        else
            ++it;
    }
    settings.setValue(ViewsKey, views);
}

void MainWindow::restoreView()
{
    const QVariantMap views = QSettings().value(ViewsKey).toMap();
    const QVariantMap view = views.value(QFileInfo(m_document->path()).absoluteFilePath()).toMap();
    if (view.isEmpty())
        return;
    const QString group = view.value(u"group"_s).toString();
    if (!group.isEmpty())
        m_navigator->selectPeriod(view.value(u"year"_s).toInt(), group);
    if (const QString unit = view.value(u"unit"_s).toString(); !unit.isEmpty())
        m_navigator->setCurrentUnit(unit);
    const int tab = view.value(u"tab"_s, -1).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog checked the address; the password is in this session's memory (or libpq's password file).
    if (const auto address = dialog.address())
        openFile(address->toString());
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("New pro&vince…"), this, [this] { newProvince(); })->setObjectName(u"newProvinceAction"_s);
    file->addAction(tr("&New…"), QKeySequence::New, this, [this] { newFile(false); });
    file->addAction(tr("New from &demo…"), this, [this] { newFile(true); });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openWithDialog);
    file->addAction(tr("Connec&t to server…"), this, &MainWindow::connectToServer)->setObjectName(u"connectAction"_s);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_documentActions.append(file->addAction(tr("&Back up to…"), this, &MainWindow::backUp));
    m_documentActions.append(file->addAction(tr("Chec&k the file…"), this, [this] {
        if (!m_document)
            return;
        CheckDialog dialog(m_document.get(), this);
        dialog.exec();
    }));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("&Import scores…"), this, [this] { openTransfer(Transfer::Scores); }));
    m_documentActions.append(
        file->addAction(tr("Import &survey results…"), this, [this] { openTransfer(Transfer::Survey); }));
    m_documentActions.append(file->addAction(tr("&Export…"), this, [this] { openTransfer(Transfer::Export); }));
    file->addSeparator();
    m_documentActions.append(file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeFile));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    refreshRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(u"undoAction"_s);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well, the Windows habit, besides the platform's own (Ctrl+Shift+Z).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence ctrlY(Qt::CTRL | Qt::Key_Y); !redoKeys.contains(ctrlY))
        redoKeys.append(ctrlY);
    redo->setShortcuts(redoKeys);
    redo->setObjectName(u"redoAction"_s);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *period = menuBar()->addMenu(tr("&Period"));
    m_newPeriodAction = period->addAction(tr("&New period…"), this, &MainWindow::newPeriod);
    m_finalizeAction = period->addAction(tr("&Finalise…"), this, &MainWindow::finalizeWithDialog);
    m_reopenAction = period->addAction(tr("&Reopen for a correction…"), this, &MainWindow::reopenCurrentPeriod);
    m_documentActions << m_newPeriodAction << m_finalizeAction << m_reopenAction;
    period->addSeparator();
    QAction *units = period->addAction(tr("&Units and groups…"), this, [this] {
        if (m_criteria)
            m_criteria->editUnits();
    });
    m_documentActions.append(units);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(u"language"_s).toString();
    for (const auto &[code, name] : {std::pair {u"vi"_s, u"Tiếng Việt"_s}, std::pair {u"en"_s, u"English"_s}}) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(
            code == current || (current.isEmpty() && QLocale().language() == QLocale::Vietnamese) == (code == u"vi"));
        a->setData(code);
        languages->addAction(a);
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *a) {
        QSettings settings;
        settings.setValue(u"language"_s, a->data().toString());
        settings.sync();
        if (settings.status() != QSettings::NoError)
            Messages::warning(this, tr("Language"),
                tr("The language chosen applies now, but it could not be kept for the next start: %1 cannot be "
                   "written.")
                    .arg(QDir::toNativeSeparators(settings.fileName())));
        emit languageChangeRequested(a->data().toString());
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *manual = help->addAction(tr("User &manual"), QKeySequence::HelpContents, this, &MainWindow::showManual);
    manual->setObjectName(u"manualAction"_s);
    // F1 works wherever the focus is in the window, a table or a field included.
    manual->setShortcutContext(Qt::WindowShortcut);
    help->addAction(tr("&About %1").arg(programName()), this, [this] {
        Messages::information(this, tr("About %1").arg(programName()),
            tr("%1 %2\n\nScores, ranks and publishes the Administrative Reform Index "
               "(Chỉ số cải cách hành chính) of a province's departments and local People's "
               "Committees.\n\nLicence: GPL-3.0-or-later.")
                .arg(programName(), QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setDocument(std::unique_ptr<DeskDocument> document)
{
    if (m_document) {
        rememberView();
        m_undoGroup->removeStack(m_document->undoStack());
    }
    // Hidden while the tabs change: removing the current tab shows the next one, and adding the first shows
    // it, and each would read its data (at national scale, ten years for the charts) for nothing.
    // updateState() shows it again.
    m_tabs->setVisible(false);
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_criteria = nullptr;
    m_scores = nullptr;
    m_ranking = nullptr;
    m_charts = nullptr;
    m_decision = nullptr;
    m_navigator->setDocument(nullptr);
    m_document = std::move(document);

    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        m_criteria = new CriteriaTab(m_document.get(), m_tabs);
        m_scores = new ScoresTab(m_document.get(), m_navigator, m_tabs);
        m_ranking = new RankingTab(m_document.get(), m_tabs);
        m_charts = new ChartsTab(m_document.get(), m_tabs);
        m_decision = new DecisionTab(m_document.get(), m_tabs);
        m_tabs->addTab(m_criteria, tr("&Criteria"));
        m_tabs->addTab(m_scores, tr("Sc&ores"));
        m_tabs->addTab(m_ranking, tr("&Ranking"));
        m_tabs->addTab(m_charts, tr("Char&ts"));
        m_tabs->addTab(m_decision, tr("&Decision"));
        // A double-click on a ranking row opens that unit's sheet.
        connect(m_ranking, &RankingTab::unitActivated, this, [this](const QString &unit) {
            m_navigator->setCurrentUnit(unit);
            m_tabs->setCurrentWidget(m_scores);
            m_scores->enterSheet();
        });
        // The notices written from the Ranking tab: how many, and where.
        connect(m_ranking, &RankingTab::noticesWritten, this, [this](const QStringList &files) {
            if (files.isEmpty())
                return;
            statusBar()->showMessage(files.size() == 1
                    ? tr("The notice of appraisal results was written to %1.")
                          .arg(QDir::toNativeSeparators(files.first()))
                    : tr("%n notice(s) of appraisal results were written to %1.", nullptr, int(files.size()))
                          .arg(QDir::toNativeSeparators(QFileInfo(files.first()).absolutePath())),
                NoticeMs);
        });
        connect(m_ranking, &RankingTab::summaryCopied, this,
            [this](const QString &message) { statusBar()->showMessage(message, NoticeMs); });
        connect(m_document.get(), &DeskDocument::writeFailed, this,
            [this](const QString &message) { Messages::warning(this, tr("Not saved"), message); });
        connect(m_document.get(), &DeskDocument::periodsChanged, this, &MainWindow::updateState);
        // The view that asked shows the failure in place of its data; the status bar says it until the next notice.
        connect(m_document.get(), &DeskDocument::readFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
        // Others' writes are reloaded without a question: the status bar says what changed, and who changed it.
        connect(m_document.get(), &DeskDocument::changedElsewhere, this,
            [this](const QString &summary) { statusBar()->showMessage(summary, NoticeMs); });
        connect(m_document.get(), &DeskDocument::becameWritable, this, [this](const QString &message) {
            updateState();
            statusBar()->showMessage(message, NoticeMs);
        });
        m_navigator->setDocument(m_document.get());
        m_tabs->setCurrentWidget(m_ranking);
        restoreView();
    }
    updateState();
}

void MainWindow::showPeriod(qint64 periodId)
{
    if (m_criteria)
        m_criteria->showPeriod(periodId);
    if (m_scores) {
        m_scores->showPeriod(periodId);
        m_scores->showUnit(m_navigator->currentUnit());
    }
    if (m_ranking)
        m_ranking->showPeriod(periodId);
    if (m_charts)
        m_charts->showPeriod(periodId);
    if (m_decision)
        m_decision->showPeriod(periodId);
    updateState();
}

void MainWindow::updateState()
{
    const bool open = m_document != nullptr;
    // The groups, years or units the navigator lists cannot be read: no tab shows a period as if there were none.
    const QString failed = open ? m_navigator->failure() : QString();
    m_tabsFailure->setFailure(failed.isEmpty() ? QString() : ReadFailure::ofFile(failed));
    m_tabs->setVisible(open);
    m_navigator->setVisible(open);
    m_startScreen->setVisible(!open);
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(open);
    if (!open) {
        setWindowTitle(programName());
        m_banner->hide();
        m_fileLabel->clear();
        m_stateLabel->clear();
        return;
    }
    const QString name = QFileInfo(m_document->path()).fileName();
    setWindowTitle(m_document->isReadOnly() ? tr("%1 [read-only] – %2").arg(name, programName())
                                            : tr("%1 – %2").arg(name, programName()));
    // A member of the council on a server sees what the login may change, all day.
    const QString restricted = m_document->rights().description();
    m_banner->setText(m_document->isReadOnly() ? m_document->readOnlyReason() : restricted);
    m_banner->setVisible(m_document->isReadOnly() || !restricted.isEmpty());
    m_fileLabel->setText(QDir::toNativeSeparators(m_document->path()));

    const auto period = m_navigator->currentPeriod();
    QStringList state;
    if (period) {
        state.append(tr("%1, %2: %3")
                         .arg(m_document->groupName(period->groupCode), QString::number(period->year),
                             PeriodText::statusLabel(period->status)));
        if (period->isFinal())
            state.append(
                tr("decision %1 of %2")
                    .arg(period->decisionNumber, QLocale().toString(period->decisionDate, QLocale::ShortFormat)));
    }
    if (m_document->isReadOnly())
        state.append(tr("read-only"));
    m_stateLabel->setText(state.join(u" · "_s));
    const bool writable = m_document->mayChangeStructure();
    m_newPeriodAction->setEnabled(writable);
    m_finalizeAction->setEnabled(writable && period && !period->isFinal());
    m_reopenAction->setEnabled(writable && period && period->isFinal());
}

bool MainWindow::openFile(const QString &path)
{
    auto document = DeskDocument::open(path);
    if (!document) {
        Messages::warning(this, tr("Cannot open the file"), document.error().text());
        return false;
    }
    setDocument(std::move(document).value());
    rememberRecent(path);
    if (const auto &warning = m_document->auditWarning())
        Messages::warning(this, tr("The audit log was changed"),
            *warning + u"\n\n"_s + tr("File › Check the file shows what else differs."));
    return true;
}

bool MainWindow::createFile(const QString &path, bool demo)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto document = DeskDocument::create(path, demo);
    QApplication::restoreOverrideCursor();
    if (!document) {
        Messages::warning(this, tr("Cannot create the file"), document.error().text());
        return false;
    }
    setDocument(std::move(document).value());
    rememberRecent(path);
    return true;
}

bool MainWindow::newProvince(const QString &path)
{
    NewProvinceWizard wizard(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), this);
    if (!path.isEmpty())
        wizard.setFilePath(path);
    if (wizard.exec() != QDialog::Accepted || wizard.createdPath().isEmpty())
        return false;
    if (!openFile(wizard.createdPath()))
        return false;
    const ProvincePlan &plan = wizard.plan();
    statusBar()->showMessage(tr("Created %1: %2 groups, %3 units, year %4.")
                                 .arg(QDir::toNativeSeparators(wizard.createdPath()))
                                 .arg(plan.groups.size())
                                 .arg(plan.units.size())
                                 .arg(plan.year),
        NoticeMs);
    return true;
}

void MainWindow::showManual()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    // The section of what is on screen: the tab, or the first steps when no file is open.
    QString section = u"start"_s;
    if (m_document) {
        const QWidget *tab = m_tabs->currentWidget();
        section = tab == m_criteria ? u"criteria"_s
            : tab == m_scores       ? u"scores"_s
            : tab == m_ranking      ? u"ranking"_s
            : tab == m_charts       ? u"charts"_s
            : tab == m_decision     ? u"decision"_s
                                    : QString();
    }
    m_help->showSection(section);
}

void MainWindow::closeFile()
{
    setDocument(nullptr);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Back from another program (perhaps the one that just wrote to the file): look at once, not within a second.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_document)
        m_document->checkForChanges();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every accepted edit is already in the file: closing loses nothing and asks nothing.
    rememberWindow();
    setDocument(nullptr);
    event->accept();
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(u"recentFiles"_s).toStringList();
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings settings;
    settings.setValue(u"recentFiles"_s, recent);
    settings.setValue(u"lastFile"_s, absolute);
    settings.sync();
    // A convenience: said once in the status bar, never in the way.
    if (settings.status() != QSettings::NoError && !m_settingsUnsaved) {
        m_settingsUnsaved = true;
        statusBar()->showMessage(tr("The list of recent files could not be kept: %1 cannot be written.")
                                     .arg(QDir::toNativeSeparators(settings.fileName())),
            NoticeMs);
    }
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newFile(bool demo)
{
    FileDialog dialog(this, demo ? tr("New file from the demo") : tr("New file"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(fileFilter());
    dialog.setDefaultSuffix(u"parindex"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    if (QFileInfo::exists(path)) {
        Messages::warning(this, tr("New file"),
            tr("%1 already exists. Choose a new name: an existing file is never overwritten.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    createFile(path, demo);
}

void MainWindow::openWithDialog()
{
    FileDialog dialog(this, tr("Open a file"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilter(fileFilter());
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openFile(dialog.selectedFiles().first());
}

void MainWindow::openTransfer(Transfer transfer)
{
    const auto period = m_navigator->currentPeriod();
    if (!m_document || !period)
        return;
    // What was written stays in the status bar after the dialog closes.
    if (transfer == Transfer::Export) {
        ExportDialog dialog(m_document.get(), period->id, m_navigator->currentUnit(), this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(dialog.written(), NoticeMs);
        return;
    }
    ImportDialog dialog(m_document.get(), period->id,
        transfer == Transfer::Survey ? ColumnMapping::Kind::Survey : ColumnMapping::Kind::Scores, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.imported(), NoticeMs);
}

void MainWindow::backUp()
{
    FileDialog dialog(this, tr("Back up to"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilter(fileFilter());
    dialog.setDefaultSuffix(u"parindex"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString target = dialog.selectedFiles().first();
    if (const Status s = m_document->backupTo(target); !s)
        Messages::warning(this, tr("Backup failed"), s.error().text());
    else
        statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::newPeriod()
{
    if (!m_document)
        return;
    const auto current = m_navigator->currentPeriod();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New period"));
    auto *form = new QFormLayout(&dialog);
    auto *group = new QLabel(&dialog);
    QString groupCode = current ? current->groupCode : QString();
    if (groupCode.isEmpty()) {
        const auto groups = m_document->groups();
        if (!groups) {
            Messages::warning(this, tr("New period"), groups.error().text());
            return;
        }
        if (!groups->isEmpty())
            groupCode = groups->first().code;
    }
    group->setText(m_document->groupName(groupCode));
    auto *year = new YearBox(&dialog);
    year->setRange(2000, 2100);
    year->setValue(current ? current->year + 1 : QDate::currentDate().year());
    auto *copy = new QCheckBox(tr("Copy the criteria and bands of the latest year"), &dialog);
    copy->setChecked(current.has_value());
    copy->setEnabled(current.has_value());
    form->addRow(tr("Group:"), group);
    form->addRow(tr("&Year:"), year);
    form->addRow(copy);
    form->addRow(okCancel(&dialog, tr("Create")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<int> typed = year->typedYear();
    if (!typed) {
        Messages::warning(this, tr("New period"), year->rangeMessage() + u' ' + tr("No period was opened."));
        return;
    }
    const auto added = m_document->addPeriod(
        *typed, groupCode, copy->isChecked() && current ? std::optional<int>(current->year) : std::nullopt);
    if (added)
        m_navigator->selectPeriod(added->year, added->groupCode);
}

void MainWindow::finalizeWithDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Finalise the period"));
    auto *form = new QFormLayout(&dialog);
    auto *number = new QLineEdit(&dialog);
    number->setPlaceholderText(tr("e.g. 600/QĐ-UBND"));
    auto *date = new DateBox(QDate::currentDate(), &dialog);
    form->addRow(
        new QLabel(tr("A final period can no longer be edited. Reopening it later requires a reason."), &dialog));
    form->addRow(tr("Decision &number:"), number);
    form->addRow(tr("Decision &date:"), date);
    form->addRow(okCancel(&dialog, tr("Finalise")));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<QDate> typed = date->typedDate();
    if (!typed) {
        Messages::warning(
            this, tr("Finalise the period"), DateBox::formatMessage() + u' ' + tr("The period was not finalised."));
        return;
    }
    finalizeCurrentPeriod(number->text().trimmed(), *typed);
}

bool MainWindow::finalizeCurrentPeriod(const QString &decisionNumber, const QDate &decisionDate)
{
    const auto period = m_navigator->currentPeriod();
    if (!m_document || !period)
        return false;
    if (decisionNumber.isEmpty() || !decisionDate.isValid()) {
        Messages::warning(this, tr("Finalise the period"), tr("Enter the decision's number and date."));
        return false;
    }
    // Nothing that would make the decision wrong is locked in: the list names each field, group and unit.
    const auto problems
        = m_document->problemsBeforeFinalising(period->year, period->groupCode, decisionNumber, decisionDate);
    if (!problems) {
        static_cast<void>(m_document->refuse(problems.error()));
        return false;
    }
    if (!problems->isEmpty()) {
        QStringList lines;
        for (const QString &problem : *problems)
            lines.append(u"• "_s + problem);
        Messages::warning(this, tr("Finalise the period"),
            tr("The decision would be wrong if it were finalised now. Correct these first (the Decision tab lists "
               "them too):")
                + u"\n"_s + lines.join(u'\n'));
        return false;
    }
    if (!Messages::confirm(this, tr("Finalise the period"),
            tr("Finalise the %1 ranking of %2 with decision %3? Its scores and criteria can then no "
               "longer be changed.")
                .arg(QString::number(period->year), m_document->groupName(period->groupCode), decisionNumber),
            tr("Finalise")))
        return false;
    return m_document->setPeriodStatus(period->id, PeriodStatus::Final, decisionNumber, decisionDate).ok();
}

bool MainWindow::reopenCurrentPeriod()
{
    const auto period = m_navigator->currentPeriod();
    if (!m_document || !period || !period->isFinal())
        return false;
    const QString question = tr("Why must the final %1 ranking of %2 be corrected? The reason is kept in "
                                "the audit log.")
                                 .arg(QString::number(period->year), m_document->groupName(period->groupCode));
    // An empty reason asks again (after saying why); only Cancel gives up.
    for (QString required;;) {
        const auto reason = Messages::askText(
            this, tr("Reopen for a correction"), required.isEmpty() ? question : required + u"\n\n"_s + question);
        if (!reason)
            return false;
        if (!reason->trimmed().isEmpty())
            return m_document->setPeriodStatus(period->id, PeriodStatus::Appraising, {}, {}, reason->trimmed()).ok();
        required = tr("A reason is required to reopen a final period.");
    }
}

} // namespace parindex
