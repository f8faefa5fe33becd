#include "navigator.h"

#include "deskdocument.h"
#include "searchfilter.h"

#include <QtGui/QKeyEvent>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QCompleter>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>

using namespace Qt::StringLiterals;

namespace parindex {

Navigator::Navigator(QWidget *parent)
    : QWidget(parent),
      m_group(new QComboBox(this)),
      m_year(new QComboBox(this)),
      m_unit(new QComboBox(this)),
      m_status(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *unitLabel = new QLabel(tr("U&nit:"), this);
    unitLabel->setBuddy(m_unit);
    m_group->setObjectName(u"groupCombo"_s);
    m_year->setObjectName(u"yearCombo"_s);
    m_unit->setObjectName(u"unitCombo"_s);
    m_group->setMinimumContentsLength(18);
    m_unit->setMinimumContentsLength(32);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    layout->addWidget(groupLabel);
    layout->addWidget(m_group);
    layout->addWidget(yearLabel);
    layout->addWidget(m_year);
    layout->addWidget(unitLabel);
    layout->addWidget(m_unit, 1);
    layout->addWidget(m_status);

    connect(m_group, &QComboBox::currentIndexChanged, this, [this] { reloadYears(); });
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        reloadUnits();
        emitPeriod();
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { emit unitChanged(currentUnit()); });
    setupUnitSearch();
}

void Navigator::setupUnitSearch()
{
    m_unit->setEditable(true);
    m_unit->setInsertPolicy(QComboBox::NoInsert);
    QLineEdit *edit = m_unit->lineEdit();
    edit->setPlaceholderText(tr("Type any part of a unit's name"));
    m_unit->setToolTip(tr("Type any part of the unit's name or code, with or without accents, then Enter."));
    m_unitSearch = new SearchFilter(this);
    m_unitSearch->setObjectName(u"unitSearch"_s);
    m_unitSearch->setSearchRoles({Qt::DisplayRole, Qt::UserRole});
    m_unitSearch->setSourceModel(m_unit->model());
    m_unitCompleter = new QCompleter(m_unitSearch, this);
    // Our filter chooses the rows (any part, without accents); the completer only shows them.
    m_unitCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_unitCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_unitCompleter->setMaxVisibleItems(12);
    m_unit->setCompleter(m_unitCompleter); // the combo box takes the unit picked from the list (activated)
    connect(edit, &QLineEdit::textEdited, this, &Navigator::searchUnits);
    connect(edit, &QLineEdit::returnPressed, this, &Navigator::takeTypedUnit);
    connect(m_unit, &QComboBox::activated, this, [this] { emit unitChosen(currentUnit()); });
    edit->installEventFilter(this);
    m_unit->installEventFilter(this);
}

void Navigator::searchUnits(const QString &typed)
{
    m_unitSearch->setSearchText(typed);
    if (typed.trimmed().isEmpty() || m_unitSearch->rowCount() == 0) {
        m_unitCompleter->popup()->hide();
        return;
    }
    m_unitCompleter->complete();
}

void Navigator::takeTypedUnit()
{
    // The combo box has already taken a name typed in full; otherwise the first unit offered.
    const QString typed = m_unit->lineEdit()->text();
    if (typed == m_unit->itemText(m_unit->currentIndex()))
        return;
    if (m_unitSearch->searchText() != typed)
        m_unitSearch->setSearchText(typed);
    if (m_unitSearch->rowCount() == 0)
        return; // nothing found: the text stays for correcting, Escape or leaving the box puts the name back
    const int row = m_unitSearch->mapToSource(m_unitSearch->index(0, 0)).row();
    m_unitCompleter->popup()->hide();
    m_unit->setCurrentIndex(row);
    m_unit->lineEdit()->setText(m_unit->itemText(row));
    emit unitChosen(currentUnit());
}

void Navigator::restoreUnitText()
{
    const QString name = m_unit->itemText(m_unit->currentIndex());
    if (m_unit->lineEdit()->text() != name)
        m_unit->lineEdit()->setText(name);
}

bool Navigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        restoreUnitText(); // what was typed and not taken is not left standing for a unit
    }
    // Undo and redo are the box's own only while it has typing to undo; otherwise the window's (the data).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Undo) && !m_unit->lineEdit()->isUndoAvailable())
            || (key->matches(QKeySequence::Redo) && !m_unit->lineEdit()->isRedoAvailable()))
            return true;
    }
    if (event->type() == QEvent::KeyPress && !m_unitCompleter->popup()->isVisible()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            restoreUnitText();
            return false;
        }
        // Up and Down only change the unit (the focus stays for more), unlike a unit chosen from the list.
        if ((key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && key->modifiers() == Qt::NoModifier) {
            stepUnit(key->key() == Qt::Key_Down ? +1 : -1);
            return true;
        }
    }
    if (watched == m_unit && event->type() == QEvent::Wheel) {
        const int delta = static_cast<QWheelEvent *>(event)->angleDelta().y();
        if (delta != 0)
            stepUnit(delta < 0 ? +1 : -1); // as the arrows: the unit changes, the focus stays
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void Navigator::setDocument(DeskDocument *document)
{
    m_document = document;
    if (m_document) {
        connect(m_document, &DeskDocument::periodsChanged, this, [this] {
            const auto p = currentPeriod();
            reloadYears();
            if (p)
                selectPeriod(p->year, p->groupCode);
        });
        connect(m_document, &DeskDocument::unitsChanged, this, [this] {
            refreshGroups();
            reloadUnits();
        });
    }
    reloadGroups();
}

void Navigator::reloadGroups()
{
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_groupsFailure.clear();
    if (m_document) {
        const auto groups = m_document->groups();
        if (!groups)
            m_groupsFailure = groups.error().text();
        for (const UnitGroup &g : groups ? *groups : QList<UnitGroup>())
            m_group->addItem(g.name, g.code);
    }
    reloadYears();
}

void Navigator::refreshGroups()
{
    if (!m_document)
        return;
    const auto read = m_document->groups();
    if (!read) {
        reloadGroups(); // says why, and lists none
        return;
    }
    const QList<UnitGroup> &groups = *read;
    bool sameCodes = groups.size() == m_group->count();
    for (qsizetype i = 0; sameCodes && i < groups.size(); ++i)
        sameCodes = m_group->itemData(int(i)).toString() == groups[i].code;
    if (sameCodes) {
        for (qsizetype i = 0; i < groups.size(); ++i)
            m_group->setItemText(int(i), groups[i].name);
        return;
    }
    const QString current = m_group->currentData().toString();
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        for (const UnitGroup &g : groups)
            m_group->addItem(g.name, g.code);
        m_group->setCurrentIndex(qMax(0, m_group->findData(current)));
    }
    if (m_group->currentData().toString() != current)
        reloadYears();
}

void Navigator::reloadYears()
{
    const int previousYear = m_year->currentData().toInt();
    {
        const QSignalBlocker blocker(m_year);
        m_year->clear();
        m_yearsFailure.clear();
        if (m_document && m_group->currentIndex() >= 0) {
            const auto periods = m_document->periods(m_group->currentData().toString());
            if (!periods)
                m_yearsFailure = periods.error().text();
            for (const Period &p : periods ? *periods : QList<Period>())
                m_year->addItem(QString::number(p.year), p.year);
        }
        const int keep = m_year->findData(previousYear);
        m_year->setCurrentIndex(keep >= 0 ? keep : m_year->count() - 1); // the latest year by default
    }
    reloadUnits();
    emitPeriod();
}

void Navigator::reloadUnits()
{
    const QString previous = currentUnit();
    {
        const QSignalBlocker blocker(m_unit);
        m_unit->clear();
        m_unitsFailure.clear();
        const auto p = currentPeriod();
        if (m_document && p) {
            const auto units = m_document->periodUnits(p->id);
            if (!units)
                m_unitsFailure = units.error().text();
            for (const Unit &u : units ? *units : QList<Unit>())
                m_unit->addItem(u.name, u.code);
        }
        const int keep = m_unit->findData(previous);
        m_unit->setCurrentIndex(keep >= 0 ? keep : (m_unit->count() > 0 ? 0 : -1));
    }
    if (currentUnit() != previous)
        emit unitChanged(currentUnit());
}

void Navigator::emitPeriod()
{
    const auto p = currentPeriod();
    const QString failed = failure();
    // A list that could not be read says so here: an empty list is never taken for an empty file.
    m_status->setText(!failed.isEmpty() ? tr("Cannot be read (see the status bar)")
            : p                         ? PeriodText::statusLabel(p->status)
                                        : QString());
    m_status->setStyleSheet(failed.isEmpty() ? QString() : u"QLabel { color: #8b1a1a; font-weight: bold; }"_s);
    m_status->setToolTip(failed);
    emit periodChanged(p ? p->id : 0);
}

std::optional<Period> Navigator::currentPeriod() const
{
    if (!m_document || m_year->currentIndex() < 0)
        return std::nullopt;
    const auto p = m_document->period(m_year->currentData().toInt(), m_group->currentData().toString());
    return p ? *p : std::nullopt; // a failure is said by the document's readFailed()
}

QString Navigator::failure() const
{
    for (const QString *f : {&m_groupsFailure, &m_yearsFailure, &m_unitsFailure}) {
        if (!f->isEmpty())
            return *f;
    }
    return {};
}

QString Navigator::currentUnit() const
{
    return m_unit->currentData().toString();
}

void Navigator::setCurrentUnit(const QString &unitCode)
{
    const int i = m_unit->findData(unitCode);
    if (i >= 0)
        m_unit->setCurrentIndex(i);
}

bool Navigator::stepUnit(int direction)
{
    const int next = m_unit->currentIndex() + direction;
    if (next < 0 || next >= m_unit->count())
        return false;
    m_unit->setCurrentIndex(next);
    return true;
}

void Navigator::selectPeriod(int year, const QString &groupCode)
{
    const int g = m_group->findData(groupCode);
    if (g >= 0)
        m_group->setCurrentIndex(g);
    const int y = m_year->findData(year);
    if (y >= 0)
        m_year->setCurrentIndex(y);
}

} // namespace parindex
