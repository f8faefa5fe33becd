#include "whatifdialog.h"

#include "desk/whatifformats.h"
#include "deskdocument.h"
#include "io/xlsx/tablefile.h"
#include "messages.h"
#include "storage/database.h"
#include "whatifmodels.h"

#include <QtGui/QUndoStack>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// One edit of the sandbox (a maximum, a rule, a band, a scenario opened, the real ones back): the scenario before and
// after. The first redo is the edit itself, already in the models.
class ScenarioEdit : public QUndoCommand
{
public:
    ScenarioEdit(std::function<void(const WhatIfScenario &)> apply, WhatIfScenario before, WhatIfScenario after,
        const QString &text)
        : QUndoCommand(text), m_apply(std::move(apply)), m_before(std::move(before)), m_after(std::move(after))
    { }
    void undo() override { m_apply(m_before); }
    void redo() override
    {
        if (m_done)
            m_apply(m_after);
        m_done = true;
    }

private:
    std::function<void(const WhatIfScenario &)> m_apply;
    WhatIfScenario m_before;
    WhatIfScenario m_after;
    bool m_done = false;
};
} // namespace

WhatIfDialog::WhatIfDialog(RankingInput real, QString databasePath, QWidget *parent)
    : QDialog(parent),
      m_real(std::move(real)),
      m_databasePath(std::move(databasePath)),
      m_undo(new QUndoStack(this)),
      m_maxima(new ScenarioMaximaModel(this)),
      m_bands(new ScenarioBandsModel(this)),
      m_comparison(new WhatIfModel(this)),
      m_maximaView(new QTableView(this)),
      m_bandsView(new QTableView(this)),
      m_comparisonView(new QTableView(this)),
      m_scenariosBox(new QGroupBox(tr("Scenarios saved in the file"), this)),
      m_scenarioList(new QListWidget(this)),
      m_summary(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_reset(new QPushButton(tr("&Real criteria and bands"), this)),
      m_undoButton(new QPushButton(tr("U&ndo"), this)),
      m_redoButton(new QPushButton(tr("Re&do"), this)),
      m_open(new QPushButton(tr("&Open"), this)),
      m_save(new QPushButton(tr("&Save as…"), this)),
      m_delete(new QPushButton(tr("De&lete"), this)),
      m_export(new QPushButton(tr("Ex&port comparison…"), this))
{
    setObjectName(u"whatIfDialog"_s);
    setWindowTitle(tr("What if: %1/%2").arg(QString::number(m_real.year), m_real.groupCode));
    m_maxima->setLocale(locale());
    m_bands->setLocale(locale());
    m_comparison->setLocale(locale());

    m_maximaView->setObjectName(u"scenarioMaxima"_s);
    m_maximaView->setModel(m_maxima);
    m_maximaView->verticalHeader()->hide();
    m_maximaView->setWordWrap(false);
    for (int column : {ScenarioMaximaModel::Code, ScenarioMaximaModel::RealMax, ScenarioMaximaModel::ScenarioMax,
             ScenarioMaximaModel::ScenarioRule})
        m_maximaView->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_maximaView->horizontalHeader()->setSectionResizeMode(ScenarioMaximaModel::Title, QHeaderView::Stretch);
    m_maximaView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_bandsView->setObjectName(u"scenarioBands"_s);
    m_bandsView->setModel(m_bands);
    m_bandsView->verticalHeader()->hide();
    m_bandsView->setWordWrap(false);
    m_bandsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bandsView->horizontalHeader()->setSectionResizeMode(ScenarioBandsModel::ScenarioRange, QHeaderView::Stretch);
    m_bandsView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_bandsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int rowHeight = m_bandsView->fontMetrics().height() + 8;
    m_bandsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_bandsView->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_bandsView->setFixedHeight(m_bandsView->horizontalHeader()->sizeHint().height() + m_bands->rowCount() * rowHeight
        + 2 * m_bandsView->frameWidth());
    m_comparisonView->setObjectName(u"whatIfComparison"_s);
    m_comparisonView->setModel(m_comparison);
    m_comparisonView->verticalHeader()->hide();
    m_comparisonView->horizontalHeader()->setSectionResizeMode(WhatIfModel::Unit, QHeaderView::Stretch);
    m_comparisonView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_comparisonView->setWordWrap(false);
    m_problem->setObjectName(u"scenarioProblem"_s);
    m_problem->setStyleSheet(u"color: #a00000"_s);
    m_problem->setWordWrap(true);
    m_summary->setObjectName(u"whatIfSummary"_s);
    m_summary->setWordWrap(true);
    m_export->setObjectName(u"exportWhatIf"_s);
    m_reset->setObjectName(u"resetScenario"_s);
    m_undoButton->setObjectName(u"undoScenarioEdit"_s);
    m_redoButton->setObjectName(u"redoScenarioEdit"_s);
    m_scenariosBox->setObjectName(u"scenariosBox"_s);
    m_scenarioList->setObjectName(u"scenarioList"_s);
    m_open->setObjectName(u"openScenario"_s);
    m_save->setObjectName(u"saveScenario"_s);
    m_delete->setObjectName(u"deleteScenario"_s);

    // The file's scenarios: a short list and its buttons (shown once a document is given).
    auto *scenariosLayout = new QHBoxLayout(m_scenariosBox);
    m_scenarioList->setMaximumHeight(4 * (fontMetrics().height() + 6));
    scenariosLayout->addWidget(m_scenarioList, 1);
    auto *scenarioButtons = new QVBoxLayout;
    for (QPushButton *b : {m_open, m_save, m_delete})
        scenarioButtons->addWidget(b);
    scenarioButtons->addStretch();
    scenariosLayout->addLayout(scenarioButtons);
    m_scenariosBox->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_scenariosBox);
    leftLayout->addWidget(new QLabel(tr("Maxima and rate rules of the scenario (the period is not changed):"), left));
    leftLayout->addWidget(m_maximaView, 1);
    leftLayout->addWidget(new QLabel(tr("Classification bands of the scenario:"), left));
    leftLayout->addWidget(m_bandsView);
    leftLayout->addWidget(m_problem);
    auto *editButtons = new QHBoxLayout;
    for (QPushButton *b : {m_undoButton, m_redoButton, m_reset})
        editButtons->addWidget(b);
    editButtons->addStretch();
    leftLayout->addLayout(editButtons);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_comparisonView);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({520, 760});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    connect(m_maxima, &ScenarioMaximaModel::scenarioChanged, this, &WhatIfDialog::edited);
    connect(m_bands, &ScenarioBandsModel::scenarioChanged, this, &WhatIfDialog::edited);
    connect(m_maxima, &ScenarioMaximaModel::dataChanged, this, [this] { m_problem->clear(); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        setScenario(WhatIf::realScenario(m_real, tr("the period's own")), true);
        m_openedName.clear();
    });
    connect(m_undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(m_redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, m_redoButton, &QWidget::setEnabled);
    m_undoButton->setEnabled(false);
    m_redoButton->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &WhatIfDialog::exportWithDialog);
    connect(m_open, &QPushButton::clicked, this, &WhatIfDialog::openSelected);
    connect(m_save, &QPushButton::clicked, this, &WhatIfDialog::saveWithDialog);
    connect(m_delete, &QPushButton::clicked, this, &WhatIfDialog::deleteSelected);
    connect(m_scenarioList, &QListWidget::itemDoubleClicked, this, &WhatIfDialog::openSelected);
    connect(m_scenarioList, &QListWidget::currentRowChanged, this, &WhatIfDialog::updateButtons);
    // A refused edit leaves the cell as it was and says why.
    connect(m_maximaView->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this] { m_problem->setText(m_maxima->problem()); });
    connect(m_bandsView->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
        [this] { m_problem->setText(m_bands->problem()); });
    m_current = WhatIf::realScenario(m_real);
    m_applying = true;
    m_maxima->setRealTree(m_real.tree);
    m_bands->setRealBands(m_real.bands);
    m_applying = false;
    recompute();
    resize(1280, 720);
}

void WhatIfDialog::setDocument(DeskDocument *document, qint64 periodId)
{
    m_document = document;
    m_periodId = periodId;
    m_scenariosBox->show();
    connect(m_document, &DeskDocument::scenariosChanged, this, [this](qint64 id) {
        if (id == m_periodId)
            reloadScenarios();
    });
    reloadScenarios();
}

WhatIfScenario WhatIfDialog::scenario() const
{
    return {m_openedName.isEmpty() ? tr("Sandbox") : m_openedName, m_maxima->scenarioTree(), m_bands->scenarioBands()};
}

// An edit in one of the models: one undo step from what the models held before.
void WhatIfDialog::edited()
{
    if (m_applying)
        return;
    WhatIfScenario now = scenario();
    if (now.tree.criteria() == m_current.tree.criteria() && now.bands == m_current.bands) {
        recompute();
        return;
    }
    const WhatIfScenario before = m_current;
    m_current = now;
    m_undo->push(new ScenarioEdit(
        [this](const WhatIfScenario &s) { setScenario(s, false); }, before, now, tr("Edit of the scenario")));
    recompute();
}

// The models set to `scenario` (an undo or redo: not a step; a scenario opened, the real ones back: a step). False,
// and nothing changes, when its criteria are not the period's.
bool WhatIfDialog::setScenario(const WhatIfScenario &scenario, bool asStep)
{
    if (!WhatIf::treeProblems(m_real.tree, scenario.tree).isEmpty())
        return false;
    m_applying = true;
    m_maxima->setScenarioTree(scenario.tree);
    m_bands->setScenarioBands(scenario.bands);
    m_applying = false;
    const WhatIfScenario before = m_current;
    m_current = {m_current.name, scenario.tree, scenario.bands};
    if (asStep)
        m_undo->push(new ScenarioEdit([this](const WhatIfScenario &s) { setScenario(s, false); }, before, m_current,
            tr("Scenario %1").arg(scenario.name)));
    m_problem->clear();
    recompute();
    return true;
}

Status WhatIfDialog::openScenario(const QString &name)
{
    for (const SavedScenario &saved : std::as_const(m_saved)) {
        if (saved.name != name)
            continue;
        const auto scenario = WhatIf::scenarioFromJson(saved.name, saved.content);
        if (!scenario)
            return scenario.error();
        if (const auto fits = WhatIf::scenarioInput(m_real, *scenario); !fits)
            return fits.error();
        setScenario(*scenario, true);
        m_openedName = name;
        return {};
    }
    return Error {Error::Kind::NotFound, tr("There is no scenario named “%1” (deleted meanwhile?).").arg(name)};
}

Status WhatIfDialog::saveScenarioAs(const QString &name, bool replace)
{
    if (!m_document)
        return Error {Error::Kind::Usage, tr("Scenarios are saved in an open file.")};
    WhatIfScenario s = scenario();
    s.name = name.trimmed();
    std::optional<QString> replacing;
    if (replace) {
        for (const SavedScenario &saved : std::as_const(m_saved)) {
            if (saved.name == s.name)
                replacing = saved.content;
        }
    }
    const Status written = m_document->saveScenario(m_periodId, s, replacing);
    if (written)
        m_openedName = s.name;
    return written;
}

Status WhatIfDialog::deleteScenario(const QString &name)
{
    if (!m_document)
        return Error {Error::Kind::Usage, tr("Scenarios are saved in an open file.")};
    std::optional<QString> expected;
    for (const SavedScenario &saved : std::as_const(m_saved)) {
        if (saved.name == name)
            expected = saved.content;
    }
    return m_document->deleteScenario(m_periodId, name, expected);
}

QString WhatIfDialog::selectedName() const
{
    const QListWidgetItem *item = m_scenarioList->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WhatIfDialog::reloadScenarios()
{
    if (!m_document)
        return;
    const QString selected = selectedName();
    const auto read = m_document->scenarios(m_periodId);
    m_saved = read ? *read : QList<SavedScenario>();
    m_scenarioList->clear();
    if (!read)
        m_problem->setText(read.error().text());
    for (const SavedScenario &saved : std::as_const(m_saved)) {
        auto *item = new QListWidgetItem(saved.name, m_scenarioList);
        item->setData(Qt::UserRole, saved.name);
        item->setToolTip(tr("Saved by %1 on %2")
                             .arg(saved.savedBy, locale().toString(saved.savedAt.toLocalTime(), QLocale::ShortFormat)));
        if (saved.name == selected || (selected.isEmpty() && saved.name == m_openedName))
            m_scenarioList->setCurrentItem(item);
    }
    updateButtons();
}

void WhatIfDialog::updateButtons()
{
    const bool writable = m_document && m_document->mayChangeStructure();
    const bool selected = !selectedName().isEmpty();
    m_open->setEnabled(selected);
    m_save->setEnabled(writable);
    m_delete->setEnabled(writable && selected);
    if (m_document && !writable)
        m_save->setToolTip(
            m_document->isReadOnly() ? m_document->readOnlyReason() : m_document->structureLockedReason());
}

void WhatIfDialog::openSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    if (const Status s = openScenario(name); !s)
        Messages::warning(this, tr("Open a scenario"), s.error().text());
}

void WhatIfDialog::saveWithDialog()
{
    const QString title = tr("Save the scenario");
    const auto typed = Messages::askText(this, title,
        tr("Name of the scenario in %1/%2:").arg(QString::number(m_real.year), m_real.groupCode), m_openedName);
    if (!typed)
        return;
    const QString name = typed->trimmed();
    if (const QString problem = Database::scenarioNameProblem(name); !problem.isEmpty()) {
        Messages::warning(this, title, problem);
        return;
    }
    const bool exists
        = std::any_of(m_saved.cbegin(), m_saved.cend(), [&](const SavedScenario &s) { return s.name == name; });
    if (exists
        && !Messages::confirm(this, title,
            tr("%1/%2 has a scenario named “%3” already. Replace it with this one?")
                .arg(QString::number(m_real.year), m_real.groupCode, name),
            tr("Replace")))
        return;
    if (const Status s = saveScenarioAs(name, exists); !s)
        Messages::warning(this, title, s.error().text());
}

void WhatIfDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const QString title = tr("Delete a scenario");
    if (!Messages::confirm(this, title,
            tr("Delete the scenario “%1” from the file? The period itself is not changed.").arg(name), tr("Delete")))
        return;
    if (const Status s = deleteScenario(name); !s)
        Messages::warning(this, title, s.error().text());
}

void WhatIfDialog::recompute()
{
    const auto comparison = WhatIf::compare(m_real, scenario());
    if (!comparison) {
        m_problem->setText(comparison.error().text());
        return;
    }
    m_comparison->setComparison(*comparison);
    m_comparisonView->resizeColumnsToContents();
    m_summary->setText(summary());
}

QString WhatIfDialog::summary() const
{
    int ranks = 0;
    int classes = 0;
    for (const WhatIfRow &row : m_comparison->comparison().rows) {
        ranks += row.rankChanged() ? 1 : 0;
        classes += row.classChanged() ? 1 : 0;
    }
    if (ranks == 0 && classes == 0)
        return tr("Under this scenario no unit changes rank or class.");
    return tr("Under this scenario, units that change rank: %1; that change class: %2 (highlighted).")
        .arg(locale().toString(ranks), locale().toString(classes));
}

Status WhatIfDialog::exportComparison(const QString &path) const
{
    if (const Status s = Database::refuseOwnFile(m_databasePath, path); !s)
        return s;
    return TableFile::write(path, {WhatIfFormats::sheet(m_comparison->comparison())});
}

void WhatIfDialog::exportWithDialog()
{
    const QString title = tr("Export the comparison");
    const QString path = Messages::saveFileName(this, title, tr("Workbook (*.xlsx);;CSV file (*.csv)"),
        u"whatif-%1-%2.xlsx"_s.arg(QString::number(m_real.year), m_real.groupCode));
    if (path.isEmpty())
        return;
    if (const Status s = exportComparison(path); !s)
        Messages::warning(this, title, s.error().text());
}

} // namespace parindex
