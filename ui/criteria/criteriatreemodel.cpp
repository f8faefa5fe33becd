#include "criteriatreemodel.h"

#include "criteriacommands.h"
#include "deskdocument.h"
#include "io/formats.h"
#include "io/xlsx/tablefile.h"
#include "messages.h"

#include <QtCore/QFileInfo>

#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QFont>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QColor problemColor(0xb0, 0x00, 0x20);
const QColor fineColor(0x2e, 0x7d, 0x32);

bool sameCodes(const CriteriaTree &a, const CriteriaTree &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).code != b.at(i).code)
            return false;
    }
    return true;
}
} // namespace

CriteriaTreeModel::CriteriaTreeModel(DeskDocument *document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    connect(m_document, &DeskDocument::criteriaChanged, this, [this](qint64 periodId) {
        if (periodId == m_periodId)
            reload();
    });
    connect(m_document, &DeskDocument::periodsChanged, this, &CriteriaTreeModel::updateEditable);
}

void CriteriaTreeModel::setPeriod(qint64 periodId)
{
    beginResetModel();
    m_periodId = periodId;
    load();
    // Inside the reset: the view reads the new flags with the new rows, without a second pass over them all.
    const bool wasEditable = m_editable;
    m_editable = editableNow();
    endResetModel();
    if (m_editable != wasEditable)
        emit editableChanged(m_editable);
    emit treeChanged();
}

void CriteriaTreeModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    load(); // problem texts carry numbers
    emitAllChanged();
}

void CriteriaTreeModel::load()
{
    load(m_periodId ? m_document->criteria(m_periodId) : Result<CriteriaTree>(CriteriaTree()));
}

void CriteriaTreeModel::load(Result<CriteriaTree> read)
{
    m_readError = read ? QString() : read.error().text();
    m_tree = read ? std::move(read).value() : CriteriaTree(); // no row: nothing passes for the file's tree
    m_rowInParent = QList<int>(m_tree.size(), 0);
    const auto number = [this](const QList<qsizetype> &siblings) {
        for (qsizetype row = 0; row < siblings.size(); ++row)
            m_rowInParent[siblings[row]] = int(row);
    };
    number(m_tree.roots());
    m_problems = QList<QString>(m_tree.size());
    for (qsizetype i = 0; i < m_tree.size(); ++i) {
        number(m_tree.childrenOf(i));
        m_problems[i] = problemOf(i);
    }
}

// An edit that kept every code (a title, a maximum) changes cells; anything else resets the model.
void CriteriaTreeModel::reload()
{
    auto fresh = m_document->criteria(m_periodId);
    if (!fresh || !m_readError.isEmpty() || !sameCodes(*fresh, m_tree)) {
        beginResetModel();
        load(std::move(fresh));
        const bool wasEditable = m_editable;
        m_editable = editableNow();
        endResetModel();
        if (m_editable != wasEditable)
            emit editableChanged(m_editable);
    } else {
        load(std::move(fresh));
        emitAllChanged();
    }
    emit treeChanged();
}

void CriteriaTreeModel::emitAllChanged()
{
    const auto changed = [this](const QModelIndex &parent, qsizetype count) {
        if (count > 0)
            emit dataChanged(index(0, 0, parent), index(int(count) - 1, ColumnCount - 1, parent));
    };
    changed({}, m_tree.roots().size());
    for (qsizetype i = 0; i < m_tree.size(); ++i)
        changed(indexOfNode(i, 0), m_tree.childrenOf(i).size());
}

bool CriteriaTreeModel::editableNow() const
{
    if (!m_periodId || !m_readError.isEmpty() || !m_document->mayChangeStructure())
        return false;
    const auto period = m_document->periodById(m_periodId);
    return period && *period && !(*period)->isFinal();
}

void CriteriaTreeModel::updateEditable()
{
    const bool editable = editableNow();
    if (editable == m_editable)
        return;
    m_editable = editable;
    emitAllChanged(); // flags changed
    emit editableChanged(m_editable);
}

QString CriteriaTreeModel::numberText(const QLocale &locale, Fixed value)
{
    return value.toString(locale);
}

QString CriteriaTreeModel::problemOf(qsizetype node) const
{
    if (node < 0 || node >= m_tree.size() || !m_tree.at(node).isGroup())
        return {};
    if (m_tree.childrenOf(node).isEmpty())
        return tr("A group without sub-criteria: add some, or change its kind.");
    const Fixed sum = CriteriaEdit::childrenMax(m_tree, node);
    if (sum == m_tree.at(node).maxPoints)
        return {};
    return tr("Sub-criteria add up to %1; maximum %2")
        .arg(numberText(m_locale, sum), numberText(m_locale, m_tree.at(node).maxPoints));
}

int CriteriaTreeModel::problemCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const QString &p) { return !p.isEmpty(); }));
}

QModelIndex CriteriaTreeModel::indexOfNode(qsizetype node, int column) const
{
    if (node < 0 || node >= m_tree.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_rowInParent[node], column, quintptr(node));
}

QModelIndex CriteriaTreeModel::indexOfCode(const QString &code, int column) const
{
    return indexOfNode(m_tree.indexOf(code), column);
}

qsizetype CriteriaTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this ? qsizetype(index.internalId()) : -1;
}

QString CriteriaTreeModel::codeOf(const QModelIndex &index) const
{
    const qsizetype node = nodeOf(index);
    return node >= 0 ? m_tree.at(node).code : QString();
}

QModelIndex CriteriaTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const qsizetype parentNode = nodeOf(parent);
    if (parent.isValid() && parentNode < 0)
        return {};
    const QList<qsizetype> &siblings = parent.isValid() ? m_tree.childrenOf(parentNode) : m_tree.roots();
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex CriteriaTreeModel::parent(const QModelIndex &child) const
{
    const qsizetype node = nodeOf(child);
    if (node < 0)
        return {};
    return indexOfNode(m_tree.parentOf(node), 0);
}

int CriteriaTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tree.roots().size());
    if (parent.column() != 0)
        return 0;
    const qsizetype node = nodeOf(parent);
    return node >= 0 ? int(m_tree.childrenOf(node).size()) : 0;
}

int CriteriaTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CriteriaTreeModel::data(const QModelIndex &index, int role) const
{
    const qsizetype node = nodeOf(index);
    if (node < 0)
        return {};
    const Criterion &c = m_tree.at(node);
    const QString &problem = m_problems[node];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (column) {
        case CodeColumn:
            return c.code;
        case TitleColumn:
            return c.title;
        case MaxColumn:
            return numberText(m_locale, c.maxPoints);
        case KindColumn:
            return role == Qt::EditRole ? QVariant(int(c.kind)) : QVariant(CriterionText::kindLabel(c.kind));
        case RuleColumn:
            if (c.rule.type() == RateRule::Type::Linear)
                return tr("linear");
            return QString(c.rule.toString()).replace(u'.', m_locale.decimalPoint()).replace(u";"_s, u"; "_s);
        case CheckColumn:
            if (role == Qt::EditRole || !c.isGroup())
                return {};
            if (problem.isEmpty())
                return u"✓"_s;
            if (m_tree.childrenOf(node).isEmpty())
                return QString(u"⚠ "_s + tr("empty"));
            return u"⚠ %1 / %2"_s.arg(
                numberText(m_locale, CriteriaEdit::childrenMax(m_tree, node)), numberText(m_locale, c.maxPoints));
        }
        return {};
    case RawRole:
        switch (column) {
        case CodeColumn:
            return c.code;
        case TitleColumn:
            return c.title;
        case MaxColumn:
            return QVariant::fromValue(c.maxPoints);
        case KindColumn:
            return int(c.kind);
        case RuleColumn:
            return c.rule.toString();
        case CheckColumn:
            return problem;
        }
        return {};
    case CodeRole:
        return c.code;
    case ProblemRole:
        return problem;
    case Qt::ToolTipRole:
        if (!problem.isEmpty() && (column == MaxColumn || column == CheckColumn))
            return problem;
        if (column == CheckColumn && c.isGroup())
            return tr("Sub-criteria add up to the maximum, %1.").arg(numberText(m_locale, c.maxPoints));
        if (column == TitleColumn)
            return c.title;
        if (column == KindColumn && c.isDeduction() && m_tree.parentOf(node) >= 0)
            return tr("Points found here are subtracted from %1 (never below 0).")
                .arg(m_tree.at(m_tree.parentOf(node)).code);
        if (column == RuleColumn && c.kind == CriterionKind::Rate)
            return tr("A rate in percent is entered. \"linear\": rate/100 × maximum; \"100:2;80:1\": 2 points from "
                      "100 %, 1 point from 80 %, 0 below.");
        return {};
    case Qt::ForegroundRole:
        if (!problem.isEmpty() && (column == MaxColumn || column == CheckColumn))
            return QBrush(problemColor);
        if (column == CheckColumn)
            return QBrush(fineColor);
        return {};
    case Qt::FontRole:
        if (m_tree.parentOf(node) < 0 || (!problem.isEmpty() && column == CheckColumn)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (c.isDeduction()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == MaxColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CriteriaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn:
            return tr("Code");
        case TitleColumn:
            return tr("Criterion");
        case MaxColumn:
            return tr("Max. points");
        case KindColumn:
            return tr("Kind");
        case RuleColumn:
            return tr("Rule");
        case CheckColumn:
            return tr("Check");
        }
    }
    if (role == Qt::ToolTipRole && section == CheckColumn)
        return tr("Whether the sub-criteria of a group add up to its maximum (deductions left out).");
    if (role == Qt::TextAlignmentRole && section == MaxColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags CriteriaTreeModel::flags(const QModelIndex &index) const
{
    const qsizetype node = nodeOf(index);
    if (node < 0)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_editable)
        return f;
    switch (index.column()) {
    case TitleColumn:
    case MaxColumn:
    case KindColumn:
        f |= Qt::ItemIsEditable;
        break;
    case RuleColumn:
        if (m_tree.at(node).kind == CriterionKind::Rate)
            f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool CriteriaTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const qsizetype node = nodeOf(index);
    if (role != Qt::EditRole || node < 0 || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return setCell(node, index.column(), value);
}

bool CriteriaTreeModel::refuse(const QString &message) const
{
    Messages::warning(m_dialogParent, tr("Criteria not changed"), message);
    return false;
}

bool CriteriaTreeModel::setCell(qsizetype node, int column, const QVariant &value)
{
    const Criterion &old = m_tree.at(node);
    Criterion c = old;
    QString text;
    switch (column) {
    case TitleColumn: {
        c.title = value.toString().trimmed().normalized(QString::NormalizationForm_C);
        if (c.title.isEmpty())
            return refuse(tr("Criterion %1 needs a title: the title was not changed.").arg(old.code));
        text = tr("title of %1").arg(old.code);
        break;
    }
    case MaxColumn: {
        std::optional<Fixed> max;
        if (value.metaType() == QMetaType::fromType<Fixed>())
            max = value.value<Fixed>();
        else
            max = Fixed::parse(value.toString());
        if (!max) {
            return refuse(tr("\"%1\" is not a number of points. Type the maximum of %2 with at most four decimals, "
                             "such as 2,5 or 2.5.")
                              .arg(value.toString().trimmed(), old.code));
        }
        if (*max < Fixed())
            return refuse(
                tr("The maximum of %1 cannot be negative (%2 was typed).").arg(old.code, numberText(m_locale, *max)));
        c.maxPoints = *max;
        text = tr("maximum of %1").arg(old.code);
        break;
    }
    case KindColumn: {
        bool isNumber = false;
        const int number = value.toInt(&isNumber);
        std::optional<CriterionKind> kind = criterionKindFromCode(value.toString());
        if (!kind && isNumber && number >= int(CriterionKind::Group) && number <= int(CriterionKind::Deduction))
            kind = CriterionKind(number);
        if (!kind)
            return refuse(tr("\"%1\" is not a kind of criterion.").arg(value.toString()));
        c.kind = *kind;
        if (c.kind == CriterionKind::Rate && c.rule.type() == RateRule::Type::None)
            c.rule = RateRule::linear();
        if (c.kind != CriterionKind::Rate)
            c.rule = RateRule();
        text = tr("kind of %1").arg(old.code);
        break;
    }
    case RuleColumn: {
        QString typed = value.toString().trimmed();
        if (typed.compare(tr("linear"), Qt::CaseInsensitive) == 0)
            typed = u"linear"_s;
        const auto rule = RateRule::parse(typed);
        if (!rule)
            return refuse(rule.error().text());
        c.rule = *rule;
        text = tr("rule of %1").arg(old.code);
        break;
    }
    default:
        return false;
    }
    if (c == old)
        return true;
    return commit(CriteriaEdit::change(m_tree.criteria(), old.code, c), text).has_value();
}

bool CriteriaTreeModel::confirmDropping(const DroppedValues &dropped, const QString &edit) const
{
    if (dropped.isEmpty())
        return true;
    QStringList lines = dropped.details();
    const qsizetype shown = 8;
    if (lines.size() > shown) {
        const qsizetype more = lines.size() - shown;
        lines.resize(shown);
        lines.append(tr("... and %n more.", nullptr, int(more)));
    }
    return Messages::confirm(m_dialogParent, tr("Delete entered values?"),
        tr("This change (%1) deletes %2:").arg(edit, dropped.summary()) + u'\n' + lines.join(u'\n') + u"\n\n"_s
            + tr("The deleted values stay in the audit log, and Undo brings them back."),
        tr("Delete the values"));
}

std::optional<QString> CriteriaTreeModel::commit(const Result<CriteriaChange> &change, const QString &text)
{
    if (!m_editable)
        return std::nullopt;
    if (!change) {
        refuse(change.error().text());
        return std::nullopt;
    }
    const auto tree = CriteriaTree::build(change->criteria);
    if (!tree) { // CriteriaEdit returns valid trees only; kept as a guard
        refuse(tree.error().text());
        return std::nullopt;
    }
    // What the edit takes from the values entered (removed criteria, leaves become groups, values above a new
    // maximum): asked first, naming the counts; the file then deletes exactly those.
    const auto stored = m_document->storedScoreSheets(m_periodId);
    if (!stored) {
        refuse(stored.error().text()); // never "nothing is deleted" because the values could not be read
        return std::nullopt;
    }
    const DroppedValues dropped = CriteriaEdit::droppedValues(*tree, *stored, change->renamedCodes);
    if (!confirmDropping(dropped, text))
        return std::nullopt;
    if (!ReplaceCriteriaCommand::apply(m_document, m_periodId, m_tree, *tree, change->renamedCodes, text, dropped))
        return std::nullopt;
    return change->focusCode;
}

namespace {
Criterion fresh(const QString &title, CriterionKind kind)
{
    Criterion c;
    c.title = title;
    c.kind = kind;
    return c;
}
} // namespace

std::optional<QString> CriteriaTreeModel::addChild(const QString &parentCode)
{
    const Criterion added = parentCode.isEmpty() ? fresh(tr("New area"), CriterionKind::Group)
                                                 : fresh(tr("New criterion"), CriterionKind::Score);
    const auto change = CriteriaEdit::addChild(m_tree.criteria(), parentCode, added);
    return commit(change, change ? tr("add criterion %1").arg(change->focusCode) : QString());
}

std::optional<QString> CriteriaTreeModel::addSibling(const QString &code)
{
    if (code.isEmpty())
        return addChild(QString());
    const bool area = Criterion::parentCode(code).isEmpty();
    const Criterion added
        = area ? fresh(tr("New area"), CriterionKind::Group) : fresh(tr("New criterion"), CriterionKind::Score);
    const auto change = CriteriaEdit::addSibling(m_tree.criteria(), code, added);
    return commit(change, change ? tr("add criterion %1").arg(change->focusCode) : QString());
}

std::optional<QString> CriteriaTreeModel::remove(const QString &code)
{
    return commit(CriteriaEdit::remove(m_tree.criteria(), code), tr("remove %1").arg(code));
}

std::optional<QString> CriteriaTreeModel::moveUp(const QString &code)
{
    return commit(CriteriaEdit::moveUp(m_tree.criteria(), code), tr("move %1 up").arg(code));
}

std::optional<QString> CriteriaTreeModel::moveDown(const QString &code)
{
    return commit(CriteriaEdit::moveDown(m_tree.criteria(), code), tr("move %1 down").arg(code));
}

std::optional<QString> CriteriaTreeModel::indent(const QString &code)
{
    return commit(CriteriaEdit::indent(m_tree.criteria(), code), tr("indent %1").arg(code));
}

std::optional<QString> CriteriaTreeModel::outdent(const QString &code)
{
    return commit(CriteriaEdit::outdent(m_tree.criteria(), code), tr("outdent %1").arg(code));
}

bool CriteriaTreeModel::copyFrom(qint64 sourcePeriodId)
{
    if (!m_editable)
        return false;
    const auto sourceRead = m_document->periodById(sourcePeriodId);
    if (!sourceRead)
        return refuse(sourceRead.error().text());
    const auto treeRead = m_document->criteria(sourcePeriodId);
    if (!treeRead)
        return refuse(treeRead.error().text());
    const auto bands = m_document->bands(sourcePeriodId);
    if (!bands)
        return refuse(bands.error().text()); // never default bands for those of that year
    const auto sheetsRead = m_document->storedScoreSheets(m_periodId);
    if (!sheetsRead)
        return refuse(sheetsRead.error().text());
    const std::optional<Period> &source = *sourceRead;
    const CriteriaTree &tree = *treeRead;
    if (!source || tree.isEmpty())
        return refuse(tr("That year has no criteria to copy."));
    // Values stay on the codes that remain leaves; the others are deleted, when the person agrees.
    const QString text = tr("copy criteria and bands of %1").arg(source->year);
    const DroppedValues dropped = CriteriaEdit::droppedValues(tree, *sheetsRead);
    if (!confirmDropping(dropped, text))
        return false;
    return ReplaceCriteriaCommand::apply(m_document, m_periodId, m_tree, tree, {}, text, dropped, *bands);
}

bool CriteriaTreeModel::importFile(const QString &path)
{
    if (!m_editable)
        return false;
    if (const Status own = Database::refuseOwnFile(m_document->path(), path); !own)
        return refuse(own.error().text());
    const auto table = TableFile::read(path);
    if (!table)
        return refuse(table.error().text());
    const auto tree = FileFormats::parseCriteria(*table);
    if (!tree)
        return refuse(tree.error().text());
    const QString fileName = QFileInfo(path).fileName();
    const QString text = tr("import criteria from %1").arg(fileName);
    const QStringList warnings = tree->warnings();
    const QString warned = warnings.isEmpty()
        ? QString()
        : tr("The criteria of %1 do not add up:").arg(fileName) + u'\n' + warnings.join(u'\n');
    const auto stored = m_document->storedScoreSheets(m_periodId);
    if (!stored)
        return refuse(stored.error().text());
    const DroppedValues dropped = CriteriaEdit::droppedValues(*tree, *stored);
    if (!dropped.isEmpty()) {
        // One question, with the warnings in it.
        QStringList lines = dropped.details().mid(0, 8);
        if (!warned.isEmpty())
            lines.append(u"\n"_s + warned);
        if (!Messages::confirm(m_dialogParent, tr("Delete entered values?"),
                tr("This change (%1) deletes %2:").arg(text, dropped.summary()) + u'\n' + lines.join(u'\n') + u"\n\n"_s
                    + tr("The deleted values stay in the audit log, and Undo brings them back."),
                tr("Delete the values")))
            return false;
    }
    if (!ReplaceCriteriaCommand::apply(m_document, m_periodId, m_tree, *tree, {}, text, dropped))
        return false;
    if (dropped.isEmpty() && !warned.isEmpty())
        Messages::warning(m_dialogParent, tr("Criteria imported with warnings"), warned);
    return true;
}

int CriteriaTreeModel::siblingPosition(const QString &code, qsizetype *count) const
{
    const qsizetype node = m_tree.indexOf(code);
    if (!m_editable || node < 0)
        return -1;
    const qsizetype parent = m_tree.parentOf(node);
    const QList<qsizetype> &siblings = parent < 0 ? m_tree.roots() : m_tree.childrenOf(parent);
    *count = siblings.size();
    return int(siblings.indexOf(node));
}

bool CriteriaTreeModel::canMoveUp(const QString &code) const
{
    qsizetype count = 0;
    return siblingPosition(code, &count) > 0;
}

bool CriteriaTreeModel::canMoveDown(const QString &code) const
{
    qsizetype count = 0;
    const int position = siblingPosition(code, &count);
    return position >= 0 && position < count - 1;
}

// Whether there is a sibling to go under; the edit itself says when that sibling is not a group.
bool CriteriaTreeModel::canIndent(const QString &code) const
{
    return canMoveUp(code);
}

bool CriteriaTreeModel::canOutdent(const QString &code) const
{
    qsizetype count = 0;
    return siblingPosition(code, &count) >= 0 && m_tree.parentOf(m_tree.indexOf(code)) >= 0;
}

} // namespace parindex
