#include "importdialog.h"

#include "readfailure.h"

#include "commands/importscorescommand.h"
#include "deskdocument.h"
#include "filedialog.h"
#include "io/formats.h"
#include "io/xlsx/tablefile.h"
#include "sheetpreviewmodel.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtCore/QThread>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The "Imported as" cell: a list of the targets, with "(not imported)" first.
class TargetDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *model = qobject_cast<const ColumnMappingModel *>(index.model());
        auto *box = new QComboBox(parent);
        box->addItem(model->label({}), QString());
        for (const QString &t : model->choices())
            box->addItem(model->label(t), t);
        return box;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(qMax(0, box->findData(index.data(ColumnMappingModel::TargetRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

// The lines of a refusal: every problem, or the message when there is only one.
QStringList problemLines(const Error &e)
{
    return e.details.isEmpty() ? QStringList {e.message} : e.details;
}
} // namespace

// What the background reading hands back; shared, so that it outlives a dialog closed while reading.
struct ImportDialog::ReadOutcome
{
    Result<CsvTable> table = Error {};
};

ImportDialog::ImportDialog(DeskDocument *document, qint64 periodId, ColumnMapping::Kind kind, QWidget *parent)
    : QDialog(parent), m_document(document), m_periodId(periodId), m_kind(kind)
{
    // What the rows are checked against; when it cannot be read, nothing is checked or imported.
    const auto tree = document->criteria(periodId);
    const auto units = document->periodUnits(periodId);
    const auto read = document->periodById(periodId);
    for (const Error *e :
        {tree ? nullptr : &tree.error(), units ? nullptr : &units.error(), read ? nullptr : &read.error()}) {
        if (e && m_readError.isEmpty())
            m_readError = ReadFailure::ofPeriod(e->text());
    }
    if (tree)
        m_tree = *tree;
    if (units)
        m_units = *units;
    const std::optional<Period> period = read ? *read : std::nullopt;
    setWindowTitle(kind == ColumnMapping::Kind::Survey ? tr("Import survey results") : tr("Import scores"));
    setObjectName(u"importDialog"_s);

    auto *intro = new QLabel(
        (kind == ColumnMapping::Kind::Survey
                ? tr("Survey points, or the answer counts A–E of each question, into the survey criteria of %1, "
                     "group %2.")
                : tr("Self-assessed and appraised scores into %1, group %2, from a CSV file or an Excel "
                     "workbook (.xlsx)."))
            .arg(period ? QString::number(period->year) : QString(),
                period ? document->groupName(period->groupCode) : QString()),
        this);
    intro->setWordWrap(true);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("Path of a .csv or .xlsx file"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(u"importSheet"_s);
    m_sheet->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_cancelReading = new QPushButton(tr("Cancel &reading"), this);
    m_cancelReading->setObjectName(u"cancelReading"_s);
    m_cancelReading->setVisible(false);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelReading);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Sheet:"), m_sheet);
    form->addRow(progressRow);
    static_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_path);

    m_preview = new SheetPreviewModel(this);
    m_previewView = new QTableView(this);
    m_previewView->setObjectName(u"importPreview"_s);
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewView->horizontalHeader()->setMaximumSectionSize(260);
    auto *previewBox = new QGroupBox(tr("Preview (the first %1 rows)").arg(SheetPreviewModel::PreviewRows), this);
    (new QVBoxLayout(previewBox))->addWidget(m_previewView);

    m_mapping = new ColumnMappingModel(this);
    m_mappingView = new QTableView(this);
    m_mappingView->setObjectName(u"importMapping"_s);
    m_mappingView->setModel(m_mapping);
    m_mappingView->setItemDelegateForColumn(ColumnMappingModel::Target, new TargetDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingView->verticalHeader()->setVisible(false);
    m_mappingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mappingView->horizontalHeader()->setStretchLastSection(true);
    auto *mappingBox = new QGroupBox(tr("C&olumns: what each column holds"), this);
    (new QVBoxLayout(mappingBox))->addWidget(m_mappingView);

    m_problemList = new QListWidget(this);
    m_problemList->setObjectName(u"importProblems"_s);
    m_problemList->setWordWrap(true);
    m_problemList->setAlternatingRowColors(true);
    auto *problemBox = new QGroupBox(tr("&Problems"), this);
    (new QVBoxLayout(problemBox))->addWidget(m_problemList);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(mappingBox);
    lower->addWidget(problemBox);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(previewBox);
    split->addWidget(lower);
    split->setChildrenCollapsible(false);

    m_status = new QLabel(m_readError.isEmpty() ? tr("Choose a file to import.") : m_readError, this);
    m_status->setObjectName(u"importStatus"_s);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    QPushButton *close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(u"closeButton"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(1100, 760);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    // Return reads the file (again); leaving the field (Tab) reads a path typed there that was not read yet.
    connect(m_path, &QLineEdit::returnPressed, this, [this] { openFile(m_path->text()); });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        if (!m_path->text().trimmed().isEmpty() && m_path->text() != m_opened)
            openFile(m_path->text());
    });
    connect(m_problemList, &QListWidget::currentRowChanged, this, &ImportDialog::showProblemCell);
    connect(m_problemList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { showProblemCell(m_problemList->row(item)); });
    connect(m_sheet, &QComboBox::activated, this, [this] { startReading(m_path->text(), m_sheet->currentText()); });
    connect(m_cancelReading, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    connect(m_mapping, &ColumnMappingModel::targetsChanged, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::import);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

ImportDialog::~ImportDialog()
{
    // An open editor commits while the dialog goes: nothing is to be checked any more. The path field loses the
    // focus as the dialog hides (in QWidget's destructor, after this one): its editingFinished must not read a file
    // into a dialog that is gone (seen by UBSan).
    m_mapping->disconnect(this);
    m_path->disconnect(this);
    if (m_reader) {
        m_cancel = true;
        m_reader->disconnect(this);
        m_reader->wait();
        delete m_reader;
    }
}

void ImportDialog::chooseFile()
{
    FileDialog dialog(this, tr("Import from"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setNameFilters({tr("Spreadsheets and CSV files (*.xlsx *.csv *.txt)"), tr("All files (*)")});
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        openFile(dialog.selectedFiles().first());
}

void ImportDialog::openFile(const QString &path, const QString &sheet)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_opened = m_path->text();
    m_sheet->clear();
    m_sheet->setEnabled(false);
    // The open database (or its log) is never read as an import: that would release the window's locks on it.
    if (const Status own = Database::refuseOwnFile(m_document->path(), path); !own) {
        m_table.reset();
        m_preview->clear();
        m_mapping->clear();
        m_rows.clear();
        showProblems({own.error().text()}, tr("The file cannot be read; nothing was imported."));
        emit readingFinished();
        return;
    }
    if (TableFile::readsAsWorkbook(path)) {
        const auto names = TableFile::sheetNames(path);
        if (!names) {
            m_table.reset();
            m_preview->clear();
            m_mapping->clear();
            m_rows.clear();
            showProblems(problemLines(names.error()), tr("The file cannot be read; nothing was imported."));
            emit readingFinished();
            return;
        }
        m_sheet->addItems(*names);
        m_sheet->setCurrentIndex(sheet.isEmpty() ? 0 : qMax(0, names->indexOf(sheet)));
        m_sheet->setEnabled(names->size() > 1);
    }
    startReading(path, m_sheet->currentText());
}

void ImportDialog::startReading(const QString &path, const QString &sheet)
{
    if (m_reader) {
        cancelReading();
        m_reader->wait();
        readFinished();
    }
    m_table.reset();
    m_rows.clear();
    m_preview->clear();
    m_mapping->clear();
    m_problemList->clear();
    m_import->setEnabled(false);
    m_fileName = QFileInfo(path).fileName();
    m_status->setText(tr("Reading %1…").arg(m_fileName));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelReading->setVisible(true);
    m_cancel = false;

    auto outcome = std::make_shared<ReadOutcome>();
    m_outcome = outcome;
    ReadControl control;
    control.cancel = &m_cancel;
    QPointer<QProgressBar> bar = m_progress;
    // Called from the reading thread for every row: only a new percentage goes to the window.
    control.progress = [bar, last = -1](int percent) mutable {
        if (percent == std::exchange(last, percent))
            return;
        QMetaObject::invokeMethod(
            bar,
            [bar, percent] {
                if (bar)
                    bar->setValue(percent);
            },
            Qt::QueuedConnection);
    };
    m_reader
        = QThread::create([outcome, path, sheet, control] { outcome->table = TableFile::read(path, sheet, control); });
    connect(m_reader, &QThread::finished, this, &ImportDialog::readFinished);
    m_reader->start();
}

void ImportDialog::cancelReading()
{
    m_cancel = true;
}

void ImportDialog::readFinished()
{
    if (!m_reader)
        return;
    m_reader->wait();
    delete std::exchange(m_reader, nullptr);
    m_progress->setVisible(false);
    m_cancelReading->setVisible(false);
    const Result<CsvTable> result = std::move(m_outcome->table);
    m_outcome.reset();
    if (!result) {
        const Error &e = result.error();
        if (e.kind == Error::Kind::Cancelled)
            showProblems({}, tr("Reading was cancelled; nothing was imported."));
        else
            showProblems(problemLines(e), tr("The file cannot be read; nothing was imported."));
        emit readingFinished();
        return;
    }
    m_table = std::make_unique<CsvTable>(*result);
    m_preview->setTable(*m_table);
    m_mapping->setTable(
        *m_table, ColumnMapping::guess(*m_table, m_kind, m_tree), ColumnMapping::targets(m_kind, m_tree), m_tree);
    check();
    emit readingFinished();
}

void ImportDialog::check()
{
    if (!m_table)
        return;
    if (!m_readError.isEmpty()) {
        m_rows.clear();
        showProblems({m_readError}, tr("Nothing can be imported into a period that cannot be read."));
        return;
    }
    m_preview->setTargets(m_mapping->targets());
    const CsvTable mapped = ColumnMapping::apply(*m_table, m_mapping->targets());
    const auto rows = m_kind == ColumnMapping::Kind::Survey ? FileFormats::parseSurvey(mapped, m_tree, m_units)
                                                            : FileFormats::parseScores(mapped, m_tree, m_units);
    if (!rows) {
        m_rows.clear();
        showProblems(problemLines(rows.error()), rows.error().message, rows.error().cells);
        QHash<QPair<int, int>, QString> marked;
        const Error &e = rows.error();
        for (qsizetype i = 0; i < e.cells.size() && i < e.details.size(); ++i) {
            if (e.cells[i].second >= 0)
                marked.insert(e.cells[i], e.details[i]);
        }
        m_preview->setProblems(marked);
        return;
    }
    m_preview->setProblems({});
    m_rows = *rows;
    QSet<QString> units;
    for (const ScoreRow &r : m_rows)
        units.insert(r.unitCode);
    if (m_rows.isEmpty()) {
        showProblems({}, tr("%1 holds no values to import.").arg(m_fileName));
        return;
    }
    // An import replaces what the file gives: said before, with how many values already stored it changes.
    const auto storedRead = m_document->scoreSheets(m_periodId);
    if (!storedRead) {
        showProblems({}, storedRead.error().text()); // never "changes nothing stored" because it could not be read
        return;
    }
    const QHash<QString, ScoreSheet> &stored = *storedRead;
    int changed = 0;
    for (const ScoreRow &r : std::as_const(m_rows)) {
        const ScoreEntry e = stored.value(r.unitCode).entry(r.criterionCode);
        if (!e.isEmpty() && r.appliedTo(e) != e)
            ++changed;
    }
    QString status = tr("No problems: Import writes %1 values for %2 units, as one step that Undo takes back.")
                         .arg(m_rows.size())
                         .arg(units.size());
    if (changed > 0)
        status += u' ' + tr("%n of them change a value already stored.", nullptr, changed);
    if (const QStringList leftOut = ColumnMapping::leftOut(*m_table, m_mapping->targets()); !leftOut.isEmpty())
        status += u' ' + tr("Not imported: column %1.").arg(leftOut.join(u", "_s));
    showProblems({}, status);
    m_import->setEnabled(!m_document->isReadOnly());
    if (m_document->isReadOnly())
        m_status->setText(m_status->text() + u' ' + tr("The file is read-only: %1").arg(m_document->readOnlyReason()));
}

void ImportDialog::showProblems(const QStringList &problems, const QString &status, const QList<QPair<int, int>> &cells)
{
    m_problemTexts = problems;
    const QSignalBlocker blocker(m_problemList);
    m_problemList->clear();
    m_problemList->addItems(problems);
    for (qsizetype i = 0; i < cells.size() && i < problems.size(); ++i) {
        m_problemList->item(int(i))->setData(Qt::UserRole, cells[i].first);
        m_problemList->item(int(i))->setData(Qt::UserRole + 1, cells[i].second);
    }
    m_status->setText(status);
    m_import->setEnabled(false);
}

void ImportDialog::import()
{
    if (m_rows.isEmpty() || !m_problemTexts.isEmpty() || !m_readError.isEmpty())
        return;
    const Status s = ImportScoresCommand::apply(m_document, m_periodId, m_rows, m_fileName);
    if (!s) {
        showProblems(problemLines(s.error()), s.error().message);
        return;
    }
    QSet<QString> units;
    for (const ScoreRow &r : std::as_const(m_rows))
        units.insert(r.unitCode);
    m_imported = tr("%1 values for %2 units were imported from %3; Undo takes them back.")
                     .arg(m_rows.size())
                     .arg(units.size())
                     .arg(m_fileName);
    accept();
}

void ImportDialog::showProblemCell(int row)
{
    const QListWidgetItem *item = m_problemList->item(row);
    if (!item || !item->data(Qt::UserRole).isValid())
        return;
    const int line = item->data(Qt::UserRole).toInt();
    const QModelIndex cell = m_preview->cellOf(line, item->data(Qt::UserRole + 1).toInt());
    if (!cell.isValid()) {
        m_status->setText(
            tr("Row %1 is past the preview's first %2 rows.").arg(line).arg(SheetPreviewModel::PreviewRows));
        return;
    }
    m_previewView->setCurrentIndex(cell);
    m_previewView->scrollTo(cell);
}

} // namespace parindex
