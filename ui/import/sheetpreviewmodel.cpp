#include "sheetpreviewmodel.h"

#include "io/columnmapping.h"

#include <QtGui/QBrush>
#include <QtGui/QFont>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
int sourceColumn(const CsvTable &table, int column)
{
    return table.sourceColumns.isEmpty() ? column : table.sourceColumns.value(column, column);
}

int widthOf(const CsvTable &table)
{
    qsizetype width = table.header.size();
    for (qsizetype r = 0; r < qMin<qsizetype>(table.rows.size(), SheetPreviewModel::PreviewRows); ++r)
        width = qMax(width, table.rows[r].size());
    return int(width);
}

// "D" in a workbook, the column's number in a CSV file.
QString columnTag(const CsvTable &table, int column)
{
    return table.isSheet() ? columnLetters(sourceColumn(table, column)) : QString::number(column + 1);
}
} // namespace

SheetPreviewModel::SheetPreviewModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void SheetPreviewModel::setTable(const CsvTable &table)
{
    beginResetModel();
    m_table = table;
    m_columns = widthOf(m_table);
    m_targets.clear();
    endResetModel();
}

void SheetPreviewModel::setTargets(const QStringList &targets)
{
    m_targets = targets;
    if (m_columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
    if (m_columns > 0 && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1), {Qt::FontRole});
}

void SheetPreviewModel::setProblems(const QHash<QPair<int, int>, QString> &problems)
{
    m_problems = problems;
    if (m_columns > 0 && rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1),
            {Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

void SheetPreviewModel::clear()
{
    m_problems.clear();
    setTable(CsvTable());
}

QModelIndex SheetPreviewModel::cellOf(int line, int sheetColumn) const
{
    const qsizetype row = m_table.lines.indexOf(line);
    if (row < 0 || row >= rowCount() || m_columns == 0)
        return {};
    for (int c = 0; sheetColumn >= 0 && c < m_columns; ++c) {
        if (sourceColumn(m_table, c) == sheetColumn)
            return index(int(row), c);
    }
    return index(int(row), 0);
}

int SheetPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMin<qsizetype>(m_table.rows.size(), PreviewRows));
}

int SheetPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant SheetPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto problem
        = m_problems.constFind({m_table.lines.value(index.row()), sourceColumn(m_table, index.column())});
    if (problem != m_problems.constEnd()) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(255, 221, 221));
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(140, 0, 0));
        if (role == Qt::ToolTipRole)
            return *problem;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_table.rows[index.row()].value(index.column());
    if (role == Qt::FontRole && m_targets.value(index.column()).isEmpty() && !m_targets.isEmpty()) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ForegroundRole && m_targets.value(index.column()).isEmpty() && !m_targets.isEmpty())
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    return {};
}

QString SheetPreviewModel::columnName(int column) const
{
    const QString tag = columnTag(m_table, column);
    const QString header = m_table.header.value(column);
    const QString target = m_targets.value(column);
    QString text = header.isEmpty() ? tag : tr("%1 · %2").arg(tag, header);
    if (!target.isEmpty() && target.compare(header, Qt::CaseInsensitive) != 0)
        text += u'\n' + tr("→ %1").arg(target);
    return text;
}

QVariant SheetPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns ? columnName(section) : QVariant();
    return section >= 0 && section < rowCount() ? QVariant(m_table.lines.value(section)) : QVariant();
}

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ColumnMappingModel::setTable(
    const CsvTable &table, const QStringList &targets, const QStringList &choices, const CriteriaTree &tree)
{
    beginResetModel();
    m_table = table;
    m_choices = choices;
    m_tree = tree;
    m_targets = targets;
    const int width = widthOf(m_table);
    while (m_targets.size() < width)
        m_targets.append(QString());
    m_targets.resize(width);
    endResetModel();
}

void ColumnMappingModel::clear()
{
    setTable(CsvTable(), {}, {}, CriteriaTree());
}

QString ColumnMappingModel::label(const QString &target) const
{
    return ColumnMapping::label(target, m_tree);
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_targets.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int c = index.row();
    if (role == TargetRole)
        return m_targets.value(c);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Letter:
        return columnTag(m_table, c);
    case Header:
        return m_table.header.value(c);
    case Sample:
        return m_table.rows.isEmpty() ? QString() : m_table.rows.first().value(c);
    case Target:
        return role == Qt::EditRole ? m_targets.value(c) : label(m_targets.value(c));
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Target
        || (role != Qt::EditRole && role != TargetRole))
        return false;
    const QString target = value.toString();
    if (!target.isEmpty() && !m_choices.contains(target))
        return false;
    if (m_targets[index.row()] == target)
        return true;
    // A target belongs to one column: taking it here leaves the column that had it.
    if (!target.isEmpty()) {
        for (qsizetype r = 0; r < m_targets.size(); ++r) {
            if (r != index.row() && m_targets[r] == target) {
                m_targets[r].clear();
                emit dataChanged(this->index(int(r), Target), this->index(int(r), Target));
            }
        }
    }
    m_targets[index.row()] = target;
    emit dataChanged(index, index);
    emit targetsChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Target)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Letter:
        return tr("Column");
    case Header:
        return tr("Header in the file");
    case Sample:
        return tr("First value");
    case Target:
        return tr("Imported as");
    }
    return {};
}

} // namespace parindex
