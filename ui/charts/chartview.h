#pragma once

#include <QtCharts/QChartView>

#include <memory>

namespace parindex {

// A chart on screen: owns the chart it shows, and shows the exact value under the mouse as a tip
// (the texts come with the chart, see ChartTips).
class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // Shows the picture's chart (taking it over) and deletes the one shown before; null shows nothing.
    void show(std::unique_ptr<QChart> chart);
    // The text of the tip shown last (empty when the mouse left the value): what tests read.
    QString currentTip() const { return m_tip; }

private:
    void connectTips(QChart *chart);
    void showTip(const QString &text);

    QString m_tip;
};

} // namespace parindex
