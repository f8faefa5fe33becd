#include "robustnessdialog.h"

#include "charts/chartview.h"
#include "messages.h"
#include "robustnessmodel.h"

#include "desk/robustnessreport.h"
#include "files/outputfile.h"
#include "io/xlsx/tablefile.h"
#include "render/charts/chartexport.h"
#include "render/charts/robustnesschart.h"
#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QPromise>
#include <QtCore/QRegularExpression>
#include <QtCore/QScopeGuard>
#include <QtCore/QTimer>
#include <QtGui/QRegularExpressionValidator>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// A percentage field's value as Fixed: the field has two decimals, so value x 100 is a whole number of hundredths
// (rounded to the nearest to drop the binary fraction), times 100 for Fixed's ten-thousandths.
Fixed percentOf(const QDoubleSpinBox *box)
{
    return Fixed::fromRaw(qRound64(box->value() * 100) * 100);
}
} // namespace

RobustnessDialog::RobustnessDialog(QString databasePath, int year, QString groupCode, QWidget *parent)
    : QDialog(parent),
      m_databasePath(std::move(databasePath)),
      m_year(year),
      m_groupCode(std::move(groupCode)),
      m_weights(new QDoubleSpinBox(this)),
      m_scores(new QDoubleSpinBox(this)),
      m_draws(new QSpinBox(this)),
      m_seed(new QLineEdit(this)),
      m_run(new QPushButton(tr("Run"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_progress(new QProgressBar(this)),
      m_status(new QLabel(this)),
      m_units(new QComboBox(this)),
      m_notes(new QLabel(this)),
      m_scroll(new QScrollArea(this)),
      m_view(new ChartView(this)),
      m_model(new RobustnessModel(this)),
      m_table(new QTableView(this)),
      m_exportChart(new QPushButton(tr("Export chart…"), this)),
      m_exportTable(new QPushButton(tr("Export table…"), this))
{
    setObjectName(u"robustnessDialog"_s);
    setWindowTitle(tr("How robust is the order: %1/%2").arg(QString::number(m_year), m_groupCode));
    m_model->setLocale(locale());

    m_weights->setObjectName(u"robustnessWeights"_s);
    m_weights->setRange(0, 100);
    m_weights->setDecimals(2);
    m_weights->setSuffix(u"%"_s);
    m_weights->setPrefix(u"±"_s);
    m_weights->setValue(20);
    m_weights->setToolTip(tr("Each area's maximum is drawn within this share of its own; the areas are then brought "
                             "back to the total of the tree."));
    m_scores->setObjectName(u"robustnessScores"_s);
    m_scores->setRange(0, 100);
    m_scores->setDecimals(2);
    m_scores->setSuffix(u"%"_s);
    m_scores->setPrefix(u"±"_s);
    m_scores->setSpecialValueText(tr("as appraised"));
    m_scores->setToolTip(tr("Each appraised leaf's points are also drawn within this share of its maximum (kept "
                            "between 0 and the maximum); deductions stay as appraised."));
    m_draws->setObjectName(u"robustnessDraws"_s);
    m_draws->setRange(1, RobustnessOptions::MaxDraws);
    m_draws->setGroupSeparatorShown(true);
    m_draws->setValue(1000);
    m_seed->setObjectName(u"robustnessSeed"_s);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,16}"_s), m_seed));
    m_seed->setText(u"1"_s);
    m_seed->setToolTip(tr("The same seed and number of draws give the same result: a run can be repeated."));

    // One row of fields, Run, the progress and Cancel: the chart and the table get the height.
    auto *fields = new QHBoxLayout;
    const auto field = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, this);
        label->setBuddy(widget);
        fields->addWidget(label);
        fields->addWidget(widget);
        fields->addSpacing(12);
    };
    field(tr("Areas' maxima:"), m_weights);
    field(tr("Appraised scores:"), m_scores);
    field(tr("Draws:"), m_draws);
    m_seed->setMaximumWidth(fontMetrics().horizontalAdvance(u"9007199254740991"_s) + 16);
    field(tr("Seed:"), m_seed);

    m_run->setObjectName(u"robustnessRun"_s);
    m_run->setDefault(true); // Enter runs
    m_cancel->setObjectName(u"robustnessCancel"_s);
    m_cancel->setAutoDefault(false);
    m_progress->setObjectName(u"robustnessProgress"_s);
    m_status->setObjectName(u"robustnessStatus"_s);
    m_status->setWordWrap(true);
    m_status->setText(tr("The ranking of %1/%2 is drawn again with every area's maximum changed at random within the "
                         "share given, as many times as the draws say. Run starts; nothing of the period changes.")
                          .arg(QString::number(m_year), m_groupCode));
    fields->addWidget(m_run);
    fields->addWidget(m_progress, 1);
    fields->addWidget(m_cancel);
    fields->addStretch(0);
    auto *top = new QVBoxLayout;
    top->addLayout(fields);
    top->addWidget(m_status);

    m_units->setObjectName(u"robustnessChartUnits"_s);
    m_units->addItem(tr("Every unit (the first and the last %1 of a group of more than %2)")
                         .arg(RobustnessChart::Ends)
                         .arg(RobustnessChart::MaxRows),
        int(ChartUnits::EndsOfRanking));
    m_units->addItem(
        tr("The units selected in the table (up to %1)").arg(RobustnessChart::MaxRows), int(ChartUnits::Selected));
    m_notes->setObjectName(u"robustnessNotes"_s);
    m_notes->setWordWrap(true);
    m_view->setObjectName(u"robustnessChart"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    auto *chartPane = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *unitsRow = new QHBoxLayout;
    unitsRow->addWidget(new QLabel(tr("Chart:"), chartPane));
    unitsRow->addWidget(m_units, 1);
    chartLayout->addLayout(unitsRow);
    chartLayout->addWidget(m_notes);
    chartLayout->addWidget(m_scroll, 1);

    m_table->setObjectName(u"robustnessTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // 3,321 rows: the widths from a sample
    connect(m_model, &QAbstractItemModel::modelReset, m_table, [this] {
        m_table->resizeColumnsToContents();
        // A long name does not push the figures out of sight: the column scrolls, its tip has all of it.
        m_table->setColumnWidth(RobustnessModel::Unit, std::min(m_table->columnWidth(RobustnessModel::Unit), 260));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(chartPane);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({1000, 440});
    splitter->setChildrenCollapsible(false);

    m_exportChart->setObjectName(u"robustnessExportChart"_s);
    m_exportChart->setAutoDefault(false);
    m_exportTable->setObjectName(u"robustnessExportTable"_s);
    m_exportTable->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_exportChart, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportTable, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    auto *selectionSettles = new QTimer(this);
    selectionSettles->setSingleShot(true);
    selectionSettles->setInterval(150); // a selection dragged over many rows draws once
    connect(selectionSettles, &QTimer::timeout, this, [this] {
        if (chartUnits() == ChartUnits::Selected)
            redrawChart();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, selectionSettles,
        qOverload<>(&QTimer::start));
    connect(m_units, &QComboBox::currentIndexChanged, this, &RobustnessDialog::redrawChart);
    connect(m_run, &QPushButton::clicked, this, &RobustnessDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &RobustnessDialog::cancel);
    connect(m_exportChart, &QPushButton::clicked, this, &RobustnessDialog::exportChartWithDialog);
    connect(m_exportTable, &QPushButton::clicked, this, &RobustnessDialog::exportTableWithDialog);
    setRunning(false);
    resize(1440, 860);
}

RobustnessDialog::~RobustnessDialog()
{
    stopAndWait();
}

QChart *RobustnessDialog::chart() const
{
    return m_view->chart() && !m_view->chart()->series().isEmpty() ? m_view->chart() : nullptr;
}

Result<RobustnessOptions> RobustnessDialog::options() const
{
    RobustnessOptions o;
    o.weights = percentOf(m_weights);
    o.scores = percentOf(m_scores);
    o.draws = m_draws->value();
    bool ok = false;
    o.seed = m_seed->text().toULongLong(&ok);
    if (!ok || o.seed > RobustnessOptions::MaxSeed)
        return Error {Error::Kind::Usage,
            tr("Seed: a whole number from 0 to %1, please.")
                .arg(locale().toString(qint64(RobustnessOptions::MaxSeed)))};
    return o;
}

void RobustnessDialog::setOptions(const RobustnessOptions &options)
{
    m_weights->setValue(options.weights.toDouble());
    m_scores->setValue(options.scores.toDouble());
    m_draws->setValue(options.draws);
    m_seed->setText(QString::number(options.seed));
}

QString RobustnessDialog::statusText() const
{
    return m_status->text();
}

void RobustnessDialog::setChartUnits(ChartUnits units)
{
    m_units->setCurrentIndex(m_units->findData(int(units)));
}

RobustnessDialog::ChartUnits RobustnessDialog::chartUnits() const
{
    return ChartUnits(m_units->currentData().toInt());
}

void RobustnessDialog::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    for (QWidget *w : std::initializer_list<QWidget *> {m_weights, m_scores, m_draws, m_seed})
        w->setEnabled(!running);
    m_exportChart->setEnabled(!running && chart() != nullptr);
    m_exportTable->setEnabled(!running && m_model->hasResult());
}

void RobustnessDialog::run()
{
    if (isRunning())
        return;
    const auto o = options();
    if (!o) {
        m_status->setText(o.error().text());
        m_seed->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_model->clear();
    m_notes->clear();
    m_view->setMinimumSize(0, 0);
    m_view->show(nullptr);
    m_progress->setRange(0, o->draws);
    m_progress->setValue(0);
    m_status->setText(tr("Drawing the ranking again %1 times…").arg(locale().toString(o->draws)));
    m_done = std::make_shared<std::atomic<int>>(0);
    m_workerState = std::make_shared<std::atomic<int>>(0);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        m_progress->setValue(value);
        emit progressed(value);
    });
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RobustnessDialog::runFinished);
    setRunning(true);
    m_cancel->setFocus(Qt::OtherFocusReason);
    // A national period (3,321 units, 1,000 draws) takes seconds on every core: never on the GUI thread. The
    // worker reads the period on a read-only connection of its own; Cancel stops core's loop at its next report.
    m_watcher->setFuture(QtConcurrent::run([path = m_databasePath, year = m_year, group = m_groupCode, options = *o,
                                               done = m_done, state = m_workerState](QPromise<Outcome> &promise) {
        state->store(1);
        const auto end = qScopeGuard([&state] {
            state->store(2);
            state->notify_all();
        });
        promise.setProgressRange(0, options.draws);
        auto db = Database::open(path, Database::Access::ReadOnly, Database::Verify::Structure);
        if (!db) {
            promise.addResult(Outcome(db.error()));
            return;
        }
        promise.addResult(RobustnessReport::load(**db, year, group, options, [&promise, &done](int draws) {
            done->store(draws);
            promise.setProgressValue(draws);
            return !promise.isCanceled();
        }));
    }));
}

void RobustnessDialog::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->cancel(); // the worker sees it at its next report of progress
    m_cancel->setEnabled(false);
    m_status->setText(tr("Stopping…"));
}

void RobustnessDialog::stopAndWait()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->waitForFinished();
    // A cancelled future may say it is finished before its worker has returned: wait for a worker that started. One
    // that has not started by now either never starts (cancelled first) or stops at its first report.
    if (m_workerState->load() == 1)
        m_workerState->wait(1);
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

void RobustnessDialog::done(int result)
{
    if (isRunning()) {
        stopAndWait();
        setRunning(false);
        m_status->setText(tr("The run was stopped: the dialog was closed."));
    }
    QDialog::done(result);
}

void RobustnessDialog::runFinished()
{
    QFutureWatcher<Outcome> *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    const QFuture<Outcome> future = watcher->future();
    const bool stopped = future.isCanceled() || future.resultCount() == 0;
    if (stopped) {
        m_status->setText(tr("The run was stopped after %1 of %2 draws: no result is shown.")
                              .arg(locale().toString(drawsDone()), locale().toString(m_progress->maximum())));
    } else if (const Outcome outcome = future.result(); !outcome) {
        m_status->setText(outcome.error().kind == Error::Kind::Cancelled
                ? tr("The run was stopped after %1 of %2 draws: no result is shown.")
                      .arg(locale().toString(drawsDone()), locale().toString(m_progress->maximum()))
                : outcome.error().text());
    } else {
        const RobustnessResult &r = *outcome;
        m_model->setResult(r);
        // How many units the draws leave at their rank: presentation of core's figures, no computation of its own.
        int fixedUnits = 0;
        int widest = 0;
        for (const UnitRobustness &u : r.units) {
            fixedUnits += u.p5Rank == u.rank && u.p95Rank == u.rank ? 1 : 0;
            widest = std::max(widest, u.p95Rank - u.p5Rank + 1);
        }
        const QLocale l = locale();
        QString text = r.options.scores > Fixed()
            ? tr("%1 draws (seed %2), each area's maximum within ±%3% and each appraised score within ±%4% of its "
                 "maximum.")
                  .arg(l.toString(r.options.draws), QString::number(r.options.seed), r.options.weights.toString(l),
                      r.options.scores.toString(l))
            : tr("%1 draws (seed %2), each area's maximum within ±%3%.")
                  .arg(l.toString(r.options.draws), QString::number(r.options.seed), r.options.weights.toString(l));
        text += u' '
            + tr("In 90% of the draws %1 of the %2 units keep exactly their rank; the widest interval spans %3 ranks.")
                  .arg(l.toString(fixedUnits), l.toString(r.units.size()), l.toString(widest));
        m_status->setText(text);
        redrawChart();
    }
    setRunning(false);
    emit runEnded();
}

void RobustnessDialog::redrawChart()
{
    if (!m_model->hasResult()) {
        m_view->setMinimumSize(0, 0);
        m_view->show(nullptr);
        setRunning(isRunning());
        return;
    }
    const RobustnessResult &r = m_model->result();
    const ChartContext context {locale(), r.groupName, r.bands, {}};
    RobustnessPicture picture;
    if (chartUnits() == ChartUnits::Selected) {
        QList<qsizetype> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.append(index.row());
        if (rows.isEmpty()) {
            m_notes->setText(tr("Select units in the table (Ctrl+click, Shift+click) to chart them."));
            m_view->setMinimumSize(0, 0);
            m_view->show(nullptr);
            setRunning(isRunning());
            return;
        }
        picture = RobustnessChart::build(r, context, rows);
    } else {
        picture = RobustnessChart::build(r, context);
    }
    m_notes->setText(picture.notes.join(u'\n'));
    m_exportSize = picture.size;
    // The chart keeps the size it is exported at (the rows their height, the axis its title): the view scrolls rather
    // than squeezing it.
    m_view->setMinimumSize(picture.size);
    m_view->show(std::move(picture.chart));
    setRunning(isRunning());
}

Status RobustnessDialog::exportChart(const QString &path) const
{
    if (!chart())
        return Error {Error::Kind::Usage, tr("There is no chart yet: run the analysis first.")};
    if (!ChartExport::formatOf(path))
        return Error {Error::Kind::Usage,
            tr("%1: choose a file name ending in .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path))};
    if (const Status own = Database::refuseOwnFile(m_databasePath, path); !own)
        return own;
    return ChartExport::write(m_view->chart(), path, m_exportSize);
}

Status RobustnessDialog::exportTable(const QString &path) const
{
    if (!m_model->hasResult())
        return Error {Error::Kind::Usage, tr("There is no result yet: run the analysis first.")};
    if (const Status own = Database::refuseOwnFile(m_databasePath, path); !own)
        return own;
    const RobustnessResult &r = m_model->result();
    if (TableFile::isWorkbook(path))
        return TableFile::write(path, {RobustnessReport::sheet(r)});
    if (QFileInfo(path).suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0)
        return OutputFile::write(path, RobustnessReport::writeJson(r));
    return OutputFile::write(path, RobustnessReport::writeCsv(r));
}

void RobustnessDialog::exportChartWithDialog()
{
    const QString title = tr("Export the chart");
    const QString path
        = Messages::saveFileName(this, title, tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
            u"robustness-%1-%2.png"_s.arg(QString::number(m_year), m_groupCode));
    if (path.isEmpty())
        return;
    if (const Status s = exportChart(path); !s)
        Messages::warning(this, title, s.error().text());
}

void RobustnessDialog::exportTableWithDialog()
{
    const QString title = tr("Export the table");
    const QString path
        = Messages::saveFileName(this, title, tr("Workbook (*.xlsx);;CSV file (*.csv);;JSON file (*.json)"),
            u"robustness-%1-%2.xlsx"_s.arg(QString::number(m_year), m_groupCode));
    if (path.isEmpty())
        return;
    if (const Status s = exportTable(path); !s)
        Messages::warning(this, title, s.error().text());
}

} // namespace parindex
