#pragma once

#include <QtWidgets/QWidget>

namespace parindex {

class DeskDocument;
class Navigator;

// The Scores tab: one unit's score sheet (self, appraised, note, N/A, running points) and the grid of all
// units x the leaves of one area. Ctrl+PgDn / Ctrl+PgUp ask the navigator for the next / previous unit.
// (Interface fixed by the main window; the implementation owns the rest.)
class ScoresTab : public QWidget
{
    Q_OBJECT
public:
    ScoresTab(DeskDocument *document, Navigator *navigator, QWidget *parent = nullptr);
    void showPeriod(qint64 periodId); // 0: no period
    void showUnit(const QString &unitCode);
};

} // namespace parindex
