#include "bandsmodel.h"

#include "criteriacommands.h"
#include "deskdocument.h"
#include "messages.h"

#include <QtGui/QBrush>
#include <QtGui/QPalette>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr ClassCode classes[]
    = {ClassCode::Excellent, ClassCode::Good, ClassCode::Fair, ClassCode::Average, ClassCode::Weak};
constexpr int ClassCount = int(std::size(classes));
} // namespace

BandsModel::BandsModel(DeskDocument *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &DeskDocument::bandsChanged, this, [this](qint64 periodId) {
        if (periodId == m_periodId)
            reload();
    });
    connect(m_document, &DeskDocument::periodsChanged, this, &BandsModel::updateEditable);
}

void BandsModel::setPeriod(qint64 periodId)
{
    m_periodId = periodId;
    reload();
    updateEditable();
}

void BandsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(ClassCount - 1, ColumnCount - 1));
}

void BandsModel::reload()
{
    auto read = m_periodId ? m_document->bands(m_periodId) : Result<ClassBands>(ClassBands());
    const bool failed = !read;
    if (failed || !m_readError.isEmpty()) {
        // Into or out of a failure: the rows come or go. Never the default bands in place of the period's.
        beginResetModel();
        m_readError = failed ? read.error().text() : QString();
        m_bands = failed ? ClassBands() : std::move(read).value();
        endResetModel();
        updateEditable();
        return;
    }
    m_bands = std::move(read).value();
    emit dataChanged(index(0, 0), index(ClassCount - 1, ColumnCount - 1));
}

void BandsModel::updateEditable()
{
    bool editable = false;
    if (m_periodId && m_readError.isEmpty() && m_document->mayChangeStructure()) {
        const auto period = m_document->periodById(m_periodId);
        editable = period && *period && !(*period)->isFinal();
    }
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(ClassCount - 1, ColumnCount - 1)); // flags changed
    emit editableChanged(m_editable);
}

std::optional<ClassBands::Band> BandsModel::bandOf(int row) const
{
    for (const ClassBands::Band &b : m_bands.bands()) {
        if (b.code == classes[row])
            return b;
    }
    return std::nullopt;
}

// "90 and above", "80 to under 90", "under 50": the indexes a class takes, given the class above it.
QString BandsModel::rangeText(int row) const
{
    if (!bandOf(row))
        return tr("not used");
    return m_bands.rangeText(classes[row], m_locale);
}

int BandsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_readError.isEmpty() ? 0 : ClassCount;
}

int BandsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BandsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const auto band = bandOf(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ClassColumn:
            return ClassBands::label(classes[row]);
        case MinimumColumn:
            if (!band)
                return role == Qt::EditRole ? QString() : u"—"_s;
            return band->minIndex.toString(m_locale);
        case RangeColumn:
            return rangeText(row);
        }
        return {};
    case RawRole:
        if (index.column() == MinimumColumn && band)
            return QVariant::fromValue(band->minIndex);
        return {};
    case ClassRole:
        return int(classes[row]);
    case Qt::ForegroundRole:
        if (!band)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MinimumColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == MinimumColumn)
            return tr("The lowest index of this class. Leave it empty for a class this period does not use; the "
                      "lowest class used starts at 0.");
        return {};
    default:
        return {};
    }
}

QVariant BandsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case MinimumColumn:
        return tr("From index");
    case RangeColumn:
        return tr("Range");
    }
    return {};
}

Qt::ItemFlags BandsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (m_editable && index.column() == MinimumColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool BandsModel::refuse(const QString &message) const
{
    Messages::warning(m_dialogParent, tr("Bands not changed"), message);
    return false;
}

bool BandsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const ClassCode code = classes[index.row()];
    QList<ClassBands::Band> bands = m_bands.bands();
    bands.removeIf([code](const ClassBands::Band &b) { return b.code == code; });
    const bool typedValue = value.metaType() != QMetaType::fromType<Fixed>();
    const QString typed = typedValue ? value.toString().trimmed() : QString();
    if (!typedValue || !typed.isEmpty()) {
        const std::optional<Fixed> minimum = typedValue ? Fixed::parse(typed) : value.value<Fixed>();
        if (!minimum) {
            return refuse(tr("\"%1\" is not an index. Type the lowest index of %2, such as 80 or 72,5.")
                              .arg(typed, ClassBands::label(code)));
        }
        bands.append({code, *minimum});
    }
    const auto built = ClassBands::build(bands);
    if (!built)
        return refuse(built.error().text());
    if (*built == m_bands)
        return true;
    return SetBandsCommand::apply(m_document, m_periodId, m_bands, *built);
}

} // namespace parindex
