#include "navigator.h"

#include "deskdocument.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>

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
    if (m_document) {
        for (const UnitGroup &g : m_document->groups())
            m_group->addItem(g.name, g.code);
    }
    reloadYears();
}

void Navigator::refreshGroups()
{
    const QList<UnitGroup> groups = m_document ? m_document->groups() : QList<UnitGroup>();
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
        if (m_document) {
            for (const Period &p : m_document->periods(m_group->currentData().toString()))
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
        const auto p = currentPeriod();
        if (m_document && p) {
            for (const Unit &u : m_document->periodUnits(p->id))
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
    m_status->setText(p ? PeriodText::statusLabel(p->status) : QString());
    emit periodChanged(p ? p->id : 0);
}

std::optional<Period> Navigator::currentPeriod() const
{
    if (!m_document || m_year->currentIndex() < 0)
        return std::nullopt;
    return m_document->period(m_year->currentData().toInt(), m_group->currentData().toString());
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
