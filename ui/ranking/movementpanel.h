#pragma once

#include "model/result.h"
#include "scoring/movement.h"

#include <QtWidgets/QWidget>

class QChart;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace parindex {

class ChartView;

// Why the selected unit moved since the earlier year: the sentence a secretary pastes (MovementText) over the
// waterfall of its areas' contributions (MovementChart), with Copy text and Copy chart. Where there is nothing to
// explain (no earlier year, the unit not ranked in one of them) it shows why instead. Shows what it is given: the
// Ranking tab computes the explanation (Movement::explain) and hands it over.
class MovementPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State {
        Empty, // nothing selected
        Explained, // a movement: the sentence and the chart
        Unavailable, // the reason there is no explanation
    };

    explicit MovementPanel(QWidget *parent = nullptr);
    ~MovementPanel() override;

    void setExplanation(const IndexMovement &movement);
    // A refusal of Movement::explain shows its message as the reason.
    void setExplanation(const Result<IndexMovement> &movement);
    // No explanation, and why: "2023 is the first year of this group", "not ranked in 2023: …".
    void setUnavailable(const QString &reason);
    void clear();

    State state() const { return m_state; }
    // The sentence shown (what Copy text puts on the clipboard); empty unless Explained.
    QString sentence() const;
    // The reason shown; empty unless Unavailable.
    QString reason() const;
    // The waterfall shown; null unless Explained.
    QChart *chart() const;

    // The reason to show when the group has no period before `year`.
    static QString noEarlierYear(int year);

public slots:
    void copyText();
    // The chart as an image at its export size.
    void copyChart();

private:
    State m_state = State::Empty;
    std::optional<IndexMovement> m_movement;
    QStackedWidget *m_pages;
    QLabel *m_sentence;
    QLabel *m_reason;
    ChartView *m_chart;
    QPushButton *m_copyText;
    QPushButton *m_copyChart;
};

} // namespace parindex
