#pragma once

#include "model/result.h"
#include "model/unit.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtWidgets/QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace parindex {

class DeskDocument;
class ReadFailure;

// The units of one group: code, name, first year, retirement year, ranked. The name is edited in place (one
// SaveUnitCommand); the rest is shown. Retired units stay listed, greyed: history is never deleted.
class UnitsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, SinceColumn, RetiredColumn, RankedColumn, ContinuesColumn, ColumnCount };
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit UnitsModel(DeskDocument *document, QObject *parent = nullptr);

    void setGroup(const QString &groupCode);
    QString groupCode() const { return m_groupCode; }
    const QList<Unit> &units() const { return m_units; }
    // Why the group's units could not be read (the model then has no row); empty when they were.
    QString readError() const { return m_readError; }
    int rowOfCode(const QString &code) const;
    // Renames through the dialog's checks (set by the dialog; without it, edits are refused).
    void setRenamer(std::function<bool(const QString &code, const QString &name)> renamer);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();

    DeskDocument *m_document;
    QString m_groupCode;
    QList<Unit> m_units;
    QHash<QString, QString> m_continues; // unit code -> "2025: Xã A, Xã B" (the lineage record)
    QString m_readError;
    std::function<bool(const QString &, const QString &)> m_renamer;
};

// Units and groups: add a unit or a group, rename them, retire a unit from a year on (or take the retirement
// back). Every change is one transaction in the file; renames and retirements are undo steps. Nothing that
// would change a final period's ranking is accepted: a unit retires or starts after the last final year.
class UnitsDialog : public QDialog
{
    Q_OBJECT
public:
    // `year`: the year on screen, the default for new units and retirements.
    UnitsDialog(DeskDocument *document, const QString &groupCode, int year, QWidget *parent = nullptr);

    UnitsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString groupCode() const { return m_model->groupCode(); }
    void setGroup(const QString &groupCode);
    // What the dialog shows in place of the units when they (or the groups, or the years) could not be read.
    QString readError() const;

    // The edits, with their checks; false when refused (a message said why) or when the file refused.
    // A unit once added is never deleted (retire it instead), so adding is not an undo step.
    bool addUnit(const Unit &unit);
    bool renameUnit(const QString &code, const QString &name);
    // The unit takes part up to year - 1.
    bool retireUnit(const QString &code, int year);
    bool unretireUnit(const QString &code);
    bool addGroup(const UnitGroup &group);
    bool renameGroup(const QString &code, const QString &name);
    // From `year` on, unit `code` continues the units `continued` (none: it continues only itself): a merger, a split
    // or a rename after a reorganisation (Database::setLineage). One undo step.
    bool setContinues(const QString &code, int year, const QStringList &continued);

    // The first year whose ranking is not final for the group (a unit may start or retire from then on).
    Result<int> firstOpenYear(const QString &groupCode) const;

private:
    void reloadGroups();
    void updateButtons();
    QString currentCode() const;
    bool refuse(const QString &message);
    void askAddUnit();
    void askRename();
    void askRetire();
    void askAddGroup();
    void askRenameGroup();
    void askContinues();

    DeskDocument *m_document;
    int m_year;
    UnitsModel *m_model;
    QComboBox *m_group;
    QTableView *m_view;
    QLabel *m_note;
    ReadFailure *m_failure;
    QString m_groupsError;
    QPushButton *m_addUnit;
    QPushButton *m_rename;
    QPushButton *m_retire;
    QPushButton *m_unretire;
    QPushButton *m_continues;
    QPushButton *m_addGroup;
    QPushButton *m_renameGroup;
};

} // namespace parindex
