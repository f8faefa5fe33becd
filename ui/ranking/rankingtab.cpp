#include "rankingtab.h"

#include "deskdocument.h"
#include "movementpanel.h"
#include "noticedialog.h"
#include "rankingmodel.h"
#include "readfailure.h"
#include "robustnessdialog.h"
#include "whatifdialog.h"

#include "desk/movementreport.h"
#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>

#include "desk/periodranking.h"

#include "desk/summarytext.h"
#include "io/csvtable.h"
#include "io/formats.h"
#include "messages.h"
#include "render/decision/rankingprint.h"
#include "storage/database.h"

#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

RankingTab::RankingTab(DeskDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(new RankingModel(this)),
      m_filter(new RankingFilter(this)),
      m_search(new QLineEdit(this)),
      m_class(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_empty(new QLabel(this)),
      m_criteriaWarning(new QLabel(this)),
      m_incompleteTitle(new QLabel(this)),
      m_incomplete(new QTreeWidget(this))
{
    m_filter->setSourceModel(m_model);
    m_search->setObjectName(u"rankingSearch"_s);
    m_search->setPlaceholderText(tr("Filter units: any part of the name, with or without accents…"));
    m_search->setClearButtonEnabled(true);
    m_class->setObjectName(u"rankingClassFilter"_s);
    m_class->addItem(tr("All classes"));
    for (ClassCode c : {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak})
        m_class->addItem(ClassBands::label(c), int(c));
    auto *copy = new QPushButton(tr("Copy &as table"), this);
    copy->setObjectName(u"copyRanking"_s);
    m_copy = copy;
    // No Alt+letter: every letter of the words is taken on this tab in one language or the other; Ctrl+Shift+C on the
    // table copies it as well.
    m_copySummary = new QPushButton(tr("Copy summary"), this);
    m_copySummary->setObjectName(u"copyRankingSummary"_s);
    m_copySummary->setToolTip(tr("The news of this ranking as a press office writes it: the average and its change, "
                                 "units per class, first and last, the largest rises and falls, and the selected "
                                 "unit's rank (Ctrl+Shift+C)"));
    m_notices = new QPushButton(tr("Notices to &units…"), this);
    m_notices->setObjectName(u"writeNotices"_s);
    m_notices->setToolTip(tr("Notices of appraisal results to the units before the decision: their sheets, "
                             "provisional index and rank, and the deadline for explanations (PDF)"));
    m_whatIf = new QPushButton(tr("&What if: other maxima…"), this);
    m_whatIf->setObjectName(u"whatIf"_s);
    m_whatIf->setToolTip(tr("The ranking under other maxima, beside the real one, in a sandbox: the period is not "
                            "changed"));
    // No Alt+letter (see Copy summary).
    m_robustness = new QPushButton(tr("How robust is the order…"), this);
    m_robustness->setObjectName(u"robustness"_s);
    m_robustness->setToolTip(tr("The ranking drawn again many times with each area's maximum (and, if asked, each "
                                "appraised score) changed at random within a share: where each unit lands, as a "
                                "chart and a table"));
    m_pdf = new QPushButton(tr("E&xport PDF…"), this);
    m_pdf->setObjectName(u"rankingPdf"_s);
    m_pdf->setToolTip(tr("Print/Export ranking as PDF…"));
    auto *print = new QPushButton(tr("Pr&int…"), this);
    m_print = print;
    print->setObjectName(u"rankingPrint"_s);
    print->setToolTip(tr("Print the ranking table (A4 landscape)"));

    m_view->setObjectName(u"rankingView"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RankingModel::Rank, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Columns fit their contents when a ranking is shown, not on every edit: at 3,321 rows, measuring every
    // cell's text after each edit costs a tenth of a second. The widths come from the first rows and a
    // sample of the rest (resizeContentsPrecision).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    connect(m_filter, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    auto *copyAction = new QAction(tr("Copy as table"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    m_copyAction = copyAction;
    m_copySummaryAction = new QAction(tr("Copy summary"), m_view);
    m_copySummaryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copySummaryAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copySummaryAction);
    m_failure = new ReadFailure(m_view);

    m_criteriaWarning->setObjectName(u"rankingCriteriaWarning"_s);
    m_criteriaWarning->setWordWrap(true);
    m_criteriaWarning->setStyleSheet(
        u"background: #fff4ce; color: #3d2e00; border: 1px solid #e0b000; padding: 4px;"_s);
    m_criteriaWarning->hide();
    // While the ranking is read off the GUI thread (most of a second at national scale): what is being done, and
    // Cancel; after a cancel, "Read again". Nothing of another ranking is shown meanwhile.
    m_readingPanel = new QWidget(this);
    m_readingPanel->setObjectName(u"rankingReading"_s);
    m_readingText = new QLabel(m_readingPanel);
    m_readingBar = new QProgressBar(m_readingPanel);
    m_readingBar->setRange(0, 0); // busy: the reading does not say how far it is
    m_readingBar->setTextVisible(false);
    m_readingButton = new QPushButton(m_readingPanel);
    m_readingButton->setObjectName(u"rankingReadingButton"_s);
    auto *readingLayout = new QHBoxLayout(m_readingPanel);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_readingText);
    readingLayout->addWidget(m_readingBar, 1);
    readingLayout->addWidget(m_readingButton);
    m_readingPanel->hide();
    connect(m_readingButton, &QPushButton::clicked, this, [this] {
        if (m_reading) {
            m_document->cancelRankingRead(); // rankingRead() follows: the tab shows it stopped
        } else {
            m_document->readRankingAgain(m_periodId);
            refresh();
        }
    });
    m_empty->setObjectName(u"rankingEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_incompleteTitle->setText(tr("Not ranked, without an index:"));
    m_incomplete->setObjectName(u"incompleteView"_s);
    m_incomplete->setHeaderLabels({tr("Unit"), tr("Reason")});
    m_incomplete->setRootIsDecorated(false);
    m_incomplete->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_class);
    bar->addWidget(copy);
    bar->addWidget(m_copySummary);
    // What the tab puts on paper, on a row of its own: one row of every button would make the window wider
    // than a small screen (800 px).
    auto *paper = new QHBoxLayout;
    paper->addStretch(1);
    paper->addWidget(m_whatIf);
    paper->addWidget(m_robustness);
    paper->addWidget(m_notices);
    paper->addWidget(m_pdf);
    paper->addWidget(print);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_incompleteTitle);
    lowerLayout->addWidget(m_incomplete);
    m_movement = new MovementPanel(this);
    m_movement->setObjectName(u"movementPanel"_s);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_movement);
    split->addWidget(lower);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    m_movementTimer = new QTimer(this);
    m_movementTimer->setSingleShot(true);
    m_movementTimer->setInterval(150); // arrows held down do not start a reading per row
    connect(m_movementTimer, &QTimer::timeout, this, &RankingTab::explainSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, m_movementTimer,
        qOverload<>(&QTimer::start));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(paper);
    layout->addWidget(m_criteriaWarning);
    layout->addWidget(m_readingPanel);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &RankingFilter::setSearchText);
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant code = m_class->currentData();
        m_filter->setClassFilter(code.isValid() ? std::optional<ClassCode>(ClassCode(code.toInt())) : std::nullopt);
    });
    connect(copy, &QPushButton::clicked, this, &RankingTab::copyAsTable);
    connect(m_copySummary, &QPushButton::clicked, this, &RankingTab::copySummary);
    connect(m_copySummaryAction, &QAction::triggered, this, &RankingTab::copySummary);
    connect(m_notices, &QPushButton::clicked, this, &RankingTab::writeNotices);
    connect(m_whatIf, &QPushButton::clicked, this, &RankingTab::openWhatIf);
    connect(m_robustness, &QPushButton::clicked, this, &RankingTab::openRobustness);
    connect(m_view, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const QString code = index.data(RankingModel::UnitCodeRole).toString(); !code.isEmpty())
            emit unitActivated(code);
    });
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);
    m_view->setToolTip(tr("Double-click a unit, or press Enter on it, to open its sheet."));
    connect(copyAction, &QAction::triggered, this, &RankingTab::copyAsTable);
    connect(m_pdf, &QPushButton::clicked, this, &RankingTab::exportPdfWithDialog);
    connect(print, &QPushButton::clicked, this, &RankingTab::printWithDialog);

    // Any change of the file may change an explanation (this year's scores, last year's, the links, the units).
    for (const auto signal : {&DeskDocument::scoresReplaced, &DeskDocument::criteriaChanged,
             &DeskDocument::criteriaMapChanged, &DeskDocument::bandsChanged})
        connect(m_document, signal, this, &RankingTab::forgetMovementFrame);
    connect(m_document, &DeskDocument::scoreChanged, this, &RankingTab::forgetMovementFrame);
    connect(m_document, &DeskDocument::unitsChanged, this, &RankingTab::forgetMovementFrame);
    connect(m_document, &DeskDocument::periodsChanged, this, &RankingTab::forgetMovementFrame);
    connect(m_document, &DeskDocument::changedElsewhere, this, &RankingTab::forgetMovementFrame);
    const auto touches = [this](qint64 periodId) {
        if (periodId == m_periodId)
            refresh();
    };
    connect(m_document, &DeskDocument::scoreChanged, this, touches);
    connect(m_document, &DeskDocument::scoresReplaced, this, touches);
    connect(m_document, &DeskDocument::criteriaChanged, this, touches);
    connect(m_document, &DeskDocument::criteriaChanged, this, [this](qint64 periodId) {
        if (periodId == m_periodId)
            refreshCriteriaWarning();
    });
    connect(m_document, &DeskDocument::bandsChanged, this, touches);
    connect(m_document, &DeskDocument::unitsChanged, this, &RankingTab::refresh);
    connect(m_document, &DeskDocument::rankingRead, this, touches);
    refresh();
}

void RankingTab::showPeriod(qint64 periodId)
{
    m_periodId = periodId;
    refresh();
    refreshCriteriaWarning();
}

void RankingTab::refreshCriteriaWarning()
{
    const auto tree = m_periodId == 0 ? Result<CriteriaTree>(CriteriaTree()) : m_document->criteria(m_periodId);
    const QStringList warnings = tree ? tree->warnings() : QStringList();
    m_criteriaWarning->setText(tr("The criteria do not add up: %1 The ranking below is computed on them as they "
                                  "are; correct them on the Criteria tab.")
                                   .arg(warnings.join(u' ')));
    m_criteriaWarning->setVisible(!warnings.isEmpty());
}

void RankingTab::refresh()
{
    RankingTable table;
    QString emptyText;
    QString failure;
    bool reading = false;
    bool stopped = false;
    if (m_periodId == 0) {
        emptyText = tr("There is no period for this group yet. Open one with Period > New period.");
    } else if (const auto result = m_document->rankingIfRead(m_periodId); !result) {
        if (result.error().kind == Error::Kind::Cancelled)
            stopped = true;
        else
            failure = ReadFailure::ofPeriod(result.error().text()); // never an empty ranking
    } else if (!*result) {
        reading = true; // rankingRead() comes when it is there
    } else {
        table = **result;
        if (table.ranked.isEmpty() && table.unranked.isEmpty())
            emptyText = table.incomplete.isEmpty()
                ? tr("No unit takes part in this period.")
                : tr("No unit is ranked yet: every unit still misses appraised scores.");
    }
    m_reading = reading;
    m_stopped = stopped;
    m_readingPanel->setVisible(reading || stopped);
    m_readingBar->setVisible(reading);
    m_readingText->setText(reading ? tr("Reading the ranking…") : tr("Reading the ranking was stopped."));
    m_readingButton->setText(reading ? tr("Cancel") : tr("Read again"));
    m_model->setTable(table);
    m_empty->setText(emptyText);
    m_empty->setVisible(!emptyText.isEmpty());
    m_failure->setFailure(failure);
    const bool shown = failure.isEmpty() && !reading && !stopped;
    m_copy->setEnabled(shown);
    m_copyAction->setEnabled(shown);
    m_copySummary->setEnabled(m_periodId != 0 && shown);
    m_copySummaryAction->setEnabled(m_periodId != 0 && shown);
    m_notices->setEnabled(m_periodId != 0 && shown);
    m_whatIf->setEnabled(m_periodId != 0 && shown);
    m_robustness->setEnabled(m_periodId != 0 && shown && !table.ranked.isEmpty());
    m_pdf->setEnabled(!reading && !stopped);
    m_print->setEnabled(!reading && !stopped);

    // Units without an index (scores missing, or every criterion not applicable) are not rows of the ranking:
    // they are listed here with the reason.
    m_incomplete->clear();
    for (const QList<UnitResult> *list : {&table.unranked, &table.incomplete}) {
        for (const UnitResult &r : *list) {
            if (r.hasIndex())
                continue;
            auto *item = new QTreeWidgetItem(m_incomplete, {r.unitName, StandingText::reason(r)});
            item->setToolTip(1, StandingText::reason(r));
        }
    }
    const bool anyWithoutIndex = m_incomplete->topLevelItemCount() > 0;
    m_incompleteTitle->setVisible(anyWithoutIndex);
    m_incomplete->setVisible(anyWithoutIndex);
}

namespace {
// A cell as a spreadsheet takes it from the clipboard: on one line, in its own column, never a formula (a unit named
// "=HYPERLINK(...)" is pasted as text, CsvWriter::neutralised).
QString pastedCell(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return CsvWriter::neutralised(text);
}
} // namespace

QString RankingTab::visibleRowsAsText() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_filter->columnCount(); ++c)
        header.append(pastedCell(m_filter->headerData(c, Qt::Horizontal).toString()));
    lines.append(header.join(u'\t'));
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_filter->columnCount(); ++c)
            cells.append(pastedCell(m_filter->index(r, c).data().toString()));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n') + u'\n';
}

void RankingTab::focusTable()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

bool RankingTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (const QString code = m_view->currentIndex().data(RankingModel::UnitCodeRole).toString();
                !code.isEmpty()) {
                emit unitActivated(code);
                return true;
            }
        }
    }
    // Undo and redo are the filter's own only while it has typing to undo or redo; otherwise they are the
    // window's (the data), as everywhere else on the tab.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !m_search->isUndoAvailable())
            || (key->matches(QKeySequence::Redo) && !m_search->isRedoAvailable()))
            return true; // not taken: the window's shortcut fires
    }
    return QWidget::eventFilter(watched, event);
}

void RankingTab::explainSelected()
{
    const QString unit = m_view->currentIndex().data(RankingModel::UnitCodeRole).toString();
    const auto period = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    const quint64 request = ++m_movementRequest;
    if (unit.isEmpty() || !period || !*period) {
        m_movement->clear();
        return;
    }
    // Both years are read once per period (and again after a change); each selection is explained from them.
    if (m_frame && m_framePeriod == m_periodId) {
        m_movement->setExplanation(
            *m_frame ? MovementReport::explain(**m_frame, unit) : Result<IndexMovement>(m_frame->error()));
        return;
    }
    const QString path = m_document->path();
    const Period p = **period;
    const quint64 generation = m_frameGeneration;
    ++m_explaining;
    // Two years' rankings of a national group take most of a second to read: never on the GUI thread.
    using Frame = std::shared_ptr<const Result<MovementFrame>>;
    auto *watcher = new QFutureWatcher<Frame>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, generation, periodId = p.id] {
        watcher->deleteLater();
        --m_explaining;
        if (generation != m_frameGeneration || periodId != m_periodId)
            return; // the file changed or another period is shown since: read again for what is shown now
        m_frame = watcher->result();
        m_framePeriod = periodId;
        if (request == m_movementRequest)
            explainSelected();
    });
    watcher->setFuture(QtConcurrent::run([path, p]() -> Frame {
        auto db = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
        if (!db)
            return std::make_shared<const Result<MovementFrame>>(db.error());
        return std::make_shared<const Result<MovementFrame>>(
            MovementReport::load(**db, p.groupCode, p.year, std::nullopt));
    }));
}

void RankingTab::forgetMovementFrame()
{
    m_frame.reset();
    ++m_frameGeneration;
    // What the panel shows was worked out before the change: worked out again.
    if (m_movement->state() != MovementPanel::State::Empty)
        m_movementTimer->start();
}

void RankingTab::copyAsTable()
{
    if (m_failure->isShown() || m_reading || m_stopped)
        return; // nothing read, nothing copied
    QGuiApplication::clipboard()->setText(visibleRowsAsText());
}

Result<QString> RankingTab::summaryText() const
{
    const auto period = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    if (!period)
        return period.error();
    if (!*period)
        return Error {Error::Kind::NotFound, tr("There is no period for this group yet.")};
    QString unitCode;
    if (const QModelIndexList rows = m_view->selectionModel()->selectedRows(); !rows.isEmpty())
        unitCode = rows.first().data(RankingModel::UnitCodeRole).toString();
    const auto summary = m_document->rankingSummary((*period)->year, (*period)->groupCode, unitCode);
    if (!summary)
        return summary.error();
    return SummaryText::format(*summary, SummaryText::languageOf(QLocale()));
}

void RankingTab::copySummary()
{
    if (m_failure->isShown() || m_reading || m_stopped)
        return; // nothing read, nothing copied
    const auto text = summaryText();
    if (!text) {
        Messages::warning(this, tr("Copy summary"), text.error().text());
        return;
    }
    QGuiApplication::clipboard()->setText(*text);
    const auto period = m_document->periodById(m_periodId);
    const QString year = period && *period ? QString::number((*period)->year) : QString();
    const QString group = period && *period ? (*period)->groupCode : QString();
    QString unitName;
    if (const QModelIndexList rows = m_view->selectionModel()->selectedRows(); !rows.isEmpty())
        unitName = rows.first().siblingAtColumn(RankingModel::Unit).data().toString();
    emit summaryCopied(unitName.isEmpty()
            ? tr("The summary of %1 %2 was copied to the clipboard.").arg(group, year)
            : tr("The summary of %1 %2 and of %3 was copied to the clipboard.").arg(group, year, unitName));
}

NoticeDialog *RankingTab::makeNoticeDialog()
{
    const auto period = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    if (!period || !*period)
        return nullptr;
    auto *dialog = new NoticeDialog(m_document, (*period)->year, (*period)->groupCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

WhatIfDialog *RankingTab::makeWhatIfDialog()
{
    const auto period = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    if (!period || !*period)
        return nullptr;
    const auto input = loadRankingInput(m_document->database(), (*period)->year, (*period)->groupCode);
    if (!input) {
        Messages::warning(this, tr("What if"), input.error().text());
        return nullptr;
    }
    auto *dialog = new WhatIfDialog(*input, m_document->database().path(), this);
    dialog->setDocument(m_document, m_periodId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void RankingTab::openWhatIf()
{
    if (WhatIfDialog *dialog = makeWhatIfDialog())
        dialog->open();
}

RobustnessDialog *RankingTab::makeRobustnessDialog()
{
    const auto period = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    if (!period || !*period)
        return nullptr;
    auto *dialog = new RobustnessDialog(m_document->path(), (*period)->year, (*period)->groupCode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void RankingTab::openRobustness()
{
    if (RobustnessDialog *dialog = makeRobustnessDialog())
        dialog->open();
}

void RankingTab::writeNotices()
{
    NoticeDialog *dialog = makeNoticeDialog();
    if (!dialog)
        return;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit noticesWritten(dialog->written()); });
    dialog->open();
}

Result<RankingPrintDocument> RankingTab::printDocument() const
{
    const Error none {Error::Kind::NotFound, tr("There is no period for this group yet.")};
    if (m_periodId == 0)
        return none;
    const auto period = m_document->periodById(m_periodId);
    if (!period)
        return period.error();
    if (!*period)
        return none;
    auto table = m_document->ranking(m_periodId);
    if (!table)
        return table.error();
    const auto groups = m_document->groups();
    if (!groups)
        return groups.error();
    QString groupName = (*period)->groupCode;
    for (const UnitGroup &g : *groups) {
        if (g.code == (*period)->groupCode && !g.name.isEmpty())
            groupName = g.name;
    }
    return RankingPrintDocument {std::move(table).value(), groupName, (*period)->isFinal(),
        m_printDate.isValid() ? m_printDate : QDate::currentDate(), QLocale()};
}

Status RankingTab::exportPdf(const QString &path)
{
    if (const Status own = Database::refuseOwnFile(m_document->path(), path); !own)
        return own;
    const auto document = printDocument();
    if (!document)
        return document.error();
    return RankingPrint::writePdf(*document, path);
}

void RankingTab::printWithDialog()
{
    const auto document = printDocument();
    if (!document) {
        Messages::warning(this, tr("Print the ranking"), document.error().text());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(FileFormats::rankingTitle(document->table.year, document->groupName));
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the ranking"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto painted = RankingPrint::render(*document, &printer); !painted)
        Messages::warning(this, tr("Print the ranking"), painted.error().text());
}

void RankingTab::exportPdfWithDialog()
{
    const auto period
        = m_periodId == 0 ? Result<std::optional<Period>>(std::nullopt) : m_document->periodById(m_periodId);
    const QString suggested = period && *period
        ? tr("ranking-%1-%2.pdf").arg(QString::number((*period)->year), (*period)->groupCode)
        : tr("ranking.pdf");
    const QString path
        = Messages::saveFileName(this, tr("Print/Export ranking as PDF"), tr("PDF document (*.pdf)"), suggested);
    if (path.isEmpty())
        return;
    if (const Status s = exportPdf(path); !s)
        Messages::warning(this, tr("Print/Export ranking as PDF"), s.error().text());
}

} // namespace parindex
