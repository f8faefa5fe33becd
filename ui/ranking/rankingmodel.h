#pragma once

#include "model/unitresult.h"
#include "searchfilter.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QLocale>
#include <QtCore/QSortFilterProxyModel>

#include <optional>

namespace parindex {

// The ranking of one period: ranked units in rank order, then units of special status; units without an index
// (incomplete, every criterion not applicable) are not rows, the tab lists them with the reason. Displays
// numbers in the UI locale; RawRole gives typed values for sorting (Fixed as raw integers, ranks as int).
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Unit, Points, Max, Index, Class, PreviousRank, Change, FirstArea };
    static constexpr int RawRole = Qt::UserRole + 1;
    static constexpr int UnitCodeRole = Qt::UserRole + 2;

    explicit RankingModel(QObject *parent = nullptr);

    void setTable(const RankingTable &table);
    const RankingTable &table() const { return m_table; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A light background per class, shared with the charts' colours in spirit.
    static QColor classColor(ClassCode code);

private:
    const UnitResult &resultAt(int row) const { return *m_rows[row]; }
    // The rows of a table: its ranked units, then its unranked ones that have an index.
    static QList<const UnitResult *> rowsOf(const RankingTable &table);

    RankingTable m_table;
    QList<const UnitResult *> m_rows; // into m_table
    QList<AreaResult> m_areaHeads; // areas of the tree, for the column headers
    QLocale m_locale;
};

// Sorts by the raw values and filters by class and by what is typed: any part of the unit's name or code, without
// accents or case (SearchFilter).
class RankingFilter : public SearchFilter
{
    Q_OBJECT
public:
    explicit RankingFilter(QObject *parent = nullptr);
    void setClassFilter(std::optional<ClassCode> code);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ClassCode> m_class;
};

} // namespace parindex
