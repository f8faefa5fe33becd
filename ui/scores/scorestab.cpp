#include "scorestab.h"

#include "desk/whatifformats.h"
#include "desk/whatifsource.h"
#include "deskdocument.h"
#include "evidencedialog.h"
#include "explanationactions.h"
#include "messages.h"
#include "navigator.h"
#include "readfailure.h"
#include "scoregridmodel.h"
#include "scoreinput.h"
#include "scoresheetmodel.h"
#include "scoresummary.h"
#include "scoreviews.h"

#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QToolTip>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Wide enough for "100,0000 %" and for the header's own text.
int valueColumnWidth(const QWidget *view)
{
    return view->fontMetrics().horizontalAdvance(u"100,0000 %"_s) + 18;
}
} // namespace

ScoresTab::ScoresTab(DeskDocument *document, Navigator *navigator, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_navigator(navigator),
      m_sheetModel(new ScoreSheetModel(document, this)),
      m_gridModel(new ScoreGridModel(document, this))
{
    setObjectName(u"scoresTab"_s);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"scorePages"_s);
    m_pages->setDocumentMode(true);
    m_pages->addTab(buildSheetPage(), tr("By &unit"));
    m_pages->addTab(buildGridPage(), tr("&By area"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_sheetModel, &ScoreSheetModel::scoreUpdated, this, &ScoresTab::refreshSummary);
    connect(m_sheetModel, &QAbstractItemModel::modelReset, this, &ScoresTab::showFailures);
    connect(m_gridModel, &QAbstractItemModel::modelReset, this, &ScoresTab::showFailures);
    connect(m_sheetModel, &ScoreSheetModel::editableChanged, this, &ScoresTab::refreshHeading);
    connect(m_sheetModel, &ScoreSheetModel::inputRefused, this, &ScoresTab::reportRefusal);
    connect(m_sheetModel, &QAbstractItemModel::modelReset, this, &ScoresTab::fitSheetColumns);
    connect(m_gridModel, &ScoreGridModel::inputRefused, this, &ScoresTab::reportRefusal);
    connect(m_gridModel, &ScoreGridModel::editableChanged, this, &ScoresTab::refreshHeading);
    connect(m_gridModel, &ScoreGridModel::areaChanged, this, &ScoresTab::reloadAreas);
    connect(m_gridModel, &QAbstractItemModel::modelReset, this, &ScoresTab::fitGridColumns);
    connect(m_document, &DeskDocument::bandsChanged, this, [this](qint64 periodId) {
        if (periodId != m_periodId)
            return;
        m_bands = m_document->bands(m_periodId);
        refreshSummary();
    });
    connect(m_document, &DeskDocument::unitsChanged, this, [this] {
        reloadUnitNames();
        refreshHeading();
    });
    connect(m_document, &DeskDocument::periodsChanged, this, &ScoresTab::refreshHeading);
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        // The table opens on the unit the sheet shows, ready for typing.
        if (page() == Page::Grid && !m_gridView->currentIndex().isValid()) {
            const int row = qMax(0, m_gridModel->rowOfUnit(m_sheetModel->unitCode()));
            m_gridView->setCurrentIndex(m_gridModel->index(row, ScoreGridModel::FirstLeafColumn));
        }
    });

    if (m_navigator) {
        const auto period = m_navigator->currentPeriod();
        showPeriod(period ? period->id : 0);
    }
}

QWidget *ScoresTab::buildSheetPage()
{
    auto *page = new QWidget(this);
    m_unitTitle = new QLabel(page);
    m_unitTitle->setObjectName(u"scoreUnitTitle"_s);
    QFont titleFont = m_unitTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_unitTitle->setFont(titleFont);
    m_unitTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long unit name is cut rather than widening the window past a small screen (the tooltip and the unit box
    // hold it in full).
    m_unitTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_sheetState = new QLabel(page);
    m_sheetState->setObjectName(u"scoreSheetState"_s);
    m_sheetState->setStyleSheet(u"QLabel { color: #8a4b00; font-weight: bold; }"_s);

    m_previousUnit = new QAction(tr("Previous unit"), page);
    m_previousUnit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_nextUnit = new QAction(tr("Next unit"), page);
    m_nextUnit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    for (QAction *action : {m_previousUnit, m_nextUnit}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)));
        page->addAction(action);
    }
    connect(m_previousUnit, &QAction::triggered, this, [this] { stepUnit(-1); });
    connect(m_nextUnit, &QAction::triggered, this, [this] { stepUnit(+1); });
    auto *previousButton = new QToolButton(page);
    previousButton->setObjectName(u"previousUnitButton"_s);
    previousButton->setDefaultAction(m_previousUnit);
    previousButton->setArrowType(Qt::LeftArrow);
    auto *nextButton = new QToolButton(page);
    nextButton->setObjectName(u"nextUnitButton"_s);
    nextButton->setDefaultAction(m_nextUnit);
    nextButton->setArrowType(Qt::RightArrow);

    m_sheetView = new ScoreSheetView(m_sheetModel, page);
    m_sheetView->setObjectName(u"scoreSheetView"_s);
    m_sheetFailure = new ReadFailure(m_sheetView);
    m_summary = new ScoreSummary(page);
    m_explanations = new ExplanationActions(m_document, m_sheetModel, m_sheetView, page);
    m_sheetView->addAction(m_explanations->recordAction());
    m_sheetView->addAction(m_explanations->decideAction());
    m_evidence = new QAction(tr("Evidence…"), page);
    m_evidence->setObjectName(u"evidenceAction"_s);
    m_evidence->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_evidence->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_evidence, &QAction::triggered, this, [this] {
        if (EvidenceDialog *dialog = makeEvidenceDialog()) {
            dialog->exec();
            delete dialog;
        }
    });
    m_sheetView->addAction(m_evidence);
    m_impact = new QAction(tr("Impact of a correction…"), page);
    m_impact->setObjectName(u"impactAction"_s);
    m_impact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_impact->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_impact->setToolTip(tr("Which units' rank or class would change if the current cell's appraised value were "
                            "another, before it is changed or the period reopened for a correction (%1)")
                             .arg(m_impact->shortcut().toString(QKeySequence::NativeText)));
    connect(m_impact, &QAction::triggered, this, &ScoresTab::askCorrectionImpact);
    m_sheetView->addAction(m_impact);
    connect(
        m_sheetView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScoresTab::updateEvidenceAction);
    connect(m_sheetModel, &QAbstractItemModel::modelReset, this, &ScoresTab::reloadEvidenceCounts);
    connect(m_document, &DeskDocument::evidenceChanged, this, [this](qint64 periodId, const QString &unitCode) {
        if (periodId == m_sheetModel->periodId() && (unitCode.isEmpty() || unitCode == m_sheetModel->unitCode()))
            reloadEvidenceCounts();
    });
    m_sheetView->setContextMenuPolicy(Qt::ActionsContextMenu);
    // The unit's explanation is read beside the council's note (the model keeps it last: Tab follows the model).
    const auto explanationBesideNote = [this] {
        QHeaderView *header = m_sheetView->header();
        header->moveSection(header->visualIndex(ScoreSheetModel::ExplanationColumn),
            header->visualIndex(ScoreSheetModel::NoteColumn) + 1);
    };
    explanationBesideNote();
    connect(m_sheetModel, &QAbstractItemModel::modelReset, this, explanationBesideNote);
    auto *recordButton = new QToolButton(page);
    recordButton->setObjectName(u"recordExplanationButton"_s);
    recordButton->setDefaultAction(m_explanations->recordAction());
    auto *decideButton = new QToolButton(page);
    decideButton->setObjectName(u"decideExplanationButton"_s);
    decideButton->setDefaultAction(m_explanations->decideAction());

    auto *evidenceButton = new QToolButton(page);
    evidenceButton->setObjectName(u"evidenceButton"_s);
    evidenceButton->setDefaultAction(m_evidence);

    auto *heading = new QHBoxLayout;
    heading->addWidget(previousButton);
    heading->addWidget(nextButton);
    heading->addWidget(m_unitTitle, 1);
    heading->addWidget(m_sheetState);
    heading->addWidget(recordButton);
    heading->addWidget(decideButton);
    heading->addWidget(evidenceButton);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(heading);
    layout->addWidget(m_sheetView, 1);
    layout->addWidget(m_summary);
    m_sheetHint = hintLabel(QString(), page); // refreshHeading(): how to type, or why nothing can be typed
    m_sheetHint->setObjectName(u"scoreSheetHint"_s);
    layout->addWidget(m_sheetHint);
    connect(m_sheetView, &ScoreSheetView::typingRefused, this,
        [this](const QModelIndex &index) { showLockedReason(m_sheetView, index); });
    if (m_navigator) {
        // A unit chosen in the unit box: on to its sheet, not five Tabs away.
        connect(m_navigator, &Navigator::unitChosen, this, [this] {
            if (isVisible())
                enterSheet();
        });
    }
    return page;
}

QWidget *ScoresTab::buildGridPage()
{
    auto *page = new QWidget(this);
    m_areaCombo = new QComboBox(page);
    m_areaCombo->setObjectName(u"areaCombo"_s);
    m_areaCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_areaCombo->setMinimumContentsLength(48);
    auto *areaLabel = new QLabel(tr("Are&a:"), page);
    areaLabel->setBuddy(m_areaCombo);
    m_gridState = new QLabel(page);
    m_gridState->setObjectName(u"scoreGridState"_s);
    m_gridState->setStyleSheet(u"QLabel { color: #8a4b00; font-weight: bold; }"_s);
    connect(m_areaCombo, &QComboBox::activated, this,
        [this](int i) { m_gridModel->setArea(m_areaCombo->itemData(i).toString()); });

    m_gridView = new ScoreGridView(m_gridModel, page);
    m_gridView->setObjectName(u"scoreGridView"_s);
    m_gridFailure = new ReadFailure(m_gridView);
    m_gridView->installEventFilter(this);
    connect(m_gridView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ScoreGridModel::UnitColumn || !m_navigator)
            return;
        m_navigator->setCurrentUnit(m_gridModel->unitCodeAt(index.row()));
        showUnit(m_navigator->currentUnit());
        enterSheet();
    });

    auto *top = new QHBoxLayout;
    top->addWidget(areaLabel);
    top->addWidget(m_areaCombo);
    top->addStretch(1);
    top->addWidget(m_gridState);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_gridView, 1);
    m_gridHint = hintLabel(QString(), page);
    m_gridHint->setObjectName(u"scoreGridHint"_s);
    layout->addWidget(m_gridHint);
    connect(m_gridView, &ScoreGridView::typingRefused, this,
        [this](const QModelIndex &index) { showLockedReason(m_gridView, index); });
    return page;
}

void ScoresTab::reloadEvidenceCounts()
{
    m_evidenceCounts.clear();
    m_evidenceCountsOf = {m_sheetModel->periodId(), m_sheetModel->unitCode()};
    if (m_sheetModel->periodId() != 0 && !m_sheetModel->unitCode().isEmpty()) {
        const auto list = m_document->evidence(m_sheetModel->periodId(), m_sheetModel->unitCode());
        for (const Evidence &e : list ? *list : QList<Evidence>())
            ++m_evidenceCounts[e.criterionCode];
    }
    updateEvidenceAction();
}

void ScoresTab::updateEvidenceAction()
{
    if (m_evidenceCountsOf != std::pair {m_sheetModel->periodId(), m_sheetModel->unitCode()}) {
        reloadEvidenceCounts(); // another sheet
        return;
    }
    const QModelIndex current = m_sheetView->currentIndex();
    const bool leaf = current.isValid() && current.data(ScoreSheetModel::LeafRole).toBool();
    const int count = leaf ? m_evidenceCounts.value(current.data(ScoreSheetModel::CodeRole).toString()) : 0;
    m_evidence->setEnabled(leaf);
    m_impact->setEnabled(leaf);
    m_evidence->setText(count > 0 ? tr("Evidence (%n)…", nullptr, count) : tr("Evidence…"));
    m_evidence->setToolTip(tr("The documents the unit attached to the current cell: open them, attach more (%1)")
                               .arg(m_evidence->shortcut().toString(QKeySequence::NativeText)));
}

Result<CorrectionImpact> ScoresTab::correctionImpact(const QString &value) const
{
    const QModelIndex current = m_sheetView->currentIndex();
    if (!current.isValid() || !current.data(ScoreSheetModel::LeafRole).toBool())
        return Error {Error::Kind::Usage, tr("Choose a criterion that takes a value first.")};
    const auto period = m_document->periodById(m_sheetModel->periodId());
    if (!period)
        return period.error();
    if (!*period)
        return Error {Error::Kind::NotFound, tr("The period is no longer in the file.")};
    ScoreCorrection correction {m_sheetModel->unitCode(), current.data(ScoreSheetModel::CodeRole).toString(), {}};
    if (value.trimmed().compare(u"na"_s, Qt::CaseInsensitive) != 0) {
        const QVariant criterion
            = current.siblingAtColumn(ScoreSheetModel::AppraisedColumn).data(ScoreInput::CriterionRole);
        const auto parsed = ScoreInput::parse(criterion.value<Criterion>(), value, QLocale());
        if (!parsed)
            return parsed.error();
        if (!*parsed)
            return Error {
                Error::Kind::BadData, tr("Type the corrected value (a number such as 1,5), or na for not applicable.")};
        correction.value = **parsed;
    }
    return WhatIfSource::impact(m_document->database(), (*period)->year, (*period)->groupCode, correction);
}

void ScoresTab::askCorrectionImpact()
{
    const QModelIndex current = m_sheetView->currentIndex();
    if (!current.isValid() || !current.data(ScoreSheetModel::LeafRole).toBool())
        return;
    const QString code = current.data(ScoreSheetModel::CodeRole).toString();
    const QString title = tr("Impact of a correction");
    const auto value = Messages::askText(this, title,
        tr("Appraised value of %1 for %2 to try (a number, or na for not applicable); nothing is changed:")
            .arg(code, m_unitNames.value(m_sheetModel->unitCode(), m_sheetModel->unitCode())),
        [&] {
            const QVariant raw
                = current.siblingAtColumn(ScoreSheetModel::AppraisedColumn).data(ScoreSheetModel::RawRole);
            return ScoreInput::editText(
                raw.canConvert<Fixed>() ? std::optional<Fixed>(raw.value<Fixed>()) : std::nullopt, QLocale());
        }());
    if (!value)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto impact = correctionImpact(*value);
    QApplication::restoreOverrideCursor();
    if (!impact) {
        Messages::warning(this, title, impact.error().text());
        return;
    }
    Messages::information(this, title, WhatIfFormats::impactText(*impact, QLocale()));
}

EvidenceDialog *ScoresTab::makeEvidenceDialog()
{
    const QModelIndex current = m_sheetView->currentIndex();
    if (!current.isValid() || !current.data(ScoreSheetModel::LeafRole).toBool())
        return nullptr;
    EvidenceDialog::Cell cell;
    cell.periodId = m_sheetModel->periodId();
    cell.unitCode = m_sheetModel->unitCode();
    cell.unitName = m_unitNames.value(cell.unitCode, cell.unitCode);
    cell.criterionCode = current.data(ScoreSheetModel::CodeRole).toString();
    cell.criterionTitle
        = m_sheetModel->index(current.row(), ScoreSheetModel::CriterionColumn, current.parent()).data().toString();
    QString locked;
    if (!m_sheetModel->isEditable())
        locked = tr("The period is final or the file is open read-only: its evidence documents are shown, not "
                    "changed.");
    else if (!m_document->rights().maySelfAssess(cell.unitCode))
        locked = tr("This login (%1) may not attach documents to %2: a unit's staff attach their own unit's "
                    "evidence, and the secretary any unit's.")
                     .arg(m_document->rights().description(), cell.unitName);
    return new EvidenceDialog(m_document, cell, locked, this);
}

void ScoresTab::showPeriod(qint64 periodId)
{
    const bool samePeriod = periodId == m_periodId;
    m_periodId = periodId;
    m_bands = periodId ? m_document->bands(periodId) : Result<ClassBands>(ClassBands());
    reloadUnitNames();
    const QString unit = m_navigator ? m_navigator->currentUnit() : m_sheetModel->unitCode();
    m_sheetModel->setSheet(periodId, periodId ? unit : QString());
    if (!samePeriod || m_gridModel->periodId() != periodId || m_gridStale) {
        if (m_gridView->isVisible()) {
            m_gridStale = false;
            m_gridModel->setPeriod(periodId);
        } else {
            m_gridStale = true;
            if (m_gridModel->periodId() != 0)
                m_gridModel->setPeriod(0); // nothing of the old period stays behind
        }
    }
    ensureCurrentCell();
    refreshHeading();
    refreshSummary();
}

ScoreGridModel *ScoresTab::gridModel()
{
    ensureGrid();
    return m_gridModel;
}

void ScoresTab::ensureGrid()
{
    if (!m_gridStale)
        return;
    m_gridStale = false;
    m_gridModel->setPeriod(m_periodId);
}

bool ScoresTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gridView && event->type() == QEvent::Show)
        ensureGrid();
    return QWidget::eventFilter(watched, event);
}

void ScoresTab::showUnit(const QString &unitCode)
{
    m_sheetModel->setSheet(m_periodId, m_periodId ? unitCode : QString());
    ensureCurrentCell();
    refreshHeading();
}

void ScoresTab::ensureCurrentCell()
{
    // Typing starts editing: the first leaf's appraised value is where a new sheet begins, seen from its top.
    const std::pair<qint64, QString> sheet {m_periodId, m_sheetModel->unitCode()};
    if (sheet == m_openedSheet && m_sheetView->currentIndex().isValid())
        return;
    m_openedSheet = sheet;
    m_sheetView->setCurrentIndex(m_sheetModel->neighbourLeaf({}, +1, ScoreSheetModel::AppraisedColumn));
    m_sheetView->scrollToTop();
    m_sheetFresh = true;
}

void ScoresTab::enterSheet()
{
    setPage(Page::Sheet);
    ensureCurrentCell();
    if (m_sheetFresh) {
        m_sheetView->scrollToTop();
        m_sheetFresh = false;
    } else if (m_sheetView->currentIndex().isValid()) {
        m_sheetView->scrollTo(m_sheetView->currentIndex());
    }
    m_sheetView->setFocus(Qt::OtherFocusReason);
}

void ScoresTab::showLockedReason(QAbstractItemView *view, const QModelIndex &index)
{
    if (m_lockedReason.isEmpty())
        return;
    const QRect cell = view->visualRect(index);
    QToolTip::showText(view->viewport()->mapToGlobal(cell.bottomLeft()), m_lockedReason, view->viewport());
}

bool ScoresTab::stepUnit(int direction)
{
    if (!m_navigator || !m_sheetView->commitOpenEditor())
        return false;
    const QModelIndex current = m_sheetView->currentIndex();
    const QString code = current.data(ScoreSheetModel::CodeRole).toString();
    const int column = current.isValid() ? current.column() : int(ScoreSheetModel::AppraisedColumn);
    if (!m_navigator->stepUnit(direction))
        return false;
    showUnit(m_navigator->currentUnit()); // nothing more to do when the main window already passed it on
    // The next unit's sheet stays on the same criterion and column, not at its top.
    if (m_sheetView->currentIndex().data(ScoreSheetModel::CodeRole).toString() != code
        || m_sheetView->currentIndex().column() != column)
        m_sheetView->setCurrentIndex(m_sheetModel->indexOfCode(code, column));
    m_sheetView->scrollTo(m_sheetView->currentIndex());
    m_sheetFresh = false;
    return true;
}

void ScoresTab::setPage(Page page)
{
    m_pages->setCurrentIndex(page == Page::Sheet ? 0 : 1);
}

ScoresTab::Page ScoresTab::page() const
{
    return m_pages->currentIndex() == 1 ? Page::Grid : Page::Sheet;
}

void ScoresTab::reloadUnitNames()
{
    m_unitNames.clear();
    if (!m_periodId)
        return;
    // Without the roster the heading shows the unit's code; the sheet says what could not be read.
    const auto units = m_document->periodUnits(m_periodId);
    for (const Unit &u : units ? *units : QList<Unit>())
        m_unitNames.insert(u.code, u.name);
}

void ScoresTab::reloadAreas()
{
    const QSignalBlocker blocker(m_areaCombo);
    m_areaCombo->clear();
    const CriteriaTree &tree = m_gridModel->tree();
    for (qsizetype area : tree.roots())
        m_areaCombo->addItem(u"%1. %2"_s.arg(tree.at(area).code, tree.at(area).title), tree.at(area).code);
    m_areaCombo->setCurrentIndex(m_areaCombo->findData(m_gridModel->areaCode()));
    m_areaCombo->setEnabled(m_areaCombo->count() > 0);
}

void ScoresTab::refreshHeading()
{
    const QString unit = m_sheetModel->unitCode();
    m_unitTitle->setText(unit.isEmpty() ? tr("No unit selected") : m_unitNames.value(unit, unit));
    m_unitTitle->setToolTip(unit);
    m_explanations->setUnitName(m_unitNames.value(unit, unit));
    m_previousUnit->setEnabled(!unit.isEmpty());
    m_nextUnit->setEnabled(!unit.isEmpty());

    // Only what stops typing is said here; the navigator shows the period's state. The hint line invites typing
    // only where typing is taken; elsewhere it says why not, and what to do (m_lockedReason, also shown at a cell
    // typed into).
    QString state;
    const QString restricted = m_document->rights().description();
    bool onlyAssigned = false; // typing is taken in the cells this member was assigned
    const auto read = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    const std::optional<Period> period = read ? *read : std::nullopt;
    if (!read) {
        state = tr("The period cannot be read: scores cannot be changed");
        m_lockedReason = state + u'.';
    } else if (!period) {
        state = tr("No period selected");
        m_lockedReason = state + u'.';
    } else if (!m_sheetModel->readError().isEmpty()) {
        state = tr("Scores cannot be changed: the sheet cannot be read");
        m_lockedReason = state + u'.';
    } else if (period->isFinal()) {
        state = tr("%1 is final: scores are read-only").arg(period->year);
        m_lockedReason = tr("%1 is final (decision %2): its scores can no longer be changed. To correct a score, "
                            "choose Period › Reopen for a correction; the reason is kept in the audit log.")
                             .arg(QString::number(period->year), period->decisionNumber);
    } else if (m_document->isReadOnly()) {
        state = tr("The file is read-only: scores cannot be changed");
        const QString why = m_document->readOnlyReason();
        m_lockedReason = why.isEmpty() ? state + u'.' : why;
    } else if (!restricted.isEmpty()) {
        // A member of the council: the cells of the others are shown, not editable (and the server refuses them).
        state = tr("Only the cells assigned to this login can be changed");
        onlyAssigned = true;
        m_lockedReason = tr("This cell is not assigned to this login: %1.").arg(restricted);
    } else {
        m_lockedReason.clear();
    }
    m_sheetState->setText(state);
    m_gridState->setText(state);

    const QString stepping = tr("Ctrl+PgDn / Ctrl+PgUp: next / previous unit.");
    if (m_lockedReason.isEmpty() || onlyAssigned) {
        const QString mine = restricted.isEmpty() ? QString() : tr("This login: %1.").arg(restricted) + u' ';
        m_sheetHint->setText(mine
            + tr("Type a value, then Enter (down) or Tab (next cell); 12,5 and 12.5 both work. "
                 "Space: not applicable. Delete: clear. Ctrl+PgDn / Ctrl+PgUp: next / previous unit."));
        m_gridHint->setText(mine
            + tr("Appraised values of every unit. Type a value, then Enter to go down the column "
                 "or Tab to the next criterion. Double-click a unit to open its sheet."));
    } else {
        m_sheetHint->setText(m_lockedReason + u' ' + stepping);
        m_gridHint->setText(m_lockedReason + u' ' + tr("Double-click a unit to open its sheet."));
    }
}

void ScoresTab::showFailures()
{
    const QString sheet = m_sheetModel->readError();
    const QString grid = m_gridModel->readError();
    m_sheetFailure->setFailure(sheet.isEmpty() ? QString() : ReadFailure::ofPeriod(sheet));
    m_gridFailure->setFailure(grid.isEmpty() ? QString() : ReadFailure::ofPeriod(grid));
    m_areaCombo->setEnabled(grid.isEmpty() && m_areaCombo->count() > 0);
    refreshHeading();
}

QString ScoresTab::sheetFailure() const
{
    return m_sheetFailure->failure();
}

QString ScoresTab::gridFailure() const
{
    return m_gridFailure->failure();
}

void ScoresTab::refreshSummary()
{
    if (!m_sheetModel->readError().isEmpty())
        m_summary->showFailure(tr("No points, index or class: the sheet cannot be read."));
    else if (!m_periodId || m_sheetModel->unitCode().isEmpty() || m_sheetModel->tree().isEmpty())
        m_summary->clear();
    else
        m_summary->showScore(m_sheetModel->score(), m_bands);
}

void ScoresTab::fitSheetColumns()
{
    using M = ScoreSheetModel;
    QHeaderView *header = m_sheetView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(M::CriterionColumn, QHeaderView::Stretch);
    const int valueWidth = valueColumnWidth(m_sheetView);
    for (int column : {M::MaxColumn, M::SelfColumn, M::AppraisedColumn, M::NotApplicableColumn, M::PointsColumn}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_sheetView->resizeColumnToContents(column);
        const int minimum = column == M::NotApplicableColumn || column == M::MaxColumn ? 0 : valueWidth;
        m_sheetView->setColumnWidth(column, qMax(m_sheetView->columnWidth(column), minimum));
    }
    header->setSectionResizeMode(M::NoteColumn, QHeaderView::Interactive);
    m_sheetView->setColumnWidth(M::NoteColumn, qMax(header->sectionSizeHint(M::NoteColumn), valueWidth * 2));
}

void ScoresTab::fitGridColumns()
{
    if (m_gridModel->columnCount() == 0)
        return;
    // Unit names are the row headings: readable in full, within reason (the tooltip has the rest).
    m_gridView->resizeColumnToContents(ScoreGridModel::UnitColumn);
    const int maxUnitWidth = m_gridView->fontMetrics().averageCharWidth() * 90;
    m_gridView->setColumnWidth(
        ScoreGridModel::UnitColumn, qMin(m_gridView->columnWidth(ScoreGridModel::UnitColumn) + 12, maxUnitWidth));
    const int valueWidth = valueColumnWidth(m_gridView);
    for (int column = ScoreGridModel::FirstLeafColumn; column < m_gridModel->columnCount(); ++column) {
        m_gridView->resizeColumnToContents(column);
        m_gridView->setColumnWidth(column, qMax(m_gridView->columnWidth(column), valueWidth));
    }
}

void ScoresTab::reportRefusal(const QString &message)
{
    // After the editor has closed: a dialog inside the commit would pull the focus from under it.
    QTimer::singleShot(0, this, [this, message] { Messages::warning(this, tr("Value not saved"), message); });
}

} // namespace parindex
