#pragma once

#include "model/period.h"

#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QLabel;

namespace parindex {

class DeskDocument;

// The year and group (and, on the Scores tab, the unit) that every tab shows.
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

private:
    void reloadGroups();
    // After a change of units or groups (here or in another program): new groups and new names, the same choice.
    void refreshGroups();
    void reloadYears();
    void reloadUnits();
    void emitPeriod();

    DeskDocument *m_document = nullptr;
    QComboBox *m_group;
    QComboBox *m_year;
    QComboBox *m_unit;
    QLabel *m_status;
    QString m_groupsFailure, m_yearsFailure, m_unitsFailure;
};

} // namespace parindex
