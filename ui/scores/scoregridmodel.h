#pragma once

#include "model/criteriatree.h"
#include "model/scoresheet.h"
#include "model/unit.h"
#include "scoring/sheetscore.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QLocale>

namespace parindex {

class DeskDocument;

// All units of a period (rows) x the leaf criteria of one area (columns) with their appraised values, for
// quick entry of a column; the last column shows the area's points as core scores them. Same parsing, range
// check and undo (SetScoreCommand) as the score sheet.
class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int UnitColumn = 0;
    static constexpr int FirstLeafColumn = 1;
    enum Role {
        RawRole = Qt::UserRole + 1, // Fixed (absent: invalid QVariant); the unit name in the unit column
        UnitCodeRole,
        CriterionCodeRole, // empty in the unit and points columns
        NeedsNoteRole, // bool: appraised differs from self-assessed and there is no note
    };

    explicit ScoreGridModel(DeskDocument *document, QObject *parent = nullptr);

    // Reloads units, criteria and values; keeps the area when the period has it, otherwise takes the first.
    void setPeriod(qint64 periodId);
    void setArea(const QString &areaCode);
    qint64 periodId() const { return m_periodId; }
    QString areaCode() const { return m_areaCode; }
    const CriteriaTree &tree() const { return m_tree; }
    bool isEditable() const { return m_editable; }
    // Why the period's criteria, roster or sheets could not be read (the model then has no row); empty when read.
    QString readError() const { return m_readError; }
    void setLocale(const QLocale &locale);

    int pointsColumn() const { return FirstLeafColumn + int(m_leaves.size()); }
    int rowOfUnit(const QString &unitCode) const;
    int columnOfCriterion(const QString &criterionCode) const;
    QString unitCodeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editableChanged(bool editable);
    void areaChanged(const QString &areaCode);
    // A typed value was refused; the message names the criterion and the allowed range.
    void inputRefused(const QString &message);

private:
    void load();
    void chooseLeaves();
    void updateEditable();
    void emitAllChanged();
    qsizetype leafAt(int column) const; // tree node, or -1
    QVariant leafData(int row, qsizetype node, int role) const;
    QVariant pointsData(int row, int role) const;

    void onScoreChanged(qint64 periodId, const QString &unitCode, const QString &criterionCode);
    void onScoresReplaced(qint64 periodId);
    void onStructureChanged(qint64 periodId);
    // Units renamed keep the table as it is (an open editor too); units added or retired rebuild it.
    void onUnitsChanged();

    DeskDocument *m_document;
    qint64 m_periodId = 0;
    QString m_areaCode;
    bool m_editable = false;
    QString m_groupCode; // of the period, while editable
    QString m_readError;
    QLocale m_locale;
    CriteriaTree m_tree;
    qsizetype m_area = -1; // tree node of the area
    QList<qsizetype> m_leaves; // tree nodes of the area's leaves, in display order
    QList<Unit> m_units;
    QList<ScoreSheet> m_sheets; // per row
    QList<SheetScore> m_scores; // per row
};

} // namespace parindex
