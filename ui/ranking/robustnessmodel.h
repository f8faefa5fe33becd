#pragma once

#include "scoring/robustness.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QLocale>

namespace parindex {

// The result of a robustness run (Robustness::run) as a table, one row per ranked unit in the order of the real
// ranking: its real rank, then over the draws its median rank, the 5th to 95th percentile interval and its best and
// worst rank (beside the name, where a narrow table still shows them), its real index and class, and the share of the
// draws in each class (in percent, blank for a class never drawn).
// Nothing is computed here: the figures are core's.
class RobustnessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Rank,
        Unit,
        Median,
        Interval,
        BestWorst,
        Index,
        Class,
        Excellent,
        Good,
        Fair,
        Average,
        Weak,
        ColumnCount
    };
    static constexpr int UnitCodeRole = Qt::UserRole + 1; // QString
    // int: the real rank, the median rank, the 5th percentile (for Interval) or the best rank (for BestWorst); the
    // share of the draws in ten-thousandths for a class column. For sorting and tests.
    static constexpr int ValueRole = Qt::UserRole + 2;

    explicit RobustnessModel(QObject *parent = nullptr);

    void setResult(const RobustnessResult &result);
    void clear();
    const RobustnessResult &result() const { return m_result; }
    bool hasResult() const { return !m_result.units.isEmpty(); }
    void setLocale(const QLocale &locale) { m_locale = locale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The ClassCode of a class column.
    static ClassCode classOf(int column) { return ClassCode(column - Excellent); }

private:
    RobustnessResult m_result;
    QLocale m_locale;
};

} // namespace parindex
