#pragma once

#include "model/classbands.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QLocale>

class QWidget;

namespace parindex {

class DeskDocument;

// A period's classification bands: one row per class (Excellent ... Weak), its minimum index and the range that
// follows from the others. A class without a minimum is not used in that period. Each accepted minimum is one
// SetBandsCommand; ClassBands::build decides what is valid, and a refusal says why through Messages.
class BandsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ClassColumn, MinimumColumn, RangeColumn, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // Fixed minimum (invalid QVariant when the class is not used)
        ClassRole, // int ClassCode
    };

    explicit BandsModel(DeskDocument *document, QObject *parent = nullptr);

    void setPeriod(qint64 periodId); // 0: nothing
    qint64 periodId() const { return m_periodId; }
    bool isEditable() const { return m_editable; }
    const ClassBands &bands() const { return m_bands; }
    // Why the period's bands could not be read (the model then has no row); empty when they were.
    QString readError() const { return m_readError; }
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editableChanged(bool editable);

private:
    void reload();
    void updateEditable();
    std::optional<ClassBands::Band> bandOf(int row) const;
    QString rangeText(int row) const;
    bool refuse(const QString &message) const;

    DeskDocument *m_document;
    QWidget *m_dialogParent = nullptr;
    qint64 m_periodId = 0;
    bool m_editable = false;
    QLocale m_locale;
    ClassBands m_bands;
    QString m_readError;
};

} // namespace parindex
