#include "criteriatab.h"

#include "bandsmodel.h"
#include "copycriteriadialog.h"
#include "criteriacommands.h"
#include "criteriadelegates.h"
#include "criteriamapdialog.h"
#include "criteriatreemodel.h"
#include "deskdocument.h"
#include "filedialog.h"
#include "messages.h"
#include "readfailure.h"
#include "unitsdialog.h"

#include <QtCore/QDate>
#include <QtGui/QAction>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QTreeView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The tree view of the criteria: titles wrap as their column narrows, and an open editor can be committed before
// a structural edit replaces the rows under it.
class CriteriaView : public QTreeView
{
public:
    explicit CriteriaView(QWidget *parent) : QTreeView(parent)
    {
        setWordWrap(true);
        setUniformRowHeights(false);
        setAlternatingRowColors(true);
        setSelectionMode(SingleSelection);
        setSelectionBehavior(SelectRows);
        setAllColumnsShowFocus(true);
        setEditTriggers(DoubleClicked | EditKeyPressed | AnyKeyPressed);
        connect(header(), &QHeaderView::sectionResized, this, [this](int logical) {
            if (logical == CriteriaTreeModel::TitleColumn)
                scheduleDelayedItemsLayout();
        });
    }

    void commitOpenEditor()
    {
        if (state() != EditingState)
            return;
        QWidget *editor = focusWidget(); // the editor, also while the window is not active
        while (editor && editor->parentWidget() != viewport())
            editor = editor->parentWidget();
        if (!editor)
            return;
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
};

const auto noteStyle = u"QLabel { background: #fff3bf; color: #5c4400; padding: 6px; border: 1px solid #e0c060; }"_s;
} // namespace

CriteriaTab::CriteriaTab(DeskDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_model(new CriteriaTreeModel(document, this)),
      m_bandsModel(new BandsModel(document, this))
{
    setObjectName(u"criteriaTab"_s);
    m_model->setDialogParent(this);
    m_bandsModel->setDialogParent(this);

    m_note = new QLabel(this);
    m_note->setObjectName(u"criteriaState"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(noteStyle);
    m_note->hide();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildTreePage());
    m_pages->addWidget(buildEmptyPage());
    m_treeFailure = new ReadFailure(m_pages);
    createActions();

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(u"criteriaToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addActions({action(Edit::AddArea), action(Edit::AddSibling), action(Edit::AddChild)});
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Edit::Remove));
    m_toolBar->addSeparator();
    m_toolBar->addActions({action(Edit::MoveUp), action(Edit::MoveDown), action(Edit::Outdent), action(Edit::Indent)});
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Edit::CopyFromYear));
    m_toolBar->addAction(action(Edit::ImportFile));
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_mapAction);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_unitsAction);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"criteriaSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_pages);
    splitter->addWidget(buildBandsPanel());
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_note);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CriteriaTab::rememberView);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CriteriaTab::restoreView);
    connect(m_model, &CriteriaTreeModel::treeChanged, this, [this] {
        refreshTotal();
        m_pages->setCurrentIndex(m_model->tree().isEmpty() && m_model->readError().isEmpty() ? 1 : 0);
        showFailures();
        updateActions();
    });
    connect(m_bandsModel, &QAbstractItemModel::modelReset, this, &CriteriaTab::showFailures);
    connect(m_model, &CriteriaTreeModel::editableChanged, this, &CriteriaTab::refreshState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CriteriaTab::updateActions);
    connect(m_document, &DeskDocument::periodsChanged, this, &CriteriaTab::refreshState);
    connect(m_document, &DeskDocument::unitsChanged, this, &CriteriaTab::updateActions);

    showPeriod(0);
}

QWidget *CriteriaTab::buildTreePage()
{
    auto *page = new QWidget(this);
    auto *view = new CriteriaView(page);
    m_view = view;
    m_view->setObjectName(u"criteriaView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(CriteriaTreeModel::TitleColumn, new WrappedTextDelegate(m_view));
    m_view->setItemDelegateForColumn(CriteriaTreeModel::KindColumn, new CriterionKindDelegate(m_view));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CriteriaTreeModel::TitleColumn, QHeaderView::Stretch);

    m_total = new QLabel(page);
    m_total->setObjectName(u"criteriaTotal"_s);
    m_total->setWordWrap(true);
    auto *hint = new QLabel(tr("Double-click or type on a title, maximum, kind or rule to change it; every change is "
                               "saved at once and can be undone. Insert: add after; Alt+Insert: add below; Delete: "
                               "remove; Alt+arrows: move, indent, outdent."),
        page);
    hint->setObjectName(u"criteriaHint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_total);
    layout->addWidget(hint);
    return page;
}

QWidget *CriteriaTab::buildEmptyPage()
{
    auto *page = new QWidget(this);
    m_emptyHint = new QLabel(page);
    m_emptyHint->setObjectName(u"criteriaEmptyState"_s);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_emptyHint);
    auto *buttons = new QHBoxLayout;
    buttons->setObjectName(u"emptyButtons"_s);
    buttons->addStretch(1);
    for (const char *name : {"addAreaButton", "copyFromYearButton"}) {
        auto *button = new QToolButton(page);
        button->setObjectName(QString::fromLatin1(name));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

QWidget *CriteriaTab::buildBandsPanel()
{
    auto *box = new QGroupBox(tr("Classification bands"), this);
    box->setObjectName(u"bandsBox"_s);
    m_bandsView = new QTableView(box);
    m_bandsView->setObjectName(u"bandsView"_s);
    m_bandsFailure = new ReadFailure(m_bandsView);
    m_bandsView->setModel(m_bandsModel);
    m_bandsView->verticalHeader()->hide();
    m_bandsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bandsView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_bandsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bandsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_bandsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bandsView->horizontalHeader()->setSectionResizeMode(BandsModel::ClassColumn, QHeaderView::Stretch);
    const int rowHeight = m_bandsView->fontMetrics().height() + 8;
    m_bandsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_bandsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_bandsView->setFixedHeight(m_bandsView->horizontalHeader()->sizeHint().height()
        + m_bandsModel->rowCount() * rowHeight + 2 * m_bandsView->frameWidth());
    m_bandsView->setMinimumWidth(
        m_bandsView->fontMetrics().horizontalAdvance(ClassBands::label(ClassCode::Average) + u" 100,00 "_s
            + ClassBands::tr("%1 to under %2", "index range of a class").arg(u"80,5"_s, u"90,25"_s))
        + 40);
    auto *hint = new QLabel(tr("Type the lowest index of each class. Leave a class empty if this period does not "
                               "use it; the lowest class used starts at 0."),
        box);
    hint->setObjectName(u"bandsHint"_s);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_bandsView);
    layout->addWidget(hint);
    layout->addStretch(1);
    return box;
}

void CriteriaTab::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(keys.isEmpty() ? tip : u"%1 (%2)"_s.arg(tip, keys.first().toString(QKeySequence::NativeText)));
        m_view->addAction(a);
        m_actions.append(a);
        return a;
    };
    // In the order of Edit.
    make(tr("Add area"), tr("Add an area at the end of the tree"), {});
    make(tr("Add criterion"), tr("Add a criterion after the current one, on the same level"),
        {QKeySequence(Qt::Key_Insert)});
    make(tr("Add sub-criterion"), tr("Add a sub-criterion at the end of the current group"),
        {QKeySequence(Qt::ALT | Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)});
    make(tr("Remove"), tr("Remove the current criterion with its sub-criteria"), {QKeySequence(Qt::Key_Delete)});
    make(tr("Up"), tr("Move the current criterion up among its siblings"), {QKeySequence(Qt::ALT | Qt::Key_Up)});
    make(tr("Down"), tr("Move the current criterion down among its siblings"), {QKeySequence(Qt::ALT | Qt::Key_Down)});
    make(tr("Indent"), tr("Make the current criterion the last sub-criterion of the group above it"),
        {QKeySequence(Qt::ALT | Qt::Key_Right)});
    make(tr("Outdent"), tr("Move the current criterion one level up, after its group"),
        {QKeySequence(Qt::ALT | Qt::Key_Left)});
    make(tr("Copy from a year…"), tr("Copy the criteria tree and the bands of an earlier year of this group"), {});
    make(tr("Import…"), tr("Replace the criteria tree with that of a criteria file (.csv or .xlsx)"), {});
    for (qsizetype i = 0; i < m_actions.size(); ++i)
        connect(m_actions[i], &QAction::triggered, this, [this, i] { run(Edit(int(i))); });

    m_unitsAction = new QAction(tr("Units and groups…"), this);
    m_unitsAction->setObjectName(u"unitsAction"_s);
    m_unitsAction->setToolTip(tr("Add, rename or retire the units of a group; add or rename groups"));
    connect(m_unitsAction, &QAction::triggered, this, &CriteriaTab::editUnits);

    m_mapAction = new QAction(tr("What it continues…"), this);
    m_mapAction->setObjectName(u"criteriaMapAction"_s);
    m_mapAction->setToolTip(tr("Which criterion of the year before each criterion continues: what explanations of a "
                               "change and the area trends compare"));
    connect(m_mapAction, &QAction::triggered, this, &CriteriaTab::editCriteriaMap);

    auto *addArea = m_pages->findChild<QToolButton *>(u"addAreaButton"_s);
    auto *copy = m_pages->findChild<QToolButton *>(u"copyFromYearButton"_s);
    addArea->setDefaultAction(action(Edit::AddArea));
    copy->setDefaultAction(action(Edit::CopyFromYear));
}

QAction *CriteriaTab::action(Edit edit) const
{
    return m_actions.value(qsizetype(edit));
}

void CriteriaTab::showPeriod(qint64 periodId)
{
    const bool samePeriod = periodId == m_periodId;
    m_periodId = periodId;
    if (!samePeriod)
        m_collapsed.clear();
    m_model->setPeriod(periodId);
    m_bandsModel->setPeriod(periodId);
    refreshState();
    if (!samePeriod && !m_model->tree().isEmpty())
        setCurrentCode(m_model->tree().at(0).code);
}

QString CriteriaTab::currentCode() const
{
    return m_model->codeOf(m_view->currentIndex());
}

void CriteriaTab::setCurrentCode(const QString &code)
{
    const QModelIndex index = m_model->indexOfCode(code, qMax(0, m_view->currentIndex().column()));
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_view->expand(p);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void CriteriaTab::rememberView()
{
    m_keptCode = currentCode();
    m_keptColumn = qMax(0, m_view->currentIndex().column());
    m_collapsed.clear();
    for (qsizetype i = 0; i < m_model->tree().size(); ++i) {
        const QModelIndex index = m_model->indexOfCode(m_model->tree().at(i).code);
        if (m_model->rowCount(index) > 0 && !m_view->isExpanded(index))
            m_collapsed.append(m_model->tree().at(i).code);
    }
}

void CriteriaTab::restoreView()
{
    m_view->expandAll();
    for (const QString &code : std::as_const(m_collapsed))
        m_view->collapse(m_model->indexOfCode(code));
    const QModelIndex index = m_model->indexOfCode(m_keptCode, m_keptColumn);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void CriteriaTab::run(Edit edit)
{
    static_cast<CriteriaView *>(m_view)->commitOpenEditor();
    if (edit == Edit::CopyFromYear) {
        chooseYearToCopy();
        return;
    }
    if (edit == Edit::ImportFile) {
        chooseFileToImport();
        return;
    }
    const QString code = currentCode();
    std::optional<QString> focus;
    switch (edit) {
    case Edit::AddArea:
        focus = m_model->addChild(QString());
        break;
    case Edit::AddSibling:
        focus = m_model->addSibling(code);
        break;
    case Edit::AddChild:
        focus = m_model->addChild(code);
        break;
    case Edit::Remove:
        if (!code.isEmpty())
            focus = m_model->remove(code);
        break;
    case Edit::MoveUp:
        focus = m_model->moveUp(code);
        break;
    case Edit::MoveDown:
        focus = m_model->moveDown(code);
        break;
    case Edit::Indent:
        focus = m_model->indent(code);
        break;
    case Edit::Outdent:
        focus = m_model->outdent(code);
        break;
    case Edit::CopyFromYear:
    case Edit::ImportFile:
        break;
    }
    if (!focus)
        return;
    setCurrentCode(*focus);
    m_view->setFocus();
    if (edit == Edit::AddArea || edit == Edit::AddSibling || edit == Edit::AddChild) {
        const QModelIndex title = m_model->indexOfCode(*focus, CriteriaTreeModel::TitleColumn);
        m_view->setCurrentIndex(title);
        m_view->edit(title); // a new criterion is named first
    }
}

void CriteriaTab::chooseYearToCopy()
{
    if (!m_period)
        return;
    CopyCriteriaDialog dialog(m_document, *m_period, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto source = dialog.chosen())
        m_model->copyFrom(source->id);
}

void CriteriaTab::editCriteriaMap()
{
    if (!m_period)
        return;
    CriteriaMapDialog dialog(m_document, *m_period, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.isUsable())
        return;
    SetCriteriaMapCommand::apply(m_document, m_period->id, dialog.before(), dialog.links(), m_period->year);
}

void CriteriaTab::chooseFileToImport()
{
    FileDialog dialog(this, tr("Import criteria from"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Spreadsheets and CSV files (*.xlsx *.csv *.txt)"), tr("All files (*)")});
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_model->importFile(dialog.selectedFiles().first());
}

bool CriteriaTab::copyFromYear(int year)
{
    if (!m_period)
        return false;
    const auto read = m_document->period(year, m_period->groupCode);
    if (!read) {
        Messages::warning(this, tr("Criteria not changed"), read.error().text());
        return false;
    }
    const std::optional<Period> &source = *read;
    if (!source || year >= m_period->year) {
        Messages::warning(this, tr("Criteria not changed"),
            tr("Group %1 has no year %2 before %3 to copy from.")
                .arg(m_document->groupName(m_period->groupCode), QString::number(year),
                    QString::number(m_period->year)));
        return false;
    }
    return m_model->copyFrom(source->id);
}

void CriteriaTab::editUnits()
{
    QString group = m_period ? m_period->groupCode : QString();
    if (!m_period) {
        const auto groups = m_document->groups();
        if (groups && !groups->isEmpty())
            group = groups->first().code; // the dialog says so itself when the groups cannot be read
    }
    const int year = m_period ? m_period->year : QDate::currentDate().year();
    UnitsDialog dialog(m_document, group, year, this);
    dialog.exec();
}

void CriteriaTab::refreshState()
{
    const auto read = m_periodId ? m_document->periodById(m_periodId) : Result<std::optional<Period>>(std::nullopt);
    m_period = read ? *read : std::nullopt;
    QString note;
    if (!read) {
        note = ReadFailure::ofPeriod(read.error().text());
    } else if (m_document->isReadOnly()) {
        note = tr("This file is open read-only: criteria, bands and units cannot be changed here. %1")
                   .arg(m_document->readOnlyReason());
    } else if (!m_document->mayChangeStructure()) {
        note = m_document->structureLockedReason();
    } else if (m_period && m_period->isFinal()) {
        note = tr("This period is final (decision %1 of %2): its criteria and bands cannot be changed. To correct "
                  "them, reopen the period from the Period menu, with a reason.")
                   .arg(m_period->decisionNumber, QLocale().toString(m_period->decisionDate, QLocale::ShortFormat));
    }
    m_note->setText(note.trimmed());
    m_note->setVisible(!note.isEmpty());

    if (!m_period)
        m_emptyHint->setText(tr("Choose a year and a group above to see their criteria."));
    else if (m_model->isEditable())
        m_emptyHint->setText(tr("No criteria yet: add an area, import criteria.csv, or copy from an earlier year."));
    else
        m_emptyHint->setText(tr("This period has no criteria."));
    for (const char *name : {"addAreaButton", "copyFromYearButton"})
        m_pages->findChild<QToolButton *>(QString::fromLatin1(name))->setVisible(m_model->isEditable());
    m_pages->setCurrentIndex(m_model->tree().isEmpty() && m_model->readError().isEmpty() ? 1 : 0);
    showFailures();
    for (const QString &hint : {u"criteriaHint"_s, u"bandsHint"_s})
        findChild<QLabel *>(hint)->setVisible(m_model->isEditable());
    m_canCopy = m_period && !CopyCriteriaDialog::sources(m_document, *m_period).isEmpty();
    refreshTotal();
    updateActions();
}

void CriteriaTab::refreshTotal()
{
    const CriteriaTree &tree = m_model->tree();
    if (tree.isEmpty()) {
        m_total->clear();
        return;
    }
    const QLocale locale;
    const Fixed total = tree.totalMax();
    QStringList parts;
    parts.append(tr("Total of the areas: %1 points (%n area(s), %2 criteria).", nullptr, int(tree.roots().size()))
                     .arg(total.toString(locale), QString::number(tree.size())));
    const bool totalWrong = total != Bounds::UsualTotal;
    if (totalWrong)
        parts.append(tr("It should be %1.").arg(Bounds::UsualTotal.toString(locale)));
    const int problems = m_model->problemCount();
    if (problems > 0)
        parts.append(tr("%n group(s) do not add up to their maximum: see the Check column.", nullptr, problems));
    m_total->setText(parts.join(u' '));
    m_total->setStyleSheet(totalWrong || problems > 0 ? u"QLabel { color: #b00020; font-weight: bold; }"_s
                                                      : u"QLabel { font-weight: bold; }"_s);
}

void CriteriaTab::updateActions()
{
    const bool editable = m_model->isEditable();
    const QString code = currentCode();
    const bool current = !code.isEmpty();
    action(Edit::AddArea)->setEnabled(editable);
    action(Edit::AddSibling)->setEnabled(editable);
    action(Edit::AddChild)->setEnabled(editable && current);
    action(Edit::Remove)->setEnabled(editable && current);
    action(Edit::MoveUp)->setEnabled(m_model->canMoveUp(code));
    action(Edit::MoveDown)->setEnabled(m_model->canMoveDown(code));
    action(Edit::Indent)->setEnabled(m_model->canIndent(code));
    action(Edit::Outdent)->setEnabled(m_model->canOutdent(code));
    action(Edit::CopyFromYear)->setEnabled(editable && m_canCopy);
    action(Edit::ImportFile)->setEnabled(editable);
    m_mapAction->setEnabled(m_period.has_value()); // for a final year too: the links are not what it published
    const auto groups = m_document->groups();
    m_unitsAction->setEnabled(!groups || !groups->isEmpty()); // the dialog says why it cannot list them
}

void CriteriaTab::showFailures()
{
    const QString tree = m_model->readError();
    const QString bands = m_bandsModel->readError();
    m_treeFailure->setFailure(tree.isEmpty() ? QString() : ReadFailure::ofPeriod(tree));
    m_bandsFailure->setFailure(bands.isEmpty() ? QString() : ReadFailure::ofPeriod(bands));
}

QString CriteriaTab::treeFailure() const
{
    return m_treeFailure->failure();
}

QString CriteriaTab::bandsFailure() const
{
    return m_bandsFailure->failure();
}

} // namespace parindex
