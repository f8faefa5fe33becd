#pragma once

#include "desk/historyreader.h"

#include "desk/trendtables.h"
#include "model/result.h"
#include "render/charts/groupcharts.h"

#include <QtCore/QSet>
#include <QtWidgets/QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTimer;

namespace parindex {

class ChartView;
class ComparisonListView;
class DeskDocument;
class HistoryReader;
class ReadFailure;

// The Charts tab: the four charts of the navigator's group (trend, comparison, area profile, rank
// movement), the units from a searchable check list, the years, tips with exact values, export to
// PNG/SVG/PDF and copy. The group's rankings are kept while the tab shows them; an edit replaces the
// ranking of its year only, and the chart is redrawn when the tab is next seen. The rankings are read off the
// GUI thread (HistoryReader: seconds for ten years of a national group), with progress and a Cancel button.
// The comparison draws the first and last N units of the ranking and the checked ones (every unit with N = 0);
// more than ComparisonList::MaxChartBars of them are a list that paints only the rows in sight.
class ChartsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChartsTab(DeskDocument *document, QWidget *parent = nullptr);
    ~ChartsTab() override;

    void showPeriod(qint64 periodId);

    // The chart as the controls ask for it (for tests and for export).
    ChartRequest request() const;
    void setKind(ChartKind kind);
    // Checks exactly these units in the list (codes); unknown codes are ignored.
    void setCheckedUnits(const QStringList &unitCodes);
    QStringList checkedUnits() const;
    QStringList listedUnits() const; // every unit in the check list, in its order
    ChartView *view() const { return m_view; }
    // The comparison of more than ComparisonList::MaxChartBars units, shown instead of the chart view.
    ComparisonListView *comparisonList() const { return m_list; }
    bool showsList() const;
    // What is written under the chart, or instead of it when it cannot be drawn.
    QString message() const;
    // The group's years are being read (off the GUI thread): the chart follows when they are in.
    bool isReading() const;
    void cancelReading();
    // Comparison: the first and last N units are drawn (0: every unit), and the checked ones.
    void setComparisonEnds(int n);
    // Until the group's years are read (an export needs them): the events are processed meanwhile.
    void waitForReading();

    // Writes the chart shown to a file (PNG, SVG or PDF by the suffix), at the size every label needs.
    Status exportTo(const QString &path);

public slots:
    void exportWithDialog();
    void copyToClipboard();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the group's years in the background when they are not read yet and no ranking is being read (the window
    // opening): the Charts tab then has them when it is first shown.
    void readAhead();
    void buildControls();
    void kindChanged();
    void reloadHistory(HistoryReader::Urgency urgency = HistoryReader::Urgency::Wanted);
    void historyRead(const Result<GroupHistory> &history);
    void showReading(bool reading, bool offerAgain = false);
    void reloadYear(qint64 periodId);
    void fillUnits();
    void fillYears();
    void scheduleRedraw();
    void redraw();
    void unitItemChanged(int row);
    void showList(std::optional<ComparisonList> list);

    DeskDocument *m_document;
    QString m_groupCode;
    int m_year = 0;
    std::optional<GroupHistory> m_history;
    bool m_historyStale = true;
    QString m_periodError; // the navigator's period could not be read
    QString m_historyError; // the group's years could not be read: no chart, this instead
    ReadFailure *m_failure = nullptr;
    bool m_chartStale = true;
    QSize m_exportSize;

    QComboBox *m_kind;
    QComboBox *m_yearBox;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_yearLabel;
    QLabel *m_spanLabel;
    QCheckBox *m_average;
    QCheckBox *m_median;
    QCheckBox *m_stacked;
    QLineEdit *m_unitSearch;
    QStandardItemModel *m_units;
    QSortFilterProxyModel *m_unitFilter;
    QListView *m_unitList;
    QLabel *m_unitsHint;
    QPushButton *m_selectAll;
    QPushButton *m_selectNone;
    QPushButton *m_export;
    QPushButton *m_copy;
    QScrollArea *m_scroll;
    ChartView *m_view;
    ComparisonListView *m_list;
    QLabel *m_notes;
    QTimer *m_redrawTimer;
    bool m_filling = false;
    QSpinBox *m_ends;
    QLabel *m_endsLabel;
    HistoryReader *m_reader;
    QWidget *m_reading;
    QLabel *m_readingText;
    QProgressBar *m_readingBar;
    QPushButton *m_readingButton;
    bool m_readingCancelled = false;
    QSet<qint64> m_editedWhileReading; // periods whose ranking changed after the worker may have read them
};

} // namespace parindex
