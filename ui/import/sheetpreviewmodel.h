#pragma once

#include "io/csvtable.h"
#include "model/criteriatree.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>

namespace parindex {

// The first rows of a sheet as read, under the sheet's column letters and header ("D · appraised"), with the
// row numbers the spreadsheet shows; mapped columns are marked with what they are imported as.
class SheetPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PreviewRows = 20;

    explicit SheetPreviewModel(QObject *parent = nullptr);

    void setTable(const CsvTable &table);
    void setTargets(const QStringList &targets);
    // Cells that have a problem, by (line, sheet column), with the problem's text: shown marked.
    void setProblems(const QHash<QPair<int, int>, QString> &problems);
    void clear();
    // The preview's cell of a line of the file and a column of the sheet (its row's first cell for a column < 0);
    // invalid when the line is past the preview.
    QModelIndex cellOf(int line, int sheetColumn) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString columnName(int column) const;

    CsvTable m_table;
    QStringList m_targets;
    QHash<QPair<int, int>, QString> m_problems;
    int m_columns = 0;
};

// One row per column of the sheet: its letter, its header, its first value, and what it is imported as (the
// editable part: ColumnMapping's targets, or nothing).
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Letter, Header, Sample, Target, ColumnCount };
    static constexpr int TargetRole = Qt::UserRole + 1; // the target's code ("appraised"), empty when left out

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setTable(
        const CsvTable &table, const QStringList &targets, const QStringList &choices, const CriteriaTree &tree);
    void clear();
    QStringList targets() const { return m_targets; }
    QStringList choices() const { return m_choices; }
    QString label(const QString &target) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void targetsChanged();

private:
    CsvTable m_table;
    QStringList m_targets;
    QStringList m_choices;
    CriteriaTree m_tree;
};

} // namespace parindex
