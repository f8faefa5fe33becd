#include "chartstab.h"

#include "chartview.h"
#include "comparisonlistview.h"
#include "deskdocument.h"
#include "messages.h"
#include "readfailure.h"

#include "desk/historyreader.h"
#include "render/charts/chartexport.h"
#include "render/charts/comparisonlistexport.h"

#include <QtCore/QDir>
#include <QtCore/QEventLoop>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListView>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int RedrawDelayMs = 120; // a burst of edits redraws once
// The comparison of a large group: its first and last units, a chart that fits a screen or two.
constexpr int DefaultComparisonEnds = 20;

bool isOneYear(ChartKind kind)
{
    return kind == ChartKind::Comparison || kind == ChartKind::AreaProfile;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}
} // namespace

ChartsTab::ChartsTab(DeskDocument *document, QWidget *parent)
    : QWidget(parent),
      m_document(document),
      m_kind(new QComboBox(this)),
      m_yearBox(new QComboBox(this)),
      m_from(new QComboBox(this)),
      m_to(new QComboBox(this)),
      m_yearLabel(new QLabel(this)),
      m_spanLabel(new QLabel(this)),
      m_average(new QCheckBox(tr("Group a&verage"), this)),
      m_median(new QCheckBox(tr("Group &median"), this)),
      m_stacked(new QCheckBox(tr("Stack the &bars by area"), this)),
      m_unitSearch(new QLineEdit(this)),
      m_units(new QStandardItemModel(this)),
      m_unitFilter(new QSortFilterProxyModel(this)),
      m_unitList(new QListView(this)),
      m_unitsHint(new QLabel(this)),
      m_selectAll(new QPushButton(tr("Check a&ll"), this)),
      m_selectNone(new QPushButton(tr("Unchec&k all"), this)),
      m_export(new QPushButton(tr("E&xport…"), this)),
      m_copy(new QPushButton(tr("Copy &image"), this)),
      m_scroll(new QScrollArea(this)),
      m_view(new ChartView(this)),
      m_list(new ComparisonListView(this)),
      m_notes(new QLabel(this)),
      m_redrawTimer(new QTimer(this)),
      m_ends(new QSpinBox(this)),
      m_endsLabel(new QLabel(this)),
      m_reader(new HistoryReader(this)),
      m_reading(new QWidget(this)),
      m_readingText(new QLabel(m_reading)),
      m_readingBar(new QProgressBar(m_reading)),
      m_readingButton(new QPushButton(m_reading))
{
    buildControls();
    connect(m_reader, &HistoryReader::progress, this, [this](int done, int total) {
        m_readingBar->setRange(0, total);
        m_readingBar->setValue(done);
    });
    connect(m_reader, &HistoryReader::finished, this, &ChartsTab::historyRead);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(RedrawDelayMs);
    connect(m_redrawTimer, &QTimer::timeout, this, &ChartsTab::redraw);

    const auto yearChanged = [this](qint64 periodId) {
        const auto p = m_document->periodById(periodId);
        if (!p) {
            m_historyStale = true; // read again, and say what cannot be read
        } else if (!*p || (*p)->groupCode != m_groupCode) {
            return;
        } else if (m_reader->isRunning()) {
            m_editedWhileReading.insert(periodId); // the worker may have read it before the change
        } else {
            reloadYear(periodId);
        }
        scheduleRedraw();
    };
    connect(m_document, &DeskDocument::scoreChanged, this, yearChanged);
    connect(m_document, &DeskDocument::scoresReplaced, this, yearChanged);
    const auto everything = [this] {
        m_historyStale = true;
        scheduleRedraw();
    };
    // The group's years are read in the background as soon as the window has its ranking, not when the tab is
    // first shown: at national scale they take a second or more, which the secretary then no longer waits for.
    // After the kept ranking, so that the two workers do not compete for the same cores while the window opens.
    connect(m_document, &DeskDocument::rankingRead, this, &ChartsTab::readAhead);
    connect(m_document, &DeskDocument::criteriaChanged, this, everything);
    // The area profile compares areas through the links to the year before: read them again when they change.
    connect(m_document, &DeskDocument::criteriaMapChanged, this, everything);
    connect(m_document, &DeskDocument::bandsChanged, this, everything);
    connect(m_document, &DeskDocument::unitsChanged, this, everything);
    connect(m_document, &DeskDocument::periodsChanged, this, everything);
}

ChartsTab::~ChartsTab() = default;

void ChartsTab::buildControls()
{
    m_kind->setObjectName(u"chartKind"_s);
    m_kind->addItem(tr("Trend of the index"), int(ChartKind::Trend));
    m_kind->addItem(tr("Comparison of units"), int(ChartKind::Comparison));
    m_kind->addItem(tr("Index by area"), int(ChartKind::AreaProfile));
    m_kind->addItem(tr("Rank movement"), int(ChartKind::RankMovement));
    m_yearBox->setObjectName(u"chartYear"_s);
    m_from->setObjectName(u"chartFrom"_s);
    m_to->setObjectName(u"chartTo"_s);
    m_average->setObjectName(u"chartAverage"_s);
    m_median->setObjectName(u"chartMedian"_s);
    m_stacked->setObjectName(u"chartStacked"_s);
    m_average->setChecked(true);
    m_median->setChecked(true);

    m_unitSearch->setObjectName(u"chartUnitSearch"_s);
    m_unitSearch->setPlaceholderText(tr("Find a unit…"));
    m_unitSearch->setClearButtonEnabled(true);
    m_unitFilter->setSourceModel(m_units);
    m_unitFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_unitList->setObjectName(u"chartUnits"_s);
    m_unitList->setModel(m_unitFilter);
    m_unitList->setUniformItemSizes(true);
    m_unitsHint->setWordWrap(true);
    m_unitsHint->setStyleSheet(u"color: palette(mid);"_s);
    m_export->setObjectName(u"chartExport"_s);
    m_copy->setObjectName(u"chartCopy"_s);
    m_export->setToolTip(tr("Save the chart as a PNG image, an SVG drawing or a PDF document"));
    m_copy->setToolTip(tr("Copy the chart to the clipboard as an image"));

    auto *form = new QFormLayout;
    form->addRow(tr("Ch&art:"), m_kind);
    m_yearLabel->setText(tr("Year:"));
    m_yearLabel->setBuddy(m_yearBox);
    form->addRow(m_yearLabel, m_yearBox);
    auto *span = new QHBoxLayout;
    span->addWidget(m_from, 1);
    auto *dash = new QLabel(u"–"_s, this);
    dash->setObjectName(u"chartSpanDash"_s); // hidden with the span, as the years are
    span->addWidget(dash);
    span->addWidget(m_to, 1);
    m_spanLabel->setText(tr("Years:"));
    m_spanLabel->setBuddy(m_from);
    form->addRow(m_spanLabel, span);
    form->addRow(m_average);
    form->addRow(m_median);
    form->addRow(m_stacked);
    m_ends->setObjectName(u"chartEnds"_s);
    m_ends->setRange(0, 1000);
    m_ends->setValue(DefaultComparisonEnds);
    m_ends->setSpecialValueText(tr("every unit"));
    m_ends->setToolTip(tr("The first and the last units of the ranking are drawn, and the units checked below; "
                          "0 draws every unit"));
    m_endsLabel->setText(tr("First and last:"));
    m_endsLabel->setBuddy(m_ends);
    form->addRow(m_endsLabel, m_ends);

    auto *checks = new QHBoxLayout;
    checks->addWidget(m_selectAll);
    checks->addWidget(m_selectNone);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(m_copy);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(form);
    auto *unitsLabel = new QLabel(tr("&Units:"), panel);
    unitsLabel->setBuddy(m_unitSearch);
    panelLayout->addWidget(unitsLabel);
    panelLayout->addWidget(m_unitSearch);
    panelLayout->addWidget(m_unitList, 1);
    panelLayout->addWidget(m_unitsHint);
    panelLayout->addLayout(checks);
    panelLayout->addLayout(buttons);
    panel->setMinimumWidth(260);
    panel->setMaximumWidth(420);

    m_view->setObjectName(u"chartView"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_view);
    m_failure = new ReadFailure(m_scroll);
    m_notes->setObjectName(u"chartNotes"_s);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *chartSide = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartSide);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    // While the group's years are read: what is read, how far, and a way to stop (or to read again).
    m_reading->setObjectName(u"chartReading"_s);
    m_readingButton->setObjectName(u"chartReadingButton"_s);
    auto *readingLayout = new QHBoxLayout(m_reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->addWidget(m_readingText);
    readingLayout->addWidget(m_readingBar, 1);
    readingLayout->addWidget(m_readingButton);
    m_reading->hide();
    connect(m_readingButton, &QPushButton::clicked, this, [this] {
        if (m_reader->isRunning()) {
            cancelReading();
        } else {
            m_historyStale = true; // read again
            redraw();
        }
    });
    chartLayout->addWidget(m_reading);
    chartLayout->addWidget(m_scroll, 1);
    m_list->setObjectName(u"comparisonList"_s);
    m_list->hide();
    chartLayout->addWidget(m_list, 1);
    chartLayout->addWidget(m_notes);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(panel);
    split->addWidget(chartSide);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    auto *copyAction = new QAction(tr("Copy the chart"), this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    m_list->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &ChartsTab::copyToClipboard);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartsTab::kindChanged);
    for (QComboBox *box : {m_yearBox, m_from, m_to}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                scheduleRedraw();
        });
    }
    for (QCheckBox *box : {m_average, m_median, m_stacked})
        connect(box, &QCheckBox::toggled, this, &ChartsTab::scheduleRedraw);
    connect(m_ends, &QSpinBox::valueChanged, this, &ChartsTab::scheduleRedraw);
    connect(m_unitSearch, &QLineEdit::textChanged, m_unitFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_units, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (!m_filling)
            unitItemChanged(item->row());
    });
    connect(m_selectAll, &QPushButton::clicked, this, [this] {
        QStringList visible;
        for (int r = 0; r < m_unitFilter->rowCount(); ++r)
            visible.append(m_unitFilter->index(r, 0).data(CodeRole).toString());
        setCheckedUnits(checkedUnits() + visible);
    });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { setCheckedUnits({}); });
    connect(m_export, &QPushButton::clicked, this, &ChartsTab::exportWithDialog);
    connect(m_copy, &QPushButton::clicked, this, &ChartsTab::copyToClipboard);
    kindChanged();
}

void ChartsTab::showPeriod(qint64 periodId)
{
    const auto read = m_document->periodById(periodId);
    m_periodError = read ? QString() : read.error().text();
    const std::optional<Period> period = read ? *read : std::nullopt;
    const QString group = period ? period->groupCode : QString();
    m_year = period ? period->year : 0;
    if (group != m_groupCode) {
        m_groupCode = group;
        m_historyStale = true;
        m_units->clear();
        QTimer::singleShot(0, this, &ChartsTab::readAhead);
    }
    if (!m_historyStale && m_history) {
        m_filling = true;
        selectData(m_yearBox, m_year);
        m_filling = false;
    }
    scheduleRedraw();
}

ChartRequest ChartsTab::request() const
{
    ChartRequest r;
    r.kind = ChartKind(m_kind->currentData().toInt());
    r.groupCode = m_groupCode;
    if (isOneYear(r.kind)) {
        if (m_yearBox->currentIndex() >= 0)
            r.year = m_yearBox->currentData().toInt();
    } else {
        if (m_from->currentIndex() >= 0)
            r.fromYear = m_from->currentData().toInt();
        if (m_to->currentIndex() >= 0)
            r.toYear = m_to->currentData().toInt();
        if (r.fromYear && r.toYear && *r.fromYear > *r.toYear)
            std::swap(r.fromYear, r.toYear); // a span chosen from its end
    }
    r.units = checkedUnits();
    r.stackByArea = m_stacked->isChecked();
    if (r.kind == ChartKind::Comparison)
        r.comparisonEnds = m_ends->value();
    r.average = m_average->isChecked();
    r.median = m_median->isChecked();
    return r;
}

void ChartsTab::setKind(ChartKind kind)
{
    selectData(m_kind, int(kind));
}

void ChartsTab::setCheckedUnits(const QStringList &unitCodes)
{
    m_filling = true;
    for (int r = 0; r < m_units->rowCount(); ++r) {
        QStandardItem *item = m_units->item(r);
        item->setCheckState(unitCodes.contains(item->data(CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    scheduleRedraw();
}

QStringList ChartsTab::checkedUnits() const
{
    QStringList codes;
    for (int r = 0; r < m_units->rowCount(); ++r) {
        if (m_units->item(r)->checkState() == Qt::Checked)
            codes.append(m_units->item(r)->data(CodeRole).toString());
    }
    return codes;
}

QStringList ChartsTab::listedUnits() const
{
    QStringList codes;
    for (int r = 0; r < m_units->rowCount(); ++r)
        codes.append(m_units->item(r)->data(CodeRole).toString());
    return codes;
}

QString ChartsTab::message() const
{
    if (m_failure->isShown())
        return m_failure->failure();
    return m_notes->text();
}

void ChartsTab::kindChanged()
{
    const auto kind = ChartKind(m_kind->currentData().toInt());
    const bool oneYear = isOneYear(kind);
    m_yearLabel->setVisible(oneYear);
    m_yearBox->setVisible(oneYear);
    m_spanLabel->setVisible(!oneYear);
    m_from->setVisible(!oneYear);
    m_to->setVisible(!oneYear);
    if (auto *dash = findChild<QLabel *>(u"chartSpanDash"_s))
        dash->setVisible(!oneYear);
    m_average->setVisible(kind == ChartKind::Trend);
    m_median->setVisible(kind == ChartKind::Trend);
    m_stacked->setVisible(kind == ChartKind::Comparison);
    m_ends->setVisible(kind == ChartKind::Comparison);
    m_endsLabel->setVisible(kind == ChartKind::Comparison);
    m_selectAll->setVisible(kind == ChartKind::Trend || kind == ChartKind::RankMovement);
    m_selectNone->setVisible(kind == ChartKind::Trend || kind == ChartKind::RankMovement);
    switch (kind) {
    case ChartKind::Trend:
        m_unitsHint->setText(tr("Check the units to draw (none: the first %1 of the latest ranking).")
                                 .arg(GroupCharts::DefaultTrendUnits));
        break;
    case ChartKind::Comparison:
        m_unitsHint->setText(tr("The first and last units of the ranking are drawn, and the units checked here."));
        break;
    case ChartKind::AreaProfile:
        m_unitsHint->setText(tr("Check the one unit whose areas are shown."));
        if (checkedUnits().size() != 1 && m_units->rowCount() > 0) {
            const QStringList checked = checkedUnits();
            setCheckedUnits({checked.isEmpty() ? m_units->item(0)->data(CodeRole).toString() : checked.first()});
        }
        break;
    case ChartKind::RankMovement:
        m_unitsHint->setText(tr("Checked units are highlighted; the others are drawn in grey."));
        break;
    }
    scheduleRedraw();
}

void ChartsTab::unitItemChanged(int row)
{
    // The area profile is of one unit: checking another one moves the check.
    if (ChartKind(m_kind->currentData().toInt()) == ChartKind::AreaProfile
        && m_units->item(row)->checkState() == Qt::Checked) {
        setCheckedUnits({m_units->item(row)->data(CodeRole).toString()});
        return;
    }
    scheduleRedraw();
}

void ChartsTab::readAhead()
{
    if (m_historyStale && !m_groupCode.isEmpty() && !m_reader->isRunning() && !m_document->isReadingAnyRanking())
        reloadHistory(isVisible() ? HistoryReader::Urgency::Wanted : HistoryReader::Urgency::Ahead);
}

bool ChartsTab::isReading() const
{
    return m_reader->isRunning();
}

void ChartsTab::cancelReading()
{
    m_reader->cancel(); // historyRead() says so
}

void ChartsTab::setComparisonEnds(int n)
{
    m_ends->setValue(n);
}

void ChartsTab::waitForReading()
{
    if (m_historyStale && !m_groupCode.isEmpty())
        reloadHistory();
    if (!m_reader->isRunning())
        return;
    QEventLoop loop;
    connect(m_reader, &HistoryReader::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

// Ten years of 3,321 units took 5.8-6.3 s on the GUI thread: they are read by a worker on its own connection.
void ChartsTab::reloadHistory(HistoryReader::Urgency urgency)
{
    m_historyStale = false;
    m_readingCancelled = false;
    m_history.reset();
    m_historyError.clear();
    m_editedWhileReading.clear();
    if (m_groupCode.isEmpty()) {
        if (m_reader->isRunning())
            m_reader->cancel();
        return;
    }
    m_reader->start(m_document->path(), m_groupCode, urgency);
    showReading(true);
}

void ChartsTab::historyRead(const Result<GroupHistory> &history)
{
    showReading(false);
    if (!history) {
        m_readingCancelled = history.error().kind == Error::Kind::Cancelled;
        m_historyError = history.error().text();
        if (m_readingCancelled)
            showReading(false, true);
        else // said in the status bar as the document's own reads say it
            emit m_document->readFailed(DeskDocument::tr("Not read from the file: %1").arg(m_historyError));
    } else {
        m_history = history.value();
        fillYears();
        fillUnits();
        const QSet<qint64> edited = std::exchange(m_editedWhileReading, {});
        for (qint64 periodId : edited)
            reloadYear(periodId); // from the document's kept ranking, which has every edit
    }
    m_chartStale = true;
    if (isVisible())
        redraw();
}

void ChartsTab::showReading(bool reading, bool offerAgain)
{
    m_reading->setVisible(reading || offerAgain);
    m_readingBar->setVisible(reading);
    m_readingText->setVisible(reading);
    if (reading) {
        m_readingText->setText(tr("Reading the rankings of every year of the group…"));
        m_readingBar->setRange(0, 0); // busy until the worker says how many years
        m_readingButton->setText(tr("Cancel"));
    } else {
        m_readingButton->setText(tr("Read again"));
    }
}

void ChartsTab::reloadYear(qint64 periodId)
{
    if (!m_history || m_historyStale)
        return;
    const auto period = m_document->periodById(periodId);
    auto table = m_document->ranking(periodId);
    if (!period || !*period || !table) {
        m_historyStale = true; // read again as a whole: a failure is then shown in place of the chart
        return;
    }
    for (RankingTable &t : m_history->rankings) {
        if (t.year == (*period)->year) {
            t = std::move(table).value();
            return;
        }
    }
    m_historyStale = true; // a year the history did not have
}

void ChartsTab::fillYears()
{
    m_filling = true;
    const QVariant year = m_yearBox->currentIndex() >= 0 ? m_yearBox->currentData() : QVariant(m_year);
    const QVariant from = m_from->currentData();
    const QVariant to = m_to->currentData();
    for (QComboBox *box : {m_yearBox, m_from, m_to})
        box->clear();
    for (const RankingTable &t : m_history->rankings) {
        for (QComboBox *box : {m_yearBox, m_from, m_to})
            box->addItem(QString::number(t.year), t.year);
    }
    selectData(m_yearBox, m_year ? QVariant(m_year) : year);
    m_from->setCurrentIndex(0);
    m_to->setCurrentIndex(m_to->count() - 1);
    if (from.isValid())
        selectData(m_from, from);
    if (to.isValid())
        selectData(m_to, to);
    m_filling = false;
}

void ChartsTab::fillUnits()
{
    const QStringList checked = checkedUnits();
    m_filling = true;
    m_units->clear();
    const QStringList codes = Trends::unitsOf(m_history->rankings);
    for (const QString &code : codes) {
        QString name = code;
        for (auto t = m_history->rankings.crbegin(); t != m_history->rankings.crend(); ++t) {
            if (const UnitResult *r = t->find(code)) {
                name = r->unitName;
                break;
            }
        }
        auto *item = new QStandardItem(name);
        item->setData(code, CodeRole);
        item->setToolTip(tr("%1 (code %2)").arg(name, code)); // long names are cut in the list
        item->setCheckable(true);
        item->setEditable(false);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
        m_units->appendRow(item);
    }
    m_filling = false;
    if (ChartKind(m_kind->currentData().toInt()) == ChartKind::AreaProfile && checkedUnits().size() != 1
        && !codes.isEmpty())
        setCheckedUnits({codes.first()});
}

void ChartsTab::scheduleRedraw()
{
    m_chartStale = true;
    if (isVisible())
        m_redrawTimer->start();
}

void ChartsTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartStale)
        redraw();
}

void ChartsTab::redraw()
{
    m_redrawTimer->stop();
    m_chartStale = false;
    if (m_historyStale)
        reloadHistory();
    if (m_reader->isRunning()) {
        m_chartStale = true; // drawn when the years are in
        m_failure->setFailure({});
        m_notes->clear();
        m_notes->hide();
        m_export->setEnabled(false);
        m_copy->setEnabled(false);
        return;
    }
    const QString failure
        = !m_periodError.isEmpty() ? m_periodError : (m_readingCancelled ? QString() : m_historyError);
    m_failure->setFailure(failure.isEmpty() ? QString() : ReadFailure::ofPeriod(failure));
    const bool drawn = [&] {
        if (!failure.isEmpty()) {
            m_notes->clear(); // the failure is shown over the chart
            return false;
        }
        if (m_groupCode.isEmpty()) {
            m_notes->setText(tr("There is no period for this group yet: nothing to draw."));
            return false;
        }
        if (!m_history) {
            if (m_readingCancelled)
                m_notes->setText(m_historyError);
            return false;
        }
        auto picture = GroupCharts::build(*m_history, request(), QLocale());
        if (!picture) {
            m_notes->setText(picture.error().text());
            return false;
        }
        m_notes->setText(picture->notes.join(u'\n'));
        if (picture->list) {
            showList(std::move(picture->list));
            return true;
        }
        showList(std::nullopt);
        m_exportSize = picture->size;
        // A chart with many bars needs its height: the view scrolls rather than squeezing the rows.
        m_view->setMinimumHeight(picture->size.height() > 700 ? picture->size.height() : 0);
        m_view->show(std::move(picture->chart));
        return true;
    }();
    if (!drawn) {
        showList(std::nullopt);
        m_view->setMinimumHeight(0);
        m_view->show(nullptr);
    }
    m_export->setEnabled(drawn);
    m_copy->setEnabled(drawn);
    m_notes->setVisible(!m_notes->text().isEmpty());
}

// The list replaces the chart view (whose chart is dropped then: a chart of a few bars, cheap to delete), and the
// other way round; neither ever holds a chart of every unit.
void ChartsTab::showList(std::optional<ComparisonList> list)
{
    if (list) {
        m_view->setMinimumHeight(0);
        m_view->show(nullptr);
        m_list->setList(std::move(*list));
        m_scroll->hide();
        m_list->show();
    } else if (!m_list->isHidden()) {
        m_list->hide();
        m_list->setList({});
        m_scroll->show();
    }
}

bool ChartsTab::showsList() const
{
    return !m_list->isHidden();
}

Status ChartsTab::exportTo(const QString &path)
{
    waitForReading();
    if (m_chartStale)
        redraw();
    if (!m_export->isEnabled())
        return Error {Error::Kind::Usage, m_notes->text()};
    if (!ChartExport::formatOf(path))
        return Error {Error::Kind::Usage,
            tr("%1: choose a file name ending in .png, .svg or .pdf.").arg(QDir::toNativeSeparators(path))};
    if (const Status own = Database::refuseOwnFile(m_document->path(), path); !own)
        return own;
    if (showsList())
        return ComparisonListExport::write(m_list->list(), path);
    return ChartExport::write(m_view->chart(), path, m_exportSize);
}

void ChartsTab::exportWithDialog()
{
    const ChartRequest r = request();
    const QString year = r.year ? QString::number(*r.year) : QString();
    const QString suggested
        = u"%1-%2%3.png"_s.arg(chartKindName(r.kind), m_groupCode, year.isEmpty() ? u""_s : u"-"_s + year);
    const QString path = Messages::saveFileName(
        this, tr("Export the chart"), tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), suggested);
    if (path.isEmpty())
        return;
    if (const Status s = exportTo(path); !s)
        Messages::warning(this, tr("Export the chart"), s.error().text());
}

void ChartsTab::copyToClipboard()
{
    waitForReading();
    if (m_chartStale)
        redraw();
    if (!m_copy->isEnabled() || !m_view->chart())
        return;
    if (showsList()) {
        const auto image = ComparisonListExport::toImage(m_list->list(), devicePixelRatioF());
        if (!image)
            Messages::warning(this, tr("Copy the chart"), image.error().text());
        else
            QGuiApplication::clipboard()->setImage(*image);
        return;
    }
    QGuiApplication::clipboard()->setImage(ChartExport::toImage(m_view->chart(), m_exportSize, devicePixelRatioF()));
}

} // namespace parindex
