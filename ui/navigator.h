#pragma once

#include "model/period.h"

#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QLabel;

namespace parindex {

class DeskDocument;
class SearchFilter;

// The year and group (and, on the Scores tab, the unit) that every tab shows. The unit box takes any part of a
// unit's name or code, without accents ("tuong" offers "UBND huyện Tường Vân"); Enter takes the first unit offered.
class Navigator : public QWidget
{
    Q_OBJECT
public:
    explicit Navigator(QWidget *parent = nullptr);

    void setDocument(DeskDocument *document);
    // nullopt when there is none, or when it cannot be read (the navigator and the status bar then say why).
    std::optional<Period> currentPeriod() const;
    // Why a list of the navigator could not be read; empty when all could.
    QString failure() const;
    QString currentUnit() const;
    void setCurrentUnit(const QString &unitCode);
    // Moves to the next (+1) or previous (-1) unit of the period; returns false at the ends.
    bool stepUnit(int direction);
    void selectPeriod(int year, const QString &groupCode);

signals:
    void periodChanged(qint64 periodId); // 0 when there is none
    void unitChanged(const QString &unitCode);
    // The user chose a unit in the unit box (from its list, from what was typed, or Enter on it): the Scores tab
    // goes on to its sheet. The arrow keys and the wheel only change the unit (unitChanged).
    void unitChosen(const QString &unitCode);

private:
    void reloadGroups();
    // After a change of units or groups (here or in another program): new groups and new names, the same choice.
    void refreshGroups();
    void reloadYears();
    void reloadUnits();
    void emitPeriod();
    void setupUnitSearch();
    void searchUnits(const QString &typed);
    void takeTypedUnit();
    void restoreUnitText();
    bool eventFilter(QObject *watched, QEvent *event) override;

    DeskDocument *m_document = nullptr;
    QComboBox *m_group;
    QComboBox *m_year;
    QComboBox *m_unit;
    SearchFilter *m_unitSearch = nullptr;
    QCompleter *m_unitCompleter = nullptr;
    QLabel *m_status;
    QString m_groupsFailure, m_yearsFailure, m_unitsFailure;
};

} // namespace parindex
