#include "unitsdialog.h"

#include "criteriacommands.h"
#include "deskdocument.h"
#include "messages.h"
#include "readfailure.h"
#include "yearbox.h"

#include <QtCore/QMap>
#include <QtCore/QSet>
#include <QtGui/QBrush>
#include <QtGui/QPalette>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
QString cleaned(const QString &text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

// OK/Cancel with our own (translated) texts.
QDialogButtonBox *buttonsFor(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(dialog);
    buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    buttons->addButton(UnitsDialog::tr("Cancel"), QDialogButtonBox::RejectRole);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

UnitsModel::UnitsModel(DeskDocument *document, QObject *parent) : QAbstractTableModel(parent), m_document(document)
{
    connect(m_document, &DeskDocument::unitsChanged, this, &UnitsModel::reload);
}

void UnitsModel::setGroup(const QString &groupCode)
{
    m_groupCode = groupCode;
    reload();
}

void UnitsModel::setRenamer(std::function<bool(const QString &, const QString &)> renamer)
{
    m_renamer = std::move(renamer);
}

void UnitsModel::reload()
{
    beginResetModel();
    auto read = m_groupCode.isEmpty() ? Result<QList<Unit>>(QList<Unit>()) : m_document->units(m_groupCode);
    m_readError = read ? QString() : read.error().text();
    m_units = read ? std::move(read).value() : QList<Unit>(); // no row: never an empty group for an unread one
    m_continues.clear();
    if (read) {
        // The lineage column: what each unit continues, by name. A record that cannot be read says so in the column.
        const auto links = m_document->lineage();
        const auto all = m_document->units();
        QHash<QString, QString> names;
        for (const Unit &u : all ? *all : QList<Unit>())
            names.insert(u.code, u.name);
        QMap<QString, std::pair<int, QStringList>> byUnit;
        for (const LineageLink &l : links ? *links : QList<LineageLink>()) {
            auto &entry = byUnit[l.unitCode];
            entry.first = l.year;
            entry.second.append(names.value(l.continues, l.continues));
        }
        for (auto e = byUnit.cbegin(); e != byUnit.cend(); ++e)
            m_continues.insert(e.key(), tr("from %1: %2").arg(e->first).arg(StandingText::names(e->second)));
        if (!links) {
            for (const Unit &u : std::as_const(m_units))
                m_continues.insert(u.code, tr("cannot be read"));
        }
    }
    endResetModel();
}

int UnitsModel::rowOfCode(const QString &code) const
{
    for (qsizetype row = 0; row < m_units.size(); ++row) {
        if (m_units[row].code == code)
            return int(row);
    }
    return -1;
}

int UnitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_units.size());
}

int UnitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Unit &u = m_units[index.row()];
    const auto year = [](const std::optional<int> &y) { return y ? QVariant(*y) : QVariant(); };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return u.code;
        case NameColumn:
            return u.name;
        case SinceColumn:
            return u.sinceYear ? QString::number(*u.sinceYear) : QString();
        case RetiredColumn:
            return u.retiredYear ? QString::number(*u.retiredYear) : QString();
        case RankedColumn:
            return u.ranked ? tr("ranked") : tr("listed without a rank");
        case ContinuesColumn:
            return m_continues.value(u.code);
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case CodeColumn:
            return u.code;
        case NameColumn:
            return u.name;
        case SinceColumn:
            return year(u.sinceYear);
        case RetiredColumn:
            return year(u.retiredYear);
        case RankedColumn:
            return u.ranked;
        case ContinuesColumn:
            return m_continues.value(u.code);
        }
        return {};
    case CodeRole:
        return u.code;
    case Qt::ToolTipRole:
        if (u.retiredYear)
            return tr("%1 takes part up to %2; its history is kept.").arg(u.name).arg(*u.retiredYear - 1);
        if (index.column() == NameColumn)
            return u.name;
        if (index.column() == ContinuesColumn && m_continues.contains(u.code))
            return tr("%1 continues these units: its rank change is counted from theirs (a rename) or reads "
                      "\"new\" (a merger or a split).")
                .arg(u.name);
        return {};
    case Qt::ForegroundRole:
        if (u.retiredYear)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    default:
        return {};
    }
}

QVariant UnitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case SinceColumn:
        return tr("From year");
    case RetiredColumn:
        return tr("Retired from");
    case RankedColumn:
        return tr("Ranking");
    case ContinuesColumn:
        return tr("Continues");
    }
    return {};
}

Qt::ItemFlags UnitsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && m_renamer && m_document->mayChangeStructure())
        f |= Qt::ItemIsEditable;
    return f;
}

bool UnitsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return m_renamer(m_units[index.row()].code, value.toString());
}

UnitsDialog::UnitsDialog(DeskDocument *document, const QString &groupCode, int year, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_year(year),
      m_model(new UnitsModel(document, this)),
      m_group(new QComboBox(this)),
      m_view(new QTableView(this)),
      m_note(new QLabel(this)),
      m_failure(new ReadFailure(m_view)),
      m_addUnit(new QPushButton(tr("&Add unit…"), this)),
      m_rename(new QPushButton(tr("Re&name…"), this)),
      m_retire(new QPushButton(tr("&Retire…"), this)),
      m_unretire(new QPushButton(tr("&Take retirement back"), this)),
      m_continues(new QPushButton(tr("&Continues…"), this)),
      m_addGroup(new QPushButton(tr("Add gr&oup…"), this)),
      m_renameGroup(new QPushButton(tr("Rename gro&up…"), this))
{
    setObjectName(u"unitsDialog"_s);
    setWindowTitle(tr("Units and groups"));
    m_model->setRenamer([this](const QString &code, const QString &name) { return renameUnit(code, name); });
    m_group->setObjectName(u"unitsGroup"_s);
    m_view->setObjectName(u"unitsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(UnitsModel::NameColumn, QHeaderView::Stretch);
    for (int c : {UnitsModel::CodeColumn, UnitsModel::SinceColumn, UnitsModel::RetiredColumn, UnitsModel::RankedColumn,
             UnitsModel::ContinuesColumn})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_note->setObjectName(u"unitsNote"_s);
    m_note->setWordWrap(true);

    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    auto *top = new QHBoxLayout;
    top->addWidget(groupLabel);
    top->addWidget(m_group, 1);
    top->addWidget(m_addGroup);
    top->addWidget(m_renameGroup);

    auto *close = new QDialogButtonBox(this);
    close->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    for (QPushButton *b : {m_addUnit, m_rename, m_retire, m_unretire, m_continues})
        bottom->addWidget(b);
    bottom->addStretch(1);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_group, &QComboBox::activated, this, [this](int i) { setGroup(m_group->itemData(i).toString()); });
    connect(m_addUnit, &QPushButton::clicked, this, &UnitsDialog::askAddUnit);
    connect(m_rename, &QPushButton::clicked, this, &UnitsDialog::askRename);
    connect(m_retire, &QPushButton::clicked, this, &UnitsDialog::askRetire);
    connect(m_unretire, &QPushButton::clicked, this, [this] { unretireUnit(currentCode()); });
    connect(m_continues, &QPushButton::clicked, this, &UnitsDialog::askContinues);
    m_continues->setToolTip(tr("Which units this unit continues after a reorganisation: the communes it was merged "
                               "from, the unit it was split from, or its name before a rename."));
    connect(m_addGroup, &QPushButton::clicked, this, &UnitsDialog::askAddGroup);
    connect(m_renameGroup, &QPushButton::clicked, this, &UnitsDialog::askRenameGroup);
    connect(m_document, &DeskDocument::unitsChanged, this, &UnitsDialog::reloadGroups);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UnitsDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &UnitsDialog::updateButtons);

    reloadGroups();
    setGroup(groupCode);
    resize(860, 520);
}

void UnitsDialog::reloadGroups()
{
    const QString current = m_model->groupCode();
    m_group->clear();
    const auto groups = m_document->groups();
    m_groupsError = groups ? QString() : groups.error().text();
    for (const UnitGroup &g : groups ? *groups : QList<UnitGroup>())
        m_group->addItem(u"%1 – %2"_s.arg(g.code, g.name), g.code);
    m_group->setCurrentIndex(qMax(0, m_group->findData(current)));
}

void UnitsDialog::setGroup(const QString &groupCode)
{
    m_group->setCurrentIndex(qMax(0, m_group->findData(groupCode)));
    m_model->setGroup(m_group->currentData().toString());
    const auto openRead = firstOpenYear(m_model->groupCode());
    const int open = openRead ? *openRead : 0;
    m_failure->setFailure(readError());
    if (!readError().isEmpty())
        m_note->setText(tr("Units and groups cannot be changed while they cannot be read."));
    else if (m_document->isReadOnly())
        m_note->setText(tr("The file is open read-only: units and groups cannot be changed."));
    else if (!m_document->mayChangeStructure())
        m_note->setText(m_document->structureLockedReason());
    else if (open > 0)
        m_note->setText(
            tr("Units are never deleted: a unit that no longer takes part is retired and keeps its history. "
               "The rankings up to %1 are final: units start or retire from %2 on.")
                .arg(open - 1)
                .arg(open));
    else
        m_note->setText(tr("Units are never deleted: a unit that no longer takes part is retired and keeps its "
                           "history. Double-click a name to rename the unit."));
    updateButtons();
}

QString UnitsDialog::currentCode() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().data(UnitsModel::CodeRole).toString() : QString();
}

QString UnitsDialog::readError() const
{
    for (const QString &e : {m_groupsError, m_model->readError()}) {
        if (!e.isEmpty())
            return ReadFailure::ofFile(e);
    }
    if (const auto open = firstOpenYear(m_model->groupCode()); !open)
        return ReadFailure::ofFile(open.error().text());
    return {};
}

void UnitsDialog::updateButtons()
{
    const bool writable = m_document->mayChangeStructure() && m_failure->failure().isEmpty();
    const int row = m_model->rowOfCode(currentCode());
    const Unit *unit = row >= 0 ? &m_model->units()[row] : nullptr;
    m_addUnit->setEnabled(writable && !m_model->groupCode().isEmpty());
    m_addGroup->setEnabled(writable);
    m_renameGroup->setEnabled(writable && !m_model->groupCode().isEmpty());
    m_rename->setEnabled(writable && unit);
    m_retire->setEnabled(writable && unit && !unit->retiredYear);
    m_unretire->setEnabled(writable && unit && unit->retiredYear);
    m_continues->setEnabled(writable && unit);
}

Result<int> UnitsDialog::firstOpenYear(const QString &groupCode) const
{
    if (groupCode.isEmpty())
        return 0;
    const auto periods = m_document->periods(groupCode);
    if (!periods)
        return periods.error();
    int open = 0;
    for (const Period &p : *periods) {
        if (p.isFinal())
            open = qMax(open, p.year + 1);
    }
    return open;
}

bool UnitsDialog::refuse(const QString &message)
{
    Messages::warning(this, tr("Units not changed"), message);
    return false;
}

bool UnitsDialog::addUnit(const Unit &given)
{
    if (!m_document->mayChangeStructure())
        return refuse(m_document->structureLockedReason());
    Unit unit = given;
    unit.code = cleaned(unit.code);
    unit.name = cleaned(unit.name);
    unit.retiredYear.reset();
    if (unit.code.isEmpty() || unit.name.isEmpty())
        return refuse(tr("A unit needs a code and a name."));
    if (!Unit::isValidCode(unit.code))
        return refuse(tr("The code %1 cannot be used: a unit code has no spaces and does not start with =, +, - or @.")
                          .arg(unit.code));
    const auto units = m_document->units();
    if (!units)
        return refuse(units.error().text()); // the codes it must not repeat cannot be read
    for (const Unit &u : *units) {
        if (u.code.compare(unit.code, Qt::CaseInsensitive) == 0)
            return refuse(
                tr("There is already a unit with the code %1: %2 (group %3).").arg(u.code, u.name, u.groupCode));
        if (u.groupCode == unit.groupCode && u.name.compare(unit.name, Qt::CaseInsensitive) == 0)
            return refuse(tr("Group %1 already has a unit named %2 (code %3).").arg(u.groupCode, u.name, u.code));
    }
    const auto openRead = firstOpenYear(unit.groupCode);
    if (!openRead)
        return refuse(openRead.error().text());
    const int open = *openRead;
    if (open > 0 && (!unit.sinceYear || *unit.sinceYear < open))
        return refuse(tr("The rankings of group %1 up to %2 are final: a new unit takes part from %3 at the earliest.")
                          .arg(unit.groupCode)
                          .arg(open - 1)
                          .arg(open));
    return m_document->saveUnit(unit).ok();
}

bool UnitsDialog::renameUnit(const QString &code, const QString &name)
{
    auto before = m_document->database().unit(code);
    if (!before)
        return refuse(before.error().text());
    Unit after = *before;
    after.name = cleaned(name);
    if (after.name.isEmpty())
        return refuse(tr("Unit %1 needs a name: the name was not changed.").arg(code));
    if (after.name == before->name)
        return true;
    const auto units = m_document->units(after.groupCode);
    if (!units)
        return refuse(units.error().text());
    for (const Unit &u : *units) {
        if (u.code != code && u.name.compare(after.name, Qt::CaseInsensitive) == 0)
            return refuse(tr("Group %1 already has a unit named %2 (code %3).").arg(u.groupCode, u.name, u.code));
    }
    return SaveUnitCommand::apply(m_document, *before, after, tr("rename unit %1").arg(code));
}

bool UnitsDialog::retireUnit(const QString &code, int year)
{
    auto before = m_document->database().unit(code);
    if (!before)
        return refuse(before.error().text());
    const auto openRead = firstOpenYear(before->groupCode);
    if (!openRead)
        return refuse(openRead.error().text());
    const int open = *openRead;
    if (before->retiredYear && *before->retiredYear < open)
        return refuse(tr("%1 retired in %2, and the rankings up to %3 are final: its retirement cannot change.")
                          .arg(before->name)
                          .arg(*before->retiredYear)
                          .arg(open - 1));
    if (year < open)
        return refuse(tr("The rankings of group %1 up to %2 are final: %3 can retire from %4 at the earliest.")
                          .arg(before->groupCode)
                          .arg(open - 1)
                          .arg(before->name)
                          .arg(open));
    if (before->sinceYear && year <= *before->sinceYear)
        return refuse(tr("%1 takes part from %2: it can retire from %3 at the earliest.")
                          .arg(before->name)
                          .arg(*before->sinceYear)
                          .arg(*before->sinceYear + 1));
    Unit after = *before;
    after.retiredYear = year;
    if (after == *before)
        return true;
    // Values already entered for the years it leaves stay in the file, but no longer count: say so first.
    // Values that cannot be read are never taken for none: nothing is changed then.
    QStringList years;
    const auto periods = m_document->periods(before->groupCode);
    if (!periods)
        return refuse(periods.error().text());
    for (const Period &p : *periods) {
        if (p.year < year || p.isFinal())
            continue;
        const auto sheet = m_document->scoreSheet(p.id, code);
        if (!sheet)
            return refuse(sheet.error().text());
        if (std::any_of(
                sheet->entries.cbegin(), sheet->entries.cend(), [](const ScoreEntry &e) { return !e.isEmpty(); }))
            years.append(QString::number(p.year));
    }
    if (!years.isEmpty()
        && !Messages::confirm(this, tr("Retire %1?").arg(before->name),
            tr("%1 has values entered for %2. They stay in the file, but %1 leaves the ranking of "
               "those years.")
                .arg(before->name, years.join(u", "_s)),
            tr("Retire")))
        return false;
    return SaveUnitCommand::apply(m_document, *before, after, tr("retire unit %1").arg(code));
}

bool UnitsDialog::unretireUnit(const QString &code)
{
    auto before = m_document->database().unit(code);
    if (!before)
        return refuse(before.error().text());
    if (!before->retiredYear)
        return true;
    const auto openRead = firstOpenYear(before->groupCode);
    if (!openRead)
        return refuse(openRead.error().text());
    const int open = *openRead;
    if (*before->retiredYear < open)
        return refuse(tr("%1 retired in %2, and the rankings up to %3 are final: its retirement cannot change.")
                          .arg(before->name)
                          .arg(*before->retiredYear)
                          .arg(open - 1));
    Unit after = *before;
    after.retiredYear.reset();
    return SaveUnitCommand::apply(m_document, *before, after, tr("take back the retirement of %1").arg(code));
}

bool UnitsDialog::addGroup(const UnitGroup &given)
{
    if (!m_document->mayChangeStructure())
        return refuse(m_document->structureLockedReason());
    UnitGroup group = given;
    group.code = cleaned(group.code).toUpper();
    group.name = cleaned(group.name);
    if (group.code.isEmpty() || group.name.isEmpty())
        return refuse(tr("A group needs a code and a name."));
    const auto read = m_document->groups();
    if (!read)
        return refuse(read.error().text());
    const QList<UnitGroup> &groups = *read;
    for (const UnitGroup &g : groups) {
        if (g.code == group.code)
            return refuse(tr("There is already a group with the code %1: %2.").arg(g.code, g.name));
    }
    group.position = int(groups.size());
    if (!m_document->saveGroup(group))
        return false;
    setGroup(group.code);
    return true;
}

bool UnitsDialog::renameGroup(const QString &code, const QString &name)
{
    const auto read = m_document->groups();
    if (!read)
        return refuse(read.error().text());
    const QList<UnitGroup> &groups = *read;
    const auto found = std::find_if(groups.cbegin(), groups.cend(), [&](const UnitGroup &g) { return g.code == code; });
    if (found == groups.cend())
        return refuse(tr("There is no group %1.").arg(code));
    UnitGroup after = *found;
    after.name = cleaned(name);
    if (after.name.isEmpty())
        return refuse(tr("Group %1 needs a name: the name was not changed.").arg(code));
    return SaveGroupCommand::apply(m_document, *found, after);
}

bool UnitsDialog::setContinues(const QString &code, int year, const QStringList &continued)
{
    const auto before = m_document->lineage();
    if (!before)
        return refuse(before.error().text());
    const auto unit = m_document->database().unit(code);
    if (!unit)
        return refuse(unit.error().text());
    if (continued.contains(code))
        return refuse(tr("%1 cannot continue itself.").arg(unit->name));
    QList<LineageLink> after;
    for (const LineageLink &l : *before) {
        if (l.unitCode != code)
            after.append(l);
    }
    for (const QString &c : continued)
        after.append({year, code, c});
    // The file checks the rest (unknown units, circles, a final year's published rank changes) and says why.
    return SetLineageCommand::apply(m_document, *before, after, tr("what %1 continues").arg(unit->name));
}

void UnitsDialog::askContinues()
{
    const QString code = currentCode();
    const auto links = m_document->lineage();
    const auto all = m_document->units();
    const auto unit = m_document->database().unit(code);
    for (const QString &error : {links ? QString() : links.error().text(), all ? QString() : all.error().text(),
             unit ? QString() : unit.error().text()}) {
        if (!error.isEmpty()) {
            refuse(error);
            return;
        }
    }
    QDialog form(this);
    form.setObjectName(u"continuesForm"_s);
    form.setWindowTitle(tr("What %1 continues").arg(unit->name));
    auto *year = new YearBox(&form);
    year->setRange(1990, 2100);
    year->setValue(unit->sinceYear.value_or(m_year));
    QSet<QString> checked;
    for (const LineageLink &l : *links) {
        if (l.unitCode == code) {
            checked.insert(l.continues);
            year->setValue(l.year);
        }
    }
    auto *filter = new QLineEdit(&form);
    filter->setPlaceholderText(tr("Find a unit by code or name"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget(&form);
    list->setObjectName(u"continuesList"_s);
    for (const Unit &u : *all) {
        if (u.code == code)
            continue;
        auto *item = new QListWidgetItem(u"%1 – %2 (%3)"_s.arg(u.code, u.name, u.groupCode), list);
        item->setData(Qt::UserRole, u.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(u.code) ? Qt::Checked : Qt::Unchecked);
    }
    connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!text.isEmpty() && !list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    auto *fields = new QFormLayout;
    fields->addRow(tr("From &year:"), year);
    fields->addRow(tr("&Find:"), filter);
    auto *layout = new QVBoxLayout(&form);
    auto *hint = new QLabel(tr("Tick the units %1 continues: several for the communes it was merged from, one for "
                               "the unit it was split from or its name before a rename, none when it continues only "
                               "itself. A merged or split unit's rank change reads \"new\"; a renamed one is compared "
                               "with its former rank.")
                                .arg(unit->name),
        &form);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(fields);
    layout->addWidget(list, 1);
    layout->addWidget(buttonsFor(&form, tr("Save")));
    form.resize(560, 480);
    if (form.exec() != QDialog::Accepted)
        return;
    if (!year->typedYear()) {
        Messages::warning(this, form.windowTitle(), year->rangeMessage() + u' ' + tr("Nothing was changed."));
        return;
    }
    QStringList continued;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            continued.append(list->item(i)->data(Qt::UserRole).toString());
    }
    setContinues(code, *year->typedYear(), continued);
}

void UnitsDialog::askAddUnit()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a unit to %1").arg(m_model->groupCode()));
    auto *code = new QLineEdit(&form);
    auto *name = new QLineEdit(&form);
    name->setMinimumWidth(360);
    auto *since = new YearBox(&form);
    const auto openRead = firstOpenYear(m_model->groupCode());
    if (!openRead) {
        refuse(openRead.error().text());
        return;
    }
    const int open = *openRead;
    since->setRange(qMax(open, 1990), 2100);
    since->setValue(qMax(open, m_year));
    auto *ranked = new QCheckBox(tr("Ranked (clear it for a unit of special status, listed without a rank)"), &form);
    ranked->setChecked(true);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Code:"), code);
    fields->addRow(tr("&Name:"), name);
    fields->addRow(tr("Takes part &from:"), since);
    fields->addRow(ranked);
    auto *layout = new QVBoxLayout(&form);
    layout->addLayout(fields);
    auto *hint = new QLabel(tr("A unit is never deleted: when it no longer takes part, retire it."), &form);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(buttonsFor(&form, tr("Add")));
    if (form.exec() != QDialog::Accepted)
        return;
    if (!since->typedYear()) {
        Messages::warning(this, form.windowTitle(), since->rangeMessage() + u' ' + tr("The unit was not added."));
        return;
    }
    Unit unit;
    unit.code = code->text();
    unit.name = name->text();
    unit.groupCode = m_model->groupCode();
    unit.sinceYear = *since->typedYear();
    unit.ranked = ranked->isChecked();
    if (addUnit(unit))
        m_view->setCurrentIndex(m_model->index(m_model->rowOfCode(cleaned(unit.code)), UnitsModel::NameColumn));
}

void UnitsDialog::askRename()
{
    const int row = m_model->rowOfCode(currentCode());
    if (row < 0)
        return;
    const Unit &unit = m_model->units()[row];
    if (const auto name = Messages::askText(this, tr("Rename unit"), tr("New name of %1:").arg(unit.code), unit.name))
        renameUnit(unit.code, *name);
}

void UnitsDialog::askRetire()
{
    const int row = m_model->rowOfCode(currentCode());
    if (row < 0)
        return;
    const Unit unit = m_model->units()[row];
    QDialog form(this);
    form.setWindowTitle(tr("Retire %1").arg(unit.name));
    auto *year = new YearBox(&form);
    const auto openRead = firstOpenYear(unit.groupCode);
    if (!openRead) {
        refuse(openRead.error().text());
        return;
    }
    const int earliest = qMax(*openRead, unit.sinceYear ? *unit.sinceYear + 1 : 0);
    year->setRange(qMax(earliest, 1990), 2100);
    year->setValue(qMax(earliest, m_year + 1));
    auto *last = new QLabel(&form);
    const auto describe = [last, year] {
        last->setText(tr("It takes part up to %1 and stays in the file with its history.").arg(year->value() - 1));
    };
    connect(year, &QSpinBox::valueChanged, &form, describe);
    describe();
    auto *fields = new QFormLayout;
    fields->addRow(tr("No longer takes part from:"), year);
    auto *layout = new QVBoxLayout(&form);
    layout->addLayout(fields);
    layout->addWidget(last);
    layout->addWidget(buttonsFor(&form, tr("Retire")));
    if (form.exec() != QDialog::Accepted)
        return;
    if (!year->typedYear()) {
        Messages::warning(this, form.windowTitle(), year->rangeMessage() + u' ' + tr("The unit was not retired."));
        return;
    }
    retireUnit(unit.code, *year->typedYear());
}

void UnitsDialog::askAddGroup()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a group"));
    auto *code = new QLineEdit(&form);
    auto *name = new QLineEdit(&form);
    name->setMinimumWidth(320);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Code:"), code);
    fields->addRow(tr("&Name:"), name);
    auto *layout = new QVBoxLayout(&form);
    layout->addLayout(fields);
    layout->addWidget(buttonsFor(&form, tr("Add")));
    if (form.exec() == QDialog::Accepted)
        addGroup({code->text(), name->text(), 0});
}

void UnitsDialog::askRenameGroup()
{
    const QString code = m_model->groupCode();
    const auto groups = m_document->groups();
    if (!groups) {
        refuse(groups.error().text());
        return;
    }
    QString current;
    for (const UnitGroup &g : *groups) {
        if (g.code == code)
            current = g.name;
    }
    if (const auto name = Messages::askText(this, tr("Rename group"), tr("New name of group %1:").arg(code), current))
        renameGroup(code, *name);
}

} // namespace parindex
